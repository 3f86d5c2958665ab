/**
 * Checkbox glyphs in recognised lines. The PP-OCR recogniser reads an empty
 * checkbox `□` that opens a form option (`□已婚`) as the character `口` it
 * resembles: in XFUND-zh's training forms a line that starts with `口` followed
 * by another Chinese character is a checkbox 666 times out of 684. This maps
 * that case back; `口` elsewhere in a line (`户口`, `出口`) is left alone.
 * The detector also often leaves a checkbox out of its line altogether
 * (`□清算` found as `清算`): {@link findCheckboxBeside} looks for one there.
 */
import { floodFill } from '../../core/flood.js';
import type { Box } from '../../core/geometry.js';
import type { RgbImage } from '../../core/image.js';
import type { OcrChar } from '../../core/ocr.js';
import { greyWindow } from '../../core/raster.js';
import { isCjk } from '../../core/text.js';

/** Empty and checked checkbox glyphs as kie writes them. */
export const CHECKBOX_EMPTY = '□';
export const CHECKBOX_CHECKED = '☑';

/**
 * Replaces a line-opening `口` followed by a CJK character with `□`.
 *
 * @example
 * markOpeningCheckbox(chars('口已婚')).map((c) => c.text).join('') // '□已婚'
 */
export function markOpeningCheckbox(chars: readonly OcrChar[]): readonly OcrChar[] {
  const first = chars[0];
  const next = chars[1];
  if (!first || !next || first.text !== '口' || !isCjk(next.text)) return chars;
  return [{ ...first, text: CHECKBOX_EMPTY }, ...chars.slice(1)];
}

/** A checkbox found beside a line: its box in image pixels and whether it holds a mark. */
export interface FoundCheckbox {
  readonly box: Box;
  readonly checked: boolean;
}

export interface CheckboxSearch {
  /** The line's upright bounding box (lines tilted more than a few degrees are not searched). */
  readonly line: Box;
  /** Which end of the line to search. */
  readonly side: 'left' | 'right';
  /** How far into the line box the search may reach (px): up to the first (last) character read. */
  readonly inside: number;
  /** Boxes of the page's other lines: a square that belongs to one of them is not this line's. */
  readonly others: readonly Box[];
}

const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Looks for a checkbox (a square outline about as tall as the text, empty or
 * marked) just beyond one end of a text line, where the detector tends to leave
 * it out of the line (`□清算` detected as `清算`). Connected dark components of
 * a window up to two line heights out are tested for: a near-square bounding box
 * of 0.45 to 1.3 line heights, ink along at least 80% of each of its four sides
 * (an outline, not a letter), and the component nearest the line wins.
 */
export function findCheckboxBeside(image: RgbImage, search: CheckboxSearch): FoundCheckbox | undefined {
  const { line, side, inside, others } = search;
  const h = line.y1 - line.y0;
  if (h < 6) return undefined;
  const x0 = Math.max(0, Math.floor(side === 'left' ? line.x0 - 2 * h : line.x1 - Math.max(0.2 * h, inside)));
  const x1 = Math.min(image.width, Math.ceil(side === 'left' ? line.x0 + Math.max(0.2 * h, inside) : line.x1 + 2 * h));
  const y0 = Math.max(0, Math.floor(line.y0 - 0.3 * h));
  const y1 = Math.min(image.height, Math.ceil(line.y1 + 0.3 * h));
  const w = x1 - x0;
  const wh = y1 - y0;
  if (w <= 2 || wh <= 2) return undefined;
  const { grey, lo, hi } = greyWindow(image, x0, y0, w, wh);
  if (hi - lo < 60) return undefined;
  const cut = (lo + hi) / 2;
  const dark = (i: number): boolean => grey[i]! < cut;
  const seen = new Uint8Array(w * wh);
  let best: { found: FoundCheckbox; distance: number } | undefined;
  for (let start = 0; start < w * wh; start++) {
    if (seen[start] || !dark(start)) continue;
    // Flood one 8-connected component, keeping its pixels for the outline test.
    const pixels: number[] = [];
    seen[start] = 1;
    floodFill([start], w, wh, dark, seen, 8, (i) => pixels.push(i));
    const found = outlineBox(pixels, w, h);
    if (!found) continue;
    const box: Box = { x0: found.x0 + x0, y0: found.y0 + y0, x1: found.x1 + x0 + 1, y1: found.y1 + y0 + 1 };
    if (others.some((o) => overlap(o, box))) continue;
    const distance = side === 'left' ? Math.abs(line.x0 - box.x1) : Math.abs(box.x0 - line.x1);
    if (best && best.distance <= distance) continue;
    best = { found: { box, checked: markedInside(grey, w, found, cut) }, distance };
  }
  return best?.found;
}

/** The bounding box of a component (window pixels) if it is a square outline about one line height tall. */
function outlineBox(pixels: readonly number[], w: number, lineHeight: number): Box | undefined {
  if (pixels.length < 8) return undefined;
  let bx0 = Infinity;
  let by0 = Infinity;
  let bx1 = -Infinity;
  let by1 = -Infinity;
  for (const i of pixels) {
    const x = i % w;
    const y = (i - x) / w;
    bx0 = Math.min(bx0, x);
    bx1 = Math.max(bx1, x);
    by0 = Math.min(by0, y);
    by1 = Math.max(by1, y);
  }
  const bw = bx1 - bx0 + 1;
  const bh = by1 - by0 + 1;
  if (bh < 0.45 * lineHeight || bh > 1.3 * lineHeight || bw < 0.45 * lineHeight || bw > 1.3 * lineHeight) return undefined;
  if (bw / bh < 0.75 || bw / bh > 1.33) return undefined;
  // Each side must be inked along 80% of its length, within a band of 15% of the box from it.
  const band = Math.max(1, Math.round(0.15 * Math.min(bw, bh)));
  const top = new Uint8Array(bw);
  const bottom = new Uint8Array(bw);
  const left = new Uint8Array(bh);
  const right = new Uint8Array(bh);
  for (const i of pixels) {
    const x = (i % w) - bx0;
    const y = Math.floor(i / w) - by0;
    if (y < band) top[x] = 1;
    if (y >= bh - band) bottom[x] = 1;
    if (x < band) left[y] = 1;
    if (x >= bw - band) right[y] = 1;
  }
  const share = (a: Uint8Array): number => a.reduce((n, v) => n + v, 0) / a.length;
  if ([top, bottom, left, right].some((a) => share(a) < 0.8)) return undefined;
  return { x0: bx0, y0: by0, x1: bx1, y1: by1 };
}

/** Whether the inner half of the box holds ink (a tick or cross): a checked box. */
function markedInside(grey: Uint8Array, w: number, box: Box, cut: number): boolean {
  const ix0 = Math.round(box.x0 + 0.25 * (box.x1 - box.x0));
  const ix1 = Math.round(box.x1 - 0.25 * (box.x1 - box.x0));
  const iy0 = Math.round(box.y0 + 0.25 * (box.y1 - box.y0));
  const iy1 = Math.round(box.y1 - 0.25 * (box.y1 - box.y0));
  let ink = 0;
  let all = 0;
  for (let y = iy0; y <= iy1; y++) {
    for (let x = ix0; x <= ix1; x++) {
      all++;
      if (grey[y * w + x]! < cut) ink++;
    }
  }
  return all > 0 && ink / all > 0.1;
}
