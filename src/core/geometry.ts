/**
 * Plane geometry in one convention: image pixel coordinates, origin at the top-left
 * corner of the top-left pixel, x to the right, y downwards. Angles are in degrees,
 * positive clockwise on screen (the direction of +y from +x).
 */

/** A point in image pixels. */
export type Point = readonly [x: number, y: number];

/** Four corners, clockwise on screen from the top-left: tl, tr, br, bl. */
export type Quad = readonly [Point, Point, Point, Point];

/** A polygon with three or more vertices, in order (either orientation). */
export type Polygon = readonly Point[];

/** Axis-aligned box in pixels. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A rotated rectangle: centre, size along its own axes, and angle in degrees. */
export interface RotatedRect {
  readonly cx: number;
  readonly cy: number;
  /** Extent along the rectangle's own x axis (the direction of `angle`). */
  readonly width: number;
  readonly height: number;
  readonly angle: number;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Signed shoelace area: positive when the vertices run clockwise on screen. */
export function signedArea(polygon: Polygon): number {
  let sum = 0;
  const n = polygon.length;
  for (let i = 0; i < n; i++) {
    const a = polygon[i] as Point;
    const b = polygon[(i + 1) % n] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Unsigned polygon area in square pixels. */
export function polygonArea(polygon: Polygon): number {
  return Math.abs(signedArea(polygon));
}

export function polygonPerimeter(polygon: Polygon): number {
  let sum = 0;
  const n = polygon.length;
  for (let i = 0; i < n; i++) sum += distance(polygon[i] as Point, polygon[(i + 1) % n] as Point);
  return sum;
}

export function boundingBox(points: Polygon): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return { x0, y0, x1, y1 };
}

export function boxToQuad(box: Box): Quad {
  return [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x1, box.y1],
    [box.x0, box.y1],
  ];
}

/**
 * Convex hull by Andrew's monotone chain. Returns the hull clockwise on screen,
 * without collinear points. `coords` is a flat `[x0, y0, x1, y1, ...]` array so
 * that large pixel sets need no per-point allocation before sorting.
 */
export function convexHull(coords: ArrayLike<number>): Point[] {
  const n = coords.length >> 1;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => coords[2 * i]! - coords[2 * j]! || coords[2 * i + 1]! - coords[2 * j + 1]!);
  const cross = (o: number, a: number, b: number): number =>
    (coords[2 * a]! - coords[2 * o]!) * (coords[2 * b + 1]! - coords[2 * o + 1]!) -
    (coords[2 * a + 1]! - coords[2 * o + 1]!) * (coords[2 * b]! - coords[2 * o]!);
  const lower: number[] = [];
  for (const i of order) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, i) <= 0) lower.pop();
    lower.push(i);
  }
  const upper: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, i) <= 0) upper.pop();
    upper.push(i);
  }
  lower.pop();
  upper.pop();
  const hull = lower.concat(upper);
  // Monotone chain yields counter-clockwise in y-up axes, i.e. clockwise on screen
  // is the reverse; normalise to clockwise-on-screen (positive signed area).
  const points: Point[] = hull.map((i) => [coords[2 * i]!, coords[2 * i + 1]!] as const);
  if (points.length >= 3 && signedArea(points) < 0) points.reverse();
  if (points.length === 0 && n > 0) points.push([coords[0]!, coords[1]!]);
  return points;
}

/**
 * Minimum-area enclosing rectangle of a point set (rotating calipers over the hull
 * edges). Angle is normalised to (-45, 45] so that `width` runs along the text line
 * for lines that are closer to horizontal than vertical.
 */
export function minAreaRect(hull: Polygon): RotatedRect {
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  if (hull.length === 1) {
    const p = hull[0] as Point;
    return { cx: p[0], cy: p[1], width: 0, height: 0, angle: 0 };
  }
  let best: RotatedRect | undefined;
  let bestArea = Infinity;
  const n = hull.length;
  for (let i = 0; i < n; i++) {
    const a = hull[i] as Point;
    const b = hull[(i + 1) % n] as Point;
    const len = distance(a, b);
    if (len === 0) continue;
    const ux = (b[0] - a[0]) / len;
    const uy = (b[1] - a[1]) / len;
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of hull) {
      const u = p[0] * ux + p[1] * uy;
      const v = -p[0] * uy + p[1] * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea - 1e-9) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = {
        cx: cu * ux - cv * uy,
        cy: cu * uy + cv * ux,
        width: maxU - minU,
        height: maxV - minV,
        angle: (Math.atan2(uy, ux) * 180) / Math.PI,
      };
    }
  }
  return normaliseRectAngle(best ?? { cx: hull[0]![0], cy: hull[0]![1], width: 0, height: 0, angle: 0 });
}

/** Rotates the description of a rectangle (not the rectangle) so the angle is in (-45, 45]. */
export function normaliseRectAngle(rect: RotatedRect): RotatedRect {
  let { width, height, angle } = rect;
  angle = ((angle % 180) + 180) % 180; // [0, 180)
  if (angle > 135) angle -= 180;
  else if (angle > 45) {
    angle -= 90;
    [width, height] = [height, width];
  }
  if (angle === -45) {
    angle = 45;
    [width, height] = [height, width];
  }
  return { cx: rect.cx, cy: rect.cy, width, height, angle };
}

/** Corners of a rotated rectangle as a {@link Quad}, clockwise from its top-left. */
export function rectToQuad(rect: RotatedRect): Quad {
  const rad = (rect.angle * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  const hw = rect.width / 2;
  const hh = rect.height / 2;
  const at = (su: number, sv: number): Point => [
    rect.cx + su * hw * ux - sv * hh * uy,
    rect.cy + su * hw * uy + sv * hh * ux,
  ];
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}

/** Grows (or with a negative distance shrinks) a rotated rectangle by `d` pixels on every side. */
export function expandRect(rect: RotatedRect, d: number): RotatedRect {
  return { ...rect, width: Math.max(0, rect.width + 2 * d), height: Math.max(0, rect.height + 2 * d) };
}

/**
 * Orders four points clockwise on screen starting from the top-left one (the
 * point with the smallest x + y among the two left-most, as PaddleOCR does).
 */
export function orderQuad(points: readonly Point[]): Quad {
  if (points.length !== 4) throw new RangeError(`orderQuad needs 4 points, got ${points.length}`);
  const cx = points.reduce((s, p) => s + p[0], 0) / 4;
  const cy = points.reduce((s, p) => s + p[1], 0) / 4;
  const sorted = [...points].sort(
    (a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx),
  );
  // atan2 order with y down is clockwise on screen, starting near angle -pi (left).
  let start = 0;
  let bestScore = Infinity;
  for (let i = 0; i < 4; i++) {
    const p = sorted[i] as Point;
    const score = p[0] + p[1];
    if (score < bestScore - 1e-9) {
      bestScore = score;
      start = i;
    }
  }
  const at = (k: number): Point => sorted[(start + k) % 4] as Point;
  return [at(0), at(1), at(2), at(3)];
}

/** Sutherland–Hodgman clip of `subject` by the convex `clip` polygon (both clockwise on screen). */
export function clipPolygon(subject: Polygon, clip: Polygon): Point[] {
  let output: Point[] = [...subject];
  const n = clip.length;
  for (let i = 0; i < n && output.length > 0; i++) {
    const a = clip[i] as Point;
    const b = clip[(i + 1) % n] as Point;
    const inside = (p: Point): boolean => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0;
    const intersect = (p: Point, q: Point): Point => {
      const a1 = b[1] - a[1];
      const b1 = a[0] - b[0];
      const c1 = a1 * a[0] + b1 * a[1];
      const a2 = q[1] - p[1];
      const b2 = p[0] - q[0];
      const c2 = a2 * p[0] + b2 * p[1];
      const det = a1 * b2 - a2 * b1;
      if (Math.abs(det) < 1e-12) return q;
      return [(b2 * c1 - b1 * c2) / det, (a1 * c2 - a2 * c1) / det];
    };
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const cur = input[j] as Point;
      const prev = input[(j + input.length - 1) % input.length] as Point;
      if (inside(cur)) {
        if (!inside(prev)) output.push(intersect(prev, cur));
        output.push(cur);
      } else if (inside(prev)) {
        output.push(intersect(prev, cur));
      }
    }
  }
  return output;
}

/** Returns the polygon clockwise on screen (positive signed area). */
export function toClockwise(polygon: Polygon): Polygon {
  return signedArea(polygon) < 0 ? [...polygon].reverse() : polygon;
}

/**
 * Intersection over union of two convex polygons, exact (polygon clipping).
 * Non-convex polygons are replaced by their convex hulls.
 */
export function convexIou(a: Polygon, b: Polygon): number {
  const pa = convexify(a);
  const pb = convexify(b);
  const areaA = polygonArea(pa);
  const areaB = polygonArea(pb);
  if (areaA <= 0 || areaB <= 0) return 0;
  const inter = polygonArea(clipPolygon(pa, pb));
  const union = areaA + areaB - inter;
  return union > 0 ? inter / union : 0;
}

function convexify(polygon: Polygon): Polygon {
  const flat: number[] = [];
  for (const [x, y] of polygon) flat.push(x, y);
  return convexHull(flat);
}

/** Angle of a quad's top edge in degrees (clockwise positive). */
export function quadAngle(quad: Quad): number {
  const [tl, tr, br, bl] = quad;
  const dx = tr[0] - tl[0] + (br[0] - bl[0]);
  const dy = tr[1] - tl[1] + (br[1] - bl[1]);
  return (Math.atan2(dy, dx) * 180) / Math.PI;
}

/** Mean length of the top and bottom edges, and of the left and right edges. */
export function quadSize(quad: Quad): { width: number; height: number } {
  const [tl, tr, br, bl] = quad;
  return {
    width: (distance(tl, tr) + distance(bl, br)) / 2,
    height: (distance(tl, bl) + distance(tr, br)) / 2,
  };
}

export function quadCenter(quad: Quad): Point {
  return [
    (quad[0][0] + quad[1][0] + quad[2][0] + quad[3][0]) / 4,
    (quad[0][1] + quad[1][1] + quad[2][1] + quad[3][1]) / 4,
  ];
}

/**
 * The part of a text-line quad between two fractions of its length (0 = left
 * edge, 1 = right edge), e.g. to box the characters `start..end` of a line.
 */
export function subQuad(quad: Quad, start: number, end: number): Quad {
  const [tl, tr, br, bl] = quad;
  const lerp = (p: Point, q: Point, t: number): Point => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
  return [lerp(tl, tr, start), lerp(tl, tr, end), lerp(bl, br, end), lerp(bl, br, start)];
}

/** Clamps every point into `[0, width] x [0, height]`. */
export function clampQuad(quad: Quad, width: number, height: number): Quad {
  const c = (p: Point): Point => [Math.min(Math.max(p[0], 0), width), Math.min(Math.max(p[1], 0), height)];
  return [c(quad[0]), c(quad[1]), c(quad[2]), c(quad[3])];
}
