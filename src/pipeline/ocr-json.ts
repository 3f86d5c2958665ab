import type { Point, Quad } from '../core/geometry.js';
import type { OcrPage } from '../core/ocr.js';

/** The JSON shape of `kie ocr` for one page (pixel coordinates of the original image). */
export interface OcrPageJson {
  width: number;
  height: number;
  lines: Array<{
    points: [number, number][];
    text: string;
    score: number;
    chars?: Array<{ text: string; start: number; end: number; score: number }>;
  }>;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));
const roundPoint = (p: Point): [number, number] => [round(p[0], 1), round(p[1], 1)];

/** Plain JSON of an OCR page: coordinates to 0.1 px, scores to 4 digits. */
export function toOcrJson(page: OcrPage, options: { chars?: boolean } = {}): OcrPageJson {
  return {
    width: page.width,
    height: page.height,
    lines: page.lines.map((line) => ({
      points: (line.points as Quad).map(roundPoint),
      text: line.text,
      score: round(line.score, 4),
      ...(options.chars
        ? { chars: line.chars.map((c) => ({ text: c.text, start: round(c.start, 4), end: round(c.end, 4), score: round(c.score, 4) })) }
        : {}),
    })),
  };
}
