/**
 * Phone-photo copies of clean page pictures, for benches: uneven light (a
 * shadow falling across the page and darker corners), faded ink, a slight blur,
 * sensor noise and JPEG. Deterministic for a seed, so runs compare.
 */
import sharp from 'sharp';
import type { RgbImage } from '../../src/core/image.js';
import { loadImage } from '../../src/io/image.js';

/** How strong each degradation is; {@link PHOTO_DEFAULTS} is a dim, evenly focused phone photo. */
export interface PhotoSettings {
  /** Light lost at the darkest edge of the shadow, 0–1. */
  readonly shadow: number;
  /** Light lost in the corners, 0–1. */
  readonly vignette: number;
  /** Grey level of black ink after fading (0 keeps it black). */
  readonly inkLevel: number;
  /** Gaussian blur sigma in pixels (0: none). */
  readonly blur: number;
  /** Standard deviation of the added noise, in grey levels. */
  readonly noise: number;
  /** JPEG quality of the copy. */
  readonly jpegQuality: number;
}

/** bench/receipts.ts caches its readings of photo copies by copy name: give the copy a new name when these change. */
export const PHOTO_DEFAULTS: Readonly<PhotoSettings> = Object.freeze({ shadow: 0.55, vignette: 0.2, inkLevel: 70, blur: 0.8, noise: 6, jpegQuality: 75 });

/** A small deterministic generator (LCG), uniform in [0, 1). */
function uniform(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x1_0000_0000;
  };
}

/**
 * The picture as a phone would photograph it: the shadow's direction and the
 * noise follow `seed`.
 *
 * @example
 * const copy = await photographed(page, 7);
 */
export async function photographed(image: RgbImage, seed: number, settings: PhotoSettings = PHOTO_DEFAULTS): Promise<RgbImage> {
  const random = uniform(seed);
  const { width, height, data } = image;
  const angle = random() * 2 * Math.PI;
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  // Projection of the page's corners on the shadow direction: the light falls off linearly from one side to the other.
  const corners = [0, width].flatMap((x) => [0, height].map((y) => x * ux + y * uy));
  const lo = Math.min(...corners);
  const span = Math.max(...corners) - lo || 1;
  const fade = 1 - settings.inkLevel / 255;
  const out = new Uint8Array(data.length);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const along = (x * ux + y * uy - lo) / span;
      const dx = (2 * x) / width - 1;
      const dy = (2 * y) / height - 1;
      const light = (1 - settings.shadow * along) * (1 - (settings.vignette * (dx * dx + dy * dy)) / 2);
      const noise = settings.noise * gauss();
      for (let c = 0; c < 3; c++) {
        const i = (y * width + x) * 3 + c;
        const inked = settings.inkLevel + data[i]! * fade;
        out[i] = Math.max(0, Math.min(255, Math.round(inked * light + noise)));
      }
    }
  }
  let pipeline = sharp(Buffer.from(out.buffer), { raw: { width, height, channels: 3 } });
  if (settings.blur > 0.3) pipeline = pipeline.blur(settings.blur);
  return loadImage(await pipeline.jpeg({ quality: settings.jpegQuality }).toBuffer());
}
