import { describe, expect, it } from 'vitest';
import { batchByWidth, packCrops, recWidth } from './preprocess.js';

describe('recWidth', () => {
  const config = { height: 48, minWidth: 48, maxWidth: 320, stretch: 1 };
  it.each([
    { w: 100, h: 24, out: 200 },
    { w: 101, h: 24, out: 208 },
    { w: 1000, h: 10, out: 320 },
    { w: 1, h: 48, out: 8 },
  ])('$w x $h → $out', ({ w, h, out }) => expect(recWidth(w, h, config)).toBe(out));
});

describe('batchByWidth', () => {
  it('sorts by width and cuts batches by size and padding ratio', () => {
    expect(batchByWidth([100, 400, 110, 120, 90], 3, 1.25)).toEqual([[4, 0, 2], [3], [1]]);
  });
});

describe('packCrops', () => {
  it('writes BGR planes in [-1, 1] and pads with 0', () => {
    const crop = { width: 1, height: 1, data: new Uint8Array([255, 0, 127.5]) };
    const { data, dims } = packCrops([crop], 2);
    expect(dims).toEqual([1, 3, 1, 2]);
    expect(Array.from(data)).toEqual([expect.closeTo(0, 1), 0, -1, 0, 1, 0]);
  });
});
