/**
 * X-AnyLabeling's per-image JSON (labelme-like). For KIE, a shape's `label` is the
 * class, `description` the transcription, `group_id` the segment id that
 * `kie_linking: [[from, to]]` refers to (as X-AnyLabeling's own PP-OCR KIE export
 * reads them), `difficult` a flag; `rotation` shapes carry `direction` in radians.
 * kie's own `groupId` travels in `attributes.kie_group_id`.
 */
import { basename, join } from 'node:path';
import {
  asArray,
  asFlag,
  asId,
  asLinks,
  asNumber,
  asObject,
  asPoints,
  asText,
  isObject,
  type JsonObject,
} from '../../core/coerce.js';
import { createDataset, type Dataset, type KieDocument, type Page, type Segment, type Shape } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import {
  checkSegmentCount,
  fillImageSizes,
  findImage,
  findImageByStem,
  isDirectory,
  listFiles,
  parseJson,
  placeImage,
  readTextFile,
  stemOf,
  writeTextFile,
} from './files.js';
import type { DatasetFormat, ReadOptions, WriteOptions } from './types.js';

/** The X-AnyLabeling version string kie writes. */
export const XANYLABELING_VERSION = '2.4.4';

const SHAPE_TYPES = ['rectangle', 'rotation', 'quadrilateral', 'polygon'];

/** True when a parsed JSON value looks like an X-AnyLabeling / labelme file. */
export function isXAnyLabelingJson(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.shapes) && ('imagePath' in value || 'imageWidth' in value);
}

/** Reads one X-AnyLabeling JSON file into a one-page document. */
export async function readXAnyLabelingFile(file: string, options: ReadOptions = {}): Promise<KieDocument> {
  const data = asObject(parseJson(await readTextFile(file), file), file);
  const shapes = asArray(data.shapes, `${file}: shapes`);
  checkSegmentCount(shapes.length, file);
  const segments: Segment[] = [];
  shapes.forEach((s, i) => {
    const segment = parseShape(s, `${file}: shapes[${i}]`, i);
    if (segment) segments.push(segment);
  });
  const image = asText(data.imagePath, `${file}: imagePath`, '');
  const dir = join(file, '..');
  const imagePath =
    (await findImage(image, options.imageDir ? [dir, options.imageDir] : [dir])) ?? (await findImageByStem(dir, stemOf(file)));
  const page: Page = {
    image: image || (imagePath ? basename(imagePath) : ''),
    ...(imagePath ? { imagePath } : {}),
    width: data.imageWidth === undefined || data.imageWidth === null ? 0 : asNumber(data.imageWidth, `${file}: imageWidth`),
    height: data.imageHeight === undefined || data.imageHeight === null ? 0 : asNumber(data.imageHeight, `${file}: imageHeight`),
    segments,
  };
  return { name: basename(page.image || file), pages: [page], source: { file } };
}

/** Shapes of other types (point, line, circle) are not text segments: skipped. */
function parseShape(value: unknown, where: string, index: number): Segment | undefined {
  const s: JsonObject = asObject(value, where);
  const type = asText(s.shape_type, `${where}.shape_type`, 'polygon');
  if (!SHAPE_TYPES.includes(type)) return undefined;
  const points = asPoints(s.points, `${where}.points`);
  let shape: Shape;
  if (type === 'rotation') {
    const direction = s.direction === undefined || s.direction === null ? 0 : asNumber(s.direction, `${where}.direction`);
    shape = { kind: 'rotation', angle: (direction * 180) / Math.PI };
  } else {
    shape = { kind: type as 'rectangle' | 'quadrilateral' | 'polygon' };
  }
  const segment: Record<string, unknown> = {
    id: asId(s.group_id, `${where}.group_id`, index),
    points,
    shape,
    text: asText(s.description ?? s.text, `${where}.description`),
    label: asText(s.label, `${where}.label`, 'other'),
    links: asLinks(s.kie_linking, `${where}.kie_linking`),
    difficult: asFlag(s.difficult),
  };
  if (typeof s.score === 'number' && Number.isFinite(s.score)) segment.confidence = s.score;
  const attributes = isObject(s.attributes) ? s.attributes : {};
  if (attributes.kie_group_id !== undefined) segment.groupId = asId(attributes.kie_group_id, `${where}.attributes.kie_group_id`, 0);
  return segment as unknown as Segment;
}

/** Reads a folder of X-AnyLabeling JSON files (or one file). */
export async function readXAnyLabeling(path: string, options: ReadOptions = {}): Promise<Dataset> {
  const files = (await isDirectory(path)) ? await listFiles(path, ['.json']) : [path];
  const documents: KieDocument[] = [];
  for (const file of files) documents.push(await readXAnyLabelingFile(file, options));
  const dataset = createDataset(documents);
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

/** The X-AnyLabeling JSON of one page, with `imagePath` as given. */
export function toXAnyLabelingJson(page: Page, imagePath: string): Record<string, unknown> {
  return {
    version: XANYLABELING_VERSION,
    flags: {},
    shapes: page.segments.map((s) => {
      const shape: Record<string, unknown> = {
        label: s.label,
        score: s.confidence ?? null,
        points: s.points,
        group_id: s.id,
        description: s.text,
        difficult: s.difficult,
        shape_type: s.shape.kind,
        flags: {},
        attributes: s.groupId === undefined ? {} : { kie_group_id: s.groupId },
        kie_linking: s.links,
      };
      if (s.shape.kind === 'rotation') shape.direction = (s.shape.angle * Math.PI) / 180;
      return shape;
    }),
    imagePath,
    imageData: null,
    imageHeight: page.height,
    imageWidth: page.width,
    description: '',
  };
}

/** Writes one JSON file per page into `dir`, named after the image; returns the files written. */
export async function writeXAnyLabeling(dataset: Dataset, dir: string, options: WriteOptions = {}): Promise<string[]> {
  const written: string[] = [];
  const names = new Set<string>();
  for (const doc of dataset.documents) {
    for (const [p, page] of doc.pages.entries()) {
      let stem = stemOf(page.image || doc.name) || `page-${written.length}`;
      if (doc.pages.length > 1 && names.has(stem)) stem = `${stem}-${p + 1}`;
      if (names.has(stem)) throw new KieError('INVALID_DATA', `two pages would both be written to ${stem}.json (image names must be unique)`);
      names.add(stem);
      const imagePath = await placeImage(page, dir, options.images ?? 'reference');
      const file = join(dir, `${stem}.json`);
      await writeTextFile(file, `${JSON.stringify(toXAnyLabelingJson(page, imagePath), null, 2)}\n`);
      written.push(file);
    }
  }
  return written;
}

export const xAnyLabelingFormat: DatasetFormat = {
  name: 'xanylabeling',
  description: 'X-AnyLabeling per-image JSON files (shapes with description, group_id, kie_linking)',
  layout: 'folder',
  read: readXAnyLabeling,
  write: writeXAnyLabeling,
};
