/**
 * Targets for the line-split model: OCR lines of training pages aligned to the
 * gold segments. Each recognised character is placed on the line's middle axis
 * and given to the gold segment whose box holds it (none when two boxes do); a cut point is positive when
 * the characters on its two sides belong to different segments. Pure functions.
 */
import { boundingBox, type Box, type Point, type Polygon } from '../core/geometry.js';
import type { OcrLine } from '../core/ocr.js';
import { splitCandidates } from '../models/split/features.js';

/** A gold segment as the alignment needs it. */
export interface AlignSegment {
  readonly points: Polygon;
}

/** Where a character of a line lies on the page: its centre on the line's middle axis. */
export function charPoint(line: OcrLine, index: number): Point {
  const c = line.chars[index]!;
  const t = (c.start + c.end) / 2;
  const [tl, tr, br, bl] = line.points;
  const left: Point = [(tl[0] + bl[0]) / 2, (tl[1] + bl[1]) / 2];
  const right: Point = [(tr[0] + br[0]) / 2, (tr[1] + br[1]) / 2];
  return [left[0] + (right[0] - left[0]) * t, left[1] + (right[1] - left[1]) * t];
}

const inside = (b: Box, [x, y]: Point, pad: number): boolean => x >= b.x0 - pad && x <= b.x1 + pad && y >= b.y0 - pad && y <= b.y1 + pad;

/**
 * The gold segment (index into `segments`) of each character of `line`, `-1`
 * for spaces and characters outside every segment or inside several.
 */
export function alignChars(line: OcrLine, segments: readonly AlignSegment[], boxes: readonly Box[] = segments.map((s) => boundingBox(s.points))): number[] {
  const lineBox = boundingBox(line.points);
  const near = boxes.map((b, i) => [b, i] as const).filter(([b]) => b.x0 <= lineBox.x1 && b.x1 >= lineBox.x0 && b.y0 <= lineBox.y1 && b.y1 >= lineBox.y0);
  return line.chars.map((c, k) => {
    if (c.text.trim() === '') return -1;
    const p = charPoint(line, k);
    // A character inside two boxes (overlapping multi-line entities) is ambiguous: left unaligned, not guessed.
    const holders = near.filter(([b]) => inside(b, p, 2));
    return holders.length === 1 ? holders[0]![1] : -1;
  });
}

/** One training line: its candidates and their targets (1 = cut here). */
export interface SplitExample {
  readonly line: OcrLine;
  readonly candidates: number[];
  readonly targets: number[];
}

/**
 * Targets of a line's candidates from its character alignment, or undefined when
 * under `minAligned` of its visible characters lie in gold segments (a line the
 * annotators did not label, or a misread). Candidates with an unaligned
 * neighbour on either side are left out.
 */
export function splitExample(line: OcrLine, owner: readonly number[], minAligned = 0.6): SplitExample | undefined {
  const visible = owner.filter((_, k) => line.chars[k]!.text.trim() !== '');
  const aligned = owner.filter((o) => o >= 0).length;
  if (visible.length === 0 || aligned / visible.length < minAligned) return undefined;
  const candidates: number[] = [];
  const targets: number[] = [];
  for (const k of splitCandidates(line)) {
    const left = nearestOwner(line, owner, k - 1, -1);
    const right = nearestOwner(line, owner, k, 1);
    if (left < 0 || right < 0) continue;
    candidates.push(k);
    targets.push(left === right ? 0 : 1);
  }
  return candidates.length > 0 ? { line, candidates, targets } : undefined;
}

/** Owner of the nearest visible character from `k` in direction `step`; -1 if it is unaligned or none. */
function nearestOwner(line: OcrLine, owner: readonly number[], k: number, step: 1 | -1): number {
  for (let i = k; i >= 0 && i < owner.length; i += step) {
    if (line.chars[i]!.text.trim() !== '') return owner[i]!;
  }
  return -1;
}
