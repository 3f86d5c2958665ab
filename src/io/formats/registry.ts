/**
 * The dataset formats by name, format detection, and the library entry points
 * {@link readDataset} / {@link writeDataset}.
 */
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Dataset } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import { exists, isDirectory, listFiles } from './files.js';
import { funsdFormat } from './funsd.js';
import { isKieJson, kieJsonFormat } from './kie-json.js';
import { paddleFormat } from './paddle.js';
import { ppocrKieFormat } from './ppocr-kie.js';
import { ppocrLabelFormat } from './ppocrlabel.js';
import { sroieFormat } from './sroie.js';
import { FORMAT_NAMES, type DatasetFormat, type FormatName, type ReadOptions, type WriteOptions } from './types.js';
import { isXAnyLabelingJson, xAnyLabelingFormat } from './xanylabeling.js';
import { isXfundJson, xfundFormat } from './xfund.js';

const FORMATS: Readonly<Record<FormatName, DatasetFormat>> = {
  kie: kieJsonFormat,
  'ppocr-kie': ppocrKieFormat,
  ppocrlabel: ppocrLabelFormat,
  xanylabeling: xAnyLabelingFormat,
  xfund: xfundFormat,
  funsd: funsdFormat,
  sroie: sroieFormat,
  paddle: paddleFormat,
};

/** The format named `name`, or UNKNOWN_FORMAT naming the valid ones. */
export function getFormat(name: string): DatasetFormat {
  const format = (FORMATS as Record<string, DatasetFormat | undefined>)[name];
  if (!format) throw new KieError('UNKNOWN_FORMAT', `unknown format "${name}" (valid: ${FORMAT_NAMES.join(', ')})`);
  return format;
}

/** Every format, for help texts. */
export function listFormats(): DatasetFormat[] {
  return FORMAT_NAMES.map((n) => FORMATS[n]);
}

export interface ReadDatasetOptions extends ReadOptions {
  /** Format of `path`; detected from its contents when left out. */
  readonly format?: FormatName | string;
}

/**
 * Reads a dataset in any supported format.
 *
 * @example
 * const gold = await readDataset('xfund-zh/zh_val/val.json'); // detected: ppocr-kie
 */
export async function readDataset(path: string, options: ReadDatasetOptions = {}): Promise<Dataset> {
  if (!(await exists(path))) throw new KieError('FILE_NOT_FOUND', `${path} does not exist`, { path });
  const format = getFormat(options.format ?? (await detectFormat(path)));
  return format.read(path, options);
}

export interface WriteDatasetOptions extends WriteOptions {
  readonly format: FormatName | string;
}

/**
 * Writes a dataset in a format that can be written; returns the files written.
 *
 * @example
 * await writeDataset(dataset, 'out/labels', { format: 'xanylabeling', images: 'copy' });
 */
export async function writeDataset(dataset: Dataset, path: string, options: WriteDatasetOptions): Promise<string[]> {
  const format = getFormat(options.format);
  if (!format.write) {
    const writable = listFormats().filter((f) => f.write).map((f) => f.name);
    throw new KieError('UNKNOWN_FORMAT', `format "${format.name}" is read only (writable: ${writable.join(', ')})`);
  }
  return format.write(dataset, path, options);
}

/** The first bytes of a file, enough to recognise its format. */
async function head(path: string, bytes = 1 << 20): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Recognises a dataset's format from its contents: folder layout (FUNSD, SROIE,
 * PPOCRLabel, X-AnyLabeling) or the first line / JSON keys of a file.
 *
 * @throws KieError UNKNOWN_FORMAT naming the formats to pass with `--from`.
 */
export async function detectFormat(path: string): Promise<FormatName> {
  const unknown = (why: string): KieError =>
    new KieError('UNKNOWN_FORMAT', `cannot tell the format of ${path} (${why}); name it (valid: ${FORMAT_NAMES.join(', ')})`, { path });
  if (!(await exists(path))) throw new KieError('FILE_NOT_FOUND', `${path} does not exist`, { path });
  if (await isDirectory(path)) {
    if (await isDirectory(join(path, 'annotations'))) return 'funsd';
    if (await isDirectory(join(path, 'box'))) return 'sroie';
    if (await exists(join(path, 'Label.txt'))) return 'ppocrlabel';
    const json = await listFiles(path, ['.json']);
    if (json[0] !== undefined) {
      const value = safeParse(await head(json[0]));
      if (isXAnyLabelingJson(value)) return 'xanylabeling';
      if (isObject(value) && Array.isArray(value.form)) return 'funsd';
    }
    throw unknown('no annotations/, box/, Label.txt or X-AnyLabeling JSON inside');
  }
  const text = await head(path);
  const firstLine = text.split(/\r?\n/u).find((l) => l.trim() !== '') ?? '';
  const tab = firstLine.indexOf('\t');
  if (tab >= 0) {
    const rest = firstLine.slice(tab + 1).trim();
    if (rest.startsWith('{')) return 'paddle';
    if (rest.startsWith('[')) {
      if (/"key_cls"\s*:/u.test(rest) || basename(path) === 'Label.txt') return 'ppocrlabel';
      return 'ppocr-kie';
    }
  }
  const value = safeParse(text);
  if (isKieJson(value)) return 'kie';
  if (isXfundJson(value)) return 'xfund';
  if (isXAnyLabelingJson(value)) return 'xanylabeling';
  if (isObject(value) && Array.isArray(value.form)) return 'funsd';
  // A JSON file larger than the head cannot be parsed whole: fall back on its keys.
  if (/^\s*\{/u.test(text)) {
    if (/"schemaVersion"\s*:/u.test(text)) return 'kie';
    if (/"documents"\s*:/u.test(text) && /"document"\s*:/u.test(text)) return 'xfund';
    if (/"shapes"\s*:/u.test(text)) return 'xanylabeling';
    if (/"form"\s*:/u.test(text)) return 'funsd';
  }
  throw unknown('not a known label file');
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
