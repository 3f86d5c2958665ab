import type { OcrChar } from '../../core/ocr.js';
import type { RgbImage } from '../../core/image.js';
import { greyWindow } from '../../core/raster.js';
import { isCjk } from '../../core/text.js';

/** A run of ink-free columns: `[start, end]` as fractions of the content width, `size` in ink heights. */
export interface BlankGap {
  readonly start: number;
  readonly end: number;
  readonly size: number;
}

/**
 * Every run of ink-free columns between ink in a text-line crop. Ink is any pixel
 * darker than the midpoint between the crop's darkest and lightest grey levels
 * (robust to paper tint); a thin band at the top and bottom is ignored, where
 * neighbouring lines and box rules intrude. Sizes are relative to the height of
 * the ink (the text's own height, not the box's, which includes margins).
 */
export function findBlankGaps(crop: RgbImage, contentWidth = crop.width): BlankGap[] {
  const { width, height } = crop;
  const w = Math.min(width, contentWidth);
  const { grey, lo, hi } = greyWindow(crop, 0, 0, w, height);
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
  const inkHeight = bottom - top + 1;
  const gaps: BlankGap[] = [];
  let runStart = -1;
  let seenInk = false;
  for (let x = 0; x < w; x++) {
    if (!inkCols[x]) {
      if (runStart < 0) runStart = x;
      continue;
    }
    if (runStart >= 0 && seenInk) gaps.push({ start: runStart / w, end: x / w, size: (x - runStart) / inkHeight });
    runStart = -1;
    seenInk = true;
  }
  return gaps;
}

export interface SpaceRule {
  /** Smallest gap between letters that is a word space, in ink heights. */
  readonly minGap: number;
  /** A space must also be this many times the line's median gap between characters (letter-spaced fonts). */
  readonly medianFactor: number;
  /** Between two digits the gap must be this many times `minGap` (a narrow `1` leaves wide blanks). */
  readonly digitFactor: number;
}

export const DEFAULT_SPACE_RULE: SpaceRule = Object.freeze({ minGap: 0.3, medianFactor: 1.5, digitFactor: 2 });

const NO_SPACE_BEFORE = /^[.,:;!?)\]}%'"、。，：；）]$/u;
const NO_SPACE_AFTER = /^[([{'"（$#@/-]$/u;

/**
 * Inserts a space between two adjacent non-CJK characters when a wide enough blank
 * gap of the crop lies between them (the PP-OCR Chinese recogniser drops most
 * spaces in Latin text). A gap counts when it is at least `minGap` ink heights and
 * `medianFactor` times the line's median inter-character gap, so letter-spaced
 * print (receipts) does not split words; digit pairs need `digitFactor` times more;
 * never before closing punctuation or after opening brackets. Existing spaces are
 * kept; CJK text is left alone.
 */
export function insertSpacesAtGaps(chars: readonly OcrChar[], gaps: readonly BlankGap[], rule: SpaceRule = DEFAULT_SPACE_RULE): OcrChar[] {
  if (gaps.length === 0 || chars.length < 2) return [...chars];
  const centre = (c: OcrChar): number => (c.start + c.end) / 2;
  // The widest gap between each pair of neighbours, to estimate the usual letter spacing.
  const widest = chars.slice(0, -1).map((cur, i) => {
    const left = centre(cur);
    const right = centre(chars[i + 1]!);
    let best: BlankGap | undefined;
    for (const g of gaps) {
      const mid = (g.start + g.end) / 2;
      if (mid > left && mid < right && (!best || g.size > best.size)) best = g;
    }
    return best;
  });
  // Lower median over at least three pairs; with fewer, one wide gap would be its own yardstick.
  const sizes = widest.map((g) => g?.size ?? 0).sort((a, b) => a - b);
  const median = sizes.length >= 3 ? (sizes[(sizes.length - 1) >> 1] ?? 0) : 0;
  const out: OcrChar[] = [];
  chars.forEach((cur, i) => {
    out.push(cur);
    const next = chars[i + 1];
    const gap = widest[i];
    if (!next || !gap || cur.text === ' ' || next.text === ' ' || isCjk(cur.text) || isCjk(next.text)) return;
    if (NO_SPACE_BEFORE.test(next.text) || NO_SPACE_AFTER.test(cur.text)) return;
    const digits = /\d/u.test(cur.text) && /\d/u.test(next.text);
    const needed = Math.max(rule.minGap * (digits ? rule.digitFactor : 1), rule.medianFactor * median);
    if (gap.size >= needed) out.push({ text: ' ', start: gap.start, end: gap.end, score: Math.min(cur.score, next.score) });
  });
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
