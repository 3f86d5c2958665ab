/**
 * Validation split carved out of a training set: hyper-parameters are chosen on
 * it, and the test sets are only scored at the end (docs/ser-re-experiments.md).
 */
import { createRandom, shuffled } from '../../src/train/random.js';

/** A seeded split of `pages` into a fitting part and a validation part of `fraction` of the pages. */
export function splitPages<T>(pages: readonly T[], fraction = 0.2, seed = 1): { fit: T[]; val: T[] } {
  const order = shuffled(
    pages.map((_, i) => i),
    createRandom(seed),
  );
  const nVal = Math.round(pages.length * fraction);
  const val = new Set(order.slice(0, nVal));
  return { fit: pages.filter((_, i) => !val.has(i)), val: pages.filter((_, i) => val.has(i)) };
}
