/**
 * Page layout shared by the SER and RE features: boxes in a scale-free unit (the
 * median segment height), and each segment's nearest neighbours in four
 * directions. Pure functions; all lengths in `unit`s unless stated otherwise.
 */
import { boundingBox, type Box } from '../../core/geometry.js';
import type { KiePage } from './page.js';

/** Neighbour slots, in the order of {@link PageLayout.neighbours}. */
export const NEIGHBOUR_DIRECTIONS = ['left', 'right', 'above', 'below'] as const;
export type NeighbourDirection = (typeof NEIGHBOUR_DIRECTIONS)[number];

/** A segment's box and derived measures. */
export interface PlacedSegment {
  /** Axis-aligned box in pixels. */
  readonly box: Box;
  readonly cx: number;
  readonly cy: number;
  readonly w: number;
  readonly h: number;
}

/** Layout of one page; arrays are indexed like `page.segments`. */
export interface PageLayout {
  readonly placed: readonly PlacedSegment[];
  /** Median segment height in pixels (at least 1): the length unit of features. */
  readonly unit: number;
  /**
   * Nearest neighbour index per direction, `-1` for none: row `i` holds
   * `[left, right, above, below]` at `4 * i + k`.
   */
  readonly neighbours: Int32Array;
}

/** Overlap of two intervals divided by the shorter one's length (0..1). */
export function overlapRatio(a0: number, a1: number, b0: number, b1: number): number {
  const inter = Math.min(a1, b1) - Math.max(a0, b0);
  const shorter = Math.max(1e-6, Math.min(a1 - a0, b1 - b0));
  return inter <= 0 ? 0 : Math.min(1, inter / shorter);
}

/** True when `b` shares a text row with `a` (vertical overlap of half the smaller height). */
export function sameRow(a: PlacedSegment, b: PlacedSegment): boolean {
  return overlapRatio(a.box.y0, a.box.y1, b.box.y0, b.box.y1) >= 0.5;
}

/**
 * Places the segments and finds their neighbours: `left`/`right` are the nearest
 * segments of the same row whose centre lies on that side; `above`/`below` the
 * nearest whose horizontal extent overlaps and whose centre lies on that side.
 *
 * @example
 * const layout = computeLayout(page);
 * const left = layout.neighbours[4 * i]; // -1 when nothing is left of segment i
 */
export function computeLayout(page: KiePage): PageLayout {
  const placed: PlacedSegment[] = page.segments.map((s) => {
    const box = s.points.length > 0 ? boundingBox(s.points) : { x0: 0, y0: 0, x1: 0, y1: 0 };
    const w = Math.max(0, box.x1 - box.x0);
    const h = Math.max(0, box.y1 - box.y0);
    return { box, cx: (box.x0 + box.x1) / 2, cy: (box.y0 + box.y1) / 2, w, h };
  });
  const heights = placed.map((p) => p.h).filter((h) => h > 0).sort((a, b) => a - b);
  const unit = Math.max(1, heights[heights.length >> 1] ?? 1);
  const n = placed.length;
  const neighbours = new Int32Array(4 * n).fill(-1);
  const best = new Float64Array(4 * n).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const a = placed[i]!;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const b = placed[j]!;
      if (sameRow(a, b)) {
        const gap = b.cx < a.cx ? a.box.x0 - b.box.x1 : b.box.x0 - a.box.x1;
        const k = b.cx < a.cx ? 0 : 1;
        consider(i, k, j, Math.max(gap, -a.w));
      } else if (overlapRatio(a.box.x0, a.box.x1, b.box.x0, b.box.x1) > 0) {
        const above = b.cy < a.cy;
        const gap = above ? a.box.y0 - b.box.y1 : b.box.y0 - a.box.y1;
        consider(i, above ? 2 : 3, j, Math.max(gap, -a.h));
      }
    }
  }
  return { placed, unit, neighbours };

  function consider(i: number, k: number, j: number, gap: number): void {
    const slot = 4 * i + k;
    if (gap < best[slot]!) {
      best[slot] = gap;
      neighbours[slot] = j;
    }
  }
}
