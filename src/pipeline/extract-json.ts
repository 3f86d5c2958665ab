/**
 * Output forms of `kie extract`: the versioned JSON document, and a
 * {@link Dataset} of predictions for the dataset writers (PP-OCR KIE, PaddleOCR).
 */
import { createDataset, imageKey, inferShape, type Dataset, type Link, type Segment } from '../core/document.js';
import type { Point } from '../core/geometry.js';
import type { ExtractResult } from './kie.js';

/** Version of the `kie extract` JSON; bump it (and document the change) when the shape changes. */
export const EXTRACT_SCHEMA_VERSION = 1;

/** One extracted page and the image it came from. */
export interface ExtractedPage {
  /** The image as named on the command line or in the OCR/dataset file. */
  readonly image: string;
  /** Absolute path of the image on disk, when known. */
  readonly imagePath?: string;
  readonly result: ExtractResult;
}

/** The JSON of one page (pixel coordinates to 0.1 px, scores to 4 digits, times in ms). */
export interface ExtractPageJson {
  image: string;
  width: number;
  height: number;
  segments: Array<{ id: number; points: [number, number][]; text: string; label: string; labelScore: number }>;
  links: Array<{ from: number; to: number; score: number }>;
  keyValues: Array<{ key: string; value: string; keyIds: number[]; valueIds: number[]; score: number }>;
  timings: { ocr: number; ser: number; re: number; total: number };
}

/** The whole JSON document written by `kie extract`. */
export interface ExtractJson {
  schemaVersion: typeof EXTRACT_SCHEMA_VERSION;
  model: { name: string; version: string };
  pages: ExtractPageJson[];
  /** Inputs that failed, with the error's code and message (the batch goes on). */
  errors?: Array<{ image: string; code: string; message: string }>;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));
const roundPoint = (p: Point): [number, number] => [round(p[0], 1), round(p[1], 1)];

/** Plain JSON of one extracted page. */
export function toExtractPageJson(page: ExtractedPage): ExtractPageJson {
  const r = page.result;
  return {
    image: page.image,
    width: r.width,
    height: r.height,
    segments: r.segments.map((s) => ({
      id: s.id,
      points: s.points.map(roundPoint),
      text: s.text,
      label: s.label,
      labelScore: round(s.labelScore, 4),
    })),
    links: r.links.map((l) => ({ from: l.from, to: l.to, score: round(l.score, 4) })),
    keyValues: r.keyValues.map((kv) => ({
      key: kv.key,
      value: kv.value,
      keyIds: [...kv.keyIds],
      valueIds: [...kv.valueIds],
      score: round(kv.score, 4),
    })),
    timings: {
      ocr: round(r.timings.ocr, 1),
      ser: round(r.timings.ser, 2),
      re: round(r.timings.re, 2),
      total: round(r.timings.total, 1),
    },
  };
}

/**
 * The `kie extract` JSON document.
 *
 * @example
 * const json = toExtractJson([{ image: 'form.png', result }], { name: 'kie-forms', version: '0.1.0' });
 * json.pages[0].keyValues // [{ key: 'Name:', value: 'Jane Doe', ... }]
 */
export function toExtractJson(
  pages: readonly ExtractedPage[],
  model: { name: string; version: string },
  errors: readonly { image: string; code: string; message: string }[] = [],
): ExtractJson {
  const json: ExtractJson = { schemaVersion: EXTRACT_SCHEMA_VERSION, model: { ...model }, pages: pages.map(toExtractPageJson) };
  if (errors.length > 0) json.errors = errors.map((e) => ({ ...e }));
  return json;
}

/**
 * Predictions as a dataset (one document per page): predicted labels, links
 * stored on both ends as datasets do, the label probability as `confidence`.
 * `kie eval` reads it back once written as PP-OCR KIE.
 */
export function toPredictionDataset(pages: readonly ExtractedPage[], classes?: readonly string[]): Dataset {
  const documents = pages.map((page) => {
    const r = page.result;
    const linksOf = new Map<number, Link[]>();
    for (const l of r.links) {
      for (const id of [l.from, l.to]) linksOf.set(id, [...(linksOf.get(id) ?? []), [l.from, l.to]]);
    }
    const segments: Segment[] = r.segments.map((s) => ({
      id: s.id,
      points: s.points.map(roundPoint),
      shape: inferShape(s.points),
      text: s.text,
      label: s.label,
      links: linksOf.get(s.id) ?? [],
      difficult: false,
      confidence: round(s.labelScore, 4),
    }));
    return {
      name: imageKey(page.image),
      pages: [{ image: page.image, ...(page.imagePath ? { imagePath: page.imagePath } : {}), width: r.width, height: r.height, segments }],
    };
  });
  return createDataset(documents, classes);
}

/**
 * `JSON.stringify` with two-space indentation, except that arrays of numbers and
 * arrays of such arrays (points, id lists) stay on one line: a page of polygons
 * stays readable.
 */
export function formatJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  const flat = text.replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/gu, (_, inner: string) => `[${inner.replace(/\s+/gu, '')}]`);
  return flat.replace(/\[\s*(\[[^\][]*\](?:,\s*\[[^\][]*\])*)\s*\]/gu, (_, inner: string) => `[${inner.replace(/\s+/gu, '')}]`);
}
