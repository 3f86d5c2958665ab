/**
 * Known values of text fields: the exact spellings of the values a model saw in
 * its training documents (a vendor's name and address, as its annotators wrote
 * them). An extracted value a few OCR slips away from exactly one known value
 * takes that spelling; a value not close to any is left as read, so documents
 * of new vendors come out as before. Pure.
 */
import { LOOK_ALIKES } from './lexicon.js';
import { collapseSpaces, spacelessUpper } from './text.js';

/** Field name → the distinct values seen for it in training. */
export type KnownValues = ReadonlyMap<string, readonly string[]>;

export interface KnownValueOptions {
  /**
   * Most edits allowed, as a share of the known value's length (spaces and case
   * aside; default 0.1: 3 slips in a 30-letter address line). Edits are counted
   * as {@link slipDistance} counts them.
   */
  readonly maxShare?: number;
}

/** A known value that an extracted one was taken for, and how far apart they were. */
export interface KnownValueMatch {
  readonly value: string;
  /** Edits between the two, spaces and case aside, as {@link slipDistance} counts them. */
  readonly edits: number;
}


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

/** Punctuation recognisers confuse with one another: a substitution within a group is half a slip. */
const PUNCTUATION_ALIKES = ['.,;:', '()[]{}'];
/** Look-alike groups of letters and digits (the lexicon's) and of punctuation: one bit each. */
const ALIKE_GROUPS = [...LOOK_ALIKES, ...PUNCTUATION_ALIKES];

/** What the distance needs of one character, worked out once per character seen. */
interface SlipClass {
  readonly punctuation: boolean;
  /** Bit set of the look-alike groups it belongs to. */
  readonly groups: number;
}
const slipClasses = new Map<string, SlipClass>();
function slipClass(c: string): SlipClass {
  let cls = slipClasses.get(c);
  if (!cls) {
    const groups = ALIKE_GROUPS.reduce((bits, g, i) => (g.includes(c) ? bits | (1 << i) : bits), 0);
    cls = { punctuation: !/[\p{L}\p{Nd}]/u.test(c), groups };
    slipClasses.set(c, cls);
  }
  return cls;
}

const dropCost = (c: SlipClass): number => (c.punctuation ? 0.5 : 1);
const swapCost = (x: string, y: string, cx: SlipClass, cy: SlipClass): number => (x === y ? 0 : (cx.groups & cy.groups) !== 0 ? 0.5 : 1);

/** The slip-weighted edit costs between every prefix of `a` and of `b`: row `i`, column `j` at `i * (b.length + 1) + j`. */
function slipCosts(a: string, b: string): { cost: Float64Array; width: number; ca: SlipClass[]; cb: SlipClass[] } {
  const ca = Array.from(a, slipClass);
  const cb = Array.from(b, slipClass);
  const width = b.length + 1;
  const cost = new Float64Array((a.length + 1) * width);
  for (let j = 1; j <= b.length; j++) cost[j] = cost[j - 1]! + dropCost(cb[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    cost[i * width] = cost[(i - 1) * width]! + dropCost(ca[i - 1]!);
    for (let j = 1; j <= b.length; j++) {
      cost[i * width + j] = Math.min(
        cost[(i - 1) * width + j - 1]! + swapCost(a[i - 1]!, b[j - 1]!, ca[i - 1]!, cb[j - 1]!),
        cost[(i - 1) * width + j]! + dropCost(ca[i - 1]!),
        cost[i * width + j - 1]! + dropCost(cb[j - 1]!),
      );
    }
  }
  return { cost, width, ca, cb };
}

/**
 * Edit distance weighted by how likely each edit is as an OCR slip: reading a
 * look-alike character (`H` for `M`, `1` for `I`, `,` for `.`) or losing or
 * adding a punctuation mark counts half; any other edit counts one. Chosen on
 * the SROIE train receipts, each matched against the other 399: 594 company and
 * address values right against 589 with plain edits (docs/receipts.md).
 *
 * @example
 * slipDistance('HENARA', 'MENARA') // 0.5
 */
export function slipDistance(a: string, b: string): number {
  return slipCosts(a, b).cost[a.length * (b.length + 1) + b.length]!;
}

/**
 * The most whole edits (not look-alikes, not punctuation) in a row on a
 * cheapest {@link slipDistance} path from `a` to `b`; half edits neither count
 * nor break a row. OCR slips are scattered; a row of whole edits is different
 * text (`NO.1,` against `5,`: another house number).
 *
 * @example
 * longestEditRow('NO.1,JALAN', '5,JALAN') // 3
 */
export function longestEditRow(a: string, b: string): number {
  const { cost, width, ca, cb } = slipCosts(a, b);
  // Walk one cheapest path back from the end, counting whole edits in a row.
  let [i, j, row, longest] = [a.length, b.length, 0, 0];
  while (i > 0 || j > 0) {
    const here = cost[i * width + j]!;
    let step: number;
    if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1]! + (step = swapCost(a[i - 1]!, b[j - 1]!, ca[i - 1]!, cb[j - 1]!))) [i, j] = [i - 1, j - 1];
    else if (i > 0 && here === cost[(i - 1) * width + j]! + (step = dropCost(ca[i - 1]!))) i--;
    else [step, j] = [dropCost(cb[j - 1]!), j - 1];
    if (step === 1) longest = Math.max(longest, ++row);
    else if (step === 0) row = 0;
  }
  return longest;
}

/**
 * Whole edits in a row that make a read a different text rather than a slipped
 * reading of a known value. Chosen on the SROIE train receipts, each against
 * the other 399: 1361 field values right with 3, 1360 with 2, 4 or no limit.
 */
const MAX_EDIT_ROW = 3;

/**
 * The known value an extracted one stands for: the one with the fewest edits
 * (spaces and case aside, weighted by {@link slipDistance}), when those are
 * within `maxShare` of its length (to the half edit below), no other known
 * value is as close, and no {@link MAX_EDIT_ROW} whole edits come in a row.
 * Undefined otherwise.
 *
 * @example
 * matchKnownValue('AIK HUAT HARDWARE ENTERPRISE TSETIA ALAM SDN BHD', ['AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD'])
 * // {value: 'AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', edits: 1.5}
 */
export function matchKnownValue(read: string, known: readonly string[], options: KnownValueOptions = {}): KnownValueMatch | undefined {
  const maxShare = options.maxShare ?? 0.1;
  // Spaces and case aside: OCR spacing is not evidence against a match.
  const target = spacelessUpper(read);
  if (target === '') return undefined;
  let best: { value: string; form: string; edits: number } | undefined;
  let runnerUp = Infinity;
  // A value within the limit has edits <= maxShare * (read + 2 * edits), each length difference costing half an
  // edit at least: no match or close rival is further in length.
  const reach = 2 * (Math.floor((maxShare * target.length) / (1 - Math.min(2 * maxShare, 0.5))) + 1);
  for (const value of known) {
    const form = spacelessUpper(value);
    if (Math.abs(form.length - target.length) > reach || (best && form === best.form)) continue;
    const edits = slipDistance(target, form);
    if (!best || edits < best.edits) {
      if (best) runnerUp = Math.min(runnerUp, best.edits);
      best = { value, form, edits };
    } else runnerUp = Math.min(runnerUp, edits);
  }
  if (!best || best.edits > Math.floor(2 * maxShare * best.form.length) / 2 || runnerUp <= best.edits) return undefined;
  if (longestEditRow(target, best.form) >= MAX_EDIT_ROW) return undefined;
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
