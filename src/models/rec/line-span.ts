import type { OcrChar } from '../../core/ocr.js';

/** Where the line itself lies in a crop that was read with extra room (`rec.padRight`), as fractions of the crop. */
export interface LineSpan {
  /** Start of the line in the crop (0 unless the crop was turned 180°, which moves the extra room to the front). */
  readonly start: number;
  /** The line's length over the crop's. */
  readonly share: number;
}

/** A position given as a fraction of the crop, as a fraction of the line (below 0 before it, above 1 past its end). */
export function toLineFraction(x: number, span: LineSpan): number {
  return (x - span.start) / span.share;
}

/**
 * Punctuation that may stand just past a line's box: the detector often ends
 * the box before a trailing comma or full stop, which sits low and is small.
 */
const TRAILING_PUNCTUATION = new Set([',', '.', ';', ':', ')', ']']);

/**
 * Keeps the characters of the line itself from a reading of a wider crop, with
 * positions turned into fractions of the line. Past the line's end only a run
 * of trailing punctuation right after its last character is kept: the extra
 * room exists to catch a comma the box cut off, not the neighbouring ink
 * (a word, a rule, a checkbox) that a wider crop also sees. `first` is the
 * index in `chars` of the first character kept.
 */
export function charsWithinLine(
  chars: readonly OcrChar[],
  spaceProbs: readonly number[],
  span: LineSpan,
): { chars: OcrChar[]; spaceProbs: number[]; first: number } {
  const toLine = (x: number): number => Math.min(1, Math.max(0, toLineFraction(x, span)));
  const centre = (c: OcrChar): number => toLineFraction((c.start + c.end) / 2, span);
  let first = 0;
  while (first < chars.length && centre(chars[first]!) < 0) first++;
  let end = first;
  while (end < chars.length && centre(chars[end]!) <= 1) end++;
  if (end > first) while (end < chars.length && TRAILING_PUNCTUATION.has(chars[end]!.text)) end++;
  return {
    chars: chars.slice(first, end).map((c) => ({ ...c, start: toLine(c.start), end: toLine(c.end) })),
    spaceProbs: spaceProbs.slice(first, Math.max(first, end - 1)),
    first,
  };
}
