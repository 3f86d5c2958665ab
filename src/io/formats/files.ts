/**
 * File helpers shared by the dataset formats: reading with clear errors, JSON with
 * line numbers, image lookup and header sizes, image placement on write.
 */
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { KieError } from '../../core/errors.js';
import type { Dataset, Page } from '../../core/document.js';

import { MAX_SEGMENTS_PER_PAGE } from '../../core/document.js';

export { MAX_SEGMENTS_PER_PAGE };

/** Image file extensions that readers look for beside annotations. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.bmp', '.webp', '.gif'];

/** How writers refer to images: copy them beside the output, refer to the originals, or keep the reference as read. */
export type ImageMode = 'copy' | 'reference' | 'keep';

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    if (code === 'ENOENT') throw new KieError('FILE_NOT_FOUND', `${path} does not exist`, { cause, path });
    if (code === 'EISDIR') throw new KieError('NOT_A_FILE', `${path} is a folder, expected a file`, { cause, path });
    throw new KieError('INVALID_DATA', `could not read ${path}: ${(cause as Error).message}`, { cause, path });
  }
}

export async function writeTextFile(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (cause) {
    throw new KieError('OUTPUT_FAILED', `could not write ${path}: ${(cause as Error).message}`, { cause, path });
  }
}

/**
 * `JSON.parse` whose errors name the file and line (`line` offsets the count for a
 * JSON value that starts inside a line-oriented file).
 */
export function parseJson(text: string, file: string, line = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = (cause as Error).message;
    const pos = /position (\d+)/u.exec(message);
    const lineCol = /line (\d+) column (\d+)/u.exec(message);
    let at = `${file}:${line}`;
    if (lineCol) at = `${file}:${line + Number(lineCol[1]) - 1}`;
    else if (pos) at = `${file}:${line + countLines(text, Number(pos[1]))}`;
    throw new KieError('INVALID_DATA', `${at}: not valid JSON (${message})`, { cause, path: file });
  }
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Files of a folder with one of the extensions (lower case, with dot), sorted by name. */
export async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (cause) {
    throw new KieError('FILE_NOT_FOUND', `${dir} is not a readable folder`, { cause, path: dir });
  }
  return names
    .filter((n) => extensions.some((e) => n.toLowerCase().endsWith(e)))
    .sort()
    .map((n) => join(dir, n));
}

/** Checks that a reader found something to read. */
export function checkSegmentCount(count: number, where: string): void {
  if (count > MAX_SEGMENTS_PER_PAGE) {
    throw new KieError('INVALID_DATA', `${where}: ${count} segments on one page, over the limit of ${MAX_SEGMENTS_PER_PAGE}`);
  }
}

/** First of the candidate folders where `ref` names an existing file. */
export async function findImage(ref: string, dirs: readonly string[]): Promise<string | undefined> {
  if (ref === '') return undefined;
  const candidates = isAbsolute(ref) ? [ref] : dirs.flatMap((d) => [resolve(d, ref), resolve(d, basename(ref))]);
  for (const c of candidates) if (await exists(c)) return c;
  return undefined;
}

/** An image file beside `stem` in `dir` with any image extension. */
export async function findImageByStem(dir: string, stem: string): Promise<string | undefined> {
  for (const ext of IMAGE_EXTENSIONS) {
    for (const e of [ext, ext.toUpperCase()]) {
      const path = join(dir, stem + e);
      if (await exists(path)) return path;
    }
  }
  return undefined;
}

/** Width and height from an image file's header (no decoding); undefined when unreadable. */
export async function imageHeaderSize(path: string): Promise<{ width: number; height: number } | undefined> {
  try {
    const { width, height, orientation } = await sharp(path, { failOn: 'none' }).metadata();
    if (!width || !height) return undefined;
    // EXIF orientations 5-8 swap the axes of the displayed image that annotations refer to.
    return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}

/** Fills page sizes that a format lacks from the image headers; pages without a readable image keep 0. */
export async function fillImageSizes(dataset: Dataset): Promise<Dataset> {
  let changed = false;
  const documents = [];
  for (const doc of dataset.documents) {
    const pages: Page[] = [];
    for (const page of doc.pages) {
      if ((page.width > 0 && page.height > 0) || page.imagePath === undefined) {
        pages.push(page);
        continue;
      }
      const size = await imageHeaderSize(page.imagePath);
      if (size) changed = true;
      pages.push(size ? { ...page, ...size } : page);
    }
    documents.push({ ...doc, pages });
  }
  return changed ? { ...dataset, documents } : dataset;
}

/**
 * The reference a writer stores for a page's image, relative to `baseDir` (the folder
 * the format resolves image paths against). `copy` copies the image into
 * `baseDir/subdir`; `reference` points at the original; `keep` reuses `page.image`.
 */
export async function placeImage(page: Page, baseDir: string, mode: ImageMode, subdir = ''): Promise<string> {
  if (mode === 'keep' || page.imagePath === undefined) return mode === 'copy' && subdir ? join(subdir, basename(page.image)).split(sep).join('/') : page.image;
  if (mode === 'reference') return relative(baseDir, page.imagePath).split(sep).join('/');
  const name = basename(page.imagePath);
  const target = join(baseDir, subdir, name);
  if (resolve(target) !== resolve(page.imagePath)) {
    try {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(page.imagePath, target);
    } catch (cause) {
      throw new KieError('OUTPUT_FAILED', `could not copy ${page.imagePath} to ${target}`, { cause, path: target });
    }
  }
  return (subdir ? join(subdir, name) : name).split(sep).join('/');
}

/** Base name without extension. */
export function stemOf(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
