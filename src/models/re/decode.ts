/** Constrained decoding of pair probabilities into key→value links. */
import type { RePair } from './features.js';

/** Decoding thresholds (see `ReConfig`). */
export interface ReDecodeOptions {
  readonly threshold: number;
  readonly extraThreshold: number;
}

/**
 * Each value takes its most probable key when that probability reaches
 * `threshold`, plus any other key reaching `extraThreshold`; a key may own any
 * number of values. Returns index pairs sorted by value then key.
 *
 * @example
 * decodeRe([{ key: 0, value: 1 }, { key: 2, value: 1 }], [0.9, 0.3], { threshold: 0.5, extraThreshold: 0.9 })
 * // [{ key: 0, value: 1 }]
 */
export function decodeRe(pairs: readonly RePair[], probabilities: ArrayLike<number>, options: ReDecodeOptions): RePair[] {
  const best = new Map<number, number>();
  pairs.forEach((p, i) => {
    const b = best.get(p.value);
    if (b === undefined || probabilities[i]! > probabilities[b]!) best.set(p.value, i);
  });
  const out: RePair[] = [];
  pairs.forEach((p, i) => {
    const prob = probabilities[i]!;
    if ((best.get(p.value) === i && prob >= options.threshold) || prob >= options.extraThreshold) out.push(p);
  });
  return out.sort((a, b) => a.value - b.value || a.key - b.key);
}
