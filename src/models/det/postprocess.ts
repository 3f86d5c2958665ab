import {
  clampQuad,
  convexHull,
  expandRect,
  minAreaRect,
  polygonArea,
  polygonPerimeter,
  rectToQuad,
  type Quad,
} from '../../core/geometry.js';
import type { FloatMap } from '../../core/image.js';
import type { DetConfig } from './config.js';

/** A detected text region in original-image pixels. */
export interface DetectedBox {
  readonly points: Quad;
  /** Mean text probability over the component's pixels. */
  readonly score: number;
}

interface Component {
  /** Flat x, y pairs of the component's boundary pixels (map coordinates). */
  readonly boundary: number[];
  readonly size: number;
  readonly score: number;
}

/**
 * Labels 8-connected components of `prob > thresh`, collecting for each its
 * boundary pixels and its mean probability.
 */
export function findComponents(map: FloatMap, thresh: number): Component[] {
  const { width, height, data } = map;
  const n = width * height;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) mask[i] = data[i]! > thresh ? 1 : 0;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const components: Component[] = [];
  for (let start = 0; start < n; start++) {
    if (!mask[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    const boundary: number[] = [];
    let size = 0;
    let sum = 0;
    while (top > 0) {
      const p = stack[--top]!;
      const x = p % width;
      const y = (p - x) / width;
      size++;
      sum += data[p]!;
      let isBoundary = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          if (dx === 0 && dy === 0) continue;
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (!mask[q]) {
            if (dx === 0 || dy === 0) isBoundary = true;
            continue;
          }
          if (!seen[q]) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
      if (isBoundary) boundary.push(x, y);
    }
    components.push({ boundary, size, score: sum / size });
  }
  return components;
}

/**
 * DB post-processing: probability map → text boxes in original-image pixels.
 * Threshold, connected components, minimum-area rectangle of each component,
 * score = mean probability of the component's pixels (tighter than the box mean),
 * unclip by `area * unclipRatio / perimeter`, scale to the original image.
 */
export function postprocessDet(
  map: FloatMap,
  imageWidth: number,
  imageHeight: number,
  config: Pick<DetConfig, 'thresh' | 'boxThresh' | 'unclipRatio' | 'maxCandidates' | 'minSize'>,
): DetectedBox[] {
  const components = findComponents(map, config.thresh)
    .filter((c) => c.size >= 2)
    .sort((a, b) => b.size - a.size)
    .slice(0, config.maxCandidates);
  const sx = imageWidth / map.width;
  const sy = imageHeight / map.height;
  const boxes: DetectedBox[] = [];
  for (const c of components) {
    const rect = minAreaRect(convexHull(c.boundary));
    if (Math.min(rect.width, rect.height) < config.minSize) continue;
    if (c.score < config.boxThresh) continue;
    const quad = rectToQuad(rect);
    const distance = (polygonArea(quad) * config.unclipRatio) / polygonPerimeter(quad);
    const grown = expandRect(rect, distance);
    if (Math.min(grown.width, grown.height) < config.minSize + 2) continue;
    const scaled = rectToQuad(grown).map(([x, y]) => [(x + 0.5) * sx, (y + 0.5) * sy] as const) as unknown as Quad;
    boxes.push({ points: clampQuad(scaled, imageWidth, imageHeight), score: c.score });
  }
  return boxes;
}
