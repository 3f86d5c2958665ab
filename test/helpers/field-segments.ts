/**
 * Labelled segments for field-extraction unit tests: one per line of text, on
 * rows 30 px apart, 10 px a character, ids counted from the last reset.
 */
import type { Point } from '../../src/core/geometry.js';
import type { ExtractedField, FieldSegment } from '../../src/pipeline/fields.js';

let nextId = 0;

/** Starts the segment ids again at 0 (each test page numbers its segments from 0). */
export function resetIds(): void {
  nextId = 0;
}

/** A segment of `text` on `row` (0 at the top), starting at `x`, with a SER label and its probability. */
export function seg(text: string, row: number, x = 10, label = 'other', labelScore = 0.9): FieldSegment {
  const y = 10 + row * 30;
  const w = text.length * 10;
  const points: Point[] = [[x, y], [x + w, y], [x + w, y + 20], [x, y + 20]];
  return { id: nextId++, points, text, label, labelScore };
}

/** A single-valued field of the result. */
export const single = (f: unknown): ExtractedField => f as ExtractedField;
