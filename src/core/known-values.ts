/**
 * Known values of text fields: the exact spellings of the values a model saw in
 * its training documents (a vendor's name and address, as its annotators wrote
 * them). An extracted value a few OCR slips away from exactly one known value
 * takes that spelling; a value not close to any is left as read, so documents
 * of new vendors come out as before. Pure.
 */
import { collapseSpaces } from './schema-validate.js';
import { editDistance, stripSpaces } from './text.js';

/** Field name → the distinct values seen for it in training. */
export type KnownValues = ReadonlyMap<string, readonly string[]>;

export interface KnownValueOptions {
  /**
   * Most edits allowed, as a share of the known value's length (spaces and case
   * aside; default 0.1: 3 slips in a 30-letter address line).
   */
  readonly maxShare?: number;
}

/** A known value that an extracted one was taken for, and how far apart they were. */
export interface KnownValueMatch {
  readonly value: string;
  /** Character edits between the two, spaces and case aside. */
  readonly edits: number;
}

/** Upper case without white space: OCR spacing is not evidence against a match. */
const compact = (text: string): string => stripSpaces(text).toUpperCase();

/**
 * The distinct values of each field over training documents' field tables
 * (white space collapsed, empty values skipped), most often seen first: of two
 * spellings that differ only in spacing, the more usual one is matched.
 *
 * @example
 * buildKnownValues([{ company: 'SANYU  SHOP' }, { company: 'SANYU SHOP' }], ['company']).get('company') // ['SANYU SHOP']
 */
export function buildKnownValues(tables: Iterable<Readonly<Record<string, string | null | undefined>>>, fields: readonly string[]): KnownValues {
  const counts = new Map<string, Map<string, number>>(fields.map((f) => [f, new Map()]));
  for (const table of tables) {
    for (const field of fields) {
      const value = collapseSpaces(table[field] ?? '');
      const seen = counts.get(field)!;
      if (value !== '') seen.set(value, (seen.get(value) ?? 0) + 1);
    }
  }
  // Map iteration is first-seen order and sort is stable: ties keep it.
  return new Map(fields.map((f) => [f, [...counts.get(f)!].sort((a, b) => b[1] - a[1]).map(([v]) => v)]));
}

/**
 * The known value an extracted one stands for: the one with the fewest edits
 * (spaces and case aside), when those are within `maxShare` of its length and
 * no other known value is as close. Undefined otherwise.
 *
 * @example
 * matchKnownValue('AIK HUAT HARDWARE ENTERPRISE TSETIA ALAM SDN BHD', ['AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD'])
 * // {value: 'AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', edits: 2}
 */
export function matchKnownValue(read: string, known: readonly string[], options: KnownValueOptions = {}): KnownValueMatch | undefined {
  const maxShare = options.maxShare ?? 0.1;
  const target = compact(read);
  if (target === '') return undefined;
  let best: { value: string; form: string; edits: number } | undefined;
  let runnerUp = Infinity;
  // A value within the limit has edits <= maxShare * (read + edits): no match or close rival is further in length.
  const reach = Math.floor((maxShare * target.length) / (1 - Math.min(maxShare, 0.5))) + 1;
  for (const value of known) {
    const form = compact(value);
    if (Math.abs(form.length - target.length) > reach || (best && form === best.form)) continue;
    const edits = editDistance(target, form);
    if (!best || edits < best.edits) {
      if (best) runnerUp = Math.min(runnerUp, best.edits);
      best = { value, form, edits };
    } else runnerUp = Math.min(runnerUp, edits);
  }
  if (!best || best.edits > Math.floor(maxShare * best.form.length) || runnerUp <= best.edits) return undefined;
  return { value: best.value, edits: best.edits };
}

/** Known values as JSON text (`{"field": ["value", ...]}`), for a model directory. */
export function formatKnownValues(known: KnownValues): string {
  return `${JSON.stringify(Object.fromEntries(known), null, 1)}\n`;
}

/**
 * Reads {@link formatKnownValues}' text. Undefined when it is not an object of
 * string lists (the caller names the file in its error).
 */
export function parseKnownValues(text: string): KnownValues | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const out = new Map<string, string[]>();
  for (const [field, values] of Object.entries(data)) {
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return undefined;
    out.set(field, values as string[]);
  }
  return out;
}
