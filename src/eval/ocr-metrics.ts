/**
 * OCR-only evaluation: detection at IoU >= 0.5, recognition of matched lines.
 */
import type { Dataset, Segment } from '../core/document.js';
import { editDistance, stripSpaces, toHalfWidth } from '../core/text.js';
import { matchByIou, pairPages } from './match.js';
import { prf, type Prf } from './prf.js';

export interface TextCompareOptions {
  /** Fold full-width ASCII to half-width on both sides before comparing (default true). */
  readonly halfWidth?: boolean;
  /** IoU needed for a detection to match (default 0.5). */
  readonly iouThreshold?: number;
}

/** The form in which texts are compared: spaces removed, optionally half-width. */
export function comparableText(text: string, options: TextCompareOptions = {}): string {
  return stripSpaces(options.halfWidth === false ? text : toHalfWidth(text));
}

/** Number of characters (code points). */
export function charCount(text: string): number {
  return Array.from(text).length;
}

export interface OcrReport {
  /** Detection: matched lines over predicted and gold lines. */
  readonly detection: Prf;
  /** Matched lines whose texts are equal (spaces removed), over matched lines. */
  readonly exactText: number;
  /** Edit distance over gold characters, over matched lines only. */
  readonly cer: number;
  readonly matched: number;
}

/**
 * Detection precision / recall / Hmean at IoU >= 0.5 (greedy one-to-one), the rate of
 * matched lines read exactly, and the character error rate of matched lines.
 *
 * @example
 * const { detection, cer } = evaluateOcr(gold, pred);
 */
export function evaluateOcr(gold: Dataset, pred: Dataset, options: TextCompareOptions = {}): OcrReport {
  let goldCount = 0;
  let predCount = 0;
  let matched = 0;
  let exact = 0;
  let edits = 0;
  let chars = 0;
  for (const pair of pairPages(gold, pred)) {
    const g: readonly Segment[] = pair.gold?.segments ?? [];
    const p: readonly Segment[] = pair.pred?.segments ?? [];
    goldCount += g.length;
    predCount += p.length;
    const { matches } = matchByIou(g.map((s) => s.points), p.map((s) => s.points), options.iouThreshold ?? 0.5);
    for (const m of matches) {
      const gt = comparableText((g[m.gold] as Segment).text, options);
      const dt = comparableText((p[m.pred] as Segment).text, options);
      matched++;
      if (gt === dt) exact++;
      edits += editDistance(gt, dt);
      chars += charCount(gt);
    }
  }
  return {
    detection: prf(matched, goldCount, predCount),
    exactText: matched > 0 ? exact / matched : goldCount === 0 && predCount === 0 ? 1 : 0,
    cer: chars > 0 ? edits / chars : 0,
    matched,
  };
}
