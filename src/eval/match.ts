/**
 * Pairing for evaluation: pages of two datasets by image name, and polygons of two
 * pages by greedy one-to-one IoU matching.
 */
import { imageKey, type Dataset, type Page } from '../core/document.js';
import { boundingBox, convexIou, type Box, type Polygon } from '../core/geometry.js';

export interface IouMatch {
  /** Index into the gold list. */
  readonly gold: number;
  /** Index into the predicted list. */
  readonly pred: number;
  readonly iou: number;
}

export interface IouMatching {
  readonly matches: readonly IouMatch[];
  readonly unmatchedGold: readonly number[];
  readonly unmatchedPred: readonly number[];
}

/**
 * Greedy one-to-one matching, highest IoU first, of pairs with IoU >= `threshold`
 * (PaddleOCR's end-to-end protocol). IoU is exact for convex polygons (clipping);
 * other polygons are replaced by their convex hulls. Ties go to the lower gold index,
 * then the lower predicted index, so results are deterministic.
 *
 * @example
 * const square: Polygon = [[0, 0], [10, 0], [10, 10], [0, 10]];
 * matchByIou([square], [square], 0.5).matches // [{gold: 0, pred: 0, iou: 1}]
 */
export function matchByIou(gold: readonly Polygon[], pred: readonly Polygon[], threshold = 0.5): IouMatching {
  const goldBoxes = gold.map(boundingBox);
  const predBoxes = pred.map(boundingBox);
  const candidates: IouMatch[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      // Boxes that do not overlap cannot give a positive IoU: skip the clipping.
      if (!overlaps(goldBoxes[g] as Box, predBoxes[p] as Box)) continue;
      const iou = convexIou(gold[g] as Polygon, pred[p] as Polygon);
      if (iou >= threshold && iou > 0) candidates.push({ gold: g, pred: p, iou });
    }
  }
  candidates.sort((a, b) => b.iou - a.iou || a.gold - b.gold || a.pred - b.pred);
  const goldUsed = new Uint8Array(gold.length);
  const predUsed = new Uint8Array(pred.length);
  const matches: IouMatch[] = [];
  for (const c of candidates) {
    if (goldUsed[c.gold] || predUsed[c.pred]) continue;
    goldUsed[c.gold] = 1;
    predUsed[c.pred] = 1;
    matches.push(c);
  }
  const unmatchedGold: number[] = [];
  const unmatchedPred: number[] = [];
  goldUsed.forEach((u, i) => u || unmatchedGold.push(i));
  predUsed.forEach((u, i) => u || unmatchedPred.push(i));
  return { matches, unmatchedGold, unmatchedPred };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

/** A gold page and the predicted page for the same image (either may be missing). */
export interface PagePair {
  readonly key: string;
  readonly gold?: Page;
  readonly pred?: Page;
}

/** Key of a page for pairing: its image's file name, or document name and page number. */
export function pageKey(docName: string, page: Page, index: number): string {
  return page.image ? imageKey(page.image) : `${docName}#${index + 1}`;
}

/**
 * Pairs the pages of two datasets by image file name, gold order first, then the
 * predicted pages that have no gold page.
 */
export function pairPages(gold: Dataset, pred: Dataset): PagePair[] {
  const predPages = new Map<string, Page>();
  for (const doc of pred.documents) doc.pages.forEach((page, i) => predPages.set(pageKey(doc.name, page, i), page));
  const pairs: PagePair[] = [];
  const seen = new Set<string>();
  for (const doc of gold.documents) {
    doc.pages.forEach((page, i) => {
      const key = pageKey(doc.name, page, i);
      seen.add(key);
      const p = predPages.get(key);
      pairs.push(p ? { key, gold: page, pred: p } : { key, gold: page });
    });
  }
  for (const [key, page] of predPages) if (!seen.has(key)) pairs.push({ key, pred: page });
  return pairs;
}
