/**
 * Counts and distributions of a dataset (`kie stats`).
 */
import { documentSegments, pointsToBox, type Dataset, type Segment } from './document.js';
import { normalizeLabel } from './labels.js';

/** Five-number-ish summary of a distribution. */
export interface Distribution {
  readonly count: number;
  readonly min: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
}

export type LinkKind = 'question→answer' | 'question→question' | 'header→question' | 'other';

export interface DatasetStats {
  readonly documents: number;
  readonly pages: number;
  readonly segments: number;
  /** Segments per normalised label (lower case, background as `other`). */
  readonly labels: Readonly<Record<string, number>>;
  /** Distinct links (a link stored on both ends counts once) per kind of its ends' labels. */
  readonly links: Readonly<Record<LinkKind, number>>;
  /** Text length in characters (code points). */
  readonly textLength: Distribution;
  /** Width and height of the axis-aligned box around each segment, pixels. */
  readonly boxWidth: Distribution;
  readonly boxHeight: Distribution;
}

/**
 * Computes the counts of a dataset.
 *
 * @example
 * const stats = datasetStats(dataset);
 * console.log(stats.segments, stats.links['question→answer']);
 */
export function datasetStats(dataset: Dataset): DatasetStats {
  const labels: Record<string, number> = {};
  const links: Record<LinkKind, number> = { 'question→answer': 0, 'question→question': 0, 'header→question': 0, other: 0 };
  const textLengths: number[] = [];
  const widths: number[] = [];
  const heights: number[] = [];
  let pages = 0;
  for (const doc of dataset.documents) {
    pages += doc.pages.length;
    const segments = documentSegments(doc);
    const byId = new Map<number, Segment>();
    for (const s of segments) if (!byId.has(s.id)) byId.set(s.id, s);
    const seen = new Set<string>();
    for (const s of segments) {
      const label = normalizeLabel(s.label);
      labels[label] = (labels[label] ?? 0) + 1;
      textLengths.push(Array.from(s.text).length);
      const [x0, y0, x1, y1] = pointsToBox(s.points);
      widths.push(x1 - x0);
      heights.push(y1 - y0);
      for (const [a, b] of s.links) {
        const key = a < b ? `${a},${b}` : `${b},${a}`;
        if (seen.has(key)) continue;
        seen.add(key);
        links[linkKind(byId.get(a), byId.get(b))]++;
      }
    }
  }
  return {
    documents: dataset.documents.length,
    pages,
    segments: textLengths.length,
    labels,
    links,
    textLength: distribution(textLengths),
    boxWidth: distribution(widths),
    boxHeight: distribution(heights),
  };
}

/** Kind of a link from the labels of its two ends, whichever end is stored first. */
export function linkKind(a: Segment | undefined, b: Segment | undefined): LinkKind {
  if (!a || !b) return 'other';
  const pair = [normalizeLabel(a.label), normalizeLabel(b.label)].sort().join('+');
  if (pair === 'answer+question') return 'question→answer';
  if (pair === 'question+question') return 'question→question';
  if (pair === 'header+question') return 'header→question';
  return 'other';
}

/**
 * Min, median, 90th percentile (nearest rank) and max.
 *
 * @example
 * distribution([1, 2, 3, 4]) // {count: 4, min: 1, median: 2.5, p90: 4, max: 4}
 */
export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0, min: 0, median: 0, p90: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const p90 = sorted[Math.min(n - 1, Math.ceil(0.9 * n) - 1)]!;
  return { count: n, min: sorted[0]!, median, p90, max: sorted[n - 1]! };
}
