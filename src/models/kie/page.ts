/**
 * The input of the SER and RE models: one page of text segments. This is kept
 * minimal on purpose so that it is fed as easily from OCR lines as from a
 * dataset reader: a `Page` of `core/document.ts` is a `KiePage` as it is.
 * Coordinates are image pixels (see `core/geometry.ts`).
 */
import type { Point } from '../../core/geometry.js';

/** One text segment (an OCR line or a dataset entity). */
export interface KieSegment {
  /** Identifier unique within the page; links refer to it. */
  readonly id: number;
  /** Outline in image pixels (a quad, a box's four corners, or any polygon). */
  readonly points: readonly Point[];
  readonly text: string;
  /** Class name (e.g. `question`), present in training data. */
  readonly label?: string;
  /** Links `[fromId, toId]` (datasets store a link on both ends). */
  readonly links?: readonly (readonly [number, number])[];
}

/** One page: image size in pixels and its segments, in any order. */
export interface KiePage {
  readonly width: number;
  readonly height: number;
  readonly segments: readonly KieSegment[];
}

/** A directed question→answer link by segment ids. */
export interface KieLink {
  readonly from: number;
  readonly to: number;
}
