import { distance, type Quad } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import type { Lexicon } from '../core/lexicon.js';
import type { OcrLine } from '../core/ocr.js';
import { warpQuad } from '../core/raster.js';
import { mayTakeMarks, readAccentMarks } from '../models/rec/accent-marks.js';

/** Rows of the line's box in the crop the marks are read from. */
const CROP_HEIGHT = 48;
/** Room over the box, as a share of its height: the detector's box cuts the marks of capitals. */
const ROOM_OVER = 0.45;

/** The quad raised at its top edge by `share` of its height, along its own up direction. */
function raised([tl, tr, br, bl]: Quad, share: number): Quad {
  const up = (top: readonly [number, number], bottom: readonly [number, number]): [number, number] => [
    top[0] + (top[0] - bottom[0]) * share,
    top[1] + (top[1] - bottom[1]) * share,
  ];
  return [up(tl, bl), up(tr, br), br, bl];
}

/**
 * Lines with the accent marks over their letters read from the page (`BOGOTA` →
 * `BOGOTÁ` where the picture has the mark; src/models/rec/accent-marks.ts). Each
 * line with a plain Latin letter is cropped upright again with room over its box.
 * A word the lexicon knows without marks keeps none: a speck over `TOTAL` is no accent.
 */
export function restoreAccentMarks(image: RgbImage, lines: readonly OcrLine[], lexicon: Lexicon): OcrLine[] {
  const isPlainWord = (word: string): boolean => lexicon.counts.has(word);
  return lines.map((line) => {
    // Most lines are words the lexicon knows (or none): no second crop for them.
    if (!mayTakeMarks(line.chars, isPlainWord)) return line;
    const [tl, tr, , bl] = line.points;
    const h = distance(tl, bl);
    const w = distance(tl, tr);
    if (h < 4 || w < 4) return line;
    const top = Math.round(CROP_HEIGHT * ROOM_OVER);
    const width = Math.max(8, Math.min(4000, Math.round((w * CROP_HEIGHT) / h)));
    const crop = warpQuad(image, raised(line.points, ROOM_OVER), width, CROP_HEIGHT + top);
    const chars = readAccentMarks(line.chars, crop, top, isPlainWord);
    if (chars.every((c, i) => c === line.chars[i])) return line;
    return { ...line, chars, text: chars.map((c) => c.text).join('').trim() };
  });
}
