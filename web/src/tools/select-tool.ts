/**
 * Select tool: click to select (Shift adds), drag a shape to move the selection,
 * drag a corner to resize, a vertex to reshape, the round handle above a rotated
 * rectangle to turn it; drag on empty canvas to pan. A drag is one undo step.
 */
import { withSegment, type Segment } from '../../../src/core/document.js';
import { distance, rectToQuad, type Point } from '../../../src/core/geometry.js';
import { angleTowards, hitSegment, resizeRotated, rotatedRectOf, rotationHandle, roundPoints } from '../canvas/shape-geometry.js';
import type { DocSnapshot, Viewport } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import type { PointerInfo, Tool, ToolContext } from './tool.js';

/** Screen distance of the rotation handle from the top edge. */
export const ROTATION_HANDLE_GAP = 24;

type Gesture =
  | { kind: 'move'; ids: readonly number[]; from: Point }
  | { kind: 'corner'; id: number; corner: number }
  | { kind: 'vertex'; id: number; index: number }
  | { kind: 'rotate'; id: number }
  | { kind: 'pan'; from: Point; viewport: Viewport };

/** Handle under the pointer of the one selected segment, if any. */
export function hitHandle(segment: Segment, p: Point, tolerance: number, zoom: number): Gesture | undefined {
  const boxy = segment.shape.kind === 'rectangle' || segment.shape.kind === 'rotation';
  if (segment.shape.kind === 'rotation') {
    const handle = rotationHandle(rotatedRectOf(segment.points, segment.shape), ROTATION_HANDLE_GAP / zoom);
    if (distance(handle, p) <= tolerance * 1.5) return { kind: 'rotate', id: segment.id };
  }
  const index = segment.points.findIndex((q) => distance(q, p) <= tolerance * 1.5);
  if (index < 0) return undefined;
  return boxy && segment.points.length === 4 ? { kind: 'corner', id: segment.id, corner: index } : { kind: 'vertex', id: segment.id, index };
}

function mapSegments(doc: DocSnapshot, ids: readonly number[], f: (s: Segment) => Segment): DocSnapshot {
  const set = new Set(ids);
  return { ...doc, page: { ...doc.page, segments: doc.page.segments.map((s) => (set.has(s.id) ? f(s) : s)) } };
}

function applyGesture(g: Gesture, base: DocSnapshot, p: PointerInfo): DocSnapshot {
  switch (g.kind) {
    case 'move': {
      const dx = p.image[0] - g.from[0];
      const dy = p.image[1] - g.from[1];
      return mapSegments(base, g.ids, (s) => withSegment(s, { points: roundPoints(s.points.map(([x, y]) => [x + dx, y + dy])) }));
    }
    case 'corner':
      return mapSegments(base, [g.id], (s) => withSegment(s, { points: roundPoints(rectToQuad(resizeRotated(rotatedRectOf(s.points, s.shape), g.corner, p.image))) }));
    case 'vertex':
      return mapSegments(base, [g.id], (s) => withSegment(s, { points: roundPoints(s.points.map((q, i) => (i === g.index ? p.image : q))) }));
    case 'rotate':
      return mapSegments(base, [g.id], (s) => {
        const rect = rotatedRectOf(s.points, s.shape);
        const angle = Math.round(angleTowards(rect, p.image) * 10) / 10;
        return withSegment(s, { shape: { kind: 'rotation', angle }, points: roundPoints(rectToQuad({ ...rect, angle })) });
      });
    case 'pan':
      return base;
  }
}

export function createSelectTool(): Tool {
  let gesture: Gesture | null = null;
  let base: DocSnapshot | null = null;
  let moved = false;

  const finish = (store: Store): void => {
    const s = store.get();
    if (gesture && gesture.kind !== 'pan' && moved && base && s.doc) store.commit(s, base);
    gesture = null;
    base = null;
    moved = false;
  };

  return {
    cursor: 'default',
    down(ctx: ToolContext, p) {
      const s = ctx.store.get();
      if (!s.doc) return;
      base = s.doc;
      moved = false;
      const only = s.selection.length === 1 ? s.doc.page.segments.find((x) => x.id === s.selection[0]) : undefined;
      const handle = only ? hitHandle(only, p.image, ctx.tolerance, s.viewport.zoom) : undefined;
      if (handle) {
        gesture = handle;
        return;
      }
      const hit = hitSegment(s.doc.page.segments, p.image, ctx.tolerance);
      if (hit) {
        const selected = s.selection.includes(hit.id);
        const selection = p.shift ? (selected ? s.selection.filter((id) => id !== hit.id) : [...s.selection, hit.id]) : selected ? s.selection : [hit.id];
        const label = hit.label;
        ctx.store.set({ ...s, selection, drawLabel: label });
        gesture = { kind: 'move', ids: selection, from: p.image };
        return;
      }
      if (!p.shift) ctx.store.set({ ...s, selection: [] });
      gesture = { kind: 'pan', from: p.screen, viewport: s.viewport };
    },
    move(ctx, p, dragging) {
      if (!dragging || !gesture || !base) return;
      const s = ctx.store.get();
      if (gesture.kind === 'pan') {
        const v = gesture.viewport;
        ctx.store.set({ ...s, viewport: { ...v, panX: v.panX + p.screen[0] - gesture.from[0], panY: v.panY + p.screen[1] - gesture.from[1] } });
        return;
      }
      moved = true;
      ctx.store.set({ ...s, doc: applyGesture(gesture, base, p) });
    },
    up(ctx) {
      finish(ctx.store);
    },
  };
}
