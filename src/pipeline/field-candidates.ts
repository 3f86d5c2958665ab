/**
 * Candidate values of a field on a page: from the segments a SER model gave
 * the field's class, or by rules (key synonyms, value types, position, hints)
 * when no model for the document type is at hand. Pure; coordinates in pixels.
 */
import { findKey, keyEvidence, matchForm } from '../core/field-keys.js';
import { sameLabel } from '../core/labels.js';
import { findPhones } from '../core/normalize-amount.js';
import { findDates } from '../core/normalize-date.js';
import type { FieldSpec } from '../core/schema.js';
import { normalizeFieldValue } from '../core/schema-validate.js';
import { closingPlace, growRun, openingStreet } from './grow-run.js';
import {
  adjacent,
  amountValues,
  close,
  columnNeighbour,
  compilePatterns,
  keyBlocks,
  tight,
  withoutDates,
  type PagePricing,
  type PreparedPage,
} from './field-page.js';

/** A possible value of a field: the text as printed, the segments it comes from, and a score (higher is better). */
export interface Candidate {
  readonly value: string;
  readonly segmentIds: readonly number[];
  readonly score: number;
  readonly source: 'model' | 'rules';
  /** A labelled line's whole text, where no value of the field's type (date, amount, phone) was found in it. */
  readonly untyped?: true;
  /** A labelled value that a negative key announces on its own line (`Due Date: Dec 3, 2026` taken for the date). */
  readonly againstKey?: true;
  /** A rule value that a key of the field announces. */
  readonly keyed?: true;
}

/**
 * The value of a type inside a segment's text: the typed substring for dates,
 * amounts and phones, else the text. Amounts are looked for after undoing OCR
 * slips in them (`RH43.40`, `RMO.02`); with `labelled` (a segment a model gave
 * the field's class) one with its decimal point misread or lost (`14:00`,
 * `2400`) is read too when no other is (amount-glyphs.ts).
 */
export function typedValues(field: FieldSpec, text: string, labelled = false, pricing: PagePricing = NO_PAGE_PRICING): { value: string; index: number }[] {
  const order = field.dateOrder ? { order: field.dateOrder } : {};
  switch (field.type) {
    case 'date':
      return findDates(text, order).map((d) => ({ value: d.text, index: d.index }));
    case 'amount':
      return amountValues(text, labelled, pricing);
    case 'phone':
      return findPhones(text).map((p) => ({ value: p.text, index: p.index }));
    default:
      return [{ value: text.trim(), index: 0 }];
  }
}

/** Pricing of a text seen without its page: decimals only. */
const NO_PAGE_PRICING: PagePricing = { wholeUnits: false, spaceGrouped: false, spaceGroupedWhole: false };

const isMultiValueType = (field: FieldSpec): boolean => field.type === 'date' || field.type === 'amount' || field.type === 'phone';

/** Position prior in [0, 1] of a segment's top for a field's usual place. */
function positionPrior(field: FieldSpec, top: number): number {
  if (field.position === 'top') return 1 - top;
  if (field.position === 'bottom') return top;
  return 0.5;
}

/**
 * Candidates from SER labels. Multi-line fields: runs of consecutive labelled
 * segments in reading order, joined with spaces; others: one per segment (the
 * typed substring for dates and amounts), helped by key evidence.
 */
export function modelCandidates(page: PreparedPage, field: FieldSpec, taken: ReadonlySet<number> = new Set(), others: readonly FieldSpec[] = []): Candidate[] {
  // A line another field's anchors claim is not this field's, whatever the model said (`Hauptstrasse 12` taken for a
  // company); nor one its hints claim where the model was in doubt.
  const foreign = field.type === 'text' ? claimedElsewhere(field, others) : () => false;
  const blocked = keyBlocks(page, field);
  const labelled = page.segments.map((s, i) => ({ s, i })).filter(({ s, i }) => sameLabel(s.label, field.label) && !foreign(s.text, s.labelScore) && !blocked.has(i));
  if (labelled.length === 0) return [];
  if (field.multiline && !isMultiValueType(field)) {
    const runs: (typeof labelled)[] = [];
    for (const item of labelled) {
      const run = runs[runs.length - 1];
      const last = run?.[run.length - 1];
      // A run breaks at a gap of more than one unlabelled segment in reading order.
      if (run && last && item.i - last.i <= 2) run.push(item);
      else runs.push([item]);
    }
    return runs.map((run) => growRun(page, field, run, taken, blocked)).map((run) => ({
      value: run.map(({ s }) => s.text.trim()).join(' '),
      segmentIds: run.map(({ s }) => s.id),
      score: run.reduce((sum, { s }) => sum + s.labelScore, 0),
      source: 'model' as const,
    }));
  }
  return labelled.flatMap(({ s, i }) => {
    const values = typedValues(field, s.text, true, page);
    const found = values.length > 0 ? values : [{ value: s.text.trim(), index: 0 }];
    return found.map((v) => {
      const key = keyEvidence(page.lines, i, field, v.index).score;
      const valid = normalizeFieldValue(field, v.value) ? 0.2 : 0;
      const candidate = { value: v.value, segmentIds: [s.id], score: s.labelScore + 0.3 * key + valid, source: 'model' as const, ...(key <= -1 ? { againstKey: true as const } : {}) };
      return values.length > 0 ? candidate : { ...candidate, untyped: true as const };
    });
  });
}

/** Under this probability of its label, a line another field's hints claim (and the field's own do not) is not the field's. */
const DOUBTFUL_LABEL = 0.7;

/**
 * Whether another field claims a line and the field's own hints and anchors do
 * not: its anchors claim it outright (`1200 Pine Street` is an address, not the
 * company of a receipt whose name is a logo), its hints where the model was in
 * doubt (under {@link DOUBTFUL_LABEL}: `Plot 54366, Western Bypass` labelled a
 * company at 0.64 under `Kgale Fuels (Pty) Ltd`). Other fields' hints claim
 * nothing the model was sure of, nor a line the field's own hints claim
 * (`SUNWAY PLAZA SDN BHD`). With `text` only (rules), anchors alone count.
 */
function claimedElsewhere(field: FieldSpec, others: readonly FieldSpec[]): (text: string, labelScore?: number) => boolean {
  const rest = others.filter((o) => o.name !== field.name);
  const anchors = compilePatterns(rest.flatMap((o) => o.anchors));
  const hints = compilePatterns(rest.flatMap((o) => o.hints));
  const own = compilePatterns([...field.hints, ...field.anchors]);
  return (text, labelScore = 1) =>
    (anchors.some((re) => re.test(text)) || (labelScore < DOUBTFUL_LABEL && hints.some((re) => re.test(text)))) && !own.some((re) => re.test(text));
}

/**
 * Candidates by rules, for pages with no model labels for the field. Typed
 * fields: every value of the type on the page, scored by key evidence (`TOTAL`
 * to the left scores, `CASH` counts against), validity and position. Text
 * fields: lines scored by hints, excludes, keys and position; multi-line
 * fields grow over neighbouring lines that look the same. `others` (the
 * schema's fields) lend their anchors: a line they claim is not this field's
 * unless its own hints claim it too.
 */
export function ruleCandidates(page: PreparedPage, field: FieldSpec, taken: ReadonlySet<number> = new Set(), others: readonly FieldSpec[] = []): Candidate[] {
  if (isMultiValueType(field) || field.type === 'email' || field.type === 'enum' || field.type === 'number' || field.type === 'id') {
    return typedRuleCandidates(page, field, taken);
  }
  return textRuleCandidates(page, field, taken, others);
}

/**
 * How often each amount (normalised) is printed on the page. A receipt's total
 * comes back in its subtotal, tax summary and payment lines; a line item's
 * price seldom does.
 */
function amountCounts(page: PreparedPage, field: FieldSpec): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of page.segments) {
    for (const v of typedValues(field, s.text, false, page)) {
      const n = normalizeFieldValue(field, v.value)?.normalized;
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return counts;
}

/** Words of a key (`TOTAL SALES (INCLUSIVE OF GST)`: five). */
const keyWords = (key: string): number => key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').length;

function typedRuleCandidates(page: PreparedPage, field: FieldSpec, taken: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const printed = field.type === 'amount' ? amountCounts(page, field) : undefined;
  page.segments.forEach((s, i) => {
    if (taken.has(s.id)) return;
    const values = isMultiValueType(field) ? typedValues(field, s.text, false, page) : lineValues(field, s.text);
    for (const v of values) {
      const evidence = keyEvidence(page.lines, i, field, v.index);
      const key = evidence.score;
      // Without any key a typed value is only a guess: kept (with a small score) for required fields only.
      if (key <= 0 && !field.required) continue;
      const normal = normalizeFieldValue(field, v.value);
      const valid = normal ? 0.3 : 0;
      // Untyped kinds have no finder: a line that is not a value of the type is no candidate.
      if (!isMultiValueType(field) && valid === 0) continue;
      // An amount printed again elsewhere is more likely a sum: a tie-breaker between equally keyed amounts.
      const repeats = normal && printed ? Math.min(3, (printed.get(normal.normalized) ?? 1) - 1) : 0;
      // A longer key says more (`TOTAL SALES (INCLUSIVE OF GST)` over the `TOTAL` of a tax summary's row).
      const specific = key > 0 && evidence.key ? Math.min(3, keyWords(evidence.key) - 1) : 0;
      const score = key + valid + 0.1 * positionPrior(field, page.top[i] ?? 0.5) + 0.05 * repeats + 0.05 * specific;
      out.push({ value: v.value, segmentIds: [s.id], score, source: 'rules', ...(key > 0 ? { keyed: true as const } : {}) });
    }
  });
  return out;
}

/** For untyped fields with keys (`Invoice No: 123`): the text after the key on the line. */
function keyedRest(field: FieldSpec, text: string): { value: string; index: number }[] {
  const hit = findKey(text, Object.values(field.keys).flat());
  const form = matchForm(text);
  // Only a key that opens the line and is followed by a separator (`Name: …`): `… STORE` is a name, not a key.
  if (!hit || hit.index > 2 || !/^\s*[:：#]/u.test(form.slice(hit.end))) return [];
  const rest = form.slice(hit.end);
  const value = text.trim().slice(text.trim().length - rest.length).replace(/^[\s:：#.-]+/u, '').trim();
  return value ? [{ value, index: hit.end }] : [];
}

/** Values of a field of an untyped kind (email, id, enum, number) in a line: after its key, else the whole line. */
function lineValues(field: FieldSpec, text: string): { value: string; index: number }[] {
  const rest = keyedRest(field, text);
  return rest.length > 0 ? rest : [{ value: text.trim(), index: 0 }];
}

function textRuleCandidates(page: PreparedPage, field: FieldSpec, taken: ReadonlySet<number>, others: readonly FieldSpec[]): Candidate[] {
  const ownHints = compilePatterns(field.hints);
  const anchors = compilePatterns(field.anchors);
  const excludes = compilePatterns(field.excludes);
  const foreign = claimedElsewhere(field, others);
  const blocked = keyBlocks(page, field);
  const itemsTop = field.position === 'top' ? page.pricesTop : Infinity;
  const lineScore = page.segments.map((s, i) => {
    if (taken.has(s.id) || blocked.has(i) || !/\p{L}/u.test(withoutDates(s.text))) return -Infinity;
    if (excludes.some((re) => re.test(s.text))) return -Infinity;
    // An anchor counts as one hint where no hint claims the line: it adds no weight to a line hints claim already.
    const hinted = ownHints.filter((re) => re.test(s.text)).length || (anchors.some((re) => re.test(s.text)) ? 1 : 0);
    if (foreign(s.text)) return -Infinity;
    const key = Math.max(0, keyEvidence(page.lines, i, field).score);
    // A top field's value is printed above the prices; a line no hint or key claims there is an item (`LATTE GRANDE`).
    if ((page.top[i] ?? 0) >= itemsTop && hinted === 0 && key <= 0) return -Infinity;
    // A field known only by its keys (a form's `Name:`) needs one; a line that is only the key is not its value.
    if (ownHints.length + anchors.length === 0 && key <= 0) return -Infinity;
    if (key > 0 && keyedRest(field, s.text).length === 0 && findKeyOnly(field, s.text)) return -Infinity;
    return Math.min(hinted, 3) + key + positionPrior(field, page.top[i] ?? 0.5);
  });
  const hinted = (i: number): boolean => {
    const text = page.segments[i]!.text;
    return ownHints.some((re) => re.test(text)) || anchors.some((re) => re.test(text));
  };
  const usable = (k: number): boolean => Number.isFinite(lineScore[k] ?? -Infinity);
  const out: Candidate[] = [];
  lineScore.forEach((score, i) => {
    if (!Number.isFinite(score)) return;
    if (field.requireHint && !hinted(i) && keyEvidence(page.lines, i, field).score <= 0) return;
    const members = [i];
    if (field.multiline) {
      // Grow over neighbours in the column that look like the field too (hinted, or between hinted lines),
      // stopping at excluded lines. Neighbours are taken in reading order, skipping lines of other columns:
      // reading order runs across columns (`INV-20931` to the right of an address, on its row).
      const ok = (k: number | undefined, edge: number): k is number => k !== undefined && usable(k) && close(page, k, edge);
      for (;;) {
        const last = members[members.length - 1]!;
        const next = adjacent(page, last, 1);
        const beyond = columnNeighbour(page, last, 1);
        if (ok(next, last) && hinted(next)) members.push(next);
        else if (ok(next, last) && ok(adjacent(page, next, 1), next) && hinted(next + 1)) members.push(next, next + 1);
        else if (ok(beyond, last) && hinted(beyond)) members.push(beyond);
        else break;
      }
      for (let prev = adjacent(page, members[0]!, -1); ok(prev, members[0]!) && hinted(prev); prev = adjacent(page, prev, -1)) members.unshift(prev);
      // A name broken over lines (`AIK HUAT HARDWARE` / `ENTERPRISE SDN BHD`): for digit-free values (names, not
      // addresses), one digit-free line just above joins.
      const digitFree = (k: number): boolean => !/\d/u.test(stripped(field, page.segments[k]!.text));
      const prev = adjacent(page, members[0]!, -1);
      if (ok(prev, members[0]!) && digitFree(members[0]!) && digitFree(prev) && tight(page, prev, members[0]!)) members.unshift(prev);
      const place = closingPlace(page, members[members.length - 1]!, hinted, usable);
      if (place !== undefined) members.push(place);
      const street = openingStreet(page, members[0]!, { anchors, hints: ownHints }, usable);
      if (street !== undefined) members.unshift(street);
    }
    const ids = members.map((k) => page.segments[k]!.id);
    const texts = members.map((k) => page.segments[k]!.text.trim());
    // `Name: Jane Doe` on one line: the value is what follows the key.
    const rest = keyedRest(field, texts[0] ?? '')[0];
    if (rest) texts[0] = rest.value;
    const value = texts.join(' ');
    // What a key announces is a name or an address only with letters in it (`Store #4471` is a store number).
    if (rest && !/\p{L}/u.test(value)) return;
    out.push({ value, segmentIds: ids, score: score + 0.3 * (members.length - 1), source: 'rules' });
  });
  return out;
}

/** A line's text with the field's `strip` patterns removed (a registration number is not part of a name). */
function stripped(field: FieldSpec, text: string): string {
  return field.strip.reduce((t, source) => t.replace(new RegExp(source, 'giu'), ' '), text);
}

/**
 * The line holds a key of the field and nothing else of substance (`Address:`).
 * Text before the key makes it a value that ends in the key's word
 * (`好又多超市有限公司` ends in the key `公司`).
 */
function findKeyOnly(field: FieldSpec, text: string): boolean {
  const hit = findKey(text, Object.values(field.keys).flat());
  if (hit === undefined) return false;
  const form = matchForm(text);
  const bare = (part: string): boolean => part.replace(/[\s:：#.-]/gu, '') === '';
  return bare(form.slice(0, hit.index)) && bare(form.slice(hit.end));
}
