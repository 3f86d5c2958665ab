/**
 * Semantic entity recognition on gold OCR: each segment is one entity, paired with
 * its prediction by page and id.
 */
import type { Dataset, Segment } from '../core/document.js';
import { BACKGROUND_LABEL, normalizeLabel } from '../core/labels.js';
import { pairPages } from './match.js';
import { prf, type Prf } from './prf.js';

export interface SerReport {
  /** Micro-averaged over the non-background classes. */
  readonly micro: Prf;
  /** Per class (normalised label), over classes seen in gold or predictions. */
  readonly perClass: Readonly<Record<string, Prf>>;
}

/** Counts per class: gold entities, predicted entities, correct ones. */
interface Counts {
  gold: number;
  pred: number;
  tp: number;
}

/**
 * Entity-level precision / recall / Hmean over segments whose true or predicted
 * class is not background, micro and per class. A segment is correct when its
 * predicted class equals its true class (case-insensitive). Equal to PaddleOCR's
 * seqeval metric when every segment is one entity. A gold segment with no predicted
 * twin (same page, same id) is missed; a predicted one with no gold twin is wrong.
 *
 * @example
 * const { micro } = evaluateSer(gold, pred);
 * console.log(micro.hmean);
 */
export function evaluateSer(gold: Dataset, pred: Dataset): SerReport {
  const counts = new Map<string, Counts>();
  const at = (label: string): Counts => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { gold: 0, pred: 0, tp: 0 }));
    return c;
  };
  for (const pair of pairPages(gold, pred)) {
    const predById = new Map<number, Segment>();
    for (const s of pair.pred?.segments ?? []) if (!predById.has(s.id)) predById.set(s.id, s);
    const goldIds = new Set<number>();
    for (const g of pair.gold?.segments ?? []) {
      if (goldIds.has(g.id)) continue;
      goldIds.add(g.id);
      const gl = normalizeLabel(g.label);
      const p = predById.get(g.id);
      const pl = p ? normalizeLabel(p.label) : BACKGROUND_LABEL;
      if (gl !== BACKGROUND_LABEL) at(gl).gold++;
      if (pl !== BACKGROUND_LABEL) at(pl).pred++;
      if (gl !== BACKGROUND_LABEL && gl === pl) at(gl).tp++;
    }
    for (const [id, p] of predById) {
      const pl = normalizeLabel(p.label);
      if (!goldIds.has(id) && pl !== BACKGROUND_LABEL) at(pl).pred++;
    }
  }
  const perClass: Record<string, Prf> = {};
  let tp = 0;
  let g = 0;
  let p = 0;
  for (const label of [...counts.keys()].sort()) {
    const c = counts.get(label) as Counts;
    perClass[label] = prf(c.tp, c.gold, c.pred);
    tp += c.tp;
    g += c.gold;
    p += c.pred;
  }
  return { micro: prf(tp, g, p), perClass };
}
