/**
 * XFUND's original JSON: `{lang, version, split, documents: [{id, document: [{id, box,
 * text, label, words: [{box, text}], linking}], img: {fname, width, height}}]}`.
 */
import { dirname } from 'node:path';
import { asArray, asId, asLinks, asNumber, asObject, asPoints, asText, isObject } from '../../core/coerce.js';
import {
  boxToPoints,
  createDataset,
  inferShape,
  pointsToBox,
  type Dataset,
  type KieDocument,
  type Segment,
} from '../../core/document.js';
import { parseWords } from '../../core/document-migrate.js';
import { checkSegmentCount, fillImageSizes, findImage, parseJson, placeImage, readTextFile, stemOf, writeTextFile } from './files.js';
import { imageDirs } from './ppocr-kie.js';
import type { DatasetFormat, ReadOptions, WriteOptions } from './types.js';

/** True when a parsed JSON value looks like an XFUND file. */
export function isXfundJson(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.documents) && value.schemaVersion === undefined &&
    value.documents.some((d) => isObject(d) && Array.isArray(d.document));
}

/** Reads an XFUND JSON file. */
export async function readXfund(file: string, options: ReadOptions = {}): Promise<Dataset> {
  const root = asObject(parseJson(await readTextFile(file), file), file);
  const documents: KieDocument[] = [];
  const list = asArray(root.documents, `${file}: documents`);
  for (const [d, value] of list.entries()) {
    const where = `${file}: documents[${d}]`;
    const doc = asObject(value, where);
    const img = isObject(doc.img) ? doc.img : {};
    const image = asText(img.fname, `${where}.img.fname`, '');
    const items = asArray(doc.document, `${where}.document`);
    checkSegmentCount(items.length, where);
    const segments = items.map((item, i) => parseXfundSegment(item, `${where}.document[${i}]`, i));
    const imagePath = await findImage(image, imageDirs(file, options.imageDir));
    documents.push({
      name: asText(doc.id, `${where}.id`, stemOf(image)),
      pages: [
        {
          image,
          ...(imagePath ? { imagePath } : {}),
          width: img.width === undefined ? 0 : asNumber(img.width, `${where}.img.width`),
          height: img.height === undefined ? 0 : asNumber(img.height, `${where}.img.height`),
          segments,
        },
      ],
      source: { file },
    });
  }
  const dataset = createDataset(documents);
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

/** One FUNSD / XFUND entity: `{id, box | points, text, label, words, linking}`. */
export function parseXfundSegment(value: unknown, where: string, index: number): Segment {
  const item = asObject(value, where);
  const points = item.points !== undefined ? asPoints(item.points, `${where}.points`) : asPoints(item.box, `${where}.box`);
  const segment: Record<string, unknown> = {
    id: asId(item.id, `${where}.id`, index),
    points,
    shape: inferShape(points),
    text: asText(item.text, `${where}.text`),
    label: asText(item.label, `${where}.label`, 'other'),
    links: asLinks(item.linking, `${where}.linking`),
    difficult: false,
  };
  if (item.words !== undefined && item.words !== null) segment.words = parseWords(item.words, `${where}.words`);
  return segment as unknown as Segment;
}

/** The FUNSD / XFUND form of a segment: a box, plus `points` when the polygon is not that box. */
export function toXfundEntity(s: Segment): Record<string, unknown> {
  const box = pointsToBox(s.points);
  const entity: Record<string, unknown> = { id: s.id, box, text: s.text, label: s.label };
  if (!isBoxPolygon(s)) entity.points = s.points;
  entity.words = (s.words ?? []).map((w) => ({ box: pointsToBox(w.points), text: w.text }));
  entity.linking = s.links;
  return entity;
}

/** Writes an XFUND JSON file; returns the files written. */
export async function writeXfund(dataset: Dataset, file: string, options: WriteOptions = {}): Promise<string[]> {
  const base = dirname(file);
  const documents = [];
  for (const doc of dataset.documents) {
    for (const [p, page] of doc.pages.entries()) {
      const fname = await placeImage(page, base, options.images ?? 'reference', 'images');
      documents.push({
        id: doc.pages.length > 1 ? `${doc.name}_${p}` : doc.name,
        uid: doc.name,
        document: page.segments.map(toXfundEntity),
        img: { fname, width: page.width, height: page.height },
      });
    }
  }
  await writeTextFile(file, `${JSON.stringify({ lang: '', version: '', split: stemOf(file), documents })}\n`);
  return [file];
}

/** True when the polygon is exactly its box (what XFUND's `box` can hold). */
export function isBoxPolygon(s: Segment): boolean {
  const b = boxToPoints(pointsToBox(s.points));
  return s.points.length === 4 && s.points.every((p, i) => p[0] === b[i]?.[0] && p[1] === b[i]?.[1]);
}

export const xfundFormat: DatasetFormat = {
  name: 'xfund',
  description: 'XFUND original JSON: documents[].document[] with box, text, label, words, linking',
  layout: 'file',
  splitFileName: (part) => `${part}.json`,
  read: readXfund,
  write: writeXfund,
};
