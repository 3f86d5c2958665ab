/**
 * Image decoding through sharp (and bmp-ts for BMP): every accepted format and
 * colour layout comes out as 8-bit RGB of the right size and orientation.
 */
import { encode as encodeBmp } from 'bmp-ts';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadImage } from '../src/io/image.js';

/** A 40x20 test card: left half red, right half blue, on an opaque background. */
async function card(): Promise<Buffer> {
  const data = Buffer.alloc(40 * 20 * 3);
  for (let y = 0; y < 20; y++)
    for (let x = 0; x < 40; x++) data.set(x < 20 ? [220, 30, 30] : [30, 30, 220], (y * 40 + x) * 3);
  return sharp(data, { raw: { width: 40, height: 20, channels: 3 } }).png().toBuffer();
}

function pixel(image: { width: number; data: Uint8Array }, x: number, y: number): number[] {
  const i = (y * image.width + x) * 3;
  return Array.from(image.data.subarray(i, i + 3));
}

const near = (expected: number[], tolerance = 40) => expected.map((v) => expect.toSatisfy((a: number) => Math.abs(a - v) <= tolerance));

describe('loadImage', () => {
  it.each([
    ['png', (s: Sharp) => s.png()],
    ['jpeg', (s: Sharp) => s.jpeg({ quality: 95 })],
    ['webp', (s: Sharp) => s.webp({ quality: 95 })],
    ['tiff', (s: Sharp) => s.tiff()],
    ['gif', (s: Sharp) => s.gif()],
    ['16-bit png', (s: Sharp) => s.toColourspace('rgb16').png()],
  ])('decodes %s to RGB', async (_name, encode) => {
    const bytes = await encode(sharp(await card())).toBuffer();
    const image = await loadImage(bytes);
    expect([image.width, image.height, image.data.length]).toEqual([40, 20, 40 * 20 * 3]);
    expect(pixel(image, 5, 10)).toEqual(near([220, 30, 30]));
    expect(pixel(image, 35, 10)).toEqual(near([30, 30, 220]));
  });

  it('decodes CMYK JPEG to RGB (colours through the CMYK gamut)', async () => {
    const image = await loadImage(await sharp(await card()).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer());
    const [r1, , b1] = pixel(image, 5, 10);
    const [r2, , b2] = pixel(image, 35, 10);
    expect(r1! - b1!).toBeGreaterThan(100);
    expect(b2! - r2!).toBeGreaterThan(60);
  });

  it('decodes grayscale to three equal channels', async () => {
    const image = await loadImage(await sharp(await card()).grayscale().png().toBuffer());
    const [r, g, b] = pixel(image, 5, 5);
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

  it('flattens transparency onto white', async () => {
    const transparent = await sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    expect(pixel(await loadImage(transparent), 3, 3)).toEqual([255, 255, 255]);
  });

  it('applies the EXIF orientation', async () => {
    // Orientation 6: the stored image must be turned 90° clockwise for display.
    const rotated = await sharp(await card()).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
    const image = await loadImage(rotated);
    expect([image.width, image.height]).toEqual([20, 40]);
    expect(pixel(image, 10, 5)).toEqual(near([220, 30, 30]));
    expect(pixel(image, 10, 35)).toEqual(near([30, 30, 220]));
  });

  it('takes the first frame of an animated GIF', async () => {
    const frames = await sharp(await card()).gif().toBuffer();
    const image = await loadImage(frames);
    expect(image.width).toBe(40);
  });

  it('decodes BMP files, which libvips cannot read', async () => {
    const rgba = Buffer.alloc(40 * 20 * 4);
    // bmp-ts works in ABGR byte order.
    for (let i = 0; i < 40 * 20; i++) rgba.set([255, 30, 30, 220], i * 4);
    const bmp = encodeBmp({ data: rgba, width: 40, height: 20, bitPP: 24 }).data;
    const image = await loadImage(new Uint8Array(bmp));
    expect([image.width, image.height]).toEqual([40, 20]);
    expect(pixel(image, 3, 3)).toEqual([220, 30, 30]);
  });

  it('decodes a JPEG with extraneous bytes (a recoverable "Corrupt JPEG data" warning)', async () => {
    const jpeg = await sharp(await card()).jpeg({ quality: 90 }).toBuffer();
    // Garbage between the last entropy-coded data and the EOI marker makes libjpeg warn, not fail.
    const eoi = jpeg.length - 2;
    const damaged = Buffer.concat([jpeg.subarray(0, eoi), Buffer.from([0x12, 0x34, 0x56]), jpeg.subarray(eoi)]);
    const image = await loadImage(damaged);
    expect(image.width).toBe(40);
  });
});
