/**
 * Where `kie extract` gets its pages: image files, PDFs and folders of them, or a file
 * of already-read pages — `kie ocr` JSON (lines, ids given in reading order) or any
 * dataset format kie reads (segments, ids kept: PaddleOCR's `infer_mode=False`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { asArray, asNumber, asObject, asPoints, asText, isObject } from '../core/coerce.js';
import { KieError } from '../core/errors.js';
import { stripSpaces } from '../core/text.js';
import type { RgbImage } from '../core/image.js';
import type { OcrChar, OcrLine, OcrPage } from '../core/ocr.js';
import { quadOf } from './kie-input.js';
import { IMAGE_EXTENSIONS } from '../io/formats/files.js';
import { readDataset } from '../io/formats/registry.js';
import { pdfPageName, readPdf, type PdfPage, type ReadPdfOptions } from '../io/pdf.js';
import type { KiePage } from '../models/kie/page.js';

/**
 * One input: an image to read, a PDF (its pages come from {@link pdfSources}
 * when it is read, so that a broken PDF fails alone), a picture already decoded
 * (a scanned PDF page), or a page already read (OCR lines, a PDF page's text
 * layer, segments). `pixels` carries a PDF page's rendering, for pictures.
 */
export type ExtractSource =
  | { readonly kind: 'image'; readonly image: string; readonly imagePath: string }
  | { readonly kind: 'pdf'; readonly image: string; readonly imagePath: string }
  | { readonly kind: 'pixels'; readonly image: string; readonly imagePath?: undefined; readonly pixels: RgbImage }
  | { readonly kind: 'ocr'; readonly image: string; readonly imagePath?: string; readonly page: OcrPage; readonly pixels?: RgbImage }
  | { readonly kind: 'segments'; readonly image: string; readonly imagePath?: string; readonly page: KiePage };

/** How PDF inputs are read. */
export interface PdfInputOptions extends ReadPdfOptions {
  /** Take a page's text layer as its lines when it has one (default); false reads every page by OCR. */
  readonly useText?: boolean;
}

/** Fewest characters (white space aside) in a page's text layer for it to be read instead of the picture. */
const MIN_TEXT_LAYER_CHARS = 20;

/** True for a file name with an image extension. */
export function isImageFile(path: string): boolean {
  return IMAGE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** True for a file name ending in `.pdf`. */
export function isPdfFile(path: string): boolean {
  return extname(path).toLowerCase() === '.pdf';
}

/**
 * What a PDF page is read from: its text-layer lines, as an OCR page, when they
 * hold {@link MIN_TEXT_LAYER_CHARS} characters or more and `useText` is on; else
 * its picture (a scan), for OCR.
 */
export function pdfPageInput(page: PdfPage, useText = true): { readonly page: OcrPage } | { readonly pixels: RgbImage } {
  const chars = page.textLines.reduce((n, l) => n + stripSpaces(l.text).length, 0);
  if (!useText || chars < MIN_TEXT_LAYER_CHARS) return { pixels: page.image };
  const timings = { decode: 0, detection: 0, classification: 0, recognition: 0, total: 0 };
  return { page: { width: page.image.width, height: page.image.height, lines: page.textLines, timings } };
}

/** The pages of a PDF as inputs, named `file.pdf#page=N` ({@link pdfPageInput} says what each is read from). */
export async function pdfSources(image: string, path: string, options: PdfInputOptions = {}): Promise<ExtractSource[]> {
  const pages = await readPdf(path, options);
  return pages.map((p): ExtractSource => {
    const name = pdfPageName(image, p.number);
    const input = pdfPageInput(p, options.useText !== false);
    return 'page' in input ? { kind: 'ocr', image: name, page: input.page, pixels: p.image } : { kind: 'pixels', image: name, pixels: p.image };
  });
}

/**
 * Expands command-line inputs: a folder gives its images and PDFs (sorted, not
 * recursive), an image or PDF file itself, any other file its pages (see
 * {@link readPagesFile}).
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<ExtractSource[]> {
  const out: ExtractSource[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (cause) {
      throw new KieError('FILE_NOT_FOUND', `${input} does not exist`, { path, cause });
    }
    if (isDir) {
      const names = (await readdir(path)).filter((n) => isImageFile(n) || isPdfFile(n)).sort();
      if (names.length === 0) throw new KieError('INVALID_ARGUMENT', `${input} holds no images or PDFs (${[...IMAGE_EXTENSIONS, '.pdf'].join(', ')})`, { path });
      for (const name of names) out.push({ kind: isPdfFile(name) ? 'pdf' : 'image', image: join(input, name), imagePath: join(path, name) });
    } else if (isImageFile(path) || isPdfFile(path)) {
      out.push({ kind: isPdfFile(path) ? 'pdf' : 'image', image: input, imagePath: path });
    } else {
      out.push(...(await readPagesFile(path, cwd)));
    }
  }
  return out;
}

/**
 * Reads a file of pages: `kie ocr` JSON (one page object, or an array of them with
 * `file`), else any dataset format (detected).
 *
 * @throws KieError INVALID_DATA for malformed OCR JSON, UNKNOWN_FORMAT for anything else unknown.
 */
export async function readPagesFile(path: string, cwd = process.cwd()): Promise<ExtractSource[]> {
  const value = await parseJsonFile(path);
  if (isOcrJson(value)) {
    const items = Array.isArray(value) ? value : [value];
    const out: ExtractSource[] = [];
    for (const [i, item] of items.entries()) {
      const page = parseOcrPage(item, `${path}: page ${i + 1}`);
      const file = isObject(item) && typeof item.file === 'string' ? item.file : `${basename(path, extname(path))}.png`;
      // `kie ocr` writes the image as named on its command line: relative to where it ran, or to the JSON.
      const imagePath = await firstFile([resolve(dirname(path), file), resolve(cwd, file)]);
      out.push({ kind: 'ocr', image: file, ...(imagePath ? { imagePath } : {}), page });
    }
    return out;
  }
  const dataset = await readDataset(path);
  return dataset.documents.flatMap((doc) =>
    doc.pages.map((page) => ({
      kind: 'segments' as const,
      image: page.image,
      ...(page.imagePath ? { imagePath: page.imagePath } : {}),
      page,
    })),
  );
}

async function firstFile(paths: readonly string[]): Promise<string | undefined> {
  for (const p of paths) {
    try {
      if ((await stat(p)).isFile()) return p;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

async function parseJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new KieError('FILE_NOT_FOUND', `${path} cannot be read`, { path, cause });
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** True for the JSON of `kie ocr` (an object with `lines`, or an array of them). */
export function isOcrJson(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  return isObject(first) && Array.isArray(first.lines);
}

/** One `kie ocr` page; `chars` are optional (empty when absent) and `detScore` defaults to `score`. */
export function parseOcrPage(value: unknown, where: string): OcrPage {
  const obj = asObject(value, where);
  const lines = asArray(obj.lines, `${where}.lines`).map((raw, i): OcrLine => {
    const at = `${where}.lines[${i}]`;
    const line = asObject(raw, at);
    const score = line.score === undefined ? 1 : asNumber(line.score, `${at}.score`);
    const chars = line.chars === undefined ? [] : asArray(line.chars, `${at}.chars`).map((c, k) => parseChar(c, `${at}.chars[${k}]`));
    return {
      points: quadOf(asPoints(line.points, `${at}.points`)),
      text: asText(line.text, `${at}.text`),
      score,
      detScore: line.detScore === undefined ? score : asNumber(line.detScore, `${at}.detScore`),
      chars,
    };
  });
  return {
    width: asNumber(obj.width, `${where}.width`),
    height: asNumber(obj.height, `${where}.height`),
    lines,
    timings: { decode: 0, detection: 0, classification: 0, recognition: 0, total: 0 },
  };
}

function parseChar(value: unknown, where: string): OcrChar {
  const c = asObject(value, where);
  return {
    text: asText(c.text, `${where}.text`),
    start: asNumber(c.start, `${where}.start`),
    end: asNumber(c.end, `${where}.end`),
    score: c.score === undefined ? 1 : asNumber(c.score, `${where}.score`),
  };
}
