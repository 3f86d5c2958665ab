import type { Quad } from './geometry.js';
import type { Affine } from './image-transform.js';

/** One recognised character and where it sits along its line. */
export interface OcrChar {
  readonly text: string;
  /** Start of the character as a fraction of the line length (0 = left edge of the quad). */
  readonly start: number;
  /** End of the character as a fraction of the line length (1 = right edge). */
  readonly end: number;
  /** Probability of the character from the recogniser, in [0, 1]. */
  readonly score: number;
}

/** One detected and recognised text line, in pixel coordinates of the original image. */
export interface OcrLine {
  /** Corners clockwise from the top-left of the text as read (after any 180° flip). */
  readonly points: Quad;
  readonly text: string;
  /** Mean character probability of the recognition, in [0, 1]. */
  readonly score: number;
  /** Mean text probability of the detector over the line's pixels, in [0, 1]. */
  readonly detScore: number;
  /** Characters of `text` (one per code point) with their positions along the line. */
  readonly chars: readonly OcrChar[];
}

/** OCR result of one page. */
export interface OcrPage {
  /** Size of the image in pixels after EXIF orientation. */
  readonly width: number;
  readonly height: number;
  /** Lines in reading order. */
  readonly lines: readonly OcrLine[];
  /** Wall-clock milliseconds spent per stage. */
  readonly timings: OcrTimings;
  /**
   * Set when clean-up turned or levelled the image before reading it: the size
   * of that upright image and the map from its pixels to the input's. Layout
   * stages (reading order, SER, RE) work in the upright frame.
   */
  readonly readFrame?: ReadFrame;
}

/** The upright image a page was read in, and how its pixels map to the input image's. */
export interface ReadFrame {
  readonly width: number;
  readonly height: number;
  readonly toInput: Affine;
}

export interface OcrTimings {
  readonly decode: number;
  readonly detection: number;
  readonly classification: number;
  readonly recognition: number;
  readonly total: number;
}
