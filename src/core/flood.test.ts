import { describe, expect, it } from 'vitest';
import { floodFill } from './flood.js';

// 4 × 3 grid:      1 1 0 0
//                  0 0 1 0
//                  0 0 1 1
const INK = [1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1];
const component = (start: number, neighbours: 4 | 8): number[] => {
  const seen = new Uint8Array(INK.length);
  seen[start] = 1;
  const cells: number[] = [];
  floodFill([start], 4, 3, (c) => INK[c] === 1, seen, neighbours, (c) => cells.push(c));
  return cells.sort((a, b) => a - b);
};

describe('floodFill', () => {
  it('spreads to side neighbours only with 4, to corners too with 8', () => {
    expect(component(0, 4)).toEqual([0, 1]);
    expect(component(0, 8)).toEqual([0, 1, 6, 10, 11]);
    expect(component(11, 4)).toEqual([6, 10, 11]);
  });
});
