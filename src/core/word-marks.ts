/**
 * Which mark follows a word: nothing, a comma or a full stop. Recognisers read
 * these small marks least surely (a comma cell half blank, `,` and `.` alike),
 * while clean text says a lot about them: `PETALING` is followed by a comma, not
 * a full stop; `NO` by a full stop; a postcode by nothing or a comma. Counted
 * from a training set's transcriptions beside the lexicon's words; the OCR
 * weighs them against the recogniser's frames (src/models/rec/word-marks.ts).
 * Pure.
 */
import { collapseSpaces } from './text.js';

/** The marks weighed after a word, in the order of {@link MarkCounts}. */
export const WORD_MARKS = ['', ',', '.'] as const;
export type WordMark = (typeof WORD_MARKS)[number];

/**
 * How often each of {@link WORD_MARKS} followed a token: the first three
 * within a line (before a space and the next word), the last three at its end.
 */
export type MarkCounts = readonly [number, number, number, number, number, number];

/** Token (upper case: a word, a number, a code) or token class (`#letters`, `#digits`, `#mixed`) → its {@link MarkCounts}. */
export type WordMarkTable = ReadonlyMap<string, MarkCounts>;

/** A token with the mark after it, as {@link markSites} finds them. */
export interface MarkSite {
  /** The letters and digits of the token. */
  readonly token: string;
  /** Index in the text just after the token. */
  readonly end: number;
  /** Index just after the mark and the spaces around it (where the next token starts, or the text's end). */
  readonly next: number;
  readonly mark: WordMark;
  /** Whether a space comes before the mark (`CHERAS , SELANGOR`). */
  readonly spaceBefore: boolean;
  /** Whether the token ends its line (nothing follows but the mark). */
  readonly atEnd: boolean;
}

const TOKEN = /[A-Za-z0-9]+/gu;
// After a token: an optional space, an optional comma or full stop, then a space or the end.
const AFTER = /^( ?)([,.]?)( |$)/u;

/**
 * The places of a line where a mark may follow a token: a run of ASCII letters
 * and digits, then optionally a comma or full stop, then a space and the next
 * token (or the end of the line). `12.50`, `U13/X` and `TEL:` are none.
 *
 * @example
 * markSites('JAYA . 81750 MASAI').map((s) => [s.token, s.mark]) // [['JAYA', '.'], ['81750', '']]
 */
export function markSites(text: string): MarkSite[] {
  const sites: MarkSite[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const end = m.index + m[0].length;
    const after = AFTER.exec(text.slice(end));
    // A space with no mark after it is a word break; two are noise.
    if (!after || (after[1] && !after[2])) continue;
    const next = end + after[0].length;
    const atEnd = next === text.length;
    if (!atEnd && !/[A-Za-z0-9]/u.test(text[next]!)) continue;
    sites.push({ token: m[0], end, next, mark: after[2] as WordMark, spaceBefore: after[1] === ' ', atEnd });
  }
  return sites;
}

/** The class key a token's counts also go to, and that rare tokens fall back on. */
export function tokenClass(token: string): string {
  return /^[A-Za-z]+$/u.test(token) ? '#letters' : /^[0-9]+$/u.test(token) ? '#digits' : '#mixed';
}

/**
 * Counts the marks after the tokens of clean texts (white space collapsed),
 * per token and per token class.
 *
 * @example
 * countWordMarks(['PETALING, JAYA']).get('PETALING') // [0, 1, 0, 0, 0, 0]
 */
export function countWordMarks(texts: Iterable<string>): WordMarkTable {
  const table = new Map<string, [number, number, number, number, number, number]>();
  const add = (key: string, slot: number): void => {
    const counts = table.get(key) ?? [0, 0, 0, 0, 0, 0];
    counts[slot]!++;
    table.set(key, counts);
  };
  for (const raw of texts) {
    const text = collapseSpaces(raw);
    for (const site of markSites(text)) {
      const slot = WORD_MARKS.indexOf(site.mark) + (site.atEnd ? 3 : 0);
      add(site.token.toUpperCase(), slot);
      add(tokenClass(site.token), slot);
    }
  }
  return table;
}

/** Weight of a token's class in its own estimate: a token seen twice is still mostly its class. */
const CLASS_WEIGHT = 2;

/**
 * Log probability of each of {@link WORD_MARKS} after `token` (within a line or
 * at its end): the token's own counts, smoothed toward its class's (which are
 * smoothed by one each).
 */
export function markLogPriors(table: WordMarkTable, token: string, atEnd: boolean): [number, number, number] {
  const slot = atEnd ? 3 : 0;
  const own = table.get(token.toUpperCase());
  const cls = table.get(tokenClass(token));
  const clsTotal = cls ? cls[slot]! + cls[slot + 1]! + cls[slot + 2]! : 0;
  const ownTotal = own ? own[slot]! + own[slot + 1]! + own[slot + 2]! : 0;
  return [0, 1, 2].map((k) => {
    const fromClass = ((cls?.[slot + k] ?? 0) + 1) / (clsTotal + 3);
    return Math.log(((own?.[slot + k] ?? 0) + CLASS_WEIGHT * fromClass) / (ownTotal + CLASS_WEIGHT));
  }) as [number, number, number];
}
