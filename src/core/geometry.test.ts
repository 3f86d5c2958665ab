import { describe, expect, it } from 'vitest';
import {
  clipPolygon,
  convexHull,
  convexIou,
  expandRect,
  minAreaRect,
  normaliseRectAngle,
  orderQuad,
  polygonArea,
  quadAngle,
  rectToQuad,
  subQuad,
  type Point,
  type Quad,
} from './geometry.js';

const square = (x: number, y: number, s: number): Quad => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
];

describe('polygonArea', () => {
  it.each([
    { name: 'unit square', poly: square(0, 0, 1), area: 1 },
    { name: 'triangle', poly: [[0, 0], [4, 0], [0, 3]] as Point[], area: 6 },
    { name: 'counter-clockwise square', poly: [...square(0, 0, 2)].reverse(), area: 4 },
  ])('$name', ({ poly, area }) => expect(polygonArea(poly)).toBeCloseTo(area));
});

describe('convexHull', () => {
  it('drops interior and collinear points and runs clockwise on screen', () => {
    const hull = convexHull([0, 0, 2, 0, 4, 0, 4, 4, 0, 4, 2, 2, 1, 1]);
    expect(hull).toHaveLength(4);
    expect(polygonArea(hull)).toBe(16);
    expect(hull).toContainEqual([4, 4]);
  });
});

describe('minAreaRect', () => {
  it.each([0, 10, -20, 30, 44])('recovers a %d° rectangle', (angle) => {
    const quad = rectToQuad({ cx: 50, cy: 40, width: 60, height: 12, angle });
    const flat = quad.flatMap((p) => [p[0], p[1]]);
    const rect = minAreaRect(convexHull(flat));
    expect(rect.width).toBeCloseTo(60, 5);
    expect(rect.height).toBeCloseTo(12, 5);
    expect(rect.angle).toBeCloseTo(angle, 5);
    expect(rect.cx).toBeCloseTo(50, 5);
  });

  it('describes a tall box with a small angle and swapped sides', () => {
    expect(normaliseRectAngle({ cx: 0, cy: 0, width: 10, height: 50, angle: 90 })).toEqual({
      cx: 0,
      cy: 0,
      width: 50,
      height: 10,
      angle: 0,
    });
  });
});

describe('orderQuad', () => {
  it('starts at the top-left and runs clockwise whatever the input order', () => {
    const q = square(10, 20, 5);
    expect(orderQuad([q[2], q[0], q[3], q[1]])).toEqual(q);
  });
});

describe('convexIou', () => {
  it.each([
    { name: 'identical', a: square(0, 0, 10), b: square(0, 0, 10), iou: 1 },
    { name: 'disjoint', a: square(0, 0, 10), b: square(20, 0, 10), iou: 0 },
    { name: 'half overlap', a: square(0, 0, 10), b: square(5, 0, 10), iou: 50 / 150 },
    { name: 'counter-clockwise input', a: [...square(0, 0, 10)].reverse(), b: square(5, 0, 10), iou: 50 / 150 },
  ])('$name', ({ a, b, iou }) => expect(convexIou(a, b)).toBeCloseTo(iou, 10));

  it('is exact for a rotated square (octagon intersection), not a box approximation', () => {
    const a = rectToQuad({ cx: 0, cy: 0, width: 2, height: 2, angle: 0 });
    const b = rectToQuad({ cx: 0, cy: 0, width: 2, height: 2, angle: 45 });
    const octagon = 8 * (Math.SQRT2 - 1);
    expect(convexIou(a, b)).toBeCloseTo(octagon / (8 - octagon), 10);
  });

  it('clipPolygon of nested squares is the inner square', () => {
    expect(polygonArea(clipPolygon(square(2, 2, 2), square(0, 0, 10)))).toBeCloseTo(4);
  });
});

describe('helpers', () => {
  it('expandRect grows every side', () => {
    expect(expandRect({ cx: 0, cy: 0, width: 10, height: 4, angle: 5 }, 2)).toMatchObject({ width: 14, height: 8 });
  });
  it('subQuad takes a fraction of the line', () => {
    expect(subQuad(square(0, 0, 100), 0.25, 0.5)).toEqual([
      [25, 0],
      [50, 0],
      [50, 100],
      [25, 100],
    ]);
  });
  it('quadAngle reads the slope of the text', () => {
    expect(quadAngle(rectToQuad({ cx: 0, cy: 0, width: 100, height: 10, angle: 7 }))).toBeCloseTo(7);
  });
});
