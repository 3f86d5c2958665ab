/**
 * A word list with counts, learned from the clean texts of a training set, and
 * the OCR post-correction it allows on extracted text values: words split by a
 * stray space are joined (`SET IA` → `SETIA`), words run together are split
 * (`STATIONERYSHOP` → `STATIONERY SHOP`) and unknown words one OCR slip (a
 * look-alike letter; a lost or extra letter in long words) from a clearly more
 * frequent known word take its spelling (`HARDNARE` → `HARDWARE`). Words are
 * compared in upper case; the output keeps the case style of what was read.
 */
import { countWordMarks, type MarkCounts, type WordMarkTable } from './word-marks.js';
import { isLetter } from './text.js';

/** Word (upper case) → number of times it was seen. */
export interface Lexicon {
  readonly counts: ReadonlyMap<string, number>;
  /** The marks seen after tokens (src/core/word-marks.ts), when the lexicon was built with them. */
  readonly marks?: WordMarkTable;
}

export interface CorrectionOptions {
  /** A known word must have been seen this often to replace or join what was read (default 2). */
  readonly minCount?: number;
  /** Shortest word that is corrected by edit distance (default 5: short words are too ambiguous). */
  readonly minLength?: number;
  /**
   * Both words of a split must have been seen this often (default 3): a split
   * adds a space, and an unknown word that is two rarer words run together is
   * as often a word the list lacks (`MENARA` is not `MEN ARA`).
   */
  readonly minSplitCount?: number;
  /**
   * Words (upper case) left as read even when the lexicon lacks them: the
   * caller's evidence that they are printed so (e.g. read alike in several
   * places of the page, where one slip would not repeat).
   */
  readonly trusted?: ReadonlySet<string>;
  /**
   * Words (upper case) read elsewhere on the same page, with how often. The
   * page is the best witness of its own spelling, names the lexicon lacks
   * included: pieces whose join was read elsewhere on it are joined
   * (`PHI LEO` beside `PHILEO`), and an unknown word one slip from a word read
   * twice on it, or read on it and known to the lexicon, takes that spelling
   * (`EBRAU` beside two `TEBRAU`).
   */
  readonly pageWords?: ReadonlyMap<string, number>;
  /**
   * The recogniser already re-read the words against this lexicon, weighing its
   * own letter probabilities (src/models/rec/lexicon-words.ts): then a word it
   * kept is what the picture shows, and the text-only guesses (one slip from a
   * known word, two known words run together) are not made. They gave nothing
   * on SROIE after that re-reading and took `SWEETS` for `SHEETS`, `PARKSIDE`
   * for `PARK SIDE` on receipts from elsewhere (docs/receipts.md). Joins, the
   * page's own spellings and look-alike digits still apply.
   */
  readonly reread?: boolean;
}

const WORD = /^\p{L}+$/u;
const MAX_WORD = 40;

/** The words of a text for counting: letter runs of 2 or more, upper case. */
function wordsOf(text: string): string[] {
  return (text.toUpperCase().match(/\p{L}{2,}/gu) ?? []).filter((w) => w.length <= MAX_WORD);
}

/**
 * Counts the words of clean texts (a training set's transcriptions), and the
 * marks after their tokens ({@link countWordMarks}).
 *
 * @example
 * buildLexicon(['SANYU STATIONERY SHOP', 'STATIONERY']).counts.get('STATIONERY') // 2
 */
export function buildLexicon(texts: Iterable<string>): Lexicon {
  const all = [...texts];
  const counts = new Map<string, number>();
  for (const text of all) for (const w of wordsOf(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, marks: countWordMarks(all) };
}

const byCountThenName = <T>(a: [string, T], b: [string, T], n: (v: T) => number): number =>
  n(b[1]) - n(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The lexicon as text: one `word<TAB>count` line per word, most frequent first,
 * ties alphabetical; then one `>token<TAB>` line of six {@link MarkCounts} per
 * token with marks. Readers that know only words skip the `>` lines.
 */
export function formatLexicon(lexicon: Lexicon): string {
  const rows = [...lexicon.counts].sort((a, b) => byCountThenName(a, b, (n) => n)).map(([w, n]) => `${w}\t${n}`);
  const total = (c: MarkCounts): number => c.reduce((s, n) => s + n, 0);
  const marks = [...(lexicon.marks ?? [])].sort((a, b) => byCountThenName(a, b, total)).map(([t, c]) => `>${t}\t${c.join('\t')}`);
  return [...rows, ...marks].join('\n') + '\n';
}

/** Reads {@link formatLexicon}'s text; malformed lines are skipped. */
export function parseLexicon(text: string): Lexicon {
  const counts = new Map<string, number>();
  const marks = new Map<string, MarkCounts>();
  for (const line of text.split(/\r?\n/u)) {
    const [word, ...fields] = line.split('\t');
    const numbers = fields.map(Number);
    if (!word || !numbers.every((n) => Number.isInteger(n) && n >= 0)) continue;
    if (word.startsWith('>') && word.length > 1 && numbers.length === 6) marks.set(word.slice(1), numbers as unknown as MarkCounts);
    else if (WORD.test(word) && numbers.length === 1 && numbers[0]! > 0) counts.set(word.toUpperCase(), numbers[0]!);
  }
  return { counts, ...(marks.size > 0 ? { marks } : {}) };
}

/** Letters (and digits) that recognisers confuse with one another: a substitution must stay within a group. */
export const LOOK_ALIKES: readonly string[] = ['O0DQCGU', 'I1LTJ', 'S5', 'B8ERPF', 'HWNMK', 'Z2', 'A4', 'G6C', 'VUY'];
const lookAlike = (x: string, y: string): boolean => LOOK_ALIKES.some((g) => g.includes(x) && g.includes(y));

/**
 * Whether `read` is one OCR slip away from `known`: one look-alike letter
 * substituted, or (for words of 6+ letters, where a dropped or added letter
 * leaves little doubt; fewer when the caller has other evidence) one letter
 * missing or extra, though not at the end.
 */
function oneSlipApart(read: string, known: string, minIndelLength = 6): boolean {
  if (Math.abs(read.length - known.length) > 1) return false;
  let i = 0;
  while (i < read.length && i < known.length && read[i] === known[i]) i++;
  if (read.length === known.length) return i < read.length && lookAlike(read[i]!, known[i]!) && read.slice(i + 1) === known.slice(i + 1);
  if (Math.min(read.length, known.length) < minIndelLength) return false;
  // A known word with a letter added or dropped at its end is more often another word than a slip (`CENTRALE`,
  // `AUGUSTA`, `STATIONER` beside `CENTRAL`, `AUGUST`, `STATIONERY`); on SROIE no value needed either correction
  // (docs/receipts-history.md, fifteenth and sixteenth rounds).
  if (i === Math.min(read.length, known.length)) return false;
  return read.length > known.length ? read.slice(i + 1) === known.slice(i) : read.slice(i) === known.slice(i + 1);
}

/** Index of known words by length, built once per lexicon. */
const byLength = new WeakMap<Lexicon, Map<number, Array<[string, number]>>>();
/** The lexicon's words of `length` letters with their counts (indexed once per lexicon). */
export function wordsOfLength(lexicon: Lexicon, length: number): ReadonlyArray<[string, number]> {
  let index = byLength.get(lexicon);
  if (!index) {
    index = new Map();
    for (const entry of lexicon.counts) {
      const list = index.get(entry[0].length) ?? [];
      list.push(entry);
      index.set(entry[0].length, list);
    }
    byLength.set(lexicon, index);
  }
  return index.get(length) ?? [];
}

/** The known spelling of an unknown word one edit away, when one frequent word clearly wins. */
function closestWord(word: string, lexicon: Lexicon, minCount: number): string | undefined {
  let best: [string, number] | undefined;
  let second = 0;
  for (const len of [word.length - 1, word.length, word.length + 1]) {
    for (const entry of wordsOfLength(lexicon, len)) {
      if (entry[1] < minCount || !oneSlipApart(word, entry[0])) continue;
      if (!best || entry[1] > best[1]) {
        second = best?.[1] ?? 0;
        best = entry;
      } else second = Math.max(second, entry[1]);
    }
  }
  // Two near words seen about as often (`BAR`/`BAY`): no basis for choosing.
  return best && best[1] >= 2 * second ? best[0] : undefined;
}

const count = (lexicon: Lexicon, word: string): number => lexicon.counts.get(word) ?? 0;

/**
 * The page's own spelling of an unknown word: the one word read elsewhere on
 * the page, one slip away (a lost or extra letter from 5 letters), that was
 * read there twice or is known to the lexicon. Two such words: no choice.
 */
function pageSpelling(word: string, lexicon: Lexicon, pageWords: ReadonlyMap<string, number>): string | undefined {
  const near = [...pageWords].filter(([w, n]) => w !== word && (n >= 2 || count(lexicon, w) > 0) && oneSlipApart(word, w, 5));
  return near.length === 1 ? near[0]![0] : undefined;
}

/**
 * Writes `known` (upper case) in the case style of `read`.
 *
 * @example
 * inCaseOf('Totai', 'TOTAL') // 'Total'
 */
export function inCaseOf(read: string, known: string): string {
  if (read === read.toUpperCase()) return known;
  if (read === read.toLowerCase()) return known.toLowerCase();
  return known[0] + known.slice(1).toLowerCase();
}

/** One token: the letters it is about and the punctuation or digits around them. */
interface Token {
  readonly before: string;
  readonly core: string;
  readonly after: string;
}

function tokenize(text: string): Token[] {
  return text
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => {
      const m = /^([^\p{L}\p{Nd}]*)([\p{L}\p{Nd}]*)(.*)$/u.exec(t)!;
      // Only a token whose letters and digits form one run (optionally framed by punctuation) is worked on.
      return /[\p{L}\p{Nd}]/u.test(m[3]!) ? { before: '', core: '', after: t } : { before: m[1]!, core: m[2]!, after: m[3]! };
    });
}

/** Digits that recognisers read for look-alike letters, and the letters they stand for. */
const DIGIT_AS_LETTERS: Readonly<Record<string, readonly string[]>> = { '0': ['O'], '1': ['L', 'I'], '3': ['J'], '5': ['S'], '7': ['T'], '8': ['B'] };
/** Letters read for look-alike digits inside numbers. */
const LETTER_AS_DIGIT: Readonly<Record<string, string>> = { O: '0', D: '0', Q: '0', I: '1', L: '1', Z: '2', S: '5', B: '8' };

/**
 * A mixed token fixed by look-alikes: a word of three characters or more with digits in it that becomes a
 * known word when they are read as letters (`JA1AN` → `JALAN`, `L0T` → `LOT`),
 * or a number (starting with a digit, at least half digits) with look-alike letters
 * in it (`433O0` → `43300`).
 */
function fixMixed(core: string, lexicon: Lexicon, minCount: number): string | undefined {
  const upper = core.toUpperCase();
  const digits = upper.replace(/\P{Nd}/gu, '').length;
  if (digits === 0 || digits === upper.length) return undefined;
  if (/^\p{Nd}/u.test(upper) && upper.length >= 3 && digits * 2 >= upper.length) {
    const asNumber = Array.from(upper, (c) => (/\p{Nd}/u.test(c) ? c : (LETTER_AS_DIGIT[c] ?? c))).join('');
    return /^\p{Nd}+$/u.test(asNumber) ? asNumber : undefined;
  }
  // Two characters are a code as often as a word (`U5`, `G1`, `B2`): only longer tokens are read as words.
  if (upper.length < 3) return undefined;
  // Every reading of the digits as letters; the most frequent known word wins.
  let readings = [''];
  for (const c of upper) {
    const options = /\p{Nd}/u.test(c) ? (DIGIT_AS_LETTERS[c] ?? []) : [c];
    readings = readings.flatMap((r) => options.map((o) => r + o));
    if (readings.length === 0 || readings.length > 64) return undefined;
  }
  let best: string | undefined;
  for (const r of readings) if (count(lexicon, r) >= minCount && (!best || count(lexicon, r) > count(lexicon, best))) best = r;
  return best;
}

/**
 * A word of letters with zeros read for its O's (`F00DICI0US`, `SC0OP`): at
 * least three letters, twice as many letters as zeros, no other digit, and
 * every zero touching a letter. Words with other digits (`OLIVE9`, `G30`) are
 * left to the lexicon.
 */
function zerosInWord(core: string): string | undefined {
  const letters = core.replace(/\P{L}/gu, '').length;
  const zeros = core.replace(/[^0]/gu, '').length;
  if (zeros === 0 || letters < 3 || letters < 2 * zeros || letters + zeros !== core.length) return undefined;
  const chars = Array.from(core);
  if (chars.some((c, i) => c === '0' && !isLetter(chars[i - 1]) && !isLetter(chars[i + 1]))) return undefined;
  // In the case of the letters beside it (`Sc0op` → `Scoop`).
  const lower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c);
  return chars.map((c, i) => (c !== '0' ? c : lower(chars[i - 1]) || lower(chars[i + 1]) ? 'o' : 'O')).join('');
}

const render = (tokens: readonly Token[]): string => tokens.map((t) => t.before + t.core + t.after).join(' ');

/**
 * Corrects the words of an OCR'd text against a lexicon: joins neighbours split
 * by a stray space, replaces unknown words one edit from a clearly more frequent
 * known word, splits unknown words that are two known words run together, and
 * reads look-alike digits in words and letters in numbers (`JA1AN`, `433O0`).
 * A word the lexicon has seen even once is never changed.
 * Known words, numbers and punctuation are left as read.
 *
 * @example
 * const lexicon = buildLexicon(['AIK HUAT HARDWARE', 'HARDWARE SETIA', 'SETIA ALAM HARDWARE']);
 * correctText('AIK HUAT HARDNARE SET IA', lexicon) // 'AIK HUAT HARDWARE SETIA'
 */
export function correctText(text: string, lexicon: Lexicon, options: CorrectionOptions = {}): string {
  const minCount = options.minCount ?? 2;
  const minLength = options.minLength ?? 5;
  const minSplitCount = Math.max(minCount, options.minSplitCount ?? 3);
  const pageWords = options.pageWords ?? new Map<string, number>();
  if (lexicon.counts.size === 0 && pageWords.size === 0) return text;
  const tokens = tokenize(text);
  const known = (w: string): boolean => count(lexicon, w.toUpperCase()) > 0;
  // 1. Join runs of word pieces that make a known word while some piece is unknown, or that make a word
  //    the page prints elsewhere (longest run first).
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let took = 1;
    for (let n = Math.min(6, tokens.length - i); n >= 2; n--) {
      const run = tokens.slice(i, i + n);
      // Inner pieces must be bare letters: punctuation between them marks a real break.
      if (run.some((t, k) => !WORD.test(t.core) || (k > 0 && t.before !== '') || (k < n - 1 && t.after !== ''))) continue;
      const word = run.map((t) => t.core).join('');
      // The page itself printed the joined word elsewhere: join, known pieces or not (`SET IA` beside `SETIA`).
      const onPage = (pageWords.get(word.toUpperCase()) ?? 0) > 0;
      // Pieces the lexicon knows well stay apart all the same (`MOONLIGHT CAKE` beside a web address's `MOONLIGHTCAKE`).
      const wellKnown = (t: Token): boolean => t.core.length > 1 && count(lexicon, t.core.toUpperCase()) >= (onPage ? minCount : 1);
      if (run.every(wellKnown)) continue;
      // Only an exact known word: guessing a spelling for a guessed join compounds two guesses.
      if (!onPage && count(lexicon, word.toUpperCase()) < minCount) continue;
      joined.push({ before: run[0]!.before, core: word, after: run[n - 1]!.after });
      took = n;
      break;
    }
    if (took === 1) joined.push(tokens[i]!);
    i += took;
  }
  // 2. Replace or split unknown words.
  const out: Token[] = [];
  for (const t of joined) {
    const mixed = fixMixed(t.core, lexicon, minCount);
    if (mixed) {
      out.push({ ...t, core: /\p{Ll}/u.test(t.core) ? inCaseOf(t.core, mixed) : mixed });
      continue;
    }
    if (/\p{Nd}/u.test(t.core)) {
      out.push({ ...t, core: zerosInWord(t.core) ?? t.core });
      continue;
    }
    const upper = t.core.toUpperCase();
    if (t.core.length < minLength || known(upper) || options.trusted?.has(upper)) {
      out.push(t);
      continue;
    }
    const close = pageSpelling(upper, lexicon, pageWords) ?? (options.reread ? undefined : closestWord(upper, lexicon, minCount));
    if (close) {
      out.push({ ...t, core: inCaseOf(t.core, close) });
      continue;
    }
    const split = options.reread ? undefined : splitInTwo(upper, lexicon, minSplitCount);
    if (split) {
      out.push({ before: t.before, core: inCaseOf(t.core, split[0]), after: '' }, { before: '', core: inCaseOf(t.core, split[1]), after: t.after });
      continue;
    }
    out.push(t);
  }
  return render(out);
}

/** Two known words (each of 3+ letters, seen `minCount` times) that make `word`, the most frequent pair. */
function splitInTwo(word: string, lexicon: Lexicon, minCount: number): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestScore = 0;
  for (let k = 3; k <= word.length - 3; k++) {
    const a = word.slice(0, k);
    const b = word.slice(k);
    const score = Math.min(count(lexicon, a), count(lexicon, b));
    if (score >= minCount && score > bestScore) {
      best = [a, b];
      bestScore = score;
    }
  }
  return best;
}
