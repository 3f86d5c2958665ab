/**
 * Snapping a drawn rectangle to the text under it: the box of the pixels clearly
 * darker than the rectangle's background, plus a small margin.
 */
import type { Quad } from '../../../src/core/geometry.js';
import { rectFromDrag } from './shape-geometry.js';

/**
 * Shrinks `quad` (axis-aligned, image pixels) to the ink inside it; returns it as is
 * when there is no clear ink or the pixels cannot be read.
 */
export function snapToInk(image: HTMLImageElement, quad: Quad, margin = 2): Quad {
  const x0 = Math.max(0, Math.floor(quad[0][0]));
  const y0 = Math.max(0, Math.floor(quad[0][1]));
  const x1 = Math.min(image.naturalWidth, Math.ceil(quad[2][0]));
  const y1 = Math.min(image.naturalHeight, Math.ceil(quad[2][1]));
  const w = x1 - x0;
  const h = y1 - y0;
  if (w < 2 || h < 2 || w * h > 16_000_000) return quad;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return quad;
  ctx.drawImage(image, x0, y0, w, h, 0, 0, w, h);
  let data: Uint8ClampedArray;
  try {
    data = ctx.getImageData(0, 0, w, h).data;
  } catch {
    return quad;
  }
  const lum = new Float32Array(w * h);
  let max = 0;
  for (let i = 0; i < w * h; i++) {
    const v = 0.299 * (data[4 * i] ?? 0) + 0.587 * (data[4 * i + 1] ?? 0) + 0.114 * (data[4 * i + 2] ?? 0);
    lum[i] = v;
    if (v > max) max = v;
  }
  const threshold = max - 60;
  let bx0 = w;
  let by0 = h;
  let bx1 = -1;
  let by1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if ((lum[y * w + x] ?? 255) >= threshold) continue;
      if (x < bx0) bx0 = x;
      if (x > bx1) bx1 = x;
      if (y < by0) by0 = y;
      if (y > by1) by1 = y;
    }
  }
  if (bx1 < 0) return quad;
  return rectFromDrag(
    [Math.max(0, x0 + bx0 - margin), Math.max(0, y0 + by0 - margin)],
    [Math.min(image.naturalWidth, x0 + bx1 + 1 + margin), Math.min(image.naturalHeight, y0 + by1 + 1 + margin)],
  );
}
