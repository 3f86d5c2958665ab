import type { RgbImage } from '../../core/image.js';
import { resizeBilinear } from '../../core/raster.js';
import type { DetConfig } from './config.js';

/** The detector input size for an image: longer side limited, both sides multiples of 32. */
export function detInputSize(width: number, height: number, limitSideLen: number): { width: number; height: number } {
  const longer = Math.max(width, height);
  const ratio = longer > limitSideLen ? limitSideLen / longer : 1;
  return {
    width: Math.max(32, Math.round((width * ratio) / 32) * 32),
    height: Math.max(32, Math.round((height * ratio) / 32) * 32),
  };
}

/** Detector feed: NCHW float32 in BGR order, normalised with the config's mean and std. */
export interface DetInput {
  readonly data: Float32Array;
  readonly dims: readonly [1, 3, number, number];
}

/**
 * Resizes an RGB image to the detector's input size and normalises it.
 */
export function preprocessDet(image: RgbImage, config: Pick<DetConfig, 'limitSideLen' | 'mean' | 'std'>): DetInput {
  const size = detInputSize(image.width, image.height, config.limitSideLen);
  const resized =
    size.width === image.width && size.height === image.height ? image : resizeBilinear(image, size.width, size.height);
  const plane = size.width * size.height;
  const data = new Float32Array(3 * plane);
  const src = resized.data;
  for (let c = 0; c < 3; c++) {
    // Channel c of the BGR tensor comes from RGB channel 2 - c.
    const rgb = 2 - c;
    const scale = 1 / (255 * config.std[c]!);
    const shift = config.mean[c]! / config.std[c]!;
    const base = c * plane;
    for (let i = 0; i < plane; i++) data[base + i] = src[i * 3 + rgb]! * scale - shift;
  }
  return { data, dims: [1, 3, size.height, size.width] };
}
