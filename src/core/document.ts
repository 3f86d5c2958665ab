/**
 * The one annotation model of kie: a dataset of documents, a document of pages, a
 * page of segments (text lines or entities). Every dataset format is read into this
 * model and written from it. Coordinates are image pixels, origin top-left (see
 * geometry.ts). The model is plain JSON: `JSON.stringify` of a {@link Dataset} is the
 * `kie` format, versioned by {@link SCHEMA_VERSION}.
 */
import type { Point, Polygon } from './geometry.js';
import { BACKGROUND_LABEL } from './labels.js';
import type { OcrLine } from './ocr.js';

/** Readers refuse pages with more segments than any real page has, before building them (a malformed or hostile file). */
export const MAX_SEGMENTS_PER_PAGE = 100_000;

/** Version of the JSON form of {@link Dataset}; bump it and add a migration when the shape changes. */
export const SCHEMA_VERSION = 1;

/**
 * How a segment was drawn. Every segment also carries its outline as a polygon
 * (`points`); the kind keeps what an annotation tool needs to redraw it the same way.
 * `rotation.angle` is in degrees, clockwise on screen.
 */
export type Shape =
  | { readonly kind: 'rectangle' }
  | { readonly kind: 'rotation'; readonly angle: number }
  | { readonly kind: 'quadrilateral' }
  | { readonly kind: 'polygon' };

export type ShapeKind = Shape['kind'];

export const SHAPE_KINDS: readonly ShapeKind[] = ['rectangle', 'rotation', 'quadrilateral', 'polygon'];

/** A directed link between two segment ids of the same document, `[from, to]` (question → answer). */
export type Link = readonly [from: number, to: number];

/** A word inside a segment, with its own outline. */
export interface Word {
  readonly points: Polygon;
  readonly text: string;
}

export interface Segment {
  /** Unique within its document; links refer to it. */
  readonly id: number;
  /** Outline in image pixels, 4 or more points in drawing order. */
  readonly points: Polygon;
  readonly shape: Shape;
  readonly text: string;
  /** Class name as written in the source (compare with `sameLabel`, which ignores case). */
  readonly label: string;
  readonly words?: readonly Word[];
  /** Links this segment takes part in; datasets usually store a link on both ends. */
  readonly links: readonly Link[];
  /** Marked as hard to read by the annotator (excluded from nothing by kie, kept for round trips). */
  readonly difficult: boolean;
  /** Model score in [0, 1], for predictions. */
  readonly confidence?: number;
  /** Tool-level grouping (X-AnyLabeling group of shapes), distinct from `id`. */
  readonly groupId?: number;
}

export interface Page {
  /**
   * The image as the source refers to it (usually a path relative to the annotation
   * file). Writers reproduce it or replace it by a copied or re-based path.
   */
  readonly image: string;
  /** Absolute path of the image found on disk by a reader, if any; never serialised by writers. */
  readonly imagePath?: string;
  /** Image size in pixels; 0 when unknown (validation reports it). */
  readonly width: number;
  readonly height: number;
  readonly segments: readonly Segment[];
}

/** Where a document came from, for messages that name the file and line. */
export interface SourceLocation {
  readonly file: string;
  /** 1-based line of line-oriented formats (PP-OCR KIE, Label.txt). */
  readonly line?: number;
}

export interface KieDocument {
  /** Stable name, usually the image file name without folders. */
  readonly name: string;
  readonly pages: readonly Page[];
  /** Document-level field values with no box (SROIE `key/*.json`). */
  readonly fields?: Readonly<Record<string, string>>;
  readonly source?: SourceLocation;
}

export interface Dataset {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly documents: readonly KieDocument[];
  /** Class names when the source has a class list; OTHER may sit anywhere in it. */
  readonly classes?: readonly string[];
}

/** Builds a dataset of the current schema version. */
export function createDataset(documents: readonly KieDocument[], classes?: readonly string[]): Dataset {
  return classes === undefined
    ? { schemaVersion: SCHEMA_VERSION, documents }
    : { schemaVersion: SCHEMA_VERSION, documents, classes };
}

/** Every segment of a document, over all its pages. */
export function documentSegments(doc: KieDocument): Segment[] {
  return doc.pages.flatMap((page) => page.segments);
}

/** Number of segments of a dataset. */
export function countSegments(dataset: Dataset): number {
  let n = 0;
  for (const doc of dataset.documents) for (const page of doc.pages) n += page.segments.length;
  return n;
}

/** Axis-aligned box `[x0, y0, x1, y1]` as the four corners of a rectangle polygon, clockwise from top-left. */
export function boxToPoints(box: readonly [number, number, number, number]): Point[] {
  const [x0, y0, x1, y1] = box;
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

/** The `[x0, y0, x1, y1]` box around a polygon. */
export function pointsToBox(points: Polygon): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return points.length === 0 ? [0, 0, 0, 0] : [x0, y0, x1, y1];
}

/** True when four points form an axis-aligned rectangle in the order tl, tr, br, bl. */
export function isAxisAlignedRectangle(points: Polygon): boolean {
  if (points.length !== 4) return false;
  const [a, b, c, d] = points as [Point, Point, Point, Point];
  return a[1] === b[1] && c[1] === d[1] && a[0] === d[0] && b[0] === c[0] && a[0] < b[0] && a[1] < d[1];
}

/** The shape kind a reader should assume for a bare polygon with no kind of its own. */
export function inferShape(points: Polygon): Shape {
  if (isAxisAlignedRectangle(points)) return { kind: 'rectangle' };
  return points.length === 4 ? { kind: 'quadrilateral' } : { kind: 'polygon' };
}

/**
 * OCR lines as unlabelled segments (label `other`, ids in reading order, the
 * recognition score as confidence), e.g. to score OCR against a dataset or to
 * weak-label what OCR read.
 */
export function segmentsFromOcrLines(lines: readonly OcrLine[]): Segment[] {
  return lines.map((l, id) => ({
    id,
    points: l.points,
    shape: inferShape(l.points),
    text: l.text,
    label: BACKGROUND_LABEL,
    links: [],
    difficult: false,
    confidence: l.score,
  }));
}

/** The image's file name without folders, the key that pairs gold and predicted pages. */
export function imageKey(image: string): string {
  const parts = image.split(/[\\/]/u);
  return parts[parts.length - 1] ?? image;
}

/** Returns a copy of the segment with some fields replaced (keeps optional fields absent when undefined). */
export function withSegment(segment: Segment, patch: Partial<Segment>): Segment {
  const next: Record<string, unknown> = { ...segment, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next as unknown as Segment;
}
