/**
 * Measurements and filters for cleaning scanned pages before OCR: skew angle
 * and quarter-turn detection from projection profiles of dark pixels, contrast
 * stretching, 3×3 median denoising. Pure functions over {@link RgbImage}.
 */
import type { RgbImage } from './image.js';
import { toGray } from './image-transform.js';

/** Dark pixels of a page, subsampled to about `maxSide` on the longer side: coordinates in input pixels. */
function darkPixels(image: RgbImage, maxSide = 1000): { xs: Float32Array; ys: Float32Array; width: number; height: number } {
  const gray = toGray(image);
  const step = Math.max(1, Math.ceil(Math.max(image.width, image.height) / maxSide));
  let sum = 0;
  let n = 0;
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      sum += gray[y * image.width + x]!;
      n++;
    }
  }
  // Ink is well below the page's mean grey; a fixed margin keeps paper texture out.
  const threshold = Math.min(128, sum / Math.max(1, n) - 40);
  const xs: number[] = [];
  const ys: number[] = [];
  // Jittered samples: a regular grid would print its own period into the profiles (a false peak at 0°).
  let seed = 12345;
  // 24 pseudo-random bits (a fixed seed: the same page always gives the same angle).
  const random24 = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 8;
  };
  const jitter = (): number => random24() % step;
  const subPixel = (): number => random24() / 0x1000000;
  for (let y0 = 0; y0 < image.height; y0 += step) {
    for (let x0 = 0; x0 < image.width; x0 += step) {
      const x = Math.min(image.width - 1, x0 + jitter());
      const y = Math.min(image.height - 1, y0 + jitter());
      // Ink strokes only: a dark pixel with light paper a few pixels away on some side. Solid dark areas (a
      // table under a photographed receipt, a logo) would otherwise drown the text lines.
      const light = (dx: number, dy: number): boolean => {
        const xx = Math.min(image.width - 1, Math.max(0, x + dx));
        const yy = Math.min(image.height - 1, Math.max(0, y + dy));
        return gray[yy * image.width + xx]! >= threshold;
      };
      const r = 3 * step;
      if (gray[y * image.width + x]! < threshold && (light(0, r) || light(0, -r) || light(r, 0) || light(-r, 0))) {
        // Anywhere within the pixel: whole-pixel coordinates fall unevenly into the profile's bins at 0° (bins of
        // 1.5 pixels hold one row, then two), a sharp profile of the sampling itself that outscored true skews of 3–5°.
        xs.push(x + subPixel());
        ys.push(y + subPixel());
      }
    }
  }
  return { xs: Float32Array.from(xs), ys: Float32Array.from(ys), width: image.width, height: image.height };
}

/** Sharpness of the row profile of points projected at `degrees`: sum of squared differences of adjacent bins. */
function profileScore(xs: Float32Array, ys: Float32Array, degrees: number, bin: number, transpose = false): number {
  const rad = (degrees * Math.PI) / 180;
  const sin = Math.sin(rad);
  const cos = Math.cos(rad);
  const bins = new Map<number, number>();
  for (let i = 0; i < xs.length; i++) {
    const x = transpose ? ys[i]! : xs[i]!;
    const y = transpose ? xs[i]! : ys[i]!;
    const k = Math.floor((y * cos - x * sin) / bin);
    bins.set(k, (bins.get(k) ?? 0) + 1);
  }
  const keys = [...bins.keys()].sort((a, b) => a - b);
  if (keys.length === 0) return 0;
  let score = 0;
  for (let k = keys[0]!; k <= keys[keys.length - 1]!; k++) {
    const d = (bins.get(k + 1) ?? 0) - (bins.get(k) ?? 0);
    score += d * d;
  }
  return score;
}

export interface SkewOptions {
  /** Largest angle searched, in degrees. Default 15. */
  readonly maxAngle?: number;
}

/**
 * The angle (degrees, clockwise) by which the text lines of a page are turned:
 * the projection angle whose row profile is sharpest. Rotate by minus it to level
 * the page. 0 for a page with no ink.
 *
 * @example
 * const angle = estimateSkew(image); // 3.2 for lines going down to the right
 */
export function estimateSkew(image: RgbImage, options: SkewOptions = {}): number {
  const max = options.maxAngle ?? 15;
  const { xs, ys, width, height } = darkPixels(image);
  if (xs.length < 50) return 0;
  const bin = Math.max(1, Math.max(width, height) / 1000);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number): void => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = profileScore(xs, ys, a, bin);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
  };
  search(-max, max, 1);
  const coarse = best;
  search(coarse - 1, coarse + 1, 0.1);
  return Math.round(best * 10) / 10;
}

/**
 * Whether the text lines of a page run vertically (the page is turned by a
 * quarter): the column profile is much sharper than the row profile. Tells 90°
 * from 0°, not 90° from 270° (nor 0° from 180°).
 */
export function isQuarterTurned(image: RgbImage, ratio = 1.5): boolean {
  const { xs, ys, width, height } = darkPixels(image);
  if (xs.length < 50) return false;
  const bin = Math.max(1, Math.max(width, height) / 1000);
  let rows = 0;
  let cols = 0;
  // Either way the page may also be a little skewed: take the best of a few angles.
  for (const a of [-6, -3, 0, 3, 6]) {
    rows = Math.max(rows, profileScore(xs, ys, a, bin));
    cols = Math.max(cols, profileScore(xs, ys, a, bin, true));
  }
  return cols > rows * ratio;
}

/**
 * Stretches the grey levels so that the `low` and `high` quantiles of luminance
 * become black and white (same linear map on every channel, so colours keep
 * their hue). Pages already using the full range are returned as they are.
 *
 * @example
 * const crisp = normalizeContrast(fadedScan);
 */
export function normalizeContrast(image: RgbImage, low = 0.01, high = 0.99): RgbImage {
  const gray = toGray(image);
  const hist = new Uint32Array(256);
  for (const g of gray) hist[g]!++;
  const quantile = (q: number): number => {
    let acc = 0;
    const target = q * gray.length;
    for (let v = 0; v < 256; v++) {
      acc += hist[v]!;
      if (acc >= target) return v;
    }
    return 255;
  };
  const lo = quantile(low);
  const hi = quantile(high);
  if (hi - lo < 16 || (lo <= 8 && hi >= 247)) return image;
  const scale = 255 / (hi - lo);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.max(0, Math.min(255, Math.round((v - lo) * scale)));
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = lut[image.data[i]!]!;
  return { width: image.width, height: image.height, data: out };
}

/**
 * 3×3 median filter per channel: removes salt-and-pepper specks and JPEG
 * mosquito noise while keeping stroke edges. Border pixels are kept.
 */
export function denoiseMedian(image: RgbImage): RgbImage {
  const { width: w, height: h, data } = image;
  const out = new Uint8Array(data);
  const win = new Uint8Array(9);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      for (let c = 0; c < 3; c++) {
        let k = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) win[k++] = data[((y + dy) * w + x + dx) * 3 + c]!;
        win.sort();
        out[(y * w + x) * 3 + c] = win[4]!;
      }
    }
  }
  return { width: w, height: h, data: out };
}
