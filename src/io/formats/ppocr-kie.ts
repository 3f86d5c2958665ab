/**
 * PaddleOCR KIE label files: one line per image,
 * `image<TAB>[{"transcription", "label", "points", "id", "linking", "difficult"}, ...]`,
 * with a `class_list.txt` beside (background class first). The XFUND-zh release in
 * PaddleOCR uses this format.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { asArray, asFlag, asId, asLinks, asObject, asPoints, asText, type JsonObject } from '../../core/coerce.js';
import { createDataset, imageKey, inferShape, type Dataset, type KieDocument, type Segment } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import { collectClasses, formatClassList, parseClassList } from '../../core/labels.js';
import { checkSegmentCount, fillImageSizes, findImage, parseJson, placeImage, readTextFile, writeTextFile } from './files.js';
import type { DatasetFormat, ReadOptions, WriteOptions } from './types.js';

/** A parsed `image<TAB>json` line. */
export interface TabLine {
  readonly image: string;
  readonly value: unknown;
  /** 1-based line number. */
  readonly line: number;
}

/** Splits a line-oriented label file into `image<TAB>json` lines, skipping blank ones. */
export function parseTabLines(text: string, file: string): TabLine[] {
  const out: TabLine[] = [];
  const lines = text.split(/\r?\n/u);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const tab = raw.indexOf('\t');
    if (tab < 0) {
      throw new KieError('INVALID_DATA', `${file}:${i + 1}: expected "image<TAB>JSON", found no tab`, { path: file });
    }
    out.push({ image: raw.slice(0, tab).trim(), value: parseJson(raw.slice(tab + 1), file, i + 1), line: i + 1 });
  });
  return out;
}

/** Folders where the images of a label file usually are. */
export function imageDirs(file: string, extra?: string): string[] {
  const dir = dirname(file);
  const dirs = [dir, join(dir, 'image'), join(dir, 'images'), join(dir, 'img'), join(dir, 'imgs')];
  return extra ? [extra, ...dirs] : dirs;
}

/** Reads one PP-OCR KIE segment (also PPOCRLabel's `key_cls` as the label). */
export function parsePpocrSegment(value: unknown, where: string, index: number): Segment {
  const item: JsonObject = asObject(value, where);
  const points = asPoints(item.points, `${where}.points`);
  return {
    id: asId(item.id, `${where}.id`, index),
    points,
    shape: inferShape(points),
    text: asText(item.transcription ?? item.text, `${where}.transcription`),
    label: asText(item.label ?? item.key_cls, `${where}.label`, 'other'),
    links: asLinks(item.linking, `${where}.linking`),
    difficult: asFlag(item.difficult),
  };
}

async function readClassList(file: string): Promise<string[] | undefined> {
  for (const dir of [dirname(file), dirname(dirname(file))]) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    const found = names.filter((n) => /^class_list.*\.txt$/iu.test(n)).sort()[0];
    if (found) return parseClassList(await readTextFile(join(dir, found)), join(dir, found));
  }
  return undefined;
}

/** Reads a PP-OCR KIE label file. */
export async function readPpocrKie(file: string, options: ReadOptions = {}): Promise<Dataset> {
  const text = await readTextFile(file);
  const documents: KieDocument[] = [];
  for (const { image, value, line } of parseTabLines(text, file)) {
    const where = `${file}:${line}`;
    const items = asArray(value, where);
    checkSegmentCount(items.length, where);
    const segments = items.map((item, i) => parsePpocrSegment(item, `${where}: item ${i}`, i));
    const imagePath = await findImage(image, imageDirs(file, options.imageDir));
    documents.push({
      name: imageKey(image),
      pages: [{ image, ...(imagePath ? { imagePath } : {}), width: 0, height: 0, segments }],
      source: { file, line },
    });
  }
  const dataset = createDataset(documents, await readClassList(file));
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

/** Writes a PP-OCR KIE label file and `class_list.txt` beside it; returns the files written. */
export async function writePpocrKie(dataset: Dataset, file: string, options: WriteOptions = {}): Promise<string[]> {
  const base = dirname(file);
  const lines: string[] = [];
  for (const doc of dataset.documents) {
    for (const page of doc.pages) {
      const image = await placeImage(page, base, options.images ?? 'reference', 'images');
      const items = page.segments.map((s) => ({
        transcription: s.text,
        label: s.label,
        points: s.points,
        id: s.id,
        linking: s.links,
        difficult: s.difficult,
      }));
      lines.push(`${image}\t${JSON.stringify(items)}`);
    }
  }
  await writeTextFile(file, lines.length ? `${lines.join('\n')}\n` : '');
  const classFile = join(base, 'class_list.txt');
  const classes = dataset.classes ?? collectClasses(dataset.documents.flatMap((d) => d.pages.flatMap((p) => p.segments.map((s) => s.label))));
  await writeTextFile(classFile, formatClassList(classes));
  return [file, classFile];
}

export const ppocrKieFormat: DatasetFormat = {
  name: 'ppocr-kie',
  description: 'PaddleOCR KIE label file: image<TAB>[{transcription, label, points, id, linking}]',
  layout: 'file',
  splitFileName: (part) => `${part}.txt`,
  read: readPpocrKie,
  write: writePpocrKie,
};
