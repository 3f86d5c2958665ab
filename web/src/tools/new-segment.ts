import type { Segment, Shape } from '../../../src/core/document.js';
import type { Point } from '../../../src/core/geometry.js';
import { editDoc } from '../state/controller.js';
import { nextId } from '../state/doc-ops.js';
import type { Store } from '../state/store.js';
import { roundPoints } from '../canvas/shape-geometry.js';

/** Adds a shape drawn by hand (label: the last one used) as one undo step and selects it. */
export function addDrawnSegment(store: Store, points: readonly Point[], shape: Shape): void {
  const label = store.get().drawLabel;
  let id = -1;
  editDoc(store, (doc) => {
    id = nextId(doc.page);
    const segment: Segment = { id, points: roundPoints(points), shape, text: '', label, links: [], difficult: false };
    return { ...doc, page: { ...doc.page, segments: [...doc.page.segments, segment] } };
  });
  if (id >= 0) store.set({ ...store.get(), selection: [id], polygonDraft: null });
}
