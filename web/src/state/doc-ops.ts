/**
 * Pure edits of a page's segments (image pixels). Every function returns a new page
 * and keeps the invariants the server checks: unique ids, links only between
 * existing ids, a link stored on both of its ends.
 */
import { withSegment, type Link, type Page, type Segment } from '../../../src/core/document.js';
import { convexIou, type Point } from '../../../src/core/geometry.js';

/** The smallest id not used by the page (ids are X-AnyLabeling `group_id`s). */
export function nextId(page: Page): number {
  let max = -1;
  for (const s of page.segments) if (s.id > max) max = s.id;
  return max + 1;
}

export function findSegment(page: Page, id: number): Segment | undefined {
  return page.segments.find((s) => s.id === id);
}

export function addSegments(page: Page, segments: readonly Segment[]): Page {
  return { ...page, segments: [...page.segments, ...segments] };
}

/** Replaces the segments with the given ids by `update(segment)`. */
export function updateSegments(page: Page, ids: readonly number[], update: (s: Segment) => Segment): Page {
  const set = new Set(ids);
  return { ...page, segments: page.segments.map((s) => (set.has(s.id) ? update(s) : s)) };
}

/** Deletes segments and every link that names them, on both ends. */
export function deleteSegments(page: Page, ids: readonly number[]): Page {
  const gone = new Set(ids);
  return {
    ...page,
    segments: page.segments
      .filter((s) => !gone.has(s.id))
      .map((s) => {
        const links = s.links.filter(([a, b]) => !gone.has(a) && !gone.has(b));
        return links.length === s.links.length ? s : withSegment(s, { links });
      }),
  };
}

function sameLink(a: Link, b: Link): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Adds the link `[from, to]` on both ends (no duplicates, no self links). */
export function addLink(page: Page, from: number, to: number): Page {
  if (from === to || !findSegment(page, from) || !findSegment(page, to)) return page;
  const link: Link = [from, to];
  return updateSegments(page, [from, to], (s) => (s.links.some((l) => sameLink(l, link)) ? s : withSegment(s, { links: [...s.links, link] })));
}

/** Removes the link `[from, to]` from both ends. */
export function removeLink(page: Page, from: number, to: number): Page {
  const link: Link = [from, to];
  return updateSegments(page, [from, to], (s) => withSegment(s, { links: s.links.filter((l) => !sameLink(l, link)) }));
}

/** True when the page holds a link between the two ids in either direction. */
export function hasLink(page: Page, a: number, b: number): boolean {
  const s = findSegment(page, a);
  return !!s && s.links.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Every distinct link of the page. */
export function pageLinks(page: Page): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const s of page.segments) {
    for (const l of s.links) {
      const key = `${l[0]}>${l[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(l);
    }
  }
  return out;
}

/**
 * Gives segment `from` the id `to` and rewrites every link that names it.
 * Returns undefined when `to` is taken or not a non-negative integer.
 */
export function changeId(page: Page, from: number, to: number): Page | undefined {
  if (!Number.isInteger(to) || to < 0) return undefined;
  if (from === to) return page;
  if (findSegment(page, to)) return undefined;
  const swap = (id: number): number => (id === from ? to : id);
  return {
    ...page,
    segments: page.segments.map((s) => {
      const links = s.links.map(([a, b]) => [swap(a), swap(b)] as const);
      return withSegment(s, { id: swap(s.id), links });
    }),
  };
}

/** Copies of the segments, offset by `offset` pixels, with new ids and no links; returns the page and the new ids. */
export function duplicateSegments(page: Page, ids: readonly number[], offset: number): { page: Page; ids: number[] } {
  let id = nextId(page);
  const copies: Segment[] = [];
  for (const s of page.segments) {
    if (!ids.includes(s.id)) continue;
    const points = s.points.map(([x, y]): Point => [x + offset, y + offset]);
    copies.push(withSegment(s, { id: id++, points, links: [] }));
  }
  return { page: addSegments(page, copies), ids: copies.map((c) => c.id) };
}

/** Accepts predictions: drops their confidence, which makes them ordinary labels. */
export function acceptPredictions(page: Page, ids?: readonly number[]): Page {
  const pick = ids ?? page.segments.filter((s) => s.confidence !== undefined).map((s) => s.id);
  return updateSegments(page, pick, (s) => withSegment(s, { confidence: undefined }));
}

/** Deletes predictions (all, or those of `ids` that are predictions). */
export function rejectPredictions(page: Page, ids?: readonly number[]): Page {
  const pick = page.segments.filter((s) => s.confidence !== undefined && (!ids || ids.includes(s.id))).map((s) => s.id);
  return deleteSegments(page, pick);
}

/**
 * Predictions that do not overlap an existing shape (IoU over 0.3), renumbered from
 * `firstId`, with their links (RE output) kept between the ones that remain.
 */
export function mergePredictions(existing: readonly Segment[], predicted: readonly Segment[], firstId: number): Segment[] {
  const ids = new Map<number, number>();
  let id = firstId;
  const kept = predicted.filter((p) => !existing.some((e) => convexIou(e.points, p.points) > 0.3));
  for (const p of kept) ids.set(p.id, id++);
  return kept.map((p) => ({
    ...p,
    id: ids.get(p.id) ?? p.id,
    links: p.links.flatMap(([a, b]) => {
      const x = ids.get(a);
      const y = ids.get(b);
      return x === undefined || y === undefined ? [] : [[x, y] as const];
    }),
  }));
}
