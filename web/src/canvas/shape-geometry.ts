/**
 * Geometry of drawn shapes in image pixels: hit tests, rectangles from drags, the
 * rotated-rectangle form of a `rotation` shape, and handle edits. Built on
 * src/core/geometry.ts, the same module the pipeline crops with.
 */
import type { Segment, Shape } from '../../../src/core/document.js';
import { distance, quadCenter, quadSize, rectToQuad, type Point, type Polygon, type Quad, type RotatedRect } from '../../../src/core/geometry.js';

/** Even-odd point-in-polygon test. */
export function pointInPolygon(p: Point, polygon: Polygon): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Distance from `p` to the segment `a`–`b`. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return distance(p, [a[0] + t * dx, a[1] + t * dy]);
}

/** Distance from `p` to the outline of a polygon. */
export function distanceToOutline(p: Point, polygon: Polygon): number {
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    best = Math.min(best, distanceToSegment(p, polygon[i] as Point, polygon[(i + 1) % polygon.length] as Point));
  }
  return best;
}

/**
 * The top-most segment under `p`: inside it, or within `tolerance` pixels of its
 * outline. Among nested shapes the smallest wins, so a field inside a table is reachable.
 */
export function hitSegment(segments: readonly Segment[], p: Point, tolerance: number): Segment | undefined {
  let best: Segment | undefined;
  let bestArea = Infinity;
  for (const s of segments) {
    if (!(pointInPolygon(p, s.points) || distanceToOutline(p, s.points) <= tolerance)) continue;
    const area = boxArea(s.points);
    if (area <= bestArea) {
      best = s;
      bestArea = area;
    }
  }
  return best;
}

function boxArea(points: Polygon): number {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
}

/** Axis-aligned rectangle corners (tl, tr, br, bl) between two drag points. */
export function rectFromDrag(a: Point, b: Point): Quad {
  const x0 = Math.min(a[0], b[0]);
  const x1 = Math.max(a[0], b[0]);
  const y0 = Math.min(a[1], b[1]);
  const y1 = Math.max(a[1], b[1]);
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

/** The rotated rectangle of a 4-point shape, with the angle the shape keeps (degrees). */
export function rotatedRectOf(points: Polygon, shape: Shape): RotatedRect {
  const quad = points as unknown as Quad;
  const [cx, cy] = quadCenter(quad);
  const { width, height } = quadSize(quad);
  return { cx, cy, width, height, angle: shape.kind === 'rotation' ? shape.angle : 0 };
}

/** Position of the rotation handle: above the middle of the top edge, `gap` pixels out. */
export function rotationHandle(rect: RotatedRect, gap: number): Point {
  const rad = (rect.angle * Math.PI) / 180;
  const up: Point = [Math.sin(rad), -Math.cos(rad)];
  const d = rect.height / 2 + gap;
  return [rect.cx + up[0] * d, rect.cy + up[1] * d];
}

/** Angle in degrees (clockwise) that puts the rotation handle at `p`. */
export function angleTowards(rect: RotatedRect, p: Point): number {
  return (Math.atan2(p[0] - rect.cx, -(p[1] - rect.cy)) * 180) / Math.PI;
}

/**
 * Moves corner `corner` (0 tl, 1 tr, 2 br, 3 bl) of a rotated rectangle to `p`,
 * keeping the opposite corner and the angle fixed.
 */
export function resizeRotated(rect: RotatedRect, corner: number, p: Point): RotatedRect {
  const quad = rectToQuad(rect);
  const fixed = quad[(corner + 2) % 4] as Point;
  const rad = (rect.angle * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  const dx = p[0] - fixed[0];
  const dy = p[1] - fixed[1];
  const u = dx * ux + dy * uy;
  const v = -dx * uy + dy * ux;
  const cx = fixed[0] + (u * ux - v * uy) / 2;
  const cy = fixed[1] + (u * uy + v * ux) / 2;
  return { cx, cy, width: Math.max(1, Math.abs(u)), height: Math.max(1, Math.abs(v)), angle: rect.angle };
}

/** Rounds points to 0.1 pixel so files stay readable. */
export function roundPoints(points: Polygon): Point[] {
  return points.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
}
