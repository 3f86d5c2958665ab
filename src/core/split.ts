/**
 * Deterministic, seeded train/val splits.
 */

/**
 * Small seeded generator (mulberry32): the same seed gives the same sequence on
 * every platform, so a split can be reproduced from its seed alone.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by {@link seededRandom}. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Splits items into a train part of `round(ratio * n)` items and a val part with the
 * rest, after a seeded shuffle.
 *
 * @example
 * splitItems(['a', 'b', 'c', 'd', 'e'], 0.8, 1) // {train: 4 items, val: 1 item}
 */
export function splitItems<T>(items: readonly T[], ratio: number, seed: number): { train: T[]; val: T[] } {
  if (!(ratio > 0 && ratio < 1)) throw new RangeError(`split ratio must be between 0 and 1, got ${ratio}`);
  const shuffled = seededShuffle(items, seed);
  const cut = Math.round(ratio * shuffled.length);
  return { train: shuffled.slice(0, cut), val: shuffled.slice(cut) };
}
