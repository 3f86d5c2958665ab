import { describe, expect, it } from 'vitest';
import type { RgbImage } from './image.js';
import { homography, resizeBilinear, rotate180, warpQuad } from './raster.js';

function gradient(width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data.set([x * 10, y * 10, 100], (y * width + x) * 3);
  return { width, height, data };
}

describe('resizeBilinear', () => {
  it('is the identity at the same size', () => {
    const img = gradient(8, 6);
    expect(resizeBilinear(img, 8, 6).data).toEqual(img.data);
  });
  it('halves a linear ramp to the mean of pixel pairs', () => {
    const out = resizeBilinear(gradient(8, 2), 4, 1);
    expect(Array.from({ length: 4 }, (_, i) => out.data[i * 3])).toEqual([5, 25, 45, 65]);
  });
});

describe('homography and warpQuad', () => {
  it('maps the four corners exactly', () => {
    const from = [[0, 0], [10, 0], [10, 5], [0, 5]] as const;
    const to = [[3, 1], [20, 4], [18, 15], [2, 9]] as const;
    const h = homography(from, to);
    for (let i = 0; i < 4; i++) {
      const [x, y] = from[i]!;
      const w = h[6]! * x + h[7]! * y + 1;
      expect((h[0]! * x + h[1]! * y + h[2]!) / w).toBeCloseTo(to[i]![0], 6);
      expect((h[3]! * x + h[4]! * y + h[5]!) / w).toBeCloseTo(to[i]![1], 6);
    }
  });
  it('crops an axis-aligned region pixel for pixel', () => {
    const img = gradient(10, 10);
    const crop = warpQuad(img, [[2, 3], [6, 3], [6, 5], [2, 5]], 4, 2);
    expect(crop.data[0]).toBe(20);
    expect(crop.data[1]).toBe(30);
    expect(crop.data[(1 * 4 + 3) * 3]).toBe(50);
  });
});

describe('rotate180', () => {
  it('reverses pixel order', () => {
    const img = gradient(3, 2);
    const out = rotate180(img);
    expect(Array.from(out.data.subarray(0, 3))).toEqual(Array.from(img.data.subarray(15, 18)));
    expect(rotate180(out).data).toEqual(img.data);
  });
});
