/**
 * Features of a pair of neighbouring OCR lines on one row, for the line-merge
 * model (the detector cut one entity in two: `2014 年` + `(肆)`). Hashed tokens of
 * the facing ends and short texts, dense geometry in line heights. Pure functions.
 */
import { quadAngle, quadCenter, quadSize } from '../../core/geometry.js';
import type { OcrLine } from '../../core/ocr.js';
import { packNetworkInput } from '../kie/network-input.js';
import type { NetworkInput } from '../kie/network.js';
import { normaliseForHash, pushToken, textShape, type SparseRow } from '../kie/text-hash.js';
import type { SplitConfig } from './config.js';
import { charClass } from './features.js';

/** Number of dense features per pair. */
export const MERGE_DENSE_SIZE = 9;

/** Network input of line pairs `[left, right]` (in their order). */
export function mergeFeatures(pairs: readonly (readonly [OcrLine, OcrLine])[], config: SplitConfig): NetworkInput {
  const rows: SparseRow[] = [];
  const dense: number[][] = [];
  const B = config.buckets;
  for (const [a, b] of pairs) {
    const row: SparseRow = { indices: [], values: [] };
    const ta = Array.from(normaliseForHash(a.text));
    const tb = Array.from(normaliseForHash(b.text));
    const l1 = ta.at(-1) ?? '';
    const r1 = tb[0] ?? '';
    pushToken(row, `L1:${l1}`, 1, B);
    pushToken(row, `R1:${r1}`, 1, B);
    pushToken(row, `L2:${ta.slice(-2).join('')}`, 1, B);
    pushToken(row, `R2:${tb.slice(0, 2).join('')}`, 1, B);
    pushToken(row, `T:${charClass(l1)}${charClass(r1)}`, 1, B);
    pushToken(row, `LS:${textShape(a.text)}`, 1, B);
    pushToken(row, `RS:${textShape(b.text)}`, 1, B);
    if (ta.length <= 8) pushToken(row, `LT:${ta.join('')}`, 1, B);
    if (tb.length <= 8) pushToken(row, `RT:${tb.join('')}`, 1, B);
    rows.push(row);
    const sa = quadSize(a.points);
    const sb = quadSize(b.points);
    const h = Math.max(1, Math.min(sa.height, sb.height));
    const rad = (quadAngle(a.points) * Math.PI) / 180;
    const [ax, ay] = quadCenter(a.points);
    const [bx, by] = quadCenter(b.points);
    const along = (bx - ax) * Math.cos(rad) + (by - ay) * Math.sin(rad);
    const across = -(bx - ax) * Math.sin(rad) + (by - ay) * Math.cos(rad);
    const gap = along - sa.width / 2 - sb.width / 2;
    dense.push([
      gap / h,
      Math.log1p(Math.max(0, gap / h)),
      across / h,
      Math.max(sa.height, sb.height) / h,
      Math.log1p(ta.length),
      Math.log1p(tb.length),
      l1 === ':' ? 1 : 0,
      tb.at(-1) === ':' ? 1 : 0,
      Math.min(a.score, b.score),
    ]);
  }
  return packNetworkInput(rows, dense, MERGE_DENSE_SIZE);
}
