/**
 * The one conversion between image pixels (the annotation's coordinates, origin
 * top-left) and canvas CSS pixels: `screen = pan + image * zoom`.
 */
import type { Point } from '../../../src/core/geometry.js';
import type { Viewport } from '../state/app-state.js';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 40;

export function toScreen(v: Viewport, p: Point): Point {
  return [v.panX + p[0] * v.zoom, v.panY + p[1] * v.zoom];
}

export function toImage(v: Viewport, p: Point): Point {
  return [(p[0] - v.panX) / v.zoom, (p[1] - v.panY) / v.zoom];
}

/** Zooms by `factor` keeping the image point under `at` (screen) in place. */
export function zoomAt(v: Viewport, factor: number, at: Point): Viewport {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor));
  const [ix, iy] = toImage(v, at);
  return { zoom, panX: at[0] - ix * zoom, panY: at[1] - iy * zoom };
}

/** The viewport that shows the whole image centred in a `width` × `height` canvas, with a margin. */
export function fitViewport(imageWidth: number, imageHeight: number, width: number, height: number, margin = 24): Viewport {
  if (imageWidth <= 0 || imageHeight <= 0 || width <= 0 || height <= 0) return { zoom: 1, panX: 0, panY: 0 };
  const zoom = Math.max(MIN_ZOOM, Math.min((width - 2 * margin) / imageWidth, (height - 2 * margin) / imageHeight, 8));
  return { zoom, panX: (width - imageWidth * zoom) / 2, panY: (height - imageHeight * zoom) / 2 };
}
