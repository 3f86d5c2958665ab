/**
 * SER features of a page: hashed text tokens of each segment and of its four
 * neighbours, and dense geometry (position on the page, size in line heights,
 * gaps to neighbours, column and row alignment). Pure functions.
 */
import { KieError } from '../../core/errors.js';
import { computeLayout, NEIGHBOUR_DIRECTIONS, overlapRatio, sameRow, type PageLayout } from '../kie/layout.js';
import { packNetworkInput } from '../kie/network-input.js';
import type { NetworkInput } from '../kie/network.js';
import type { KiePage } from '../kie/page.js';
import { pushPrefixed, textTokens, type SparseRow } from '../kie/text-hash.js';
import { textStats, TEXT_STATS_SIZE } from '../kie/text-stats.js';
import type { SerConfig } from './config.js';
import { PARTNER_FEATURES } from './partner.js';
import { stackFeatureSize } from './stack.js';

const PREFIXES = ['L.', 'R.', 'U.', 'D.'] as const;
const PER_NEIGHBOUR = 5;
const ALIGN = 8;

/** Number of dense SER features without the partner and stacking features. */
export const SER_DENSE_SIZE = 8 + TEXT_STATS_SIZE + NEIGHBOUR_DIRECTIONS.length * PER_NEIGHBOUR + ALIGN;

/** Number of dense SER features of a config. */
export function serDenseSize(config: SerConfig): number {
  return (
    SER_DENSE_SIZE + (config.partner ? PARTNER_FEATURES : 0) + (config.stack ? stackFeatureSize(config.classes.length) : 0)
  );
}

/** Per-segment features computed by other networks (`[segments, width]` each). */
export interface SerExtras {
  /** From `partnerFeatures`; required when `config.partner`. */
  readonly partner?: Float32Array | undefined;
  /** From `stackFeatures` over a first pass; required when `config.stack`. */
  readonly stack?: Float32Array | undefined;
}

/** Network input of a page; the neighbour slots are filled when `config.context`. */
export function serFeatures(
  page: KiePage,
  config: SerConfig,
  layout: PageLayout = computeLayout(page),
  extras: SerExtras = {},
): NetworkInput {
  return withSerExtras(serBaseFeatures(page, config, layout), config, extras);
}

/**
 * Appends the partner / first-pass features that `config` asks for to a base
 * input from {@link serBaseFeatures} (shared, not copied: the sparse part and
 * the neighbour slots are the same for both passes of a stacked model).
 */
export function withSerExtras(base: NetworkInput, config: SerConfig, extras: SerExtras): NetworkInput {
  const width = serDenseSize(config);
  if (width === SER_DENSE_SIZE) return base;
  const { partner, stack } = extras;
  if (config.partner && !partner) throw new KieError('INVALID_ARGUMENT', 'serFeatures: config.partner needs the partner features');
  if (config.stack && !stack) throw new KieError('INVALID_ARGUMENT', 'serFeatures: config.stack needs the first pass features');
  const stackSize = stackFeatureSize(config.classes.length);
  const dense = new Float32Array(base.count * width);
  for (let i = 0; i < base.count; i++) {
    let at = i * width;
    dense.set(base.dense.subarray(i * SER_DENSE_SIZE, (i + 1) * SER_DENSE_SIZE), at);
    at += SER_DENSE_SIZE;
    if (config.partner && partner) {
      dense.set(partner.subarray(i * PARTNER_FEATURES, (i + 1) * PARTNER_FEATURES), at);
      at += PARTNER_FEATURES;
    }
    if (config.stack && stack) dense.set(stack.subarray(i * stackSize, (i + 1) * stackSize), at);
  }
  return { ...base, dense };
}

/** The features that do not depend on other networks (`SER_DENSE_SIZE` dense values per segment). */
export function serBaseFeatures(page: KiePage, config: SerConfig, layout: PageLayout = computeLayout(page)): NetworkInput {
  const n = page.segments.length;
  const rows: SparseRow[] = [];
  const dense: number[][] = [];
  const stats = page.segments.map((s) => textStats(s.text));
  const align = alignmentFeatures(layout);
  const own = page.segments.map((s) => textTokens(s.text, config.ownTokens));
  const nb = config.neighbourTokens;
  const near = nb ? page.segments.map((s) => textTokens(s.text, nb)) : [];
  for (let i = 0; i < n; i++) {
    const row: SparseRow = { indices: [], values: [] };
    pushPrefixed(row, own[i]!, 's.', config.buckets);
    const p = layout.placed[i]!;
    const W = Math.max(1, page.width);
    const Hp = Math.max(1, page.height);
    const u = layout.unit;
    const d: number[] = [
      p.box.x0 / W,
      p.box.x1 / W,
      p.cx / W,
      p.box.y0 / Hp,
      p.box.y1 / Hp,
      p.cy / Hp,
      Math.log(p.w / u + 1e-2),
      Math.log(p.h / u + 1e-2),
      ...stats[i]!,
    ];
    for (let k = 0; k < NEIGHBOUR_DIRECTIONS.length; k++) {
      const j = layout.neighbours[4 * i + k]!;
      if (j < 0) {
        d.push(0, 0, 0, 0, 0);
        continue;
      }
      const q = layout.placed[j]!;
      const gap = k < 2 ? (k === 0 ? p.box.x0 - q.box.x1 : q.box.x0 - p.box.x1) : k === 2 ? p.box.y0 - q.box.y1 : q.box.y0 - p.box.y1;
      const overlap =
        k < 2 ? overlapRatio(p.box.y0, p.box.y1, q.box.y0, q.box.y1) : overlapRatio(p.box.x0, p.box.x1, q.box.x0, q.box.x1);
      const st = stats[j]!;
      d.push(1, Math.log1p(Math.max(0, gap) / u), overlap, st[6]!, st[0]!);
      if (nb) pushPrefixed(row, near[j]!, PREFIXES[k]!, config.buckets);
    }
    d.push(...align[i]!);
    rows.push(row);
    dense.push(d);
  }
  const neighbours = config.context ? layout.neighbours.slice() : new Int32Array(0);
  return packNetworkInput(rows, dense, SER_DENSE_SIZE, neighbours);
}

/**
 * Per segment: log1p counts of segments sharing its left edge, right edge, centre
 * (within half a line height) and row; its rank in the row; first/last in row;
 * vertical rank on the page.
 */
function alignmentFeatures(layout: PageLayout): number[][] {
  const { placed, unit } = layout;
  const tol = 0.5 * unit;
  const n = placed.length;
  const byY = placed.map((p, i) => [p.cy, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const yRank = new Float64Array(n);
  byY.forEach(([, i], r) => (yRank[i] = n > 1 ? r / (n - 1) : 0));
  return placed.map((a, i) => {
    let left = 0;
    let right = 0;
    let centre = 0;
    let row = 0;
    let before = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const b = placed[j]!;
      if (Math.abs(a.box.x0 - b.box.x0) < tol) left++;
      if (Math.abs(a.box.x1 - b.box.x1) < tol) right++;
      if (Math.abs(a.cx - b.cx) < tol) centre++;
      if (sameRow(a, b)) {
        row++;
        if (b.cx < a.cx) before++;
      }
    }
    return [
      Math.log1p(left),
      Math.log1p(right),
      Math.log1p(centre),
      Math.log1p(row),
      row > 0 ? before / row : 0,
      before === 0 ? 1 : 0,
      before === row ? 1 : 0,
      yRank[i]!,
    ];
  });
}
