/**
 * The two gold datasets for the SER/RE training and bench scripts, read with
 * the `src/io/formats` readers from ../shared/datasets (never copied into the
 * repository). A document-model `Page` is a `KiePage` as it is.
 */
import { join, resolve } from 'node:path';
import type { Dataset, Page } from '../../src/core/document.js';
import { readFunsd } from '../../src/io/formats/funsd.js';
import { readPpocrKie } from '../../src/io/formats/ppocr-kie.js';

/** Root of the shared datasets, overridable with `KIE_DATASETS`. */
export const DATASETS_ROOT = resolve(process.env.KIE_DATASETS ?? join(import.meta.dirname, '../../../shared/datasets'));

/** A page with the name of its document (for messages). */
export type NamedPage = Page & { readonly name: string };

/** The dataset and its pages (one page per document in both sets). */
export interface LoadedSplit {
  readonly dataset: Dataset;
  readonly pages: NamedPage[];
}

function pagesOf(dataset: Dataset): NamedPage[] {
  return dataset.documents.flatMap((d) => d.pages.map((p) => ({ ...p, name: d.name })));
}

/** FUNSD split `training_data` or `testing_data`. */
export async function loadFunsdSplit(split: 'training_data' | 'testing_data'): Promise<LoadedSplit> {
  const dataset = await readFunsd(join(DATASETS_ROOT, 'funsd', split));
  return { dataset, pages: pagesOf(dataset) };
}

/** XFUND-zh in PaddleOCR KIE format: `zh_train` or `zh_val`. */
export async function loadXfundZhSplit(split: 'zh_train' | 'zh_val'): Promise<LoadedSplit> {
  const file = join(DATASETS_ROOT, 'xfund-zh', split, split === 'zh_train' ? 'train.json' : 'val.json');
  const dataset = await readPpocrKie(file);
  return { dataset, pages: pagesOf(dataset) };
}

export const loadFunsd = async (split: 'training_data' | 'testing_data'): Promise<NamedPage[]> =>
  (await loadFunsdSplit(split)).pages;
export const loadXfundZh = async (split: 'zh_train' | 'zh_val'): Promise<NamedPage[]> =>
  (await loadXfundZhSplit(split)).pages;
