import { describe, expect, it } from 'vitest';
import { solveLinear } from './linear.js';

describe('solveLinear', () => {
  it('solves a small system, pivoting past a zero on the diagonal', () => {
    const x = solveLinear([[0, 1, 1], [2, 0, 1], [1, 1, 0]], [5, 5, 3]);
    expect(x!.map((v) => Number(v.toFixed(9)))).toEqual([1, 2, 3]);
  });
  it('returns undefined for a singular system', () => {
    expect(solveLinear([[1, 2], [2, 4]], [1, 2])).toBeUndefined();
  });
});
