/**
 * Stacked SER: a second pass that sees the first pass's class probabilities of
 * each segment and of its neighbours (two hops of context instead of one: "my
 * right neighbour is probably a value" is decided with that neighbour's own
 * neighbours in view). Trained on out-of-fold first-pass probabilities so that
 * it learns how reliable they are on unseen pages.
 */
import { NEIGHBOUR_DIRECTIONS, type PageLayout } from '../kie/layout.js';

/** Width of the stacking features for `classes` classes: the segment, its 4 neighbours, and its row. */
export function stackFeatureSize(classes: number): number {
  return (2 + NEIGHBOUR_DIRECTIONS.length) * classes;
}

/**
 * Per segment: its first-pass probabilities, those of its left/right/above/below
 * neighbours (zeros for none), and the maximum over the other segments of its
 * row, each `classes` wide.
 *
 * @example
 * const stack = stackFeatures(firstPass.probabilities, layout, 4); // [segments, 24]
 */
export function stackFeatures(probabilities: Float32Array, layout: PageLayout, classes: number): Float32Array {
  const C = classes;
  const n = layout.placed.length;
  const K = NEIGHBOUR_DIRECTIONS.length;
  const width = stackFeatureSize(C);
  const out = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    const row = i * width;
    for (let c = 0; c < C; c++) out[row + c] = probabilities[i * C + c]!;
    for (let k = 0; k < K; k++) {
      const j = layout.neighbours[K * i + k]!;
      if (j < 0) continue;
      for (let c = 0; c < C; c++) out[row + (1 + k) * C + c] = probabilities[j * C + c]!;
    }
  }
  // Row maxima: walk left and right along the neighbour chain (a row is a chain of left/right links).
  for (let i = 0; i < n; i++) {
    const at = i * width + (1 + K) * C;
    for (const dir of [0, 1]) {
      let j = layout.neighbours[K * i + dir]!;
      for (let steps = 0; j >= 0 && steps < n; steps++) {
        for (let c = 0; c < C; c++) out[at + c] = Math.max(out[at + c]!, probabilities[j * C + c]!);
        j = layout.neighbours[K * j + dir]!;
      }
    }
  }
  return out;
}
