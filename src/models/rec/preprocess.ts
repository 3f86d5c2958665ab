import type { RgbImage } from '../../core/image.js';

/**
 * Packs equally tall RGB crops into one NCHW float batch in BGR order, normalised
 * to [-1, 1] and right-padded with 0 (mid-grey) to `width`.
 */
export function packCrops(crops: readonly RgbImage[], width: number): { data: Float32Array; dims: [number, 3, number, number] } {
  const height = crops[0]?.height ?? 0;
  const plane = width * height;
  const data = new Float32Array(crops.length * 3 * plane);
  crops.forEach((crop, n) => {
    if (crop.height !== height) throw new RangeError('packCrops: crops must share one height');
    const w = Math.min(crop.width, width);
    const base = n * 3 * plane;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < w; x++) {
        const s = (y * crop.width + x) * 3;
        const d = y * width + x;
        data[base + d] = crop.data[s + 2]! / 127.5 - 1;
        data[base + plane + d] = crop.data[s + 1]! / 127.5 - 1;
        data[base + 2 * plane + d] = crop.data[s]! / 127.5 - 1;
      }
    }
  });
  return { data, dims: [crops.length, 3, height, width] };
}

/** Width (multiple of 8, within limits) of a crop of `srcWidth x srcHeight` resized to `height`. */
export function recWidth(
  srcWidth: number,
  srcHeight: number,
  config: { height: number; minWidth: number; maxWidth: number; stretch: number },
): number {
  const raw = (config.height * srcWidth * config.stretch) / Math.max(1, srcHeight);
  const w = Math.ceil(raw / 8) * 8;
  return Math.min(config.maxWidth, Math.max(8, w));
}

/**
 * Groups item indices into batches of at most `batchSize`, sorted by width so
 * that little padding is needed; a batch is cut early when its widest item would
 * exceed its narrowest by more than `maxPadRatio`.
 */
export function batchByWidth(widths: readonly number[], batchSize: number, maxPadRatio = 1.25): number[][] {
  const order = widths.map((_, i) => i).sort((a, b) => widths[a]! - widths[b]!);
  const batches: number[][] = [];
  let batch: number[] = [];
  for (const i of order) {
    const first = batch[0];
    if (batch.length >= batchSize || (first !== undefined && widths[i]! > widths[first]! * maxPadRatio)) {
      batches.push(batch);
      batch = [];
    }
    batch.push(i);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
