import { describe, expect, it } from 'vitest';
import type { RgbImage } from './image.js';
import { denoiseMedian, estimateSkew, isQuarterTurned, normalizeContrast } from './image-cleanup.js';
import { applyAffine, invertAffine, rotateImage, rotateQuarter } from './image-transform.js';

/** A white page with dark text-like rows: dashes of ink `ink` px high every `pitch` px. */
function page(width = 400, height = 300, ink = 6, pitch = 24): RgbImage {
  const data = new Uint8Array(width * height * 3).fill(255);
  for (let y = 30; y < height - 30; y++) {
    if (y % pitch >= ink) continue;
    for (let x = 30; x < width - 30; x++) if (x % 14 < 9) data.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  }
  return { width, height, data };
}

const pixel = (img: RgbImage, x: number, y: number): number => img.data[(y * img.width + x) * 3]!;

describe('rotateQuarter', () => {
  it.each([1, 2, 3])('moves pixels where its affine map says (%i quarter)', (k) => {
    const img = page(40, 30);
    img.data.fill(7, (5 * 40 + 3) * 3, (5 * 40 + 3) * 3 + 3);
    const { image, forward } = rotateQuarter(img, k);
    const [x, y] = applyAffine(forward, [3.5, 5.5]);
    expect(pixel(image, Math.floor(x), Math.floor(y))).toBe(7);
    expect([image.width, image.height]).toEqual(k === 2 ? [40, 30] : [30, 40]);
  });
});

describe('estimateSkew', () => {
  it.each([0, 4, -3])('finds a %s° skew', (angle) => {
    const turned = rotateImage(page(), angle, { expand: true }).image;
    expect(estimateSkew(turned)).toBeCloseTo(angle, 0);
  });
  it.each([3, -5])('finds a %s° skew on a receipt-sized page, sampled every other pixel', (angle) => {
    // Over 1000 pixels tall, so pixels are sampled every 2 and binned by 1.5 (the path real receipts take).
    const turned = rotateImage(page(620, 1560, 3, 40), angle, { expand: true }).image;
    expect(estimateSkew(turned)).toBeCloseTo(angle, 0);
  });

  it('maps points back through the inverse of the rotation', () => {
    const { forward } = rotateImage(page(), 5, { expand: true });
    const [x, y] = applyAffine(invertAffine(forward), applyAffine(forward, [10, 20]));
    expect(x).toBeCloseTo(10, 6);
    expect(y).toBeCloseTo(20, 6);
  });
});

describe('isQuarterTurned', () => {
  it('tells vertical text lines from horizontal ones', () => {
    expect(isQuarterTurned(page())).toBe(false);
    expect(isQuarterTurned(rotateQuarter(page(), 1).image)).toBe(true);
  });
});

describe('normalizeContrast and denoiseMedian', () => {
  it('stretches a faded page to the full range and leaves a crisp one alone', () => {
    const small = page(120, 90);
    const faded = { ...small, data: small.data.map((v) => 100 + Math.round(v * 0.4)) };
    const out = normalizeContrast(faded);
    expect(out.data.reduce((a, b) => Math.min(a, b), 255)).toBe(0);
    expect(out.data.reduce((a, b) => Math.max(a, b), 0)).toBe(255);
    expect(normalizeContrast(small)).toBe(small);
  });
  it('removes an isolated speck', () => {
    const img = page();
    img.data.fill(0, (5 * img.width + 5) * 3, (5 * img.width + 5) * 3 + 3);
    expect(pixel(denoiseMedian(img), 5, 5)).toBe(255);
  });
});
