/**
 * Weak labelling of a whole dataset whose documents carry field values
 * (`KieDocument.fields`) and unlabelled lines, with a coverage report: how many
 * values were found per field, how many lines got each label, and the misses.
 */
import { withSegment, type Dataset, type KieDocument } from './document.js';
import { isBackground } from './labels.js';
import type { DocumentSchema } from './schema.js';
import { weakLabelLines, type WeakLabelOptions } from './weak-labels.js';

/** Coverage of a weak labelling run. */
export interface WeakLabelReport {
  readonly documents: number;
  /** Per field: documents with a non-empty value, and values found among the lines. */
  readonly fields: Readonly<Record<string, { readonly values: number; readonly found: number }>>;
  /** Lines per label given (the field labels), and all lines. */
  readonly labelledLines: Readonly<Record<string, number>>;
  readonly lines: number;
  /** Values not found, in document order. */
  readonly misses: readonly { readonly document: string; readonly field: string; readonly value: string }[];
}

/**
 * Labels every document of `dataset` that has field values and no line labels
 * yet (every segment background); other documents are kept as they are, so
 * gold labels are never overwritten.
 *
 * @example
 * const { dataset: labelled, report } = weakLabelDataset(sroie, receiptSchema);
 * report.fields.total // {values: 500, found: 487}
 */
export function weakLabelDataset(
  dataset: Dataset,
  schema: Pick<DocumentSchema, 'fields'>,
  options: WeakLabelOptions = {},
): { dataset: Dataset; report: WeakLabelReport } {
  const fields: Record<string, { values: number; found: number }> = {};
  const labelledLines: Record<string, number> = {};
  const misses: { document: string; field: string; value: string }[] = [];
  let lines = 0;
  const documents = dataset.documents.map((doc): KieDocument => {
    lines += doc.pages.reduce((n, p) => n + p.segments.length, 0);
    if (!doc.fields || doc.pages.some((p) => p.segments.some((s) => !isBackground(s.label)))) return doc;
    const values = doc.fields;
    const found = new Set<string>();
    const pages = doc.pages.map((page) => {
      // Each page is searched for the values not yet found on earlier pages.
      const pending = Object.fromEntries(Object.entries(values).filter(([k]) => !found.has(k)));
      const { labels, matches } = weakLabelLines(page.segments, pending, schema, options);
      for (const [name, match] of Object.entries(matches)) if (match) found.add(name);
      return {
        ...page,
        segments: page.segments.map((s, i) => {
          const label = labels[i];
          if (label === undefined) return s;
          labelledLines[label] = (labelledLines[label] ?? 0) + 1;
          return withSegment(s, { label });
        }),
      };
    });
    for (const [name, value] of Object.entries(values)) {
      if (value.trim() === '') continue;
      const entry = (fields[name] ??= { values: 0, found: 0 });
      entry.values++;
      if (found.has(name)) entry.found++;
      else misses.push({ document: doc.name, field: name, value });
    }
    return { ...doc, pages };
  });
  return {
    dataset: { ...dataset, documents },
    report: { documents: dataset.documents.length, fields, labelledLines, lines, misses },
  };
}
