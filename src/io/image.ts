import { readFile, stat } from 'node:fs/promises';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { KieError } from '../core/errors.js';
import type { RgbImage } from '../core/image.js';
import { bmpSize, decodeBmp, isBmp } from './bmp.js';

/** Default pixel limit: far above any scanned page (A4 at 600 dpi is 35 Mpx), far below a decompression bomb. */
export const DEFAULT_MAX_PIXELS = 100_000_000;

export interface LoadImageOptions {
  /** Refuse images with more pixels than this (checked from the header, before decoding). */
  readonly maxPixels?: number;
}

/** What {@link loadImage} accepts: a file path or the bytes of an encoded image. */
export type ImageSource = string | Uint8Array;

/**
 * Decodes an image file or buffer into 8-bit RGB: EXIF orientation applied; grey,
 * alpha (flattened on white), 16-bit, CMYK and palette images normalised; the first
 * frame of animated or multi-page files. JPEGs with recoverable "Corrupt JPEG data"
 * warnings still decode; truncated files are refused.
 *
 * @example
 * const image = await loadImage('examples/form-en.png');
 * console.log(image.width, image.height);
 */
export async function loadImage(source: ImageSource, options: LoadImageOptions = {}): Promise<RgbImage> {
  const path = typeof source === 'string' ? source : undefined;
  const bytes = typeof source === 'string' ? await readImageFile(source) : source;
  const label = path ?? 'image buffer';
  if (bytes.byteLength === 0) throw new KieError('EMPTY_FILE', `${label} is empty (0 bytes)`, { path });
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (isBmp(bytes)) return loadBmp(bytes, label, maxPixels, path);

  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { failOn: 'none', limitInputPixels: false }).metadata();
  } catch (cause) {
    throw new KieError(
      'UNSUPPORTED_IMAGE',
      `${label} is not an image kie can read (supported: JPEG, PNG, WebP, TIFF, BMP, GIF)`,
      { cause, path },
    );
  }
  const { width, height } = metadata;
  if (!width || !height) {
    throw new KieError('UNSUPPORTED_IMAGE', `${label} has no readable image size`, { path });
  }
  checkPixelLimit(width, height, maxPixels, label, path);
  // failOn 'truncated': recoverable warnings ("Corrupt JPEG data: extraneous bytes") still decode.
  const pipeline = sharp(bytes, { failOn: 'truncated', limitInputPixels: maxPixels, pages: 1 }).rotate();
  return toRgb(pipeline, label, path);
}

async function loadBmp(bytes: Uint8Array, label: string, maxPixels: number, path: string | undefined): Promise<RgbImage> {
  const size = bmpSize(bytes);
  if (!size || size.width === 0 || size.height === 0) {
    throw new KieError('CORRUPT_IMAGE', `${label} has a truncated BMP header`, { path });
  }
  checkPixelLimit(size.width, size.height, maxPixels, label, path);
  let rgba;
  try {
    rgba = decodeBmp(bytes, label);
  } catch (cause) {
    throw cause instanceof KieError ? new KieError(cause.code, cause.message, { cause: cause.cause, path }) : cause;
  }
  return toRgb(sharp(rgba.data, { raw: { width: rgba.width, height: rgba.height, channels: 4 } }), label, path);
}

function checkPixelLimit(width: number, height: number, maxPixels: number, label: string, path: string | undefined): void {
  if (width * height > maxPixels) {
    throw new KieError(
      'IMAGE_TOO_LARGE',
      `${label} is ${width}x${height} = ${width * height} pixels, over the limit of ${maxPixels}`,
      { path },
    );
  }
}

/** Flattens alpha on white and converts any colour space and depth to 8-bit sRGB. */
async function toRgb(pipeline: Sharp, label: string, path: string | undefined): Promise<RgbImage> {
  try {
    const { data, info } = await pipeline
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) {
      throw new KieError('UNSUPPORTED_IMAGE', `${label} decoded to ${info.channels} channels, expected 3`, { path });
    }
    return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (cause) {
    if (cause instanceof KieError) throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new KieError('CORRUPT_IMAGE', `${label} could not be decoded (truncated or corrupt): ${firstLine(message)}`, {
      cause,
      path,
    });
  }
}

async function readImageFile(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new KieError('FILE_NOT_FOUND', `${path}: no such file`, { cause, path });
  }
  if (info.isDirectory()) throw new KieError('NOT_A_FILE', `${path} is a directory, not an image file`, { path });
  if (!info.isFile()) throw new KieError('NOT_A_FILE', `${path} is not a regular file`, { path });
  try {
    return await readFile(path);
  } catch (cause) {
    throw new KieError('FILE_NOT_FOUND', `${path} could not be read`, { cause, path });
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/**
 * Writes an RGB image as a PNG file.
 *
 * @throws KieError OUTPUT_FAILED when the file cannot be written.
 * @example
 * await writePng(page.image, 'out/invoice-page1.png');
 */
export async function writePng(image: RgbImage, path: string): Promise<void> {
  const { width, height, data } = image;
  try {
    await sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 3 } }).png().toFile(path);
  } catch (cause) {
    throw new KieError('OUTPUT_FAILED', `could not write ${path}`, { cause, path });
  }
}
