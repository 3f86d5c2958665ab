import { solveLinear } from './linear.js';
import type { Point, Quad } from './geometry.js';
import type { RgbImage } from './image.js';

/**
 * Bilinear resize with half-pixel centres (the sampling of OpenCV's INTER_LINEAR,
 * which the PP-OCR models were trained with).
 */
export function resizeBilinear(image: RgbImage, width: number, height: number): RgbImage {
  const { width: sw, height: sh, data: src } = image;
  const out = new Uint8Array(width * height * 3);
  const sx = sw / width;
  const sy = sh / height;
  const x0s = new Int32Array(width);
  const x1s = new Int32Array(width);
  const fxs = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), sw - 1);
    const x0 = Math.floor(fx);
    x0s[x] = x0 * 3;
    x1s[x] = Math.min(x0 + 1, sw - 1) * 3;
    fxs[x] = fx - x0;
  }
  for (let y = 0; y < height; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), sh - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, sh - 1);
    const wy = fy - y0;
    const row0 = y0 * sw * 3;
    const row1 = y1 * sw * 3;
    let o = y * width * 3;
    for (let x = 0; x < width; x++) {
      const a = x0s[x]!;
      const b = x1s[x]!;
      const wx = fxs[x]!;
      for (let c = 0; c < 3; c++) {
        const top = src[row0 + a + c]! + (src[row0 + b + c]! - src[row0 + a + c]!) * wx;
        const bottom = src[row1 + a + c]! + (src[row1 + b + c]! - src[row1 + a + c]!) * wx;
        out[o++] = Math.round(top + (bottom - top) * wy);
      }
    }
  }
  return { width, height, data: out };
}

/**
 * Homography (3x3, row-major, h33 = 1) mapping the four `from` points onto the
 * four `to` points, by solving the 8x8 linear system.
 */
export function homography(from: Quad, to: Quad): number[] {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as Point;
    const [u, v] = to[i] as Point;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // A degenerate quad (three corners in a line) has no homography: fall back on the identity.
  const h = solveLinear(a, b) ?? [1, 0, 0, 0, 1, 0, 0, 0];
  return [...h, 1];
}


/**
 * Samples the region inside `quad` (tl, tr, br, bl) into an upright
 * `width x height` image by perspective transform, bilinear, edges replicated.
 * When the region is much larger than the output, several samples per output
 * pixel are averaged so that thin strokes are not lost.
 */
export function warpQuad(image: RgbImage, quad: Quad, width: number, height: number): RgbImage {
  const dst: Quad = [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
  const h = homography(dst, quad);
  const srcW = Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]);
  const srcH = Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]);
  const ss = Math.max(1, Math.min(3, Math.round(Math.max(srcW / width, srcH / height))));
  const out = new Uint8Array(width * height * 3);
  const { width: sw, height: sh, data: src } = image;
  const acc = [0, 0, 0];
  let o = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      acc[0] = acc[1] = acc[2] = 0;
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const dx = x + (i + 0.5) / ss;
          const dy = y + (j + 0.5) / ss;
          const w = h[6]! * dx + h[7]! * dy + 1;
          let fx = (h[0]! * dx + h[1]! * dy + h[2]!) / w - 0.5;
          let fy = (h[3]! * dx + h[4]! * dy + h[5]!) / w - 0.5;
          fx = Math.min(Math.max(fx, 0), sw - 1);
          fy = Math.min(Math.max(fy, 0), sh - 1);
          const x0 = Math.floor(fx);
          const y0 = Math.floor(fy);
          const x1 = Math.min(x0 + 1, sw - 1);
          const y1 = Math.min(y0 + 1, sh - 1);
          const wx = fx - x0;
          const wy = fy - y0;
          const i00 = (y0 * sw + x0) * 3;
          const i01 = (y0 * sw + x1) * 3;
          const i10 = (y1 * sw + x0) * 3;
          const i11 = (y1 * sw + x1) * 3;
          for (let c = 0; c < 3; c++) {
            const top = src[i00 + c]! + (src[i01 + c]! - src[i00 + c]!) * wx;
            const bottom = src[i10 + c]! + (src[i11 + c]! - src[i10 + c]!) * wx;
            acc[c]! += top + (bottom - top) * wy;
          }
        }
      }
      const n = ss * ss;
      out[o++] = Math.round(acc[0]! / n);
      out[o++] = Math.round(acc[1]! / n);
      out[o++] = Math.round(acc[2]! / n);
    }
  }
  return { width, height, data: out };
}

/** Rotates an image by 180 degrees. */
export function rotate180(image: RgbImage): RgbImage {
  const { width, height, data } = image;
  const out = new Uint8Array(data.length);
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i;
    out[j * 3] = data[i * 3]!;
    out[j * 3 + 1] = data[i * 3 + 1]!;
    out[j * 3 + 2] = data[i * 3 + 2]!;
  }
  return { width, height, data: out };
}

/** Grey levels of a window of an image, with the darkest and lightest of them. */
export interface GreyWindow {
  /** Row-major, `width` per row, integer luminance 0–255 (0.30 R + 0.59 G + 0.11 B). */
  readonly grey: Uint8Array;
  readonly lo: number;
  readonly hi: number;
}

/**
 * The grey levels of the `width × height` window of `image` at (`x0`, `y0`),
 * which must lie inside it, and their range: what ink thresholds are set from
 * (ink darker than the midpoint of `lo` and `hi`, robust to paper tint).
 */
export function greyWindow(image: RgbImage, x0: number, y0: number, width: number, height: number): GreyWindow {
  const grey = new Uint8Array(width * height);
  let lo = 255;
  let hi = 0;
  const { data } = image;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = ((y + y0) * image.width + x + x0) * 3;
      const g = (data[s]! * 77 + data[s + 1]! * 150 + data[s + 2]! * 29) >> 8;
      grey[y * width + x] = g;
      if (g < lo) lo = g;
      if (g > hi) hi = g;
    }
  }
  return { grey, lo, hi };
}
