/**
 * Whole-image rotations with the affine map between the pixel coordinates of
 * the input and the output, so that anything found on a turned image (OCR
 * lines) can be put back into the input's coordinates. Angles in degrees,
 * positive clockwise on screen (as in geometry.ts).
 */
import type { Point } from './geometry.js';
import type { RgbImage } from './image.js';

/** `[a, b, c, d, e, f]`: x' = a·x + b·y + c, y' = d·x + e·y + f (pixels). */
export type Affine = readonly [number, number, number, number, number, number];

export const IDENTITY: Affine = [1, 0, 0, 0, 1, 0];

export function applyAffine(m: Affine, [x, y]: Point): Point {
  return [m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]];
}

/** `outer ∘ inner`: first `inner`, then `outer`. */
export function composeAffine(outer: Affine, inner: Affine): Affine {
  const [a, b, c, d, e, f] = outer;
  const [g, h, i, j, k, l] = inner;
  return [a * g + b * j, a * h + b * k, a * i + b * l + c, d * g + e * j, d * h + e * k, d * i + e * l + f];
}

export function invertAffine(m: Affine): Affine {
  const [a, b, c, d, e, f] = m;
  const det = a * e - b * d;
  return [e / det, -b / det, (b * f - c * e) / det, -d / det, a / det, (c * d - a * f) / det];
}

/** A turned image and the map from input pixel coordinates to the output's. */
export interface Transformed {
  readonly image: RgbImage;
  readonly forward: Affine;
}

/**
 * Turns an image clockwise by `quarters` × 90° (exact, no resampling).
 *
 * @example
 * rotateQuarter(image, 1).image.width === image.height // true
 */
export function rotateQuarter(image: RgbImage, quarters: number): Transformed {
  const k = ((quarters % 4) + 4) % 4;
  const { width: w, height: h, data } = image;
  if (k === 0) return { image, forward: IDENTITY };
  const ow = k === 2 ? w : h;
  const oh = k === 2 ? h : w;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [nx, ny] = k === 1 ? [h - 1 - y, x] : k === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      const s = (y * w + x) * 3;
      const t = (ny * ow + nx) * 3;
      out[t] = data[s]!;
      out[t + 1] = data[s + 1]!;
      out[t + 2] = data[s + 2]!;
    }
  }
  // Continuous coordinates (pixel corners): 90° cw maps (x, y) → (h - y, x).
  const forward: Affine = k === 1 ? [0, -1, h, 1, 0, 0] : k === 2 ? [-1, 0, w, 0, -1, h] : [0, 1, 0, -1, 0, w];
  return { image: { width: ow, height: oh, data: out }, forward };
}

/**
 * Rotates an image by any angle about its centre with bilinear sampling; the
 * uncovered corners are filled with `fill` (white). With `expand` the canvas
 * grows to hold the whole turned image, else it keeps its size.
 *
 * @example
 * const { image: level, forward } = rotateImage(scan, -2.5); // undo a 2.5° clockwise skew
 */
export function rotateImage(image: RgbImage, degrees: number, options: { expand?: boolean; fill?: number } = {}): Transformed {
  if (degrees === 0) return { image, forward: IDENTITY };
  const { width: w, height: h, data } = image;
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const ow = options.expand ? Math.ceil(Math.abs(w * cos) + Math.abs(h * sin)) : w;
  const oh = options.expand ? Math.ceil(Math.abs(w * sin) + Math.abs(h * cos)) : h;
  // Clockwise on screen (y down): x' = cos·x - sin·y, y' = sin·x + cos·y about the centres.
  const forward: Affine = [cos, -sin, ow / 2 - cos * (w / 2) + sin * (h / 2), sin, cos, oh / 2 - sin * (w / 2) - cos * (h / 2)];
  const back = invertAffine(forward);
  const fill = options.fill ?? 255;
  const out = new Uint8Array(ow * oh * 3).fill(fill);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      // Sample at the pixel centre, in the input's pixel-centre grid.
      const sx = back[0] * (x + 0.5) + back[1] * (y + 0.5) + back[2] - 0.5;
      const sy = back[3] * (x + 0.5) + back[4] * (y + 0.5) + back[5] - 0.5;
      if (sx < 0 || sy < 0 || sx > w - 1 || sy > h - 1) continue;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(x0 + 1, w - 1);
      const y1 = Math.min(y0 + 1, h - 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const t = (y * ow + x) * 3;
      for (let c = 0; c < 3; c++) {
        const p00 = data[(y0 * w + x0) * 3 + c]!;
        const p10 = data[(y0 * w + x1) * 3 + c]!;
        const p01 = data[(y1 * w + x0) * 3 + c]!;
        const p11 = data[(y1 * w + x1) * 3 + c]!;
        out[t + c] = Math.round((p00 * (1 - fx) + p10 * fx) * (1 - fy) + (p01 * (1 - fx) + p11 * fx) * fy);
      }
    }
  }
  return { image: { width: ow, height: oh, data: out }, forward };
}

/** Luminance (Rec. 601) of each pixel, 0-255. */
export function toGray(image: RgbImage): Uint8Array {
  const n = image.width * image.height;
  const out = new Uint8Array(n);
  const d = image.data;
  for (let i = 0; i < n; i++) out[i] = (d[i * 3]! * 299 + d[i * 3 + 1]! * 587 + d[i * 3 + 2]! * 114) / 1000;
  return out;
}
