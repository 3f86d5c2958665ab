/**
 * Weak labels from field values: a dataset that gives a document's field
 * values with no boxes (SROIE `key/*.json`: company, date, address, total)
 * gets line labels by finding each value among the OCR lines — fuzzily, over
 * several consecutive lines for multi-line text, by value for dates and
 * amounts, and, when an amount appears several times, at the copy nearest a
 * key of its field. Pure functions; coordinates are image pixels.
 */
import { keyEvidence, compactForm, quadOfPoints, similarity, substringDistance, type TextLine } from './field-keys.js';
import { labelledAmountText, repairAmountText } from './amount-glyphs.js';
import { boundingBox } from './geometry.js';
import { findAmounts, normalizeAmount } from './normalize-amount.js';
import { findDates, normalizeDate } from './normalize-date.js';
import { sortReadingOrder } from './reading-order.js';
import type { DocumentSchema, FieldSpec } from './schema.js';

/** Where a field value was found: line indexes (input order), how, and a score in [0, 1]. */
export interface FieldMatch {
  readonly field: string;
  readonly label: string;
  readonly lines: readonly number[];
  readonly score: number;
  readonly how: 'text' | 'date' | 'amount';
}

export interface WeakLabelResult {
  /** Label per line (input order): the field's label, or undefined for lines no value was found in. */
  readonly labels: readonly (string | undefined)[];
  /** Field name → match; fields with an empty value are absent, fields not found map to undefined. */
  readonly matches: Readonly<Record<string, FieldMatch | undefined>>;
}

export interface WeakLabelOptions {
  /** Least similarity of a text match. Default 0.8. */
  readonly minSimilarity?: number;
  /** Most lines one multi-line value may span. Default 8. */
  readonly maxLines?: number;
}

/** The spec used for a value whose field the schema does not name: multi-line text labelled by its upper-cased name. */
export function defaultFieldSpec(name: string): FieldSpec {
  return {
    name,
    label: name.toUpperCase(),
    type: 'text',
    multiple: false,
    multiline: true,
    required: false,
    keys: {},
    negativeKeys: [],
    changeKeys: [],
    hints: [],
    anchors: [],
    requireHint: false,
    excludes: [],
    excludesBelow: [],
    strip: [],
    position: 'any',
    rules: {},
  };
}

/**
 * Labels the lines of one page from its field values.
 *
 * @example
 * const { labels, matches } = weakLabelLines(lines, { company: 'SUNRISE MART SDN BHD', total: '23.10' }, receiptSchema);
 */
export function weakLabelLines(
  lines: readonly TextLine[],
  values: Readonly<Record<string, string>>,
  schema: Pick<DocumentSchema, 'fields'>,
  options: WeakLabelOptions = {},
): WeakLabelResult {
  const labels: (string | undefined)[] = lines.map(() => undefined);
  const matches: Record<string, FieldMatch | undefined> = {};
  const order = sortReadingOrder(
    lines.map((_, i) => i),
    (i) => quadOfPoints(lines[i]!.points),
  );
  for (const [name, value] of Object.entries(values)) {
    if (value.trim() === '') continue;
    const spec = schema.fields.find((f) => f.name === name) ?? defaultFieldSpec(name);
    const free = (i: number): boolean => labels[i] === undefined;
    const match =
      spec.type === 'date'
        ? matchDate(lines, value, spec, free)
        : spec.type === 'amount' || spec.type === 'number'
          ? matchAmount(lines, value, spec, free)
          : matchText(lines, order, value, spec, free, options);
    matches[name] = match;
    if (match) for (const i of match.lines) labels[i] = spec.label;
  }
  return { labels, matches };
}

/**
 * Among candidate lines, the one with the strongest key evidence. Ties go to
 * the first line in input order, or with `lowest` to the one lowest on the
 * page: a total printed twice with keys (`TOTAL AMOUNT 7.70` … `NETT TOTAL
 * 7.70`) is the final one, the line that stays right when rounding makes the
 * two differ on other receipts.
 */
function nearestKey(
  lines: readonly TextLine[],
  candidates: readonly { line: number; at: number }[],
  spec: FieldSpec,
  lowest = false,
): number | undefined {
  let best: { line: number; score: number; y: number } | undefined;
  for (const c of candidates) {
    const score = keyEvidence(lines, c.line, spec, c.at).score;
    const y = lowest ? middleY(lines[c.line]!) : 0;
    if (!best || score > best.score || (lowest && score === best.score && y > best.y)) best = { line: c.line, score, y };
  }
  return best?.line;
}

function middleY(line: TextLine): number {
  const box = boundingBox(line.points);
  return (box.y0 + box.y1) / 2;
}

function matchDate(lines: readonly TextLine[], value: string, spec: FieldSpec, free: (i: number) => boolean): FieldMatch | undefined {
  const iso = normalizeDate(value, spec.dateOrder ? { order: spec.dateOrder } : {});
  const wanted = compactForm(value);
  const candidates: { line: number; at: number }[] = [];
  lines.forEach((line, i) => {
    if (!free(i)) return;
    const date = iso ? findDates(line.text, spec.dateOrder ? { order: spec.dateOrder } : {}).find((d) => d.iso === iso) : undefined;
    if (date) candidates.push({ line: i, at: date.index });
    else if (wanted.length >= 6 && substringDistance(wanted, compactForm(line.text)) <= 1) candidates.push({ line: i, at: 0 });
  });
  const line = nearestKey(lines, candidates, spec);
  return line === undefined ? undefined : { field: spec.name, label: spec.label, lines: [line], score: 1, how: 'date' };
}

function matchAmount(lines: readonly TextLine[], value: string, spec: FieldSpec, free: (i: number) => boolean): FieldMatch | undefined {
  const wanted = normalizeAmount(value)?.value;
  if (wanted === undefined) return undefined;
  const find = (text: string | undefined): number | undefined =>
    text === undefined ? undefined : findAmounts(text).find((a) => a.value === wanted || a.value === `-${wanted}`)?.index;
  const search = (read: (text: string) => string | undefined): { line: number; at: number }[] =>
    lines.flatMap((line, i) => {
      const at = free(i) ? find(read(line.text)) : undefined;
      return at === undefined ? [] : [{ line: i, at }];
    });
  // Only where the value is nowhere as printed: a line that holds it with its decimal point misread (`2400`, `14:00`),
  // so that the model learns to label such lines as the field does at run time (typedValues).
  let candidates = search(repairAmountText);
  if (candidates.length === 0) candidates = search((t) => labelledAmountText(repairAmountText(t)));
  const line = nearestKey(lines, candidates, spec, true);
  return line === undefined ? undefined : { field: spec.name, label: spec.label, lines: [line], score: 1, how: 'amount' };
}

/**
 * Text values: the best run of consecutive lines (reading order) whose joined
 * text is most similar to the value, or one line that contains the value.
 * Only lines that are themselves nearly inside the value can join a run, which
 * keeps the search small.
 */
function matchText(
  lines: readonly TextLine[],
  order: readonly number[],
  value: string,
  spec: FieldSpec,
  free: (i: number) => boolean,
  options: WeakLabelOptions,
): FieldMatch | undefined {
  const minSim = options.minSimilarity ?? 0.8;
  const maxLines = spec.multiline ? (options.maxLines ?? 8) : 1;
  const wanted = compactForm(value);
  if (wanted === '') return undefined;
  const texts = order.map((i) => compactForm(lines[i]!.text));
  const piece = texts.map((t, k) => free(order[k]!) && t.length > 0 && substringDistance(t, wanted) <= Math.floor(t.length * 0.25));
  let best: { from: number; to: number; score: number } | undefined;
  for (let from = 0; from < texts.length; from++) {
    if (!free(order[from]!)) continue;
    // One line containing the value (with more text around it).
    const t = texts[from]!;
    if (t.length >= wanted.length) {
      const contain = 1 - substringDistance(wanted, t) / wanted.length;
      const score = contain * (0.9 + (0.1 * wanted.length) / t.length);
      if (!best || score > best.score) best = { from, to: from, score };
    }
    if (!piece[from]) continue;
    let joined = '';
    for (let to = from; to < texts.length && to < from + maxLines && piece[to]; to++) {
      joined += texts[to]!;
      const score = similarity(joined, wanted);
      if (!best || score > best.score) best = { from, to, score };
      if (joined.length > wanted.length * 1.3) break;
    }
  }
  if (!best || best.score < minSim) return undefined;
  const picked = order.slice(best.from, best.to + 1);
  return { field: spec.name, label: spec.label, lines: picked, score: best.score, how: 'text' };
}
