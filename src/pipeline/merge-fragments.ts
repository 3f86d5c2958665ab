import { convexHull, minAreaRect, quadAngle, quadCenter, quadSize, rectToQuad, type Quad } from '../core/geometry.js';
import type { OcrChar, OcrLine } from '../core/ocr.js';
import { isCjk } from '../core/text.js';

export interface MergeFragmentsOptions {
  /** Largest gap between two fragments, as a multiple of their smaller height. Default 3. */
  readonly maxGap?: number;
  /** A merge needs one side to have at most this many non-space characters. Default 1. */
  readonly maxShortChars?: number;
  /** ...and the other side at most this many. Default 1: only single characters pair up. */
  readonly maxLongChars?: number;
}

/**
 * Joins pieces of one text line that the detector split apart: widely spaced
 * digits of comb fields (`3 2 0 1 0 6`), dates written with gaps (`2018 年 5 月`),
 * letter-spaced titles. Two neighbours on one row merge when the gap between them
 * is under `maxGap` times their height and both are short fragments (by default
 * single characters, the pieces of letter-spaced labels like `姓   名`); a key
 * beside its value (`性别` `男`) stays apart, as datasets label them separately.
 * Measured on XFUND-zh val (50 pages, 1280 px): detection Hmean 0.774 → 0.797 with
 * single characters, 0.787 when one side may have two. Lines must be in reading order.
 */
export function mergeLineFragments(lines: readonly OcrLine[], options: MergeFragmentsOptions = {}): OcrLine[] {
  const maxGap = options.maxGap ?? 3;
  const maxShort = options.maxShortChars ?? 1;
  const maxLong = options.maxLongChars ?? 1;
  const out: OcrLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && canMerge(prev, line, maxGap, maxShort, maxLong)) out[out.length - 1] = mergePair(prev, line);
    else out.push(line);
  }
  return out;
}

function visibleLength(text: string): number {
  return Array.from(text.replace(/\s+/gu, '')).length;
}

interface Frame {
  readonly ux: number;
  readonly uy: number;
}

/** Position of a quad along and across the direction (ux, uy). */
function extent(q: Quad, f: Frame): { left: number; right: number; mid: number } {
  const us = q.map(([x, y]) => x * f.ux + y * f.uy);
  const [cx, cy] = quadCenter(q);
  return { left: Math.min(...us), right: Math.max(...us), mid: -cx * f.uy + cy * f.ux };
}

function canMerge(a: OcrLine, b: OcrLine, maxGap: number, maxShort: number, maxLong: number): boolean {
  const la = visibleLength(a.text);
  const lb = visibleLength(b.text);
  if (Math.min(la, lb) > maxShort || Math.max(la, lb) > maxLong) return false;
  const angleA = quadAngle(a.points);
  const angleB = quadAngle(b.points);
  if (Math.abs(angleA) > 30 || Math.abs(angleB) > 30 || Math.abs(angleA - angleB) > 10) return false;
  const ha = quadSize(a.points).height;
  const hb = quadSize(b.points).height;
  const h = Math.min(ha, hb);
  if (Math.max(ha, hb) > 1.6 * h) return false;
  const rad = (((angleA + angleB) / 2) * Math.PI) / 180;
  const frame = { ux: Math.cos(rad), uy: Math.sin(rad) };
  const ea = extent(a.points, frame);
  const eb = extent(b.points, frame);
  if (Math.abs(ea.mid - eb.mid) > 0.35 * h) return false;
  const gap = eb.left - ea.right;
  return gap > -0.3 * h && gap < maxGap * h;
}

function mergePair(a: OcrLine, b: OcrLine): OcrLine {
  const flat: number[] = [];
  for (const [x, y] of [...a.points, ...b.points]) flat.push(x, y);
  const points = rectToQuad(minAreaRect(convexHull(flat)));
  const total = quadSize(points).width || 1;
  const wa = quadSize(a.points).width;
  const wb = quadSize(b.points).width;
  const rad = (quadAngle(points) * Math.PI) / 180;
  const frame = { ux: Math.cos(rad), uy: Math.sin(rad) };
  const origin = extent(points, frame).left;
  const offA = (extent(a.points, frame).left - origin) / total;
  const offB = (extent(b.points, frame).left - origin) / total;
  const remap = (chars: readonly OcrChar[], off: number, w: number): OcrChar[] =>
    chars.map((c) => ({ ...c, start: off + (c.start * w) / total, end: off + (c.end * w) / total }));
  const charsA = remap(a.chars, offA, wa);
  const charsB = remap(b.chars, offB, wb);
  const lastA = a.text.at(-1) ?? '';
  const firstB = b.text[0] ?? '';
  // Letters of separate words keep a space; digits of comb fields and CJK join directly.
  const spaced = /\p{L}/u.test(lastA) && /\p{L}/u.test(firstB) && !isCjk(lastA) && !isCjk(firstB);
  const gapStart = offA + wa / total;
  const space: OcrChar[] = spaced ? [{ text: ' ', start: gapStart, end: offB, score: Math.min(a.score, b.score) }] : [];
  const la = visibleLength(a.text);
  const lb = visibleLength(b.text);
  return {
    points,
    text: `${a.text}${spaced ? ' ' : ''}${b.text}`,
    score: (a.score * la + b.score * lb) / Math.max(1, la + lb),
    detScore: Math.min(a.detScore, b.detScore),
    chars: [...charsA, ...space, ...charsB],
  };
}
