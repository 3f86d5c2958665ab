/**
 * The gold-OCR SER and RE metrics of ../shared/datasets/README.md, for the
 * bench and experiment scripts (to be replaced by src/eval once it lands).
 */
import type { KieLink, KiePage } from '../../src/models/kie/page.js';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyPrf = (): Prf => ({ tp: 0, fp: 0, fn: 0 });

/** Precision, recall, F1 in percent. */
export function scores(c: Prf): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { p: 100 * p, r: 100 * r, f1: p + r > 0 ? (200 * p * r) / (p + r) : 0 };
}

/** Entity-level SER counts over segments whose true or predicted class is not `other`. */
export function addSerCounts(c: Prf, truth: readonly string[], pred: readonly string[]): void {
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i]!;
    const p = pred[i]!;
    if (p !== 'other' && p === t) c.tp++;
    else {
      if (p !== 'other') c.fp++;
      if (t !== 'other') c.fn++;
    }
  }
}

/** Gold question→answer pairs of a page (links whose ends are labelled question and answer). */
export function goldPairs(page: KiePage): Set<string> {
  const label = new Map(page.segments.map((s) => [s.id, s.label]));
  const out = new Set<string>();
  for (const s of page.segments) {
    for (const [a, b] of s.links ?? []) {
      if (label.get(a) === 'question' && label.get(b) === 'answer') out.add(`${a}>${b}`);
      else if (label.get(b) === 'question' && label.get(a) === 'answer') out.add(`${b}>${a}`);
    }
  }
  return out;
}

export function addReCounts(c: Prf, gold: Set<string>, pred: readonly KieLink[]): void {
  const seen = new Set<string>();
  for (const l of pred) {
    const key = `${l.from}>${l.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (gold.has(key)) c.tp++;
    else c.fp++;
  }
  for (const g of gold) if (!seen.has(g)) c.fn++;
}
