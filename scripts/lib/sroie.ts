/**
 * SROIE for the receipts model and bench: the 500 receipts of
 * ../shared/datasets/sroie with weak line labels (src/core/weak-labels.ts), and
 * the fixed split: sorted by file id, the first 400 train, the last 100 test.
 */
import { join } from 'node:path';
import { createDataset, segmentsFromOcrLines, type Dataset, type KieDocument } from '../../src/core/document.js';
import type { OcrEngine, RecognizeOptions } from '../../src/pipeline/ocr.js';
import { cachedOcr, ocrCacheSet } from './ocr-cache.js';
import type { DocumentSchema } from '../../src/core/schema.js';
import { weakLabelDataset, type WeakLabelReport } from '../../src/core/weak-label-dataset.js';
import { readSroie } from '../../src/io/formats/sroie.js';
import { loadDocumentSchema } from '../../src/io/schema-file.js';
import { DATASETS_ROOT } from './datasets.js';

/** Receipts in the train part of the fixed split. */
export const SROIE_TRAIN_COUNT = 400;

export interface SroieSplit {
  readonly schema: DocumentSchema;
  readonly train: readonly KieDocument[];
  readonly test: readonly KieDocument[];
  readonly report: WeakLabelReport;
}

/** Reads SROIE, weak-labels it with the `receipt` schema and splits it 400 / 100 by sorted id. */
export async function loadSroieSplit(): Promise<SroieSplit> {
  const schema = await loadDocumentSchema('receipt');
  const raw: Dataset = await readSroie(join(DATASETS_ROOT, 'sroie'), { imageSizes: true });
  const { dataset, report } = weakLabelDataset(raw, schema);
  const docs = [...dataset.documents].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { schema, train: docs.slice(0, SROIE_TRAIN_COUNT), test: docs.slice(SROIE_TRAIN_COUNT), report };
}

/**
 * The same receipts as read by kie's own OCR (cached under .bench-cache/, see
 * ocr-cache.ts; pages not cached yet are read with `ocr`), weak-labelled from
 * the field values like the dataset's lines: training on them teaches the SER
 * model the line breaks, spacing and misreadings it meets at run time.
 */
export async function ocrReadReceipts(
  docs: readonly KieDocument[],
  schema: DocumentSchema,
  ocr: OcrEngine,
  settings?: RecognizeOptions,
): Promise<{ documents: KieDocument[]; report: WeakLabelReport }> {
  const documents: KieDocument[] = [];
  const set = ocrCacheSet('sroie', settings);
  for (const d of docs) {
    const page = d.pages[0]!;
    if (!page.imagePath) continue;
    const read = await cachedOcr(ocr, set, `${d.name}.jpg`, page.imagePath, settings);
    documents.push({ ...d, pages: [{ ...page, width: read.width, height: read.height, segments: segmentsFromOcrLines(read.lines) }] });
  }
  const { dataset, report } = weakLabelDataset(createDataset(documents), schema);
  return { documents: [...dataset.documents], report };
}
