/**
 * Draws the scene on a 2D canvas: the image, every shape in its label's colour
 * (predictions dashed), link arrows, the selection's handles and the shape being
 * drawn. Reads the state, changes nothing.
 */
import type { Segment } from '../../../src/core/document.js';
import { quadCenter, type Point, type Quad } from '../../../src/core/geometry.js';
import { sameLabel } from '../../../src/core/labels.js';
import type { LabelProject } from '../../../src/core/label-project.js';
import type { AppState } from '../state/app-state.js';
import { pageLinks } from '../state/doc-ops.js';
import { ROTATION_HANDLE_GAP } from '../tools/select-tool.js';
import { rotatedRectOf, rotationHandle } from './shape-geometry.js';
import { toScreen } from './viewport.js';

const FALLBACK_COLOR = '#8c8c8c';
const LINK_COLOR = '#f2994a';

export function labelColor(project: LabelProject | null, label: string): string {
  return project?.labels.find((l) => sameLabel(l.name, label))?.color ?? FALLBACK_COLOR;
}

function centre(s: Segment): Point {
  if (s.points.length === 4) return quadCenter(s.points as unknown as Quad);
  const n = s.points.length;
  return [s.points.reduce((a, p) => a + p[0], 0) / n, s.points.reduce((a, p) => a + p[1], 0) / n];
}

function pathOf(ctx: CanvasRenderingContext2D, state: AppState, points: readonly Point[], close = true): void {
  ctx.beginPath();
  points.forEach((p, i) => {
    const [x, y] = toScreen(state.viewport, p);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  if (close) ctx.closePath();
}

/** Where the ray from the centre `c` towards `to` leaves the shape's bounding box (image pixels). */
function boxExit(s: Segment, c: Point, to: Point): Point {
  const xs = s.points.map((p) => p[0]);
  const ys = s.points.map((p) => p[1]);
  const dx = to[0] - c[0];
  const dy = to[1] - c[1];
  const tx = dx === 0 ? Infinity : ((dx > 0 ? Math.max(...xs) : Math.min(...xs)) - c[0]) / dx;
  const ty = dy === 0 ? Infinity : ((dy > 0 ? Math.max(...ys) : Math.min(...ys)) - c[1]) / dy;
  const t = Math.min(tx, ty, 1);
  return [c[0] + dx * t, c[1] + dy * t];
}

function drawArrow(ctx: CanvasRenderingContext2D, from: Point, to: Point): void {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  ctx.beginPath();
  ctx.moveTo(from[0], from[1]);
  ctx.lineTo(to[0], to[1]);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(to[0], to[1]);
  ctx.lineTo(to[0] - 10 * Math.cos(angle - 0.4), to[1] - 10 * Math.sin(angle - 0.4));
  ctx.lineTo(to[0] - 10 * Math.cos(angle + 0.4), to[1] - 10 * Math.sin(angle + 0.4));
  ctx.closePath();
  ctx.fill();
}

function drawHandle(ctx: CanvasRenderingContext2D, p: Point, color: string, round = false): void {
  ctx.beginPath();
  if (round) ctx.arc(p[0], p[1], 5, 0, Math.PI * 2);
  else ctx.rect(p[0] - 4, p[1] - 4, 8, 8);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

function drawTag(ctx: CanvasRenderingContext2D, state: AppState, s: Segment, color: string): void {
  const top = s.points.reduce((best, p) => (p[1] < best[1] || (p[1] === best[1] && p[0] < best[0]) ? p : best), s.points[0] as Point);
  const [x, y] = toScreen(state.viewport, top);
  const text = `${s.id} ${s.label}${s.confidence !== undefined ? ` ${Math.round(s.confidence * 100)}%` : ''}`;
  ctx.font = '11px system-ui, sans-serif';
  const w = ctx.measureText(text).width + 8;
  ctx.fillStyle = color;
  ctx.fillRect(x, y - 15, w, 15);
  ctx.fillStyle = '#ffffff';
  ctx.fillText(text, x + 4, y - 4);
}

/** Paints the whole scene; `size` is the canvas in CSS pixels. */
export function renderScene(ctx: CanvasRenderingContext2D, state: AppState, image: HTMLImageElement | null, size: { width: number; height: number }): void {
  ctx.clearRect(0, 0, size.width, size.height);
  const { viewport: v, doc } = state;
  if (image && doc) {
    ctx.imageSmoothingEnabled = v.zoom < 2;
    ctx.drawImage(image, v.panX, v.panY, image.naturalWidth * v.zoom, image.naturalHeight * v.zoom);
  }
  if (!doc) return;
  const selected = new Set(state.selection);
  const segments = doc.page.segments;
  for (const s of segments) {
    const color = labelColor(state.project, s.label);
    pathOf(ctx, state, s.points);
    ctx.globalAlpha = selected.has(s.id) ? 0.28 : 0.14;
    ctx.fillStyle = color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash(s.confidence !== undefined ? [6, 4] : []);
    ctx.lineWidth = selected.has(s.id) || s.id === state.linkSource ? 2.5 : 1.5;
    ctx.strokeStyle = color;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (state.showLinks) {
    ctx.strokeStyle = LINK_COLOR;
    ctx.fillStyle = LINK_COLOR;
    ctx.lineWidth = 2;
    const byId = new Map(segments.map((s) => [s.id, s]));
    for (const [a, b] of pageLinks(doc.page)) {
      const from = byId.get(a);
      const to = byId.get(b);
      if (!from || !to) continue;
      const cFrom = centre(from);
      const cTo = centre(to);
      drawArrow(ctx, toScreen(v, boxExit(from, cFrom, cTo)), toScreen(v, boxExit(to, cTo, cFrom)));
    }
  }
  for (const s of segments) drawTag(ctx, state, s, labelColor(state.project, s.label));
  if (state.selection.length === 1) {
    const s = segments.find((x) => x.id === state.selection[0]);
    if (s) {
      const color = labelColor(state.project, s.label);
      for (const p of s.points) drawHandle(ctx, toScreen(v, p), color);
      if (s.shape.kind === 'rotation') {
        const rect = rotatedRectOf(s.points, s.shape);
        const handle = toScreen(v, rotationHandle(rect, ROTATION_HANDLE_GAP / v.zoom));
        const topMid = toScreen(v, rotationHandle(rect, 0));
        ctx.strokeStyle = color;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(topMid[0], topMid[1]);
        ctx.lineTo(handle[0], handle[1]);
        ctx.stroke();
        drawHandle(ctx, handle, color, true);
      }
    }
  }
  const draft = state.polygonDraft;
  if (draft) {
    const color = labelColor(state.project, state.drawLabel);
    const points = draft.hover && state.tool === 'polygon' ? [...draft.points, draft.hover] : draft.points;
    pathOf(ctx, state, points, state.tool !== 'polygon');
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const p of draft.points) drawHandle(ctx, toScreen(v, p), color);
  }
}
