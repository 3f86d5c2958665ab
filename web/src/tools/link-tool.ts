/**
 * Link tool (L): click a question, then each of its answers; clicking a linked answer
 * again removes that link. Links are stored on both ends.
 */
import { hitSegment } from '../canvas/shape-geometry.js';
import { editDoc } from '../state/controller.js';
import { addLink, hasLink, removeLink } from '../state/doc-ops.js';
import type { Tool } from './tool.js';

export function createLinkTool(): Tool {
  return {
    cursor: 'alias',
    down(ctx, p) {
      const s = ctx.store.get();
      if (!s.doc) return;
      const hit = hitSegment(s.doc.page.segments, p.image, ctx.tolerance);
      if (!hit) {
        ctx.store.set({ ...s, linkSource: null, selection: [] });
        return;
      }
      const source = s.linkSource;
      if (source === null || source === hit.id) {
        ctx.store.set({ ...s, linkSource: source === hit.id ? null : hit.id, selection: [hit.id] });
        return;
      }
      editDoc(
        ctx.store,
        (doc) => ({
          ...doc,
          page: hasLink(doc.page, source, hit.id) ? removeLink(removeLink(doc.page, source, hit.id), hit.id, source) : addLink(doc.page, source, hit.id),
        }),
        { selection: [source] },
      );
    },
    move() {
      // Nothing follows the pointer.
    },
    up() {
      // Links are made on press.
    },
  };
}
