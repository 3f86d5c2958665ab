/**
 * The annotation app's shared vocabulary, used by the label server (Node) and the web
 * app (browser): the project settings (label list with colours, options), an image's
 * labelling status, and the JSON bodies of the label API. Pure data and validators,
 * no I/O. Coordinates in pages are image pixels, origin top-left (see geometry.ts).
 */
import { asArray, asFlag, asId, asLinks, asNumber, asObject, asPoints, asText, isObject } from './coerce.js';
import { MAX_SEGMENTS_PER_PAGE, SHAPE_KINDS, type Page, type Segment, type Shape, type ShapeKind } from './document.js';
import { KieError } from './errors.js';
import { isBackground, normalizeLabel } from './labels.js';

/** Version of the project settings file; bump it and add a migration when the shape changes. */
export const LABEL_PROJECT_VERSION = 1;

/** A class of the label list and the colour it is drawn in (`#rrggbb`). */
export interface LabelDef {
  readonly name: string;
  readonly color: string;
}

/** Settings of one labelled folder, kept in `<folder>/.kie/project.json`. */
export interface LabelProject {
  readonly schemaVersion: typeof LABEL_PROJECT_VERSION;
  readonly labels: readonly LabelDef[];
  /** Show the `difficult` flag in the edit panel. */
  readonly useDifficult: boolean;
}

/** Colours given to new labels in turn. */
export const LABEL_PALETTE: readonly string[] = [
  '#2f80ed',
  '#27ae60',
  '#eb5757',
  '#9b51e0',
  '#f2994a',
  '#00a3a3',
  '#d4a017',
  '#e056a0',
  '#5d6d7e',
  '#6d4c41',
];

/** The XFUND / FUNSD classes, background first. */
export const DEFAULT_LABEL_PROJECT: LabelProject = {
  schemaVersion: LABEL_PROJECT_VERSION,
  labels: [
    { name: 'other', color: '#8c8c8c' },
    { name: 'header', color: '#9b51e0' },
    { name: 'question', color: '#2f80ed' },
    { name: 'answer', color: '#27ae60' },
  ],
  useDifficult: false,
};

const COLOR = /^#[0-9a-f]{6}$/iu;

/** The next palette colour not yet used by `labels` (cycles when all are). */
export function nextLabelColor(labels: readonly LabelDef[]): string {
  const used = new Set(labels.map((l) => l.color.toLowerCase()));
  return LABEL_PALETTE.find((c) => !used.has(c)) ?? LABEL_PALETTE[labels.length % LABEL_PALETTE.length] ?? '#2f80ed';
}

/**
 * Reads project settings leniently: unknown keys are ignored, bad colours replaced,
 * duplicate labels (ignoring case) dropped. Refuses only what is not an object.
 *
 * @example
 * parseLabelProject({ labels: [{ name: 'question' }] }).labels[0]?.color // '#2f80ed'
 */
export function parseLabelProject(value: unknown, where = 'project'): LabelProject {
  const data = asObject(value, where);
  const labels: LabelDef[] = [];
  const seen = new Set<string>();
  const raw = data.labels === undefined ? DEFAULT_LABEL_PROJECT.labels : asArray(data.labels, `${where}.labels`);
  raw.forEach((item, i) => {
    const obj = isObject(item) ? item : { name: item };
    const name = asText(obj.name, `${where}.labels[${i}].name`).trim();
    if (name === '' || seen.has(normalizeLabel(name))) return;
    seen.add(normalizeLabel(name));
    const color = typeof obj.color === 'string' && COLOR.test(obj.color) ? obj.color.toLowerCase() : nextLabelColor(labels);
    labels.push({ name, color });
  });
  return { schemaVersion: LABEL_PROJECT_VERSION, labels, useDifficult: asFlag(data.useDifficult) };
}

/** Where an image stands: no shapes; shapes with unaccepted predictions; shapes; checked by a person. */
export type ImageStatus = 'unlabelled' | 'pre-labelled' | 'labelled' | 'verified';

export const IMAGE_STATUSES: readonly ImageStatus[] = ['unlabelled', 'pre-labelled', 'labelled', 'verified'];

/** A segment is a prediction (shown marked) until accepted, which drops its `confidence`. */
export function isPrediction(segment: Segment): boolean {
  return segment.confidence !== undefined;
}

/**
 * Status of an image from its segments and verified flag.
 *
 * @example
 * imageStatus([], false) // 'unlabelled'
 */
export function imageStatus(segments: readonly Segment[], verified: boolean): ImageStatus {
  if (verified) return 'verified';
  if (segments.length === 0) return 'unlabelled';
  return segments.some(isPrediction) ? 'pre-labelled' : 'labelled';
}

/** One image of the folder as the file list shows it. */
export interface ImageEntry {
  /** File name inside the folder (no folders). */
  readonly name: string;
  readonly status: ImageStatus;
  readonly shapes: number;
}

/** An image's annotation as the API carries it: the page (pixels) and the verified flag. */
export interface Annotation {
  readonly page: Page;
  readonly verified: boolean;
}

/** GET/PUT answer: the annotation and its revision (the ETag to send back as `If-Match`). */
export interface AnnotationResponse {
  readonly revision: string;
  readonly annotation: Annotation;
}

/** Progress of a pre-labelling job. */
export interface JobProgress {
  readonly id: string;
  readonly state: 'running' | 'done' | 'cancelled' | 'failed';
  readonly total: number;
  readonly done: number;
  /** Images skipped because they already had shapes. */
  readonly skipped: number;
  readonly current?: string;
  readonly error?: string;
}

/** Formats the app exports to, and imports from. */
export const EXPORT_FORMATS = ['ppocr-kie', 'funsd', 'xfund'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ['ppocr-kie', 'ppocrlabel'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

function parseShape(value: unknown, where: string): Shape {
  const obj = asObject(value, where);
  const kind = asText(obj.kind, `${where}.kind`);
  if (!(SHAPE_KINDS as readonly string[]).includes(kind)) {
    throw new KieError('INVALID_DATA', `${where}.kind: "${kind}" is not one of ${SHAPE_KINDS.join(', ')}`);
  }
  if (kind === 'rotation') return { kind, angle: asNumber(obj.angle ?? 0, `${where}.angle`) };
  return { kind: kind as Exclude<ShapeKind, 'rotation'> };
}

function parseSegment(value: unknown, where: string): Segment {
  const s = asObject(value, where);
  const segment: Record<string, unknown> = {
    id: asId(s.id, `${where}.id`, Number.NaN),
    points: asPoints(s.points, `${where}.points`),
    shape: parseShape(s.shape, `${where}.shape`),
    text: asText(s.text, `${where}.text`),
    label: asText(s.label, `${where}.label`, 'other'),
    links: asLinks(s.links, `${where}.links`),
    difficult: asFlag(s.difficult),
  };
  if (Number.isNaN(segment.id)) throw new KieError('INVALID_DATA', `${where}.id: every shape needs an integer id`);
  if (s.confidence !== undefined && s.confidence !== null) segment.confidence = asNumber(s.confidence, `${where}.confidence`);
  if (s.groupId !== undefined && s.groupId !== null) segment.groupId = asId(s.groupId, `${where}.groupId`, 0);
  return segment as unknown as Segment;
}

/**
 * Validates an annotation sent by the app, strictly: unique ids, links between
 * existing ids, polygons of 3+ points. Throws INVALID_DATA naming the first problem.
 */
export function parseAnnotation(value: unknown, where = 'annotation'): Annotation {
  const data = asObject(value, where);
  const page = asObject(data.page, `${where}.page`);
  const raw = asArray(page.segments, `${where}.page.segments`);
  if (raw.length > MAX_SEGMENTS_PER_PAGE) throw new KieError('INVALID_DATA', `${where}: too many shapes (${raw.length})`);
  const segments = raw.map((s, i) => parseSegment(s, `${where}.page.segments[${i}]`));
  const ids = new Set<number>();
  for (const s of segments) {
    if (ids.has(s.id)) throw new KieError('INVALID_DATA', `${where}: id ${s.id} is used by two shapes`);
    ids.add(s.id);
  }
  for (const s of segments) {
    for (const [a, b] of s.links) {
      if (!ids.has(a) || !ids.has(b)) throw new KieError('INVALID_DATA', `${where}: shape ${s.id} links [${a}, ${b}] to a missing id`);
    }
  }
  return {
    page: {
      image: asText(page.image, `${where}.page.image`),
      width: asNumber(page.width ?? 0, `${where}.page.width`),
      height: asNumber(page.height ?? 0, `${where}.page.height`),
      segments,
    },
    verified: asFlag(data.verified),
  };
}

/**
 * The project's labels as a PaddleOCR class list: upper case (PaddleOCR looks labels
 * up as `B-` + label upper-cased), the background class first as `OTHER`.
 *
 * @example
 * projectClasses(DEFAULT_LABEL_PROJECT) // ['OTHER', 'HEADER', 'QUESTION', 'ANSWER']
 */
export function projectClasses(project: LabelProject): string[] {
  return ['OTHER', ...project.labels.filter((l) => !isBackground(l.name)).map((l) => l.name.toUpperCase())];
}
