/**
 * PDFs through runCli: `kie extract` takes a page's own text when it has one and
 * reads a scanned page by OCR; `kie ocr` reads every page; broken PDFs fail
 * alone with a clear error. The PDFs are written by test/fixtures/pdf.ts.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/io/formats/registry.js';
import { loadImage } from '../src/io/image.js';
import { buildPdf } from './fixtures/pdf.js';
import { tempDir } from './fixtures/synthetic.js';
import { runKie } from './helpers/run-kie.js';

const ROOT = join(import.meta.dirname, '..');

interface PageJson {
  image: string;
  width: number;
  height: number;
  segments: Array<{ text: string }>;
  timings: { ocr: number };
  fields: Record<string, { value: string | null; normalized: string | null }>;
}

/** A software-made invoice: its text is in the PDF. */
const invoice = buildPdf([
  {
    width: 420,
    height: 300,
    texts: [
      { x: 20, top: 20, size: 16, text: "TRADER JOE'S", bold: true },
      { x: 20, top: 44, size: 10, text: '1234 Main Street' },
      { x: 20, top: 58, size: 10, text: 'Springfield, IL 62704' },
      { x: 20, top: 90, size: 10, text: 'Date: 11/05/2026' },
      { x: 20, top: 150, size: 10, text: 'SUBTOTAL' },
      { x: 300, top: 150, size: 10, text: '$4.78' },
      { x: 20, top: 170, size: 12, text: 'TOTAL', bold: true },
      { x: 300, top: 170, size: 12, text: '$5.16', bold: true },
    ],
  },
]);

async function scannedReceipt(): Promise<Uint8Array> {
  const image = await loadImage(join(ROOT, 'examples', 'receipt.jpg'));
  // 200 dpi: the page renders back at the picture's own size.
  return buildPdf([{ width: (image.width * 72) / 200, height: (image.height * 72) / 200, image }]);
}

describe('kie extract on PDFs', () => {
  it("takes a software-made page's own text (spaces and all) and finds its fields", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'invoice.pdf'), invoice);
    const run = await runKie(dir, 'extract', '--schema', 'receipt', 'invoice.pdf');
    expect(run.code, run.err).toBe(0);
    const [page] = (JSON.parse(run.out) as { pages: PageJson[] }).pages;
    expect(page!.image).toBe('invoice.pdf#page=1');
    expect([page!.width, page!.height]).toEqual([1166, 833]); // 420 × 300 pt at 200 dpi, rounded down
    expect(page!.timings.ocr).toBe(0);
    expect(page!.segments.map((s) => s.text)).toContain("TRADER JOE'S");
    expect(page!.fields.company).toMatchObject({ value: "TRADER JOE'S" });
    expect(page!.fields.address).toMatchObject({ value: '1234 MAIN STREET SPRINGFIELD, IL 62704' });
    // Month first: the page's address is American.
    expect(page!.fields.date).toMatchObject({ normalized: '2026-11-05' });
    expect(page!.fields.total).toMatchObject({ normalized: '5.16' });
  });

  it('reads a scanned page by OCR, as the same picture given as an image', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'scan.pdf'), await scannedReceipt());
    const fromPdf = await runKie(dir, 'extract', '--schema', 'receipt', '--vis', 'pictures', 'scan.pdf');
    const fromJpg = await runKie(ROOT, 'extract', '--schema', 'receipt', 'examples/receipt.jpg');
    expect(fromPdf.code, fromPdf.err).toBe(0);
    const pdfPage = (JSON.parse(fromPdf.out) as { pages: PageJson[] }).pages[0]!;
    const jpgPage = (JSON.parse(fromJpg.out) as { pages: PageJson[] }).pages[0]!;
    expect(pdfPage.timings.ocr).toBeGreaterThan(0);
    expect([pdfPage.width, pdfPage.height]).toEqual([jpgPage.width, jpgPage.height]);
    const values = (p: PageJson): Record<string, string | null> => Object.fromEntries(Object.entries(p.fields).map(([k, f]) => [k, f.value]));
    expect(values(pdfPage)).toEqual(values(jpgPage));
    expect(values(pdfPage).company).toBe('SUNRISE MART SDN BHD');
    expect((await readdir(join(dir, 'pictures'))).sort()).toEqual(['scan-page1.re.png', 'scan-page1.ser.png']);
  });

  it('reads text pages by OCR too with --no-pdf-text', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'invoice.pdf'), invoice);
    const run = await runKie(dir, 'extract', '--no-pdf-text', '--pdf-dpi', '150', 'invoice.pdf');
    expect(run.code, run.err).toBe(0);
    const [page] = (JSON.parse(run.out) as { pages: PageJson[] }).pages;
    expect([page!.width, page!.height]).toEqual([875, 625]);
    expect(page!.timings.ocr).toBeGreaterThan(0);
    expect(page!.segments.map((s) => s.text).join(' ')).toMatch(/Springfield/u);
  });

  it('writes each PDF page as a picture beside a PaddleOCR label file, which names it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'invoice.pdf'), invoice);
    const run = await runKie(dir, 'extract', '--format', 'ppocr-kie', '--out', 'train/label.txt', 'invoice.pdf');
    expect(run.code, run.err).toBe(0);
    expect((await readdir(join(dir, 'train'))).sort()).toEqual(['class_list.txt', 'invoice-page1.png', 'label.txt']);
    const picture = await loadImage(join(dir, 'train', 'invoice-page1.png'));
    expect([picture.width, picture.height]).toEqual([1166, 833]);
    const [line] = (await readFile(join(dir, 'train', 'label.txt'), 'utf8')).trim().split('\n');
    expect(line!.split('\t')[0]).toBe('invoice-page1.png');
    // Read back as PaddleOCR would: the picture is found and the segments are on it.
    const dataset = await readDataset(join(dir, 'train', 'label.txt'));
    const page = dataset.documents[0]!.pages[0]!;
    expect(page.imagePath).toBe(join(dir, 'train', 'invoice-page1.png'));
    expect([page.width, page.height]).toEqual([1166, 833]);
    expect(page.segments.map((s) => s.text)).toContain("TRADER JOE'S");
  });

  it('gives same-named PDFs from two folders two pictures, not one over the other', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'a', 'invoice.pdf'), invoice);
    await writeFile(join(dir, 'b', 'invoice.pdf'), buildPdf([{ width: 300, height: 100, texts: [{ x: 20, top: 30, size: 20, text: 'ANOTHER SHOP SDN BHD' }] }]));
    const run = await runKie(dir, 'extract', '--format', 'paddle', '--out', 'out/pred.txt', 'a/invoice.pdf', 'b/invoice.pdf');
    expect(run.code, run.err).toBe(0);
    const lines = (await readFile(join(dir, 'out', 'pred.txt'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['invoice-page1.png', 'invoice-page1-2.png']);
    const sizes = await Promise.all(['invoice-page1.png', 'invoice-page1-2.png'].map(async (n) => loadImage(join(dir, 'out', n))));
    expect(sizes.map((p) => [p.width, p.height])).toEqual([[1166, 833], [833, 277]]);
  });

  it('goes on past a broken PDF in a folder, reporting it and exiting with its code', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a-good.pdf'), invoice);
    await writeFile(join(dir, 'b-broken.pdf'), invoice.subarray(0, 80));
    const run = await runKie(dir, 'extract', '.');
    expect(run.code).toBe(7);
    expect(run.err).toMatch(/b-broken\.pdf is not a readable PDF/u);
    const json = JSON.parse(run.out) as { pages: PageJson[]; errors: Array<{ image: string; code: string }> };
    expect(json.pages.map((p) => p.image)).toEqual(['a-good.pdf#page=1']);
    expect(json.errors).toEqual([expect.objectContaining({ image: 'b-broken.pdf', code: 'CORRUPT_IMAGE' })]);
  });
});

describe('kie ocr on PDFs', () => {
  it('reads every page as a picture, one result per page', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'two.pdf'), buildPdf([
      { width: 300, height: 100, texts: [{ x: 20, top: 30, size: 20, text: 'FIRST PAGE' }] },
      { width: 300, height: 100, texts: [{ x: 20, top: 30, size: 20, text: 'SECOND PAGE' }] },
    ]));
    const run = await runKie(dir, 'ocr', '--vis', 'out', 'two.pdf');
    expect(run.code, run.err).toBe(0);
    const results = JSON.parse(run.out) as Array<{ file: string; lines: Array<{ text: string }> }>;
    expect(results.map((r) => r.file)).toEqual(['two.pdf#page=1', 'two.pdf#page=2']);
    expect(results.map((r) => r.lines.map((l) => l.text).join(' '))).toEqual(['FIRST PAGE', 'SECOND PAGE']);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['two-page1.ocr.png', 'two-page2.ocr.png']);
  });
});
