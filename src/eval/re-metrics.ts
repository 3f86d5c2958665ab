/**
 * Relation extraction on gold entities: question–answer pairs.
 */
import type { Dataset, Segment } from '../core/document.js';
import { normalizeLabel } from '../core/labels.js';
import { pairPages } from './match.js';
import { prf, type Prf } from './prf.js';

/** Unordered key of a pair of ids. */
function pairKey(a: number, b: number): string {
  return a < b ? `${a},${b}` : `${b},${a}`;
}

/**
 * The true question–answer pairs of a page: links whose ends are gold-labelled
 * question and answer (question→question and header links do not count).
 */
export function questionAnswerPairs(segments: readonly Segment[], labelsFrom: readonly Segment[] = segments): Set<string> {
  const label = new Map<number, string>();
  for (const s of labelsFrom) if (!label.has(s.id)) label.set(s.id, normalizeLabel(s.label));
  const pairs = new Set<string>();
  for (const s of segments) {
    for (const [a, b] of s.links) {
      const kinds = [label.get(a), label.get(b)].sort().join('+');
      if (kinds === 'answer+question') pairs.add(pairKey(a, b));
    }
  }
  return pairs;
}

/**
 * Precision / recall / Hmean of predicted links (pairs of ids, either order) against
 * the gold question–answer pairs, summed over pages paired by image name. As in
 * PaddleOCR's RE task, candidates are the pairs of a gold question and a gold answer:
 * a predicted link between other entities (question→question, header→question) is
 * not a question–answer prediction and is not counted.
 *
 * @example
 * evaluateRe(gold, pred).hmean
 */
export function evaluateRe(gold: Dataset, pred: Dataset): Prf {
  let tp = 0;
  let g = 0;
  let p = 0;
  for (const pair of pairPages(gold, pred)) {
    const truth = questionAnswerPairs(pair.gold?.segments ?? []);
    const predicted = questionAnswerPairs(pair.pred?.segments ?? [], pair.gold?.segments ?? []);
    g += truth.size;
    p += predicted.size;
    for (const key of predicted) if (truth.has(key)) tp++;
  }
  return prf(tp, g, p);
}
