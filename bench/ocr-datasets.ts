/**
 * Gold pages of the OCR benchmark, read with kie's own dataset readers from
 * ../shared/datasets (never copied into the repository).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDataset, type Dataset, type KieDocument } from '../src/core/document.js';
import { readFunsd } from '../src/io/formats/funsd.js';
import { readPpocrKie } from '../src/io/formats/ppocr-kie.js';

export const DATASETS_ROOT = join(import.meta.dirname, '..', '..', 'shared', 'datasets');

export interface OcrBenchSet {
  readonly name: string;
  /** What a gold segment is in this set. */
  readonly gold: string;
  readonly dataset: Dataset;
}

/** Keeps the first `pages` documents and drops segments with no text (checkboxes, blank fields). */
function prepare(dataset: Dataset, pages: number): Dataset {
  const documents: KieDocument[] = dataset.documents.slice(0, pages).map((doc) => ({
    ...doc,
    pages: doc.pages.map((p) => ({ ...p, segments: p.segments.filter((s) => s.text.trim() !== '') })),
  }));
  return createDataset(documents, dataset.classes);
}

/** XFUND-zh val (line segments) and FUNSD test (entity boxes), when ../shared is there. */
export async function loadOcrBenchSets(pages: number): Promise<OcrBenchSet[]> {
  const xfund = join(DATASETS_ROOT, 'xfund-zh', 'zh_val', 'val.json');
  const funsd = join(DATASETS_ROOT, 'funsd', 'testing_data');
  if (!existsSync(xfund) || !existsSync(funsd)) {
    throw new Error(`datasets not found under ${DATASETS_ROOT} (see ../shared/datasets/README.md)`);
  }
  return [
    { name: 'XFUND-zh val', gold: 'line segments', dataset: prepare(await readPpocrKie(xfund), pages) },
    { name: 'FUNSD test', gold: 'entity boxes', dataset: prepare(await readFunsd(funsd), pages) },
  ];
}

/** Absolute image path of a gold page. */
export function imagePathOf(doc: KieDocument): string {
  const page = doc.pages[0];
  if (!page?.imagePath) throw new Error(`no image found for ${doc.name}`);
  return page.imagePath;
}
