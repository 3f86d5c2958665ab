/**
 * Features of the candidate cut points of an OCR line: between every two
 * characters (never right after a space, so that each boundary has one
 * position; see {@link splitCandidates}). Hashed tokens of the characters and text on each side, dense
 * geometry from the recogniser's character positions (gap in line heights).
 * Pure functions.
 */
import { quadSize } from '../../core/geometry.js';
import type { OcrLine } from '../../core/ocr.js';
import { isCjk, isDigit } from '../../core/text.js';
import { packNetworkInput } from '../kie/network-input.js';
import type { NetworkInput } from '../kie/network.js';
import { normaliseForHash, pushToken, textShape, type SparseRow } from '../kie/text-hash.js';
import type { SplitConfig } from './config.js';

/** Number of dense features per candidate. */
export const SPLIT_DENSE_SIZE = 11;


/**
 * Candidate cut positions of a line: `k` cuts between `chars[k - 1]` and
 * `chars[k]`. Never right after a space, nor inside `14:32` (a colon between two
 * digits is a time or a ratio, and the training pages hold too few of them for
 * the model to learn that on its own).
 */
export function splitCandidates(line: Pick<OcrLine, 'chars'>): number[] {
  const out: number[] = [];
  const { chars } = line;
  for (let k = 1; k < chars.length; k++) {
    if (chars[k - 1]!.text.trim() === '') continue;
    if (chars[k - 1]!.text === ':' && isDigit(chars[k - 2]?.text) && isDigit(chars[k]?.text)) continue;
    if (!chars.slice(k).some((c) => c.text.trim() !== '')) break;
    out.push(k);
  }
  return out;
}

/** Coarse character class: `C` CJK, `0` digit, `a` letter, `s` space, else the character itself. */
export function charClass(ch: string): string {
  if (ch.trim() === '') return 's';
  if (isCjk(ch) && !/[\u3000-\u303f\uff00-\uffef]/u.test(ch)) return 'C';
  if (/\p{Nd}/u.test(ch)) return '0';
  if (/\p{L}/u.test(ch)) return 'a';
  return ch;
}

/** Network input of the candidates of one line (in the order of `candidates`). */
export function splitFeatures(line: OcrLine, candidates: readonly number[], config: SplitConfig): NetworkInput {
  const { width, height } = quadSize(line.points);
  const h = Math.max(1, height);
  const chars = line.chars;
  const texts = chars.map((c) => c.text);
  const gaps: number[] = [];
  for (let k = 1; k < chars.length; k++) gaps.push(((chars[k]!.start - chars[k - 1]!.end) * width) / h);
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const medianGap = Math.max(0.05, sortedGaps[sortedGaps.length >> 1] ?? 0.3);
  const rows: SparseRow[] = [];
  const dense: number[][] = [];
  const B = config.buckets;
  for (const k of candidates) {
    const row: SparseRow = { indices: [], values: [] };
    const left = normaliseForHash(texts.slice(0, k).join(''));
    const right = normaliseForHash(texts.slice(k).join(''));
    const l1 = texts[k - 1] ?? '';
    const r1 = texts[k] ?? '';
    pushToken(row, `L1:${l1}`, 1, B);
    pushToken(row, `R1:${r1}`, 1, B);
    pushToken(row, `L2:${texts.slice(Math.max(0, k - 2), k).join('')}`, 1, B);
    pushToken(row, `R2:${texts.slice(k, k + 2).join('')}`, 1, B);
    pushToken(row, `T:${charClass(l1)}${charClass(r1)}`, 1, B);
    pushToken(row, `LW:${Array.from(left).slice(-config.window).join('')}`, 1, B);
    pushToken(row, `RW:${Array.from(right).slice(0, config.window).join('')}`, 1, B);
    pushToken(row, `LS:${textShape(left)}`, 1, B);
    pushToken(row, `RS:${textShape(right)}`, 1, B);
    if (left.length <= 12) pushToken(row, `LT:${left}`, 1, B);
    // A key that starts here (`身份证|证件号码:`): the right text up to its colon, when short.
    const colon = Array.from(right).findIndex((c) => c === ':');
    if (colon >= 0 && colon <= 10) pushToken(row, `RK:${Array.from(right).slice(0, colon + 1).join('')}`, 1, B);
    rows.push(row);
    const gap = gaps[k - 1] ?? 0;
    const leftLen = Array.from(left).length;
    const rightLen = Array.from(right).length;
    dense.push([
      gap,
      gap / medianGap,
      Math.log1p(Math.max(0, gap)),
      k / chars.length,
      Math.log1p(leftLen),
      Math.log1p(rightLen),
      /[:：]$/u.test(left) ? 1 : 0,
      texts[k] === ' ' || texts[k - 1] === ' ' ? 1 : 0,
      Math.log1p(width / h),
      Math.log1p(chars.length),
      colon >= 0 && colon <= 10 ? 1 / (1 + colon) : 0,
    ]);
  }
  return packNetworkInput(rows, dense, SPLIT_DENSE_SIZE);
}
