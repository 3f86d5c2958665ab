/**
 * RE features of key→value candidate pairs: hashed tokens of both ends, pair
 * geometry in line heights (offsets, overlaps, alignment, blocking segments)
 * and rank features (is this the nearest key of the value, the nearest key on
 * its left or above; rank of the value among the key's values). Pure functions.
 */
import { overlapRatio, sameRow, type PageLayout, type PlacedSegment } from '../kie/layout.js';
import { packNetworkInput } from '../kie/network-input.js';
import type { NetworkInput } from '../kie/network.js';
import type { KiePage } from '../kie/page.js';
import { pushPrefixed, pushToken, textShape, textTokens, type SparseRow, type TextToken } from '../kie/text-hash.js';
import { textStats, TEXT_STATS_SIZE } from '../kie/text-stats.js';
import type { ReConfig } from './config.js';

/** A candidate pair by segment index (not id). */
export interface RePair {
  readonly key: number;
  readonly value: number;
}

/** What the pair features need of a config (shared by the RE and partner networks). */
export type PairTokenConfig = Pick<ReConfig, 'tokens' | 'buckets'>;

const GEOMETRY = 22;
/** Number of dense RE features. */
export const RE_DENSE_SIZE = GEOMETRY + 2 * TEXT_STATS_SIZE;

/** Gap between two boxes in pixels (0 when they overlap). */
export function boxGap(a: PlacedSegment, b: PlacedSegment): number {
  const dx = Math.max(0, a.box.x0 - b.box.x1, b.box.x0 - a.box.x1);
  const dy = Math.max(0, a.box.y0 - b.box.y1, b.box.y0 - a.box.y1);
  return Math.hypot(dx, dy);
}

/**
 * Candidate pairs: for each value (a segment labelled `valueClass`), its
 * `maxCandidates` nearest keys by box gap, nearest first.
 */
export function rePairs(labels: readonly string[], layout: PageLayout, config: ReConfig): RePair[] {
  const keys: number[] = [];
  const values: number[] = [];
  labels.forEach((l, i) => {
    if (l === config.keyClass) keys.push(i);
    else if (l === config.valueClass) values.push(i);
  });
  const pairs: RePair[] = [];
  for (const v of values) {
    const pv = layout.placed[v]!;
    const near = keys
      .map((k) => [boxGap(layout.placed[k]!, pv), k] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .slice(0, config.maxCandidates);
    for (const [, k] of near) pairs.push({ key: k, value: v });
  }
  return pairs;
}

/** Network input for `pairs` (in their order): each row holds both ends' tokens (training). */
export function reFeatures(page: KiePage, layout: PageLayout, pairs: readonly RePair[], config: PairTokenConfig): NetworkInput {
  const tokens = new Map<number, TextToken[]>();
  const tokensOf = (i: number): TextToken[] => {
    let t = tokens.get(i);
    if (!t) tokens.set(i, (t = textTokens(page.segments[i]!.text, config.tokens)));
    return t;
  };
  const { rows, dense } = pairRows(page, layout, pairs, config);
  pairs.forEach((pair, i) => {
    pushPrefixed(rows[i]!, tokensOf(pair.key), 'k.', config.buckets);
    pushPrefixed(rows[i]!, tokensOf(pair.value), 'v.', config.buckets);
  });
  return packNetworkInput(rows, dense, RE_DENSE_SIZE);
}

/**
 * The same features factored for inference: the pair rows hold only what
 * depends on both ends (shape pair token, geometry); `keyRows` / `valueRows`
 * hold each segment's own tokens in its key / value role (one row per segment,
 * empty when the segment plays no such role), so their embedding sums are
 * computed once per segment rather than once per pair.
 */
export interface FactoredReFeatures {
  readonly pairs: NetworkInput;
  readonly keyRows: NetworkInput;
  readonly valueRows: NetworkInput;
}

/** See {@link FactoredReFeatures}; equals {@link reFeatures} up to float rounding. */
export function reFactoredFeatures(
  page: KiePage,
  layout: PageLayout,
  pairs: readonly RePair[],
  config: PairTokenConfig,
): FactoredReFeatures {
  const n = page.segments.length;
  const isKey = new Uint8Array(n);
  const isValue = new Uint8Array(n);
  for (const p of pairs) {
    isKey[p.key] = 1;
    isValue[p.value] = 1;
  }
  const keyRows: SparseRow[] = [];
  const valueRows: SparseRow[] = [];
  for (let i = 0; i < n; i++) {
    const k: SparseRow = { indices: [], values: [] };
    const v: SparseRow = { indices: [], values: [] };
    if (isKey[i] || isValue[i]) {
      const t = textTokens(page.segments[i]!.text, config.tokens);
      if (isKey[i]) pushPrefixed(k, t, 'k.', config.buckets);
      if (isValue[i]) pushPrefixed(v, t, 'v.', config.buckets);
    }
    keyRows.push(k);
    valueRows.push(v);
  }
  const { rows, dense } = pairRows(page, layout, pairs, config);
  const none: number[][] = [];
  return {
    pairs: packNetworkInput(rows, dense, RE_DENSE_SIZE),
    keyRows: packNetworkInput(keyRows, none, 0),
    valueRows: packNetworkInput(valueRows, none, 0),
  };
}

/** Per pair: a sparse row with the shape pair token, and the dense features. */
function pairRows(
  page: KiePage,
  layout: PageLayout,
  pairs: readonly RePair[],
  config: PairTokenConfig,
): { rows: SparseRow[]; dense: number[][] } {
  const { placed, unit: u } = layout;
  const stats = page.segments.map((s) => textStats(s.text));
  const shapes = page.segments.map((s) => textShape(s.text));
  // Ranks (by pair index): position of the key among the value's candidates and of the value among the key's.
  const keyRank = new Int32Array(pairs.length);
  const valueRank = new Int32Array(pairs.length);
  const byValue = groupBy(pairs, (p) => p.value);
  const byKey = groupBy(pairs, (p) => p.key);
  const indexOf = new Map<RePair, number>(pairs.map((p, i) => [p, i]));
  for (const list of byValue.values()) list.forEach((p, r) => (keyRank[indexOf.get(p)!] = r));
  const gapOf = new Float64Array(pairs.length);
  pairs.forEach((p, i) => (gapOf[i] = boxGap(placed[p.key]!, placed[p.value]!)));
  for (const list of byKey.values()) {
    list
      .map((p) => indexOf.get(p)!)
      .sort((a, b) => gapOf[a]! - gapOf[b]! || pairs[a]!.value - pairs[b]!.value)
      .forEach((i, r) => (valueRank[i] = r));
  }
  const nearestLeft = new Map<number, number>();
  const nearestAbove = new Map<number, number>();
  for (const [v, list] of byValue) {
    const pv = placed[v]!;
    let bestL = Infinity;
    let bestA = Infinity;
    for (const { key } of list) {
      const pk = placed[key]!;
      if (sameRow(pk, pv) && pk.cx < pv.cx && pv.box.x0 - pk.box.x1 < bestL) {
        bestL = pv.box.x0 - pk.box.x1;
        nearestLeft.set(v, key);
      }
      if (pk.cy < pv.cy && !sameRow(pk, pv) && pv.box.y0 - pk.box.y1 < bestA) {
        bestA = pv.box.y0 - pk.box.y1;
        nearestAbove.set(v, key);
      }
    }
  }
  const rows: SparseRow[] = [];
  const dense: number[][] = [];
  const slog = (x: number): number => Math.sign(x) * Math.log1p(Math.abs(x));
  pairs.forEach((pair, index) => {
    const k = placed[pair.key]!;
    const v = placed[pair.value]!;
    const row: SparseRow = { indices: [], values: [] };
    pushToken(row, `x:${shapes[pair.key]}|${shapes[pair.value]}`, 1, config.buckets);
    const kr = keyRank[index]!;
    const vr = valueRank[index]!;
    dense.push([
      slog((v.box.x0 - k.box.x1) / u),
      slog((v.box.x0 - k.box.x0) / u),
      slog((v.cx - k.cx) / u),
      slog((v.cy - k.cy) / u),
      slog((v.box.y0 - k.box.y1) / u),
      slog((v.box.y0 - k.box.y0) / u),
      Math.log1p(gapOf[index]! / u),
      overlapRatio(k.box.y0, k.box.y1, v.box.y0, v.box.y1),
      overlapRatio(k.box.x0, k.box.x1, v.box.x0, v.box.x1),
      sameRow(k, v) ? 1 : 0,
      Math.abs(k.box.x0 - v.box.x0) < 0.5 * u ? 1 : 0,
      v.cx > k.cx ? 1 : 0,
      v.cy > k.cy ? 1 : 0,
      Math.log(v.h / Math.max(1, k.h)),
      1 / (1 + kr),
      kr === 0 ? 1 : 0,
      1 / (1 + vr),
      vr === 0 ? 1 : 0,
      nearestLeft.get(pair.value) === pair.key ? 1 : 0,
      nearestAbove.get(pair.value) === pair.key ? 1 : 0,
      Math.log1p(blockers(placed, pair, u)),
      Math.log1p((byKey.get(pair.key)?.length ?? 0) + (byValue.get(pair.value)?.length ?? 0)),
      ...stats[pair.key]!,
      ...stats[pair.value]!,
    ]);
    rows.push(row);
  });
  return { rows, dense };
}

/**
 * Segments whose centre lies inside the rectangle between both ends' centres
 * (grown by half a line height vertically so that a same-row blocker counts).
 */
function blockers(placed: readonly PlacedSegment[], pair: RePair, unit: number): number {
  const k = placed[pair.key]!;
  const v = placed[pair.value]!;
  const x0 = Math.min(k.cx, v.cx);
  const x1 = Math.max(k.cx, v.cx);
  const y0 = Math.min(k.cy, v.cy) - unit / 2;
  const y1 = Math.max(k.cy, v.cy) + unit / 2;
  let count = 0;
  for (let i = 0; i < placed.length; i++) {
    if (i === pair.key || i === pair.value) continue;
    const p = placed[i]!;
    if (p.cx > x0 && p.cx < x1 && p.cy >= y0 && p.cy <= y1) count++;
  }
  return count;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
