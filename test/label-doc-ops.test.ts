/**
 * The annotation app's pure document edits (web/src/state/doc-ops.ts): links stay on
 * both ends, ids stay unique, predictions are accepted or rejected.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Segment } from '../src/core/document.js';
import {
  acceptPredictions,
  addLink,
  changeId,
  deleteSegments,
  duplicateSegments,
  mergePredictions,
  nextId,
  pageLinks,
  rejectPredictions,
  removeLink,
} from '../web/src/state/doc-ops.js';

function seg(id: number, links: Array<[number, number]> = [], confidence?: number): Segment {
  const s: Segment = { id, points: [[id * 10, 0], [id * 10 + 8, 0], [id * 10 + 8, 5], [id * 10, 5]], shape: { kind: 'rectangle' }, text: `t${id}`, label: 'other', links, difficult: false };
  return confidence === undefined ? s : { ...s, confidence };
}

const page = (segments: Segment[]): Page => ({ image: 'a.png', width: 100, height: 100, segments });

describe('doc-ops', () => {
  it('adds a link on both ends once, and removes it from both', () => {
    let p = addLink(page([seg(0), seg(1), seg(2)]), 0, 1);
    p = addLink(p, 0, 1);
    expect(p.segments.map((s) => s.links)).toEqual([[[0, 1]], [[0, 1]], []]);
    expect(addLink(p, 0, 0)).toBe(p);
    expect(addLink(p, 0, 9)).toBe(p);
    expect(removeLink(p, 0, 1).segments.map((s) => s.links)).toEqual([[], [], []]);
  });

  it('deleting a shape removes its links from the other end', () => {
    const p = page([seg(0, [[0, 1], [0, 2]]), seg(1, [[0, 1]]), seg(2, [[0, 2]])]);
    const after = deleteSegments(p, [1]);
    expect(after.segments.map((s) => [s.id, s.links])).toEqual([
      [0, [[0, 2]]],
      [2, [[0, 2]]],
    ]);
  });

  it('changes an id everywhere, refusing a taken or invalid one', () => {
    const p = page([seg(0, [[0, 1]]), seg(1, [[0, 1]])]);
    expect(changeId(p, 1, 5)?.segments.map((s) => [s.id, s.links])).toEqual([
      [0, [[0, 5]]],
      [5, [[0, 5]]],
    ]);
    expect(changeId(p, 1, 0)).toBeUndefined();
    expect(changeId(p, 1, -1)).toBeUndefined();
    expect(changeId(p, 1, 1.5)).toBeUndefined();
  });

  it('duplicates with fresh ids and no links', () => {
    const p = page([seg(0, [[0, 1]]), seg(1, [[0, 1]])]);
    const { page: out, ids } = duplicateSegments(p, [0], 10);
    expect(ids).toEqual([2]);
    expect(out.segments[2]).toMatchObject({ id: 2, links: [], points: [[10, 10], [18, 10], [18, 15], [10, 15]] });
    expect(nextId(out)).toBe(3);
    expect(pageLinks(out)).toEqual([[0, 1]]);
  });

  it('accepts and rejects predictions', () => {
    const p = page([seg(0), seg(1, [], 0.9), seg(2, [], 0.8)]);
    expect(acceptPredictions(p, [1]).segments.map((s) => s.confidence)).toEqual([undefined, undefined, 0.8]);
    expect(acceptPredictions(p).segments.every((s) => s.confidence === undefined)).toBe(true);
    expect(rejectPredictions(p).segments.map((s) => s.id)).toEqual([0]);
  });

  it('merges predictions that do not overlap existing shapes, renumbered, links kept', () => {
    const existing = [seg(0)];
    const predicted = [seg(0, [], 0.9), seg(3, [[3, 4]], 0.9), seg(4, [[3, 4]], 0.9)];
    expect(mergePredictions(existing, predicted, 1).map((s) => [s.id, s.links])).toEqual([
      [1, [[1, 2]]],
      [2, [[1, 2]]],
    ]);
  });
});
