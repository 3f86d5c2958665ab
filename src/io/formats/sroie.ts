/**
 * SROIE task 3 folders (read only): `box/<id>.csv` OCR lines `x1,y1,...,x4,y4,text`
 * (everything after the 8th comma is text, commas included), `key/<id>.json` field
 * values with no box, `img/<id>.jpg`. Lines are labelled `other`; field values are
 * kept on the document as `fields`.
 */
import { join } from 'node:path';
import { asObject, asText, invalid } from '../../core/coerce.js';
import { createDataset, inferShape, type Dataset, type KieDocument, type Segment } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import type { Point } from '../../core/geometry.js';
import { BACKGROUND_LABEL } from '../../core/labels.js';
import {
  MAX_SEGMENTS_PER_PAGE,
  exists,
  fillImageSizes,
  findImageByStem,
  isDirectory,
  listFiles,
  parseJson,
  readTextFile,
  stemOf,
} from './files.js';
import type { DatasetFormat, ReadOptions } from './types.js';

/**
 * Parses the lines of one SROIE box file.
 *
 * @example
 * parseSroieBoxes('1,2,9,2,9,8,1,8,TOTAL: 1,00\n', 'a.csv')[0].text // 'TOTAL: 1,00'
 */
export function parseSroieBoxes(text: string, file: string): Segment[] {
  const segments: Segment[] = [];
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    if (segments.length >= MAX_SEGMENTS_PER_PAGE) {
      throw new KieError('INVALID_DATA', `${file}: more than ${MAX_SEGMENTS_PER_PAGE} lines`, { path: file });
    }
    const parts = raw.split(',');
    if (parts.length < 9) throw invalid(`${file}:${i + 1}`, 'expected x1,y1,x2,y2,x3,y3,x4,y4,text', file);
    const coords = parts.slice(0, 8).map((v) => Number(v.trim()));
    if (coords.some((v, k) => !Number.isFinite(v) || parts[k]?.trim() === '')) {
      throw invalid(`${file}:${i + 1}`, `expected 8 numbers before the text, got "${parts.slice(0, 8).join(',')}"`, file);
    }
    const points: Point[] = [];
    for (let k = 0; k < 8; k += 2) points.push([coords[k]!, coords[k + 1]!]);
    segments.push({
      id: segments.length,
      points,
      shape: inferShape(points),
      text: parts.slice(8).join(',').trim(),
      label: BACKGROUND_LABEL,
      links: [],
      difficult: false,
    });
  }
  return segments;
}

/** Reads a SROIE folder (`box/`, `key/`, `img/`). */
export async function readSroie(path: string, options: ReadOptions = {}): Promise<Dataset> {
  if (!(await isDirectory(path))) throw new KieError('INVALID_DATA', `${path}: SROIE is a folder with box/, key/ and img/`, { path });
  const boxDir = (await isDirectory(join(path, 'box'))) ? join(path, 'box') : path;
  const documents: KieDocument[] = [];
  for (const file of await listFiles(boxDir, ['.csv', '.txt'])) {
    const stem = stemOf(file);
    const segments = parseSroieBoxes(await readTextFile(file), file);
    const keyFile = join(path, 'key', `${stem}.json`);
    let fields: Record<string, string> | undefined;
    if (await exists(keyFile)) {
      const raw = asObject(parseJson(await readTextFile(keyFile), keyFile), keyFile);
      fields = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, asText(v, `${keyFile}: ${k}`)]));
    }
    let imagePath: string | undefined;
    for (const dir of [options.imageDir, join(path, 'img'), join(path, 'images'), boxDir]) {
      if (dir && !imagePath) imagePath = await findImageByStem(dir, stem);
    }
    documents.push({
      name: stem,
      pages: [{ image: imagePath ? `img/${stemOf(imagePath)}${imagePath.slice(imagePath.lastIndexOf('.'))}` : `img/${stem}.jpg`, ...(imagePath ? { imagePath } : {}), width: 0, height: 0, segments }],
      ...(fields ? { fields } : {}),
      source: { file },
    });
  }
  if (documents.length === 0) throw new KieError('INVALID_DATA', `${path}: no SROIE box files (box/*.csv)`, { path });
  const dataset = createDataset(documents);
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

export const sroieFormat: DatasetFormat = {
  name: 'sroie',
  description: 'SROIE folder: box/*.csv OCR lines, key/*.json field values, img/ (read only)',
  layout: 'folder',
  read: readSroie,
};
