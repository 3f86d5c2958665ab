/**
 * Look-alike classes of the recogniser's alphabet read as one before decoding.
 * PP-OCR's Chinese dictionary holds both the half-width and the full-width form
 * of most ASCII punctuation and letters (`)` and `）`), and on Latin print the
 * recogniser often splits one glyph's probability between them: a dot-matrix
 * `)` read `)` 0.17, `）` 0.14, blank 0.21 loses to the blank under greedy
 * decoding although the bracket is the likelier reading. Since the full-width
 * forms are folded to half-width after decoding anyway (`halfWidth`, on by
 * default), their probabilities are added to the half-width class first. Pure.
 */
import { toHalfWidth } from '../../core/text.js';

/** A class whose probability is read as another's: `[from, to]` column indices. */
export type ColumnFold = readonly [from: number, to: number];

/**
 * The folds of an alphabet: each full-width ASCII form (`！`–`～`, as
 * {@link toHalfWidth} folds them) onto its half-width class, where the alphabet has one. The ideographic space is left
 * alone: word spaces are decided by the space model from the space class as the
 * recogniser gives it.
 */
export function halfWidthFolds(chars: readonly string[]): ColumnFold[] {
  const index = new Map(chars.map((c, k) => [c, k]));
  const folds: ColumnFold[] = [];
  chars.forEach((c, k) => {
    const half = toHalfWidth(c);
    if (half === c || half === ' ') return;
    const target = index.get(half);
    if (target !== undefined) folds.push([k, target]);
  });
  return folds;
}

/**
 * `frames × classes` probabilities with each fold's probability moved onto its
 * target class (a new array; rows still sum to one).
 */
export function foldProbabilities(probs: Float32Array, frames: number, classes: number, folds: readonly ColumnFold[]): Float32Array {
  const out = probs.slice(0, frames * classes);
  for (let t = 0; t < frames; t++) {
    const row = t * classes;
    for (const [from, to] of folds) {
      out[row + to]! += out[row + from]!;
      out[row + from] = 0;
    }
  }
  return out;
}
