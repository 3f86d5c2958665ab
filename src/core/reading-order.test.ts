import { describe, expect, it } from 'vitest';
import { rectToQuad, type Quad } from './geometry.js';
import { medianSkew, sortReadingOrder } from './reading-order.js';

interface Item {
  readonly name: string;
  readonly quad: Quad;
}
const line = (name: string, cx: number, cy: number, width = 80, height = 20, angle = 0): Item => ({
  name,
  quad: rectToQuad({ cx, cy, width, height, angle }),
});
const names = (items: Item[]): string[] => items.map((i) => i.name);

describe('sortReadingOrder', () => {
  it('reads rows top to bottom and left to right, tolerating small vertical jitter', () => {
    const items = [line('b', 300, 103), line('d', 300, 160), line('a', 100, 100), line('c', 100, 158)];
    expect(names(sortReadingOrder(items, (i) => i.quad))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps a row together on a skewed page', () => {
    // A page turned by 4°: the right item of each row sits 21 px lower than the left one.
    const angle = 4;
    const rad = (angle * Math.PI) / 180;
    const at = (name: string, x: number, y: number): Item =>
      line(name, x * Math.cos(rad) - y * Math.sin(rad), x * Math.sin(rad) + y * Math.cos(rad), 120, 18, angle);
    const items = [at('r1b', 400, 100), at('r2a', 100, 130), at('r1a', 100, 100), at('r2b', 400, 130)];
    expect(names(sortReadingOrder(items, (i) => i.quad))).toEqual(['r1a', 'r1b', 'r2a', 'r2b']);
    expect(names(sortReadingOrder(items, (i) => i.quad, { deskew: false }))).not.toEqual(['r1a', 'r1b', 'r2a', 'r2b']);
  });

  it('returns small inputs unchanged', () => {
    expect(sortReadingOrder([], (i: Item) => i.quad)).toEqual([]);
  });
});

describe('medianSkew', () => {
  it('ignores short boxes and returns the median angle of lines', () => {
    const quads = [line('a', 0, 0, 100, 10, 2).quad, line('b', 0, 0, 100, 10, 3).quad, line('c', 0, 0, 10, 10, 40).quad];
    expect(medianSkew(quads)).toBeCloseTo(3);
  });
});
