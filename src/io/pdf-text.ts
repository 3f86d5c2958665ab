/**
 * A PDF text layer's items (runs of text drawn with one font, often single
 * words) joined into lines like those OCR returns: items on one baseline with a
 * word space or less between them make a line; a wider gap (a table's next
 * column, a label's value across the page) starts another. Pure.
 */
import type { Quad } from '../core/geometry.js';
import type { OcrChar, OcrLine } from '../core/ocr.js';

/** One text item, placed in the rendered image's pixels. */
export interface PdfTextItem {
  readonly text: string;
  /**
   * The item's text matrix in image pixels `[a, b, c, d, e, f]`: (a, b) runs
   * along the baseline and (c, d) up the glyphs, each one font size long;
   * (e, f) is the start of the baseline.
   */
  readonly transform: readonly number[];
  /** Advance width of the text in pixels. */
  readonly width: number;
  /** The font's ascent and descent (negative) in font sizes. */
  readonly ascent: number;
  readonly descent: number;
  /** The PDF ends a line after this item. */
  readonly endOfLine?: boolean;
}

/** Widest gap inside a line, in font sizes: a word space is about a quarter to a third of one. */
const MAX_WORD_GAP = 0.8;
/** A gap wider than this (font sizes) between two items is a word space, where neither item brings one. */
const MIN_WORD_GAP = 0.15;

interface Run {
  text: string;
  /** Baseline start, unit direction along and up, font size in pixels. */
  readonly x: number;
  readonly y: number;
  readonly ux: number;
  readonly uy: number;
  readonly size: number;
  readonly ascent: number;
  readonly descent: number;
  /** Advance from the start to the end of the text, in pixels. */
  end: number;
  /** Character spans along the line, in pixels from the start. */
  readonly spans: { text: string; start: number; end: number }[];
  closed: boolean;
}

function runOf(item: PdfTextItem): Run | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const size = Math.hypot(c, d);
  const length = Math.hypot(a, b);
  if (size <= 0 || length <= 0) return undefined;
  const chars = Array.from(item.text);
  const step = item.width / Math.max(1, chars.length);
  return {
    text: item.text,
    x: e,
    y: f,
    ux: a / length,
    uy: b / length,
    size,
    ascent: item.ascent > 0 ? item.ascent : 0.8,
    descent: item.descent < 0 ? item.descent : -0.2,
    end: item.width,
    spans: chars.map((t, i) => ({ text: t, start: i * step, end: (i + 1) * step })),
    closed: item.endOfLine === true,
  };
}

/** Where `item` starts along `run`'s baseline and how far off the baseline it sits, in pixels. */
function placeOn(run: Run, item: Run): { along: number; off: number } {
  const dx = item.x - run.x;
  const dy = item.y - run.y;
  return { along: dx * run.ux + dy * run.uy, off: -dx * run.uy + dy * run.ux };
}

function joins(run: Run, item: Run): boolean {
  if (run.closed) return false;
  if (Math.abs(run.ux * item.uy - run.uy * item.ux) > 0.035 || run.ux * item.ux + run.uy * item.uy < 0) return false;
  if (Math.max(run.size, item.size) > 1.5 * Math.min(run.size, item.size)) return false;
  const { along, off } = placeOn(run, item);
  const size = Math.min(run.size, item.size);
  const gap = along - run.end;
  return Math.abs(off) < 0.3 * size && gap > -0.5 * size && gap < MAX_WORD_GAP * size;
}

function append(run: Run, item: Run): void {
  const { along } = placeOn(run, item);
  const gap = along - run.end;
  const spaced = /\s$/u.test(run.text) || /^\s/u.test(item.text);
  if (!spaced && gap > MIN_WORD_GAP * Math.min(run.size, item.size)) {
    run.spans.push({ text: ' ', start: run.end, end: along });
    run.text += ' ';
  }
  for (const s of item.spans) run.spans.push({ text: s.text, start: along + s.start, end: along + s.end });
  run.text += item.text;
  run.end = Math.max(run.end, along + item.end);
  run.closed = item.closed;
}

function toLine(run: Run): OcrLine | undefined {
  // White space as the PDF spaced it, runs of it collapsed and the ends trimmed (positions kept per character).
  const chars: { text: string; start: number; end: number }[] = [];
  for (const s of run.spans) {
    const blank = /^\s$/u.test(s.text);
    if (blank && (chars.length === 0 || chars[chars.length - 1]!.text === ' ')) continue;
    chars.push(blank ? { ...s, text: ' ' } : s);
  }
  while (chars.length > 0 && chars[chars.length - 1]!.text === ' ') chars.pop();
  if (chars.length === 0) return undefined;
  const start = chars[0]!.start;
  const end = Math.max(start + 1e-6, ...chars.map((c) => c.end));
  const length = end - start;
  const [upX, upY] = [run.uy, -run.ux];
  const at = (along: number, up: number): [number, number] => [run.x + run.ux * along + upX * up * run.size, run.y + run.uy * along + upY * up * run.size];
  // Image y grows downwards: "up" the glyphs is (uy, −ux) for text running along (ux, uy).
  const points: Quad = [at(start, run.ascent), at(end, run.ascent), at(end, run.descent), at(start, run.descent)];
  const ocrChars: OcrChar[] = chars.map((c) => ({ text: c.text, start: (c.start - start) / length, end: (c.end - start) / length, score: 1 }));
  return { points, text: chars.map((c) => c.text).join(''), score: 1, detScore: 1, chars: ocrChars };
}

/**
 * Joins text items (in the PDF's drawing order) into lines: an item continues
 * the line before it when it runs the same way on the same baseline, at a
 * similar size, less than {@link MAX_WORD_GAP} font sizes after it; a space is
 * put between two items that leave a word's gap and bring none. Empty lines
 * are dropped. Characters are placed evenly along each item.
 *
 * @example
 * textItemLines([
 *   { text: 'Invoice', transform: [12, 0, 0, -12, 10, 40], width: 40, ascent: 0.8, descent: -0.2 },
 *   { text: 'No: 7', transform: [12, 0, 0, -12, 53, 40], width: 30, ascent: 0.8, descent: -0.2 },
 * ])[0].text // 'Invoice No: 7'
 */
export function textItemLines(items: readonly PdfTextItem[]): OcrLine[] {
  const runs: Run[] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    // Blank items are pdf.js's own fillers for gaps (as wide as the gap): the gap itself decides.
    if (!/\S/u.test(item.text)) {
      if (last && item.endOfLine) last.closed = true;
      continue;
    }
    const run = runOf(item);
    if (!run) continue;
    if (last && joins(last, run)) append(last, run);
    else runs.push(run);
  }
  return runs.map(toLine).filter((l): l is OcrLine => l !== undefined);
}
