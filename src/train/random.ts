/** Seeded pseudo-random numbers, so that training is reproducible for a seed. */

import { seededRandom } from '../core/split.js';

/** Mulberry32, the generator of seeded splits: floats in [0, 1), the same sequence for a seed everywhere. */
export function createRandom(seed: number): () => number {
  return seededRandom(seed);
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Standard normal sample (Box–Muller). */
export function gaussian(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
