/**
 * FUNSD folders: `annotations/<name>.json` with `{form: [{id, box, text, label, words,
 * linking}]}` and `images/<name>.png`. The format holds no image reference, so the
 * writer copies images into `images/` whenever it can find them.
 */
import { basename, join } from 'node:path';
import { asArray, asObject } from '../../core/coerce.js';
import { createDataset, type Dataset, type KieDocument } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import {
  checkSegmentCount,
  fillImageSizes,
  findImageByStem,
  isDirectory,
  listFiles,
  parseJson,
  placeImage,
  readTextFile,
  stemOf,
  writeTextFile,
} from './files.js';
import { parseXfundSegment, toXfundEntity } from './xfund.js';
import type { DatasetFormat, ReadOptions, WriteOptions } from './types.js';

/** Reads one FUNSD annotation file; its image is `../images/<stem>.*`. */
export async function readFunsdFile(file: string, imageDirs: readonly string[]): Promise<KieDocument> {
  const root = asObject(parseJson(await readTextFile(file), file), file);
  const form = asArray(root.form, `${file}: form`);
  checkSegmentCount(form.length, file);
  const segments = form.map((item, i) => parseXfundSegment(item, `${file}: form[${i}]`, i));
  const stem = stemOf(file);
  let imagePath: string | undefined;
  for (const dir of imageDirs) if (!imagePath) imagePath = await findImageByStem(dir, stem);
  return {
    name: stem,
    pages: [{ image: imagePath ? `images/${basename(imagePath)}` : `images/${stem}.png`, ...(imagePath ? { imagePath } : {}), width: 0, height: 0, segments }],
    source: { file },
  };
}

/** Reads a FUNSD folder (`annotations/`, `images/`), or a single annotation file. */
export async function readFunsd(path: string, options: ReadOptions = {}): Promise<Dataset> {
  const extra = options.imageDir ? [options.imageDir] : [];
  let documents: KieDocument[] = [];
  if (await isDirectory(path)) {
    const annotations = (await isDirectory(join(path, 'annotations'))) ? join(path, 'annotations') : path;
    for (const file of await listFiles(annotations, ['.json'])) {
      documents.push(await readFunsdFile(file, [...extra, join(path, 'images'), path]));
    }
    if (documents.length === 0) throw new KieError('INVALID_DATA', `${path}: no FUNSD annotations (annotations/*.json)`, { path });
  } else {
    const dir = join(path, '..');
    documents = [await readFunsdFile(path, [...extra, join(dir, '..', 'images'), dir])];
  }
  const dataset = createDataset(documents);
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

/** Writes `annotations/<name>.json` (and `images/`) under `dir`; returns the files written. */
export async function writeFunsd(dataset: Dataset, dir: string, options: WriteOptions = {}): Promise<string[]> {
  const written: string[] = [];
  for (const doc of dataset.documents) {
    for (const [p, page] of doc.pages.entries()) {
      const stem = doc.pages.length > 1 ? `${stemOf(page.image) || doc.name}-${p + 1}` : stemOf(page.image) || doc.name;
      if (options.images !== 'keep') await placeImage(page, dir, 'copy', 'images');
      const file = join(dir, 'annotations', `${stem}.json`);
      await writeTextFile(file, `${JSON.stringify({ form: page.segments.map(toXfundEntity) }, null, 2)}\n`);
      written.push(file);
    }
  }
  return written;
}

export const funsdFormat: DatasetFormat = {
  name: 'funsd',
  description: 'FUNSD folder: annotations/*.json with form[], images/',
  layout: 'folder',
  read: readFunsd,
  write: writeFunsd,
};
