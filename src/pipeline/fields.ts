/**
 * Field extraction: from a page of segments with SER labels to the fields of a
 * document schema (`company`, `date`, `address`, `total` for a receipt), each
 * with its printed value, normalised value, score, segments and validation.
 * A value that fails validation is returned with `valid: false` and the
 * reasons, never dropped or replaced; a field not found is `value: null`.
 */
import type { DocumentSchema, FieldSpec } from '../core/schema.js';
import { checkCrossFields, normalizeFieldValue, validateFieldValue } from '../core/schema-validate.js';
import { collapseSpaces } from '../core/text.js';
import { matchKnownValue, type KnownValues } from '../core/known-values.js';
import { applyMarkPrior, learnMarkPrior, type MarkPrior } from '../core/mark-prior.js';
import { applyBracketSpacing, learnBracketSpacing, type BracketSpacing } from '../core/bracket-spacing.js';
import { correctText, type Lexicon } from '../core/lexicon.js';
import { currencyNamed, valueAmounts } from '../core/normalize-amount.js';
import { pageDateOrder } from '../core/normalize-date.js';
import { keyEvidence } from '../core/field-keys.js';
import { modelCandidates, ruleCandidates, type Candidate } from './field-candidates.js';
import { preparePage, type FieldSegment, type PreparedPage } from './field-page.js';
import { tenderedCorrection } from './tendered.js';

export type { FieldSegment } from './field-page.js';

/** One extracted field value. */
export interface ExtractedField {
  /** The value as printed (lines joined with one space), or null when not found. */
  readonly value: string | null;
  /** Canonical form for the type (ISO date, decimal amount, `+digits` phone), or null. */
  readonly normalized: string | null;
  /** ISO 4217 code (or symbol) of an amount's printed currency. */
  readonly currency?: string;
  /** Confidence of the choice, in [0, 1]. */
  readonly score: number;
  /** Ids of the segments the value was read from. */
  readonly segmentIds: readonly number[];
  readonly valid: boolean;
  /** Why the value is not valid (type, rules, cross-field checks, missing). */
  readonly problems: readonly string[];
  /** `model`: chosen among SER-labelled segments; `rules`: by key synonyms, types and position; `none`: not found. */
  readonly source: 'model' | 'rules' | 'none';
  /**
   * The value as read, when it was a few OCR slips from one of the model's known
   * values and `value` took that spelling (src/core/known-values.ts).
   */
  readonly read?: string;
}

/** Field name → value (a list for `multiple` fields). */
export type ExtractedFields = Readonly<Record<string, ExtractedField | readonly ExtractedField[]>>;

export interface FieldsInput {
  readonly segments: readonly FieldSegment[];
  /** Page size in pixels; measured from the segments when left out. */
  readonly width?: number;
  readonly height?: number;
}

export interface ExtractFieldsOptions {
  /**
   * `model`: only segments labelled with the field's class; `rules`: only the
   * rule-based fallback; `auto` (default): the model's candidates, the rules'
   * for fields the model labelled no segment for.
   */
  readonly mode?: 'auto' | 'model' | 'rules';
  /** Today as `YYYY-MM-DD` for `notFuture` checks (default: the machine's date). */
  readonly today?: string;
  /** A model's word list: OCR slips in `text` fields are corrected against it (src/core/lexicon.ts). */
  readonly lexicon?: Lexicon;
  /** The OCR re-read the words against `lexicon` already: only page evidence, joins and look-alike digits correct them then. */
  readonly lexiconReread?: boolean;
  /**
   * A model's known values per field: a `text` value a few slips from exactly
   * one of them takes its spelling, keeping what was read in `read`.
   */
  readonly knownValues?: KnownValues;
}

const squash = (score: number): number => 1 / (1 + Math.exp(-2 * (score - 0.5)));

function missing(field: FieldSpec): ExtractedField {
  return {
    value: null,
    normalized: null,
    score: 0,
    segmentIds: [],
    valid: !field.required,
    problems: field.required ? ['missing'] : [],
    source: 'none',
  };
}

/** The value with the field's `strip` patterns removed (kept whole when nothing would remain). */
function stripValue(field: FieldSpec, value: string): string {
  let out = value;
  for (const source of field.strip) out = collapseSpaces(out.replace(new RegExp(source, 'giu'), ' '));
  return out === '' ? value : out;
}

/** The value in the field's letter case (locale-independent folding). */
function foldCase(field: FieldSpec, value: string): string {
  if (field.letterCase === 'upper') return value.toUpperCase();
  if (field.letterCase === 'lower') return value.toLowerCase();
  return value;
}

/**
 * The value as it should be printed: an amount is its printed token, so a
 * currency set apart by a space (`RM 7.70`) is left to `currency` while one
 * glued to the number (`RM7.70`) stays, as annotators copy such tokens. A
 * value that is only a whole number grouped by spaces was read as one by its
 * page (`102 238`).
 */
function printedValue(field: FieldSpec, value: string): string {
  if (field.type !== 'amount') return value;
  return valueAmounts(value)[0]?.token ?? value;
}

/**
 * A space OCR read after a slash inside a token is dropped (`23/ 1` → `23/1`,
 * `U1/ 48`): codes, fractions and dates keep a slash tight, while a slash set
 * apart (`Sales / Marketing`) has a space on both sides and stays.
 */
const tightSlashes = (text: string): string => text.replace(/(?<=[\p{L}\p{Nd}]\/) (?=[\p{L}\p{Nd}])/gu, '');

/** A run of single-letter initials, each with its full stop, spaces read around them (`D.I. Y.`, `P. T.`). */
const INITIALS = /(?<![\p{L}\p{Nd}])\p{L} ?\.(?: ?\p{L} ?\.)+/gu;

/**
 * Spaces read inside a run of initials: one before a full stop is always a slip
 * (`D.I .Y.`), and one after a full stop is one where the same run also has a
 * full stop followed tight by its next letter (`D.I. Y.`): a print spaces its
 * initials all alike. A run spaced throughout (`P. T.`) stays as read.
 */
function tightInitials(text: string): string {
  return text.replace(INITIALS, (run) => {
    const noSpaceBeforeStop = run.replace(/ \./gu, '.');
    return /\.\p{L}/u.test(noSpaceBeforeStop) ? noSpaceBeforeStop.replace(/\. /gu, '.') : noSpaceBeforeStop;
  });
}

/** The text value as read (stripped, corrected against the lexicon, in the field's case) and the known value it stands for. */
function readText(field: FieldSpec, value: string, options: PageFieldsOptions): { found: string; read?: string } {
  const stripped = tightInitials(tightSlashes(stripValue(field, collapseSpaces(value))));
  const corrected = options.lexicon && field.type === 'text' ? correctText(stripped, options.lexicon, { trusted: options.repeatedWords, pageWords: options.pageWords, reread: options.lexiconReread === true }) : stripped;
  const known = field.type === 'text' ? options.knownValues?.get(field.name) : undefined;
  const read = foldCase(field, known ? applyWritingPrior(corrected, writingPriorOf(known)) : corrected);
  const match = known ? matchKnownValue(read, known) : undefined;
  return match && match.value !== read ? { found: foldCase(field, match.value), read } : { found: read };
}

/** How a field's training values write their marks and brackets, learned from its known values. */
interface WritingPrior {
  readonly marks: MarkPrior;
  readonly brackets: BracketSpacing;
}

function applyWritingPrior(text: string, prior: WritingPrior): string {
  return applyBracketSpacing(applyMarkPrior(text, prior.marks), prior.brackets);
}

/** Writing priors of known-value lists, learned once per list. */
const writingPriors = new WeakMap<readonly string[], WritingPrior>();
function writingPriorOf(values: readonly string[]): WritingPrior {
  let prior = writingPriors.get(values);
  if (!prior) {
    prior = { marks: learnMarkPrior(values), brackets: learnBracketSpacing(values) };
    writingPriors.set(values, prior);
  }
  return prior;
}

/** The options with what the page itself tells about its words. */
interface PageFieldsOptions extends ExtractFieldsOptions {
  /** Words (upper case) read alike in two places of the page or more: not corrected against the lexicon. */
  readonly repeatedWords?: ReadonlySet<string>;
  /** Words of letters (upper case) read on the page, with how often. */
  readonly pageWords?: ReadonlyMap<string, number>;
  /** The page is Japanese (it has kana): `¥` is the yen there, not the yuan. */
  readonly japanese?: boolean;
}

/** What the page tells about its words: each word of letters read on it (upper case) with its count, and those read twice or more. */
function pageWordOptions(segments: readonly FieldSegment[]): Pick<PageFieldsOptions, 'repeatedWords' | 'pageWords'> {
  const counts = new Map<string, number>();
  for (const s of segments) {
    // Web and mail addresses run words together (`MOONLIGHTCAKE.COM`): no witness of how they are spelled apart.
    const words = s.text.split(/\s+/u).filter((t) => !/@|\p{L}\.\p{L}/u.test(t));
    for (const w of words.join(' ').toUpperCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return { pageWords: counts, repeatedWords: new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w)) };
}

/** The extracted field of a chosen candidate; `namedCurrency` is an amount's currency printed beside it, not on it. */
function toField(field: FieldSpec, c: Candidate, options: PageFieldsOptions, namedCurrency?: string): ExtractedField {
  const { found, read } = readText(field, c.value, options);
  // A currency named beside the amount sets its decimals (`TOTAL JOD` over `11.426`: eleven dinars, not eleven thousand).
  const named = namedCurrency ? { currency: namedCurrency } : {};
  const normal = normalizeFieldValue(field, found, named);
  const value = printedValue(field, found);
  const problems = validateFieldValue(field, value, { ...named, ...(options.today ? { today: options.today } : {}) });
  const marked = normal?.currency ?? (normal ? namedCurrency : undefined);
  const currency = marked === 'CNY' && options.japanese && /[¥￥]/u.test(value ?? '') ? 'JPY' : marked;
  const normalized = normal?.normalized ?? null;
  const base: ExtractedField = {
    value,
    normalized,
    score: Number(squash(c.score).toFixed(4)),
    segmentIds: c.segmentIds,
    valid: problems.length === 0,
    problems,
    source: c.source,
    ...(read !== undefined ? { read } : {}),
  };
  return currency ? { ...base, currency } : base;
}

/**
 * The currency named beside an amount rather than on it: on its own line
 * (`Summe EUR 6,00`) or on the line of its key (`TOTAL (RM)` to its left or
 * above). None for fields of other types.
 */
function namedCurrency(page: PreparedPage, field: FieldSpec, candidate: Candidate): string | undefined {
  if (field.type !== 'amount') return undefined;
  const at = page.segments.findIndex((s) => s.id === candidate.segmentIds[0]);
  const own = page.segments[at];
  if (!own) return undefined;
  const keyLine = keyEvidence(page.lines, at, field).line;
  return currencyNamed(own.text) ?? (keyLine === undefined ? undefined : currencyNamed(page.lines[keyLine]?.text ?? ''));
}

/** Best first; equal scores keep reading order. */
const byScore = (a: Candidate, b: Candidate): number => b.score - a.score;

/**
 * Extracts the schema's fields from a page of labelled segments.
 *
 * @example
 * const fields = extractFields({ segments: result.segments }, receiptSchema);
 * fields.total // {value: '23.10', normalized: '23.10', valid: true, segmentIds: [13], ...}
 */
export function extractFields(input: FieldsInput, schema: DocumentSchema, options: ExtractFieldsOptions = {}): ExtractedFields {
  const mode = options.mode ?? 'auto';
  const page = preparePage(input.segments, input);
  const japanese = input.segments.some((s) => /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s.text));
  const pageOptions: PageFieldsOptions = { ...options, ...(options.lexicon ? pageWordOptions(input.segments) : {}), ...(japanese ? { japanese } : {}) };
  const taken = new Set<number>();
  const out: Record<string, ExtractedField | ExtractedField[]> = {};
  // Ambiguous dates (`11/05/2026`) are read in the order the page's other dates or its address tell; the
  // schema's `dateOrder` answers where the page does not.
  const dateOrder = schema.fields.some((f) => f.type === 'date') ? pageDateOrder(input.segments.map((s) => s.text)) : undefined;
  for (const stated of schema.fields) {
    const field = stated.type === 'date' && dateOrder ? { ...stated, dateOrder } : stated;
    let candidates = mode === 'rules' ? [] : modelCandidates(page, field, taken, schema.fields);
    // The rules answer for fields the model labelled nothing for, and also when every line it labelled for a
    // date, amount or phone field holds no value of that type (a date line taken for the total): then their
    // value wins if they find one, else the model's line is returned as before. Values the model took only
    // where a negative key announces them (`Due Date: Dec 3`) yield to a rule value that a key announces.
    if (mode !== 'model' && candidates.every((c) => c.untyped || c.againstKey)) {
      const rules = ruleCandidates(page, field, taken, schema.fields);
      const typed = candidates.some((c) => !c.untyped);
      if (candidates.length === 0 || rules.some((c) => (typed ? c.keyed : c.score > 0))) candidates = rules;
    }
    candidates = candidates.filter((c) => collapseSpaces(c.value) !== '').sort(byScore);
    if (field.multiple) {
      out[field.name] = candidates.filter((c) => c.source === 'model' || c.score > 0).map((c) => toField(field, c, pageOptions, namedCurrency(page, field, c)));
      continue;
    }
    // The cash tendered taken for the total gives way to the total its change tells (`Accepted total 10.00`, `Change 5.00`).
    const first = candidates[0];
    const best = first && (tenderedCorrection(page, field, first) ?? first);
    // A rule candidate with no positive evidence is no better than nothing for typed fields.
    if (!best || (best.source === 'rules' && best.score <= 0)) {
      out[field.name] = missing(field);
      continue;
    }
    // Text fields take their lines out of play, so that company and address do not share a line.
    if (field.type === 'text') for (const id of best.segmentIds) taken.add(id);
    out[field.name] = toField(field, best, pageOptions, namedCurrency(page, field, best));
  }
  return applyCrossChecks(schema, out);
}

function applyCrossChecks(schema: DocumentSchema, fields: Record<string, ExtractedField | ExtractedField[]>): ExtractedFields {
  const values: Record<string, string | undefined> = {};
  for (const [name, f] of Object.entries(fields)) if (!Array.isArray(f)) values[name] = (f as ExtractedField).normalized ?? undefined;
  const problems = checkCrossFields(schema, values);
  for (const [name, list] of Object.entries(problems)) {
    const f = fields[name];
    if (!f || Array.isArray(f)) continue;
    const single = f as ExtractedField;
    fields[name] = { ...single, valid: false, problems: [...single.problems, ...list] };
  }
  return fields;
}

/**
 * The printed value of each single-valued field (null when not found): the
 * form scored by the SROIE protocol.
 *
 * @example
 * fieldValues(fields) // {company: 'SUNRISE MART SDN BHD', date: '15/03/2019', ...}
 */
export function fieldValues(fields: ExtractedFields): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, f] of Object.entries(fields)) {
    out[name] = Array.isArray(f) ? ((f as readonly ExtractedField[])[0]?.value ?? null) : (f as ExtractedField).value;
  }
  return out;
}
