/**
 * PDF pages as kie reads them: each page rendered to RGB (pdf.js on
 * @napi-rs/canvas), with the lines of its text layer, when it has one, in the
 * rendered image's pixels. A PDF made by software carries its text exactly (no
 * OCR slips, its own word spaces); a scanned PDF carries only pictures and is
 * read by OCR like an image.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { Canvas } from '@napi-rs/canvas';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { KieError } from '../core/errors.js';
import type { RgbImage } from '../core/image.js';
import type { OcrLine } from '../core/ocr.js';
import { sortReadingOrder } from '../core/reading-order.js';
import { exists } from './formats/files.js';
import { writePng } from './image.js';
import { textItemLines, type PdfTextItem } from './pdf-text.js';

/** Options of {@link readPdf}. */
export interface ReadPdfOptions {
  /** Rendering resolution in dots per inch. Default 200. */
  readonly dpi?: number;
  /** Most pixels of one rendered page: a larger page is rendered at a lower resolution. Default 25 million. */
  readonly maxPixels?: number;
  /** Most pages read; a longer PDF is refused. Default 500. */
  readonly maxPages?: number;
  /** Read only these pages (1-based); a number the PDF does not have is refused. Default: all. */
  readonly pages?: readonly number[];
}

/** One page of a PDF: its picture and the lines of its text layer (none for a scan). */
export interface PdfPage {
  /** 1-based page number. */
  readonly number: number;
  readonly image: RgbImage;
  /** Text-layer lines in the image's pixels, in reading order; empty when the page has no text. */
  readonly textLines: readonly OcrLine[];
}

/** True for the bytes of a PDF file (`%PDF-` within its first kilobyte, as readers accept). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;
/** pdf.js, loaded on first use (the legacy build runs on Node 20). */
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Folder of pdf.js's standard fonts (Helvetica, Times... as PDFs name them without embedding). */
function standardFontsDir(): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(dirname(dirname(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')))), 'standard_fonts')}/`;
}

interface OpenPdf {
  readonly lib: PdfJs;
  readonly doc: PdfDocument;
  readonly label: string;
  readonly path: string | undefined;
}

/** Opens a PDF (a file path or its bytes) with pdf.js; the caller destroys `doc`. */
async function openPdf(source: string | Uint8Array): Promise<OpenPdf> {
  const path = typeof source === 'string' ? source : undefined;
  const label = path ?? 'PDF buffer';
  let bytes: Uint8Array;
  try {
    bytes = typeof source === 'string' ? new Uint8Array(await readFile(source)) : source;
  } catch (cause) {
    throw new KieError('FILE_NOT_FOUND', `${label} could not be read`, { cause, path });
  }
  if (bytes.byteLength === 0) throw new KieError('EMPTY_FILE', `${label} is empty (0 bytes)`, { path });
  if (!isPdf(bytes)) throw new KieError('UNSUPPORTED_IMAGE', `${label} is not a PDF (no %PDF- header)`, { path });
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: standardFontsDir(),
    isEvalSupported: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    return { lib, doc: await task.promise, label, path };
  } catch (cause) {
    await task.destroy();
    const name = (cause as { name?: string } | undefined)?.name;
    if (name === 'PasswordException') throw new KieError('UNSUPPORTED_IMAGE', `${label} is password-protected; kie reads unencrypted PDFs only`, { cause, path });
    throw new KieError('CORRUPT_IMAGE', `${label} is not a readable PDF: ${(cause as Error).message}`, { cause, path });
  }
}

/**
 * Reads the pages of a PDF (a file path or its bytes): all, or `options.pages`.
 *
 * @throws KieError EMPTY_FILE, CORRUPT_IMAGE (not a readable PDF), UNSUPPORTED_IMAGE
 *   (password-protected), IMAGE_TOO_LARGE (more pages than `maxPages`),
 *   INVALID_ARGUMENT (a page it does not have).
 * @example
 * const pages = await readPdf('invoice.pdf');
 * pages[0].textLines[0].text // 'ACME Widgets Inc.'
 */
export async function readPdf(source: string | Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  const { lib, doc, label, path } = await openPdf(source);
  try {
    const maxPages = options.maxPages ?? 500;
    if (doc.numPages > maxPages) {
      throw new KieError('IMAGE_TOO_LARGE', `${label} has ${doc.numPages} pages, over the limit of ${maxPages}`, { path });
    }
    const numbers = options.pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const missing = numbers.find((n) => !Number.isInteger(n) || n < 1 || n > doc.numPages);
    if (missing !== undefined) throw new KieError('INVALID_ARGUMENT', `${label} has pages 1 to ${doc.numPages}, not ${missing}`, { path });
    const pages: PdfPage[] = [];
    for (const n of numbers) pages.push(await readPage(lib, doc, n, options, label, path));
    return pages;
  } catch (cause) {
    if (cause instanceof KieError) throw cause;
    throw new KieError('CORRUPT_IMAGE', `${label}: a page could not be read: ${(cause as Error).message}`, { cause, path });
  } finally {
    await doc.destroy();
  }
}

/**
 * How many pages a PDF has, without rendering any.
 *
 * @throws KieError as {@link readPdf} does for files that are no readable PDF.
 */
export async function countPdfPages(source: string | Uint8Array): Promise<number> {
  const { doc } = await openPdf(source);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPage(lib: PdfJs, doc: PdfDocument, n: number, options: ReadPdfOptions, label: string, path?: string): Promise<PdfPage> {
  const page = await doc.getPage(n);
  try {
    const base = page.getViewport({ scale: 1 });
    const maxPixels = options.maxPixels ?? 25_000_000;
    // A PDF page has no pixel size of its own: a huge page (a poster, a drawing) is rendered smaller, not refused.
    const scale = Math.min((options.dpi ?? 200) / 72, Math.sqrt(maxPixels / Math.max(1, base.width * base.height)));
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.floor(viewport.width));
    const height = Math.max(1, Math.floor(viewport.height));
    const canvas = new Canvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    // pdf.js types its canvas as the DOM's; @napi-rs/canvas implements what it draws with.
    await page.render({ canvas, canvasContext: ctx, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
    const rgba = ctx.getImageData(0, 0, width, height).data;
    const data = new Uint8Array(width * height * 3);
    for (let k = 0; k < width * height; k++) {
      data[k * 3] = rgba[k * 4]!;
      data[k * 3 + 1] = rgba[k * 4 + 1]!;
      data[k * 3 + 2] = rgba[k * 4 + 2]!;
    }
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const style = content.styles[item.fontName];
      items.push({
        text: item.str,
        transform: lib.Util.transform(viewport.transform, item.transform) as number[],
        width: item.width * scale,
        ascent: style?.ascent ?? 0.8,
        descent: style?.descent ?? -0.2,
        endOfLine: item.hasEOL,
      });
    }
    const textLines = sortReadingOrder(textItemLines(items), (l) => l.points);
    return { number: n, image: { width, height, data }, textLines };
  } catch (cause) {
    if (cause instanceof KieError) throw cause;
    throw new KieError('CORRUPT_IMAGE', `${label}: page ${n} could not be read: ${(cause as Error).message}`, { cause, path });
  } finally {
    page.cleanup();
  }
}

/** How a PDF's page is named as an input or result: `invoice.pdf`, page 2 → `invoice.pdf#page=2`. */
export function pdfPageName(file: string, page: number): string {
  return `${file}#page=${page}`;
}

/**
 * The stem of the files written for a page (pictures, label images): `scans/invoice.pdf#page=2`
 * → `invoice-page2`, `scans/a.jpg` → `a`. Each page of a PDF gets its own.
 */
export function pageFileStem(name: string): string {
  const file = basename(name).replace(/\.pdf#page=(\d+)$/iu, '-page$1');
  return basename(file, extname(file));
}

/** The file name of a PDF page's picture: `scans/invoice.pdf`, page 2 → `invoice-page2.png`. */
export function pdfPageImageName(pdfPath: string, page: number): string {
  return `${pageFileStem(pdfPageName(pdfPath, page))}.png`;
}

/**
 * Writes each page of a PDF as a PNG beside it (`invoice.pdf` →
 * `invoice-page1.png`, ...), for tools that work on images (the annotation
 * app). Pages whose PNG already exists are left alone.
 *
 * @returns the names of the files written.
 * @example
 * await writePdfPageImages('scans/invoice.pdf') // ['invoice-page1.png', 'invoice-page2.png']
 */
export async function writePdfPageImages(pdfPath: string, options: Pick<ReadPdfOptions, 'dpi' | 'maxPixels'> = {}): Promise<string[]> {
  const dir = dirname(pdfPath);
  const count = await countPdfPages(pdfPath);
  const missing: number[] = [];
  for (let n = 1; n <= count; n++) if (!(await exists(join(dir, pdfPageImageName(pdfPath, n))))) missing.push(n);
  if (missing.length === 0) return [];
  const written: string[] = [];
  for (const page of await readPdf(pdfPath, { ...options, pages: missing })) {
    const name = pdfPageImageName(pdfPath, page.number);
    await writePng(page.image, join(dir, name));
    written.push(name);
  }
  return written;
}
