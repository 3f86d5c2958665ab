import type { OcrChar } from '../../core/ocr.js';
import type { RgbImage } from '../../core/image.js';
import { isCjk } from '../../core/text.js';

/**
 * Runs of ink-free columns in a text-line crop, as fractions `[start, end]` of its
 * content width, at least `minGap` times the height of the ink (the text's own
 * height, not the box's, which includes margins). Ink is any pixel darker than
 * the midpoint between the crop's darkest and lightest grey levels (robust to
 * paper tint). A thin band at the top and bottom is ignored, where neighbouring
 * lines and box rules intrude.
 */
export function findBlankGaps(crop: RgbImage, minGap: number, contentWidth = crop.width): Array<[number, number]> {
  const { width, height, data } = crop;
  const w = Math.min(width, contentWidth);
  let lo = 255;
  let hi = 0;
  const grey = new Uint8Array(w * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < w; x++) {
      const s = (y * width + x) * 3;
      const g = (data[s]! * 77 + data[s + 1]! * 150 + data[s + 2]! * 29) >> 8;
      grey[y * w + x] = g;
      if (g < lo) lo = g;
      if (g > hi) hi = g;
    }
  }
  if (hi - lo < 40) return [];
  const cut = (lo + hi) / 2;
  const y0 = Math.floor(height * 0.08);
  const y1 = Math.ceil(height * 0.92);
  const inkCols = new Uint8Array(w);
  let top = height;
  let bottom = -1;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < w; x++) {
      if (grey[y * w + x]! < cut) {
        inkCols[x] = 1;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  if (bottom < top) return [];
  const minPx = minGap * (bottom - top + 1);
  const gaps: Array<[number, number]> = [];
  let runStart = -1;
  let seenInk = false;
  for (let x = 0; x < w; x++) {
    if (!inkCols[x]) {
      if (runStart < 0) runStart = x;
      continue;
    }
    if (runStart >= 0 && seenInk && x - runStart >= minPx) gaps.push([runStart / w, x / w]);
    runStart = -1;
    seenInk = true;
  }
  return gaps;
}

/**
 * Inserts a space between two adjacent non-CJK characters when a blank gap of the
 * crop lies between them (the PP-OCR Chinese recogniser drops most spaces in
 * Latin text). Existing spaces are kept; CJK text is left alone.
 */
export function insertSpacesAtGaps(chars: readonly OcrChar[], gaps: ReadonlyArray<readonly [number, number]>): OcrChar[] {
  if (gaps.length === 0 || chars.length < 2) return [...chars];
  const out: OcrChar[] = [];
  for (let i = 0; i < chars.length; i++) {
    const cur = chars[i]!;
    const next = chars[i + 1];
    out.push(cur);
    if (!next || cur.text === ' ' || next.text === ' ' || isCjk(cur.text) || isCjk(next.text)) continue;
    // Digits are set at one width, so a narrow `1` leaves wide blanks beside it; digit groups stay joined.
    if (/\d/u.test(cur.text) && /\d/u.test(next.text)) continue;
    // The gap must lie between the two characters' centres, so that one gap
    // never counts for two neighbouring pairs.
    const left = (cur.start + cur.end) / 2;
    const right = (next.start + next.end) / 2;
    const gap = gaps.find(([s, e]) => {
      const mid = (s + e) / 2;
      return mid > left && mid < right;
    });
    if (gap) out.push({ text: ' ', start: gap[0], end: gap[1], score: Math.min(cur.score, next.score) });
  }
  return out;
}

/**
 * CTC places a character at a spike of one or two frames; this spreads the spans
 * so that each character owns the space up to the midpoint between spikes, which
 * is what splitting a line into sub-boxes needs.
 */
export function spreadCharSpans(chars: readonly OcrChar[]): OcrChar[] {
  if (chars.length === 0) return [];
  const widths = chars.map((c, i) => (chars[i + 1]?.start ?? c.end) - c.start);
  const typical = widths.slice().sort((a, b) => a - b)[widths.length >> 1] ?? 0;
  return chars.map((c, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const start = prev ? (prev.end + c.start) / 2 : Math.max(0, c.start - typical / 2);
    const end = next ? (c.end + next.start) / 2 : Math.min(1, c.end + typical / 2);
    return { ...c, start, end };
  });
}
