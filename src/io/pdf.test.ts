import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../test/fixtures/pdf.js';
import { tempDir } from '../../test/fixtures/synthetic.js';
import type { RgbImage } from '../core/image.js';
import sharp from 'sharp';
import { isPdf, readPdf, writePdfPageImages } from './pdf.js';

/** Share of dark pixels inside a box of the image. */
function darkShare(image: RgbImage, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(image.height, y1); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(image.width, x1); x++) {
      const k = (y * image.width + x) * 3;
      if (image.data[k]! + image.data[k + 1]! + image.data[k + 2]! < 300) dark++;
      all++;
    }
  }
  return dark / Math.max(1, all);
}

const invoice = buildPdf([
  {
    width: 300,
    height: 200,
    texts: [
      { x: 20, top: 20, size: 14, text: 'ACME WIDGETS INC.', bold: true },
      { x: 20, top: 50, size: 10, text: 'Invoice No: INV-20931' },
      { x: 220, top: 50, size: 10, text: '$757.75' },
    ],
  },
  { width: 200, height: 100, image: { width: 4, height: 2, data: new Uint8Array(24).fill(40) } },
]);

describe('readPdf', () => {
  it("renders each page at the asked resolution and gives its text layer's lines in the picture's pixels", async () => {
    const pages = await readPdf(invoice, { dpi: 144 });
    expect(pages.map((p) => [p.number, p.image.width, p.image.height])).toEqual([
      [1, 600, 400],
      [2, 400, 200],
    ]);
    const [first, scan] = pages;
    expect(first!.textLines.map((l) => l.text)).toEqual(['ACME WIDGETS INC.', 'Invoice No: INV-20931', '$757.75']);
    const [x0, y0] = first!.textLines[0]!.points[0];
    // 20 pt from the left and the top at 2 px per point; the box starts at the font's ascent.
    expect(x0).toBeCloseTo(40, 0);
    expect(y0).toBeGreaterThan(36);
    expect(y0).toBeLessThan(52);
    // The text is drawn where its line says, and the page around it is white.
    const [, , [x1, y1] = [0, 0]] = first!.textLines[0]!.points;
    expect(darkShare(first!.image, x0, y0, x1, y1)).toBeGreaterThan(0.1);
    expect(darkShare(first!.image, 0, 300, 600, 400)).toBe(0);
    // A scanned page: a picture, no text.
    expect(scan!.textLines).toEqual([]);
    expect(darkShare(scan!.image, 0, 0, 400, 200)).toBe(1);
  });

  it('renders a huge page smaller instead of refusing it, and refuses more pages than allowed', async () => {
    const poster = buildPdf([{ width: 7200, height: 7200, texts: [{ x: 100, top: 100, size: 200, text: 'POSTER' }] }]);
    const [page] = await readPdf(poster, { maxPixels: 1_000_000 });
    expect(page!.image.width * page!.image.height).toBeLessThanOrEqual(1_000_000);
    expect(page!.textLines[0]!.text).toBe('POSTER');
    await expect(readPdf(invoice, { maxPages: 1 })).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE', message: expect.stringContaining('2 pages') });
  });

  it('reads a file path and names it in clear errors for empty, non-PDF and broken files', async () => {
    const dir = await tempDir();
    const good = join(dir, 'invoice.pdf');
    await writeFile(good, invoice);
    expect((await readPdf(good)).length).toBe(2);
    await writeFile(join(dir, 'empty.pdf'), '');
    await expect(readPdf(join(dir, 'empty.pdf'))).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    await writeFile(join(dir, 'text.pdf'), 'hello, not a PDF');
    await expect(readPdf(join(dir, 'text.pdf'))).rejects.toMatchObject({ code: 'UNSUPPORTED_IMAGE', message: expect.stringContaining('text.pdf is not a PDF') });
    await writeFile(join(dir, 'cut.pdf'), invoice.subarray(0, 60));
    await expect(readPdf(join(dir, 'cut.pdf'))).rejects.toMatchObject({ code: 'CORRUPT_IMAGE', message: expect.stringContaining('cut.pdf') });
    await expect(readPdf(join(dir, 'missing.pdf'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  it('writes page images beside a PDF once, and only the missing ones again', async () => {
    const dir = await tempDir();
    const path = join(dir, 'invoice.pdf');
    await writeFile(path, invoice);
    expect(await writePdfPageImages(path, { dpi: 72 })).toEqual(['invoice-page1.png', 'invoice-page2.png']);
    expect((await sharp(join(dir, 'invoice-page1.png')).metadata()).width).toBe(300);
    expect(await writePdfPageImages(path, { dpi: 72 })).toEqual([]);
    await rm(join(dir, 'invoice-page2.png'));
    expect(await writePdfPageImages(path, { dpi: 72 })).toEqual(['invoice-page2.png']);
    expect((await readdir(dir)).sort()).toEqual(['invoice-page1.png', 'invoice-page2.png', 'invoice.pdf']);
  });

  it('tells PDF bytes from others by their header', () => {
    expect(isPdf(invoice)).toBe(true);
    expect(isPdf(new TextEncoder().encode('GIF89a'))).toBe(false);
  });
});
