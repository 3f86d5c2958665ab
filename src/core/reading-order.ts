import { quadAngle, quadCenter, quadSize, type Quad } from './geometry.js';

export interface ReadingOrderOptions {
  /**
   * Two lines are on one row when their centres differ vertically by less than
   * this fraction of the smaller line height (after de-skewing). Default 0.5.
   */
  readonly rowTolerance?: number;
  /** Rotate the page by the median line angle before sorting. Default true. */
  readonly deskew?: boolean;
}

interface Placed<T> {
  readonly item: T;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly top: number;
  readonly height: number;
}

/**
 * Sorts text lines top-to-bottom, then left-to-right within a row (PaddleOCR's
 * `tb-yx` order), tolerant of page skew: coordinates are first rotated by the
 * median line angle so that the lines of one tilted row still share a row.
 *
 * @example
 * const order = sortReadingOrder(lines, (l) => l.points);
 */
export function sortReadingOrder<T>(
  items: readonly T[],
  quadOf: (item: T) => Quad,
  options: ReadingOrderOptions = {},
): T[] {
  if (items.length <= 1) return [...items];
  const tolerance = options.rowTolerance ?? 0.5;
  const skew = options.deskew === false ? 0 : medianSkew(items.map(quadOf));
  const rad = (-skew * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const placed: Placed<T>[] = items.map((item, index) => {
    const quad = quadOf(item);
    const [cx, cy] = quadCenter(quad);
    const x = cx * cos - cy * sin;
    const y = cx * sin + cy * cos;
    const height = Math.max(1, quadSize(quad).height);
    return { item, index, x, y, top: y - height / 2, height };
  });
  placed.sort((a, b) => a.y - b.y || a.x - b.x || a.index - b.index);

  const rows: Placed<T>[][] = [];
  let row: Placed<T>[] = [];
  let rowY = 0;
  for (const p of placed) {
    const first = row[0];
    if (first && Math.abs(p.y - rowY) < tolerance * Math.min(p.height, first.height)) {
      row.push(p);
      rowY = row.reduce((s, q) => s + q.y, 0) / row.length;
    } else {
      if (row.length > 0) rows.push(row);
      row = [p];
      rowY = p.y;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows.flatMap((r) => r.sort((a, b) => a.x - b.x || a.index - b.index).map((p) => p.item));
}

/** Median text angle in degrees of lines at least twice as wide as tall; 0 if none. */
export function medianSkew(quads: readonly Quad[]): number {
  const angles: number[] = [];
  for (const q of quads) {
    const { width, height } = quadSize(q);
    if (width >= 2 * height) {
      const a = quadAngle(q);
      if (Math.abs(a) <= 45) angles.push(a);
    }
  }
  if (angles.length === 0) return 0;
  angles.sort((a, b) => a - b);
  return angles[angles.length >> 1] ?? 0;
}
