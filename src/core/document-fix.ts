/**
 * Safe repairs of a dataset (`kie validate --fix`): each is one a reviewer would make
 * without looking at the image, and each is reported.
 */
import { createDataset, withSegment, type Dataset, type KieDocument, type Link, type Page, type Segment } from './document.js';
import type { Point } from './geometry.js';
import { sameLink } from './document-validate.js';

export interface FixResult {
  readonly dataset: Dataset;
  /** One line per repair, naming the document and segment. */
  readonly actions: readonly string[];
}

/**
 * Renumbers duplicate ids (the later segment gets a new id), drops links to missing
 * ids, adds the missing end of one-sided links, and clamps points into the image.
 *
 * @example
 * const { dataset: fixed, actions } = fixDataset(dataset);
 */
export function fixDataset(dataset: Dataset): FixResult {
  const actions: string[] = [];
  const documents = dataset.documents.map((doc) => fixDocument(doc, actions));
  return { dataset: createDataset(documents, dataset.classes), actions };
}

function fixDocument(doc: KieDocument, actions: string[]): KieDocument {
  const where = doc.source?.line !== undefined ? `${doc.source.file}:${doc.source.line}: ${doc.name}` : doc.name;
  // 1. Unique ids: a later duplicate gets max + 1; links naming the id stay with the first holder.
  const used = new Set<number>();
  let next = 0;
  for (const page of doc.pages) for (const s of page.segments) next = Math.max(next, s.id + 1);
  let pages: Page[] = doc.pages.map((page) => ({
    ...page,
    segments: page.segments.map((s) => {
      if (!used.has(s.id)) {
        used.add(s.id);
        return s;
      }
      const id = next++;
      used.add(id);
      actions.push(`${where}: renumbered duplicate id ${s.id} to ${id}`);
      return withSegment(s, { id, links: s.links.map(([a, b]) => [a === s.id ? id : a, b === s.id ? id : b] as const) });
    }),
  }));
  // 2. Links: drop those to missing ids, then add missing ends.
  const ids = new Set(pages.flatMap((p) => p.segments.map((s) => s.id)));
  pages = pages.map((page) => ({
    ...page,
    segments: page.segments.map((s) => {
      const kept = s.links.filter(([a, b]) => {
        const ok = ids.has(a) && ids.has(b) && (a === s.id || b === s.id);
        if (!ok) actions.push(`${where}: id ${s.id}: dropped link [${a}, ${b}] to a missing id`);
        return ok;
      });
      return kept.length === s.links.length ? s : withSegment(s, { links: kept });
    }),
  }));
  const wanted = new Map<number, Link[]>();
  for (const page of pages) {
    for (const s of page.segments) {
      for (const link of s.links) {
        const other = link[0] === s.id ? link[1] : link[0];
        const list = wanted.get(other) ?? [];
        list.push(link);
        wanted.set(other, list);
      }
    }
  }
  pages = pages.map((page) => ({
    ...page,
    segments: page.segments.map((s) => {
      const add = (wanted.get(s.id) ?? []).filter((l, i, all) => !s.links.some((m) => sameLink(m, l)) && all.findIndex((m) => sameLink(m, l)) === i);
      if (add.length === 0) return s;
      for (const l of add) actions.push(`${where}: id ${s.id}: added the missing end of link [${l[0]}, ${l[1]}]`);
      return withSegment(s, { links: [...s.links, ...add] });
    }),
  }));
  // 3. Clamp points into the image when its size is known.
  pages = pages.map((page) => (page.width > 0 && page.height > 0 ? clampPage(page, where, actions) : page));
  return { ...doc, pages };
}

function clampPage(page: Page, where: string, actions: string[]): Page {
  const { width, height } = page;
  const clamp = (p: Point): Point => [Math.min(Math.max(p[0], 0), width), Math.min(Math.max(p[1], 0), height)];
  const outside = (p: Point): boolean => p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height;
  return {
    ...page,
    segments: page.segments.map((s): Segment => {
      if (!s.points.some(outside)) return s;
      actions.push(`${where}: id ${s.id}: clamped points into the ${width}x${height} image`);
      return withSegment(s, { points: s.points.map(clamp) });
    }),
  };
}
