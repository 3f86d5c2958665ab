/**
 * Drawing tools: rectangle (R), rotated rectangle (O; drawn upright, turned with its
 * rotation handle in the select tool), polygon (P; four-point or free).
 */
import { distance, type Point } from '../../../src/core/geometry.js';
import { rectFromDrag } from '../canvas/shape-geometry.js';
import { addDrawnSegment } from './new-segment.js';
import type { Tool } from './tool.js';

/** Smallest side in image pixels of a rectangle that counts as drawn (not a stray click). */
const MIN_SIDE = 3;

export function createRectangleTool(kind: 'rectangle' | 'rotation'): Tool {
  let start: Point | null = null;
  return {
    cursor: 'crosshair',
    down(ctx, p) {
      start = p.image;
      ctx.store.set({ ...ctx.store.get(), polygonDraft: { points: rectFromDrag(p.image, p.image), hover: null }, selection: [] });
    },
    move(ctx, p, dragging) {
      if (!start || !dragging) return;
      ctx.store.set({ ...ctx.store.get(), polygonDraft: { points: rectFromDrag(start, p.image), hover: null } });
    },
    up(ctx, p) {
      const from = start;
      start = null;
      if (!from) return;
      let quad = rectFromDrag(from, p.image);
      ctx.store.set({ ...ctx.store.get(), polygonDraft: null });
      if (quad[2][0] - quad[0][0] < MIN_SIDE || quad[2][1] - quad[0][1] < MIN_SIDE) return;
      if (ctx.store.get().snap) quad = ctx.snap(quad);
      addDrawnSegment(ctx.store, quad, kind === 'rotation' ? { kind: 'rotation', angle: 0 } : { kind: 'rectangle' });
    },
  };
}

export function createPolygonTool(): Tool {
  const finish = (store: Parameters<Tool['down']>[0]['store'], points: readonly Point[]): void => {
    if (points.length < 3) return;
    addDrawnSegment(store, points, points.length === 4 ? { kind: 'quadrilateral' } : { kind: 'polygon' });
  };
  return {
    cursor: 'crosshair',
    down(ctx, p) {
      const s = ctx.store.get();
      const points = s.polygonDraft?.points ?? [];
      const first = points[0];
      if (first && points.length >= 3 && distance(first, p.image) <= ctx.tolerance * 1.5) {
        finish(ctx.store, points);
        return;
      }
      const next = [...points, p.image];
      if (s.fourPoint && next.length === 4) {
        finish(ctx.store, next);
        return;
      }
      ctx.store.set({ ...s, polygonDraft: { points: next, hover: p.image }, selection: [] });
    },
    move(ctx, p) {
      const s = ctx.store.get();
      if (s.polygonDraft) ctx.store.set({ ...s, polygonDraft: { ...s.polygonDraft, hover: p.image } });
    },
    up() {
      // Points are placed on press.
    },
    doubleClick(ctx) {
      const draft = ctx.store.get().polygonDraft;
      if (!draft) return;
      // The double click's second press added a point at the same place: drop it.
      const points = draft.points.filter((q, i) => i === 0 || distance(q, draft.points[i - 1] as Point) > 0.5);
      finish(ctx.store, points);
    },
  };
}
