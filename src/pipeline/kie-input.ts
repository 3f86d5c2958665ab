/**
 * Inputs of the KIE pipeline turned into one page of segments: OCR lines (ids
 * given in reading order) or the segments of a dataset page (ids kept, checked).
 */
import { boundingBox, boxToQuad, type Polygon, type Quad } from '../core/geometry.js';
import { KieError } from '../core/errors.js';
import type { OcrLine, OcrPage } from '../core/ocr.js';
import { sortReadingOrder } from '../core/reading-order.js';
import type { KiePage, KieSegment } from '../models/kie/page.js';

/** A page of segments ready for SER/RE, with each segment's OCR score when it was read by OCR. */
export interface SegmentPage extends KiePage {
  /** Segment ids in reading order. */
  readonly order: readonly number[];
  /** Recognition score per segment (same order as `segments`), when read by OCR. */
  readonly ocrScores?: readonly number[];
}

/** Turns OCR lines into segments with ids 0, 1, 2, ... in reading order (the order of `lines`). */
export function segmentsFromOcr(page: Pick<OcrPage, 'width' | 'height'>, lines: readonly OcrLine[]): SegmentPage {
  const segments: KieSegment[] = lines.map((line, id) => ({ id, points: line.points, text: line.text }));
  return {
    width: page.width,
    height: page.height,
    segments,
    order: segments.map((s) => s.id),
    ocrScores: lines.map((l) => l.score),
  };
}

/**
 * Checks the ids of a given page (unique integers; links between existing ids)
 * and adds the reading order.
 *
 * @throws KieError INVALID_DATA naming the first broken id.
 */
export function segmentsFromPage(page: KiePage, where = 'page'): SegmentPage {
  const ids = new Set<number>();
  for (const s of page.segments) {
    if (!Number.isInteger(s.id)) throw new KieError('INVALID_DATA', `${where}: segment id ${String(s.id)} is not an integer`);
    if (ids.has(s.id)) throw new KieError('INVALID_DATA', `${where}: segment id ${s.id} is used twice; ids must be unique within a page`);
    ids.add(s.id);
  }
  for (const s of page.segments) {
    for (const [a, b] of s.links ?? []) {
      const missing = [a, b].find((id) => !ids.has(id));
      if (missing !== undefined) {
        throw new KieError('INVALID_DATA', `${where}: segment ${s.id} links to id ${missing}, which no segment of the page has`);
      }
    }
  }
  const order = sortReadingOrder(page.segments, (s) => quadOf(s.points)).map((s) => s.id);
  return { width: page.width, height: page.height, segments: page.segments, order };
}

/** The quad of a polygon: itself when it has four points, else its bounding box. */
export function quadOf(points: Polygon): Quad {
  return points.length === 4 ? (points as Quad) : boxToQuad(boundingBox(points.length > 0 ? points : [[0, 0]]));
}
