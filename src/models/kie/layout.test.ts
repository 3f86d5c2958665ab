import { describe, expect, it } from 'vitest';
import { computeLayout, overlapRatio } from './layout.js';
import type { KiePage, KieSegment } from './page.js';

const box = (id: number, x0: number, y0: number, x1: number, y1: number): KieSegment => ({
  id,
  text: String(id),
  points: [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ],
});

describe('computeLayout', () => {
  // 0 (key) and 1 (value) share a row, 2 is below 0, 3 below 1.
  const page: KiePage = {
    width: 100,
    height: 100,
    segments: [box(0, 0, 0, 20, 10), box(1, 30, 1, 60, 11), box(2, 0, 20, 20, 30), box(3, 35, 22, 55, 32)],
  };
  const { neighbours, unit } = computeLayout(page);
  const at = (i: number): number[] => Array.from(neighbours.subarray(4 * i, 4 * i + 4));

  it('uses the median height as unit', () => expect(unit).toBe(10));

  it.each([
    [0, [-1, 1, -1, 2]],
    [1, [0, -1, -1, 3]],
    [2, [-1, 3, 0, -1]],
    [3, [2, -1, 1, -1]],
  ])('neighbours of %i (left, right, above, below)', (i, expected) => expect(at(i)).toEqual(expected));
});

describe('overlapRatio', () => {
  it.each([
    [0, 10, 5, 15, 0.5],
    [0, 10, 20, 30, 0],
    [0, 10, 2, 4, 1],
  ])('[%i,%i] vs [%i,%i] = %f', (a0, a1, b0, b1, r) => expect(overlapRatio(a0, a1, b0, b1)).toBeCloseTo(r));
});
