/**
 * kie's own dataset JSON: the {@link Dataset} model as it is, with `schemaVersion`.
 * Read leniently through the migrations; written strictly in the current version.
 */
import { dirname } from 'node:path';
import { SCHEMA_VERSION, type Dataset, type KieDocument, type Page } from '../../core/document.js';
import { migrateDataset } from '../../core/document-migrate.js';
import { isObject } from '../../core/coerce.js';
import { fillImageSizes, findImage, parseJson, placeImage, readTextFile, writeTextFile } from './files.js';
import { imageDirs } from './ppocr-kie.js';
import type { DatasetFormat, ReadOptions, WriteOptions } from './types.js';

/** True when a parsed JSON value is a kie dataset. */
export function isKieJson(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.documents) && value.schemaVersion !== undefined;
}

/** Reads a kie dataset JSON file (any schema version). */
export async function readKieJson(file: string, options: ReadOptions = {}): Promise<Dataset> {
  const parsed = migrateDataset(parseJson(await readTextFile(file), file), file);
  const documents: KieDocument[] = [];
  for (const doc of parsed.documents) {
    const pages: Page[] = [];
    for (const page of doc.pages) {
      const imagePath = await findImage(page.image, imageDirs(file, options.imageDir));
      pages.push(imagePath ? { ...page, imagePath } : page);
    }
    documents.push({ ...doc, pages });
  }
  const dataset = { ...parsed, documents };
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

/** Writes a kie dataset JSON file; reader-only fields (image paths on disk, sources) are left out. */
export async function writeKieJson(dataset: Dataset, file: string, options: WriteOptions = {}): Promise<string[]> {
  const documents = [];
  for (const doc of dataset.documents) {
    const pages = [];
    for (const page of doc.pages) {
      const image = await placeImage(page, dirname(file), options.images ?? 'reference', 'images');
      pages.push({ image, width: page.width, height: page.height, segments: page.segments });
    }
    documents.push({ name: doc.name, pages, ...(doc.fields ? { fields: doc.fields } : {}) });
  }
  const out = { schemaVersion: SCHEMA_VERSION, ...(dataset.classes ? { classes: dataset.classes } : {}), documents };
  await writeTextFile(file, `${JSON.stringify(out)}\n`);
  return [file];
}

export const kieJsonFormat: DatasetFormat = {
  name: 'kie',
  description: "kie's own dataset JSON ({schemaVersion, documents: [{name, pages: [{image, width, height, segments}]}]})",
  layout: 'file',
  splitFileName: (part) => `${part}.kie.json`,
  read: readKieJson,
  write: writeKieJson,
};
