/**
 * Conversion between dataset formats, with an optional seeded train/val split.
 */
import { join } from 'node:path';
import { countSegments, createDataset, type Dataset } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import { collectClasses } from '../../core/labels.js';
import { weakLabelDataset, type WeakLabelReport } from '../../core/weak-label-dataset.js';
import { loadDocumentSchema } from '../schema-file.js';
import { splitItems } from '../../core/split.js';
import type { ImageMode } from './files.js';
import { detectFormat, getFormat, readDataset, writeDataset } from './registry.js';
import type { FormatName } from './types.js';

export interface ConvertOptions {
  /** Input format; detected when left out. */
  readonly from?: string;
  readonly to: string;
  /** Fraction of documents for the train part; no split when left out. */
  readonly split?: number;
  /** Seed of the shuffle before a split (default 0). */
  readonly seed?: number;
  readonly images?: Exclude<ImageMode, 'keep'>;
  readonly imageDir?: string;
  /**
   * Label the lines of documents that carry field values but no line labels
   * (SROIE) by finding the values among them (default true), with this schema
   * (a shipped name or a file; default `receipt`).
   */
  readonly weakLabels?: boolean;
  readonly schema?: string;
}

export interface ConvertResult {
  readonly from: FormatName;
  readonly to: FormatName;
  readonly documents: number;
  readonly segments: number;
  readonly written: readonly string[];
  /** Documents per part when split. */
  readonly parts?: Readonly<Record<'train' | 'val', number>>;
  /** Coverage of the weak labels, when any document had field values to match. */
  readonly weakLabels?: WeakLabelReport;
}

/**
 * Reads `input` and writes it to `output` in another format. With `split`, file
 * formats write `output/train.*` and `output/val.*`; folder formats write
 * `output/train/` and `output/val/`.
 *
 * @example
 * await convertDataset('funsd/testing_data', 'out/test.json', { to: 'ppocr-kie', images: 'copy' });
 */
export async function convertDataset(input: string, output: string, options: ConvertOptions): Promise<ConvertResult> {
  const target = getFormat(options.to);
  if (!target.write) throw new KieError('UNKNOWN_FORMAT', `format "${target.name}" is read only; choose another --to`);
  const from = getFormat(options.from ?? (await detectFormat(input))).name;
  let dataset = await readDataset(input, { format: from, imageDir: options.imageDir });
  let weakLabels: WeakLabelReport | undefined;
  if (options.weakLabels !== false && dataset.documents.some((d) => d.fields && Object.keys(d.fields).length > 0)) {
    const schema = await loadDocumentSchema(options.schema ?? 'receipt');
    ({ dataset, report: weakLabels } = weakLabelDataset(dataset, schema));
  }
  const base = { from, to: target.name, documents: dataset.documents.length, segments: countSegments(dataset) };
  const { written, parts } = await exportDataset(dataset, output, { ...options, to: target.name });
  const result = parts ? { ...base, written, parts } : { ...base, written };
  return weakLabels ? { ...result, weakLabels } : result;
}

export type ExportOptions = Pick<ConvertOptions, 'to' | 'split' | 'seed' | 'images'>;

/**
 * Writes a dataset in the format `to`, whole or split train/val by `split` and
 * `seed` (the parts as in {@link convertDataset}). Both parts share one class list,
 * the dataset's or else every label of the whole dataset, so a class seen only in
 * train still appears in a class list written beside val.
 *
 * @example
 * await exportDataset(dataset, 'out/ppocr', { to: 'ppocr-kie', split: 0.8, seed: 1, images: 'copy' });
 */
export async function exportDataset(
  dataset: Dataset,
  output: string,
  options: ExportOptions,
): Promise<Pick<ConvertResult, 'written' | 'parts'>> {
  const target = getFormat(options.to);
  const images = options.images ?? 'reference';
  if (options.split === undefined) {
    return { written: await writeDataset(dataset, output, { format: target.name, images }) };
  }
  if (!(options.split > 0 && options.split < 1)) {
    throw new KieError('INVALID_ARGUMENT', `--split must be between 0 and 1 (exclusive), got ${options.split}`);
  }
  const { train, val } = splitItems(dataset.documents, options.split, options.seed ?? 0);
  const classes = dataset.classes ?? collectClasses(dataset.documents.flatMap((d) => d.pages.flatMap((p) => p.segments.map((s) => s.label))));
  const written: string[] = [];
  const parts: Array<[string, Dataset]> = [
    ['train', createDataset(train, classes)],
    ['val', createDataset(val, classes)],
  ];
  for (const [part, data] of parts) {
    const path = target.layout === 'folder' || !target.splitFileName ? join(output, part) : join(output, target.splitFileName(part));
    written.push(...(await writeDataset(data, path, { format: target.name, images })));
  }
  return { written, parts: { train: train.length, val: val.length } };
}
