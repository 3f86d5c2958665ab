import { describe, expect, it } from 'vitest';
import { seededShuffle, splitItems } from './split.js';

describe('split', () => {
  const items = [...Array(20).keys()];

  it('is deterministic for a seed and a permutation of the input', () => {
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect(seededShuffle(items, 7)).not.toEqual(seededShuffle(items, 8));
    expect([...seededShuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });

  it('splits by the ratio with nothing lost', () => {
    const { train, val } = splitItems(items, 0.8, 1);
    expect([train.length, val.length]).toEqual([16, 4]);
    expect([...train, ...val].sort((a, b) => a - b)).toEqual(items);
    expect(() => splitItems(items, 1, 1)).toThrow(RangeError);
  });
});
