/**
 * Loads the JSON form of a {@link Dataset} leniently, whatever its schema version,
 * and upgrades it to the current one. Writers always write the current version.
 *
 * Version history:
 * - 0 (no `schemaVersion`): one page per document, `{image, width, height, segments}`
 *   on the document; segments may carry `box` instead of `points`, `transcription`
 *   instead of `text`, `linking` instead of `links`.
 * - 1: documents hold `pages`; segments hold `points` and `shape`.
 */
import { asArray, asFlag, asId, asLinks, asNumber, asObject, asPoints, asText, invalid, isObject } from './coerce.js';
import type { JsonObject } from './coerce.js';
import {
  MAX_SEGMENTS_PER_PAGE,
  SCHEMA_VERSION,
  SHAPE_KINDS,
  createDataset,
  inferShape,
  type Dataset,
  type KieDocument,
  type Page,
  type Segment,
  type Shape,
  type Word,
} from './document.js';
import { KieError } from './errors.js';
import type { Polygon } from './geometry.js';

/** Upgrades a version-0 dataset object to version 1. Migrations run in order, one version at a time. */
const MIGRATIONS: ReadonlyArray<(raw: JsonObject) => JsonObject> = [
  (raw) => ({
    ...raw,
    schemaVersion: 1,
    documents: asArray(raw.documents ?? [], 'documents').map((d, i) => {
      const doc = asObject(d, `documents[${i}]`);
      if (doc.pages !== undefined) return doc;
      const { image, width, height, segments, ...rest } = doc;
      return { ...rest, pages: [{ image, width, height, segments }] };
    }),
  }),
];

/**
 * Parses the JSON form of a dataset of any known schema version.
 *
 * @throws KieError INVALID_DATA naming `file` and the bad item.
 * @example
 * const dataset = migrateDataset(JSON.parse(text), 'train.kie.json');
 */
export function migrateDataset(value: unknown, file = 'dataset'): Dataset {
  let raw = asObject(value, file);
  const version = raw.schemaVersion === undefined ? 0 : asNumber(raw.schemaVersion, `${file}: schemaVersion`);
  if (!Number.isInteger(version) || version < 0 || version > SCHEMA_VERSION) {
    throw new KieError(
      'INVALID_DATA',
      `${file}: schemaVersion ${version} is not one this kie reads (0 to ${SCHEMA_VERSION}); upgrade kie`,
      { path: file },
    );
  }
  for (let v = version; v < SCHEMA_VERSION; v++) raw = (MIGRATIONS[v] as (r: JsonObject) => JsonObject)(raw);
  const documents = asArray(raw.documents, `${file}: documents`).map((d, i) => parseDocument(d, `${file}: documents[${i}]`, file));
  const classes = raw.classes === undefined ? undefined : asArray(raw.classes, `${file}: classes`).map((c, i) => asText(c, `${file}: classes[${i}]`));
  return createDataset(documents, classes);
}

function parseDocument(value: unknown, where: string, file: string): KieDocument {
  const doc = asObject(value, where);
  const pages = asArray(doc.pages, `${where}.pages`).map((p, i) => parsePage(p, `${where}.pages[${i}]`));
  const name = asText(doc.name, `${where}.name`, pages[0]?.image ?? '');
  const fields = isObject(doc.fields)
    ? Object.fromEntries(Object.entries(doc.fields).map(([k, v]) => [k, asText(v, `${where}.fields.${k}`)]))
    : undefined;
  return fields === undefined ? { name, pages, source: { file } } : { name, pages, fields, source: { file } };
}

function parsePage(value: unknown, where: string): Page {
  const page = asObject(value, where);
  const list = asArray(page.segments ?? [], `${where}.segments`);
  if (list.length > MAX_SEGMENTS_PER_PAGE) {
    throw invalid(where, `${list.length} segments on one page, over the limit of ${MAX_SEGMENTS_PER_PAGE}`);
  }
  const segments = list.map((s, i) => parseSegment(s, `${where}.segments[${i}]`, i));
  return {
    image: asText(page.image, `${where}.image`),
    width: page.width === undefined || page.width === null ? 0 : asNumber(page.width, `${where}.width`),
    height: page.height === undefined || page.height === null ? 0 : asNumber(page.height, `${where}.height`),
    segments,
  };
}

function parseSegment(value: unknown, where: string, index: number): Segment {
  const s = asObject(value, where);
  const points = asPoints(s.points ?? s.box, `${where}.points`);
  const segment: Record<string, unknown> = {
    id: asId(s.id, `${where}.id`, index),
    points,
    shape: parseShape(s.shape, points, `${where}.shape`),
    text: asText(s.text ?? s.transcription, `${where}.text`),
    label: asText(s.label, `${where}.label`, 'other'),
    links: asLinks(s.links ?? s.linking, `${where}.links`),
    difficult: asFlag(s.difficult),
  };
  if (s.words !== undefined && s.words !== null) segment.words = parseWords(s.words, `${where}.words`);
  if (s.confidence !== undefined && s.confidence !== null) segment.confidence = asNumber(s.confidence, `${where}.confidence`);
  if (s.groupId !== undefined && s.groupId !== null) segment.groupId = asId(s.groupId, `${where}.groupId`, 0);
  return segment as unknown as Segment;
}

/** Words `[{points | box, text}]` of a segment. */
export function parseWords(value: unknown, where: string): Word[] {
  return asArray(value, where).map((w, i) => {
    const word = asObject(w, `${where}[${i}]`);
    return { points: asPoints(word.points ?? word.box, `${where}[${i}].points`), text: asText(word.text, `${where}[${i}].text`) };
  });
}

function parseShape(value: unknown, points: Polygon, where: string): Shape {
  if (value === undefined || value === null) return inferShape(points);
  const shape = asObject(value, where);
  const kind = asText(shape.kind, `${where}.kind`);
  switch (kind) {
    case 'rotation':
      return { kind, angle: shape.angle === undefined ? 0 : asNumber(shape.angle, `${where}.angle`) };
    case 'rectangle':
    case 'quadrilateral':
    case 'polygon':
      return { kind };
    default:
      throw invalid(where, `unknown shape kind "${kind}" (valid: ${SHAPE_KINDS.join(', ')})`);
  }
}
