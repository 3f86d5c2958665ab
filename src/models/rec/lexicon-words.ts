/**
 * Re-reading words against a lexicon with the recogniser's own evidence. Greedy
 * CTC decoding keeps the likeliest class of each frame, so a worn `D` read as
 * `L` gives `HARLHARE`; the frames usually still give `D` some probability. For
 * each Latin word, the known words a few edits away are scored by the
 * probability the recogniser's frames give them (CTC forward algorithm, letters
 * of either case) times how often the lexicon saw them; the best one replaces
 * the word when it beats the reading as printed, weighed the same way (a word
 * the lexicon lacks counts half). Unlike a correction of
 * the text alone, a short word (`CNE` → `ONE`, `BHT` → `BHD`) can be fixed
 * safely, because the frames must agree. Pure.
 */
import type { Lexicon } from '../../core/lexicon.js';
import { inCaseOf, wordsOfLength } from '../../core/lexicon.js';
import type { OcrChar } from '../../core/ocr.js';
import { withinEdits } from '../../core/text.js';

/** Columns of {@link FrameEvidence.letters}: the blank, A to Z, then the comma, the full stop and the space. */
export const LETTER_COLUMNS = 30;
/** Columns of the marks in {@link FrameEvidence.letters}. */
export const COMMA_COLUMN = 27;
export const FULL_STOP_COLUMN = 28;
export const SPACE_COLUMN = 29;
/** The column of each mark in {@link FrameEvidence.letters}. */
export const MARK_COLUMNS: Readonly<Record<string, number>> = { ',': COMMA_COLUMN, '.': FULL_STOP_COLUMN, ' ': SPACE_COLUMN };

/** What the recogniser saw on a line, as much of it as re-reading Latin words and their marks needs. */
export interface FrameEvidence {
  /**
   * `frames × 30` probabilities: the blank's, then each letter A–Z's, upper and
   * lower case together (SROIE-like print is read in either case), then the
   * comma's, the full stop's and the space's.
   */
  readonly letters: Float32Array;
  readonly frames: number;
  /** `[start, end)` frames of each decoded character (decoded spaces included), in reading order. */
  readonly runs: ReadonlyArray<readonly [number, number]>;
}

export interface LexiconWordOptions {
  /** Weight of the lexicon's log count against the frames' log probability (default 1). */
  readonly weight: number;
  /** Count given to a word as read that the lexicon lacks (default 0.5: a known word seen once is already likelier). */
  readonly unknownCount: number;
  /** Most letter edits between a word as read and a known word it may become (default 2). */
  readonly maxEdits: number;
  /** Shortest word re-read (default 3: two-letter words are codes as often as words). */
  readonly minLength: number;
  /**
   * A letter read with at least this probability is not dropped for a known
   * word, only replaced (default 0.9): the lexicon's odds must not delete what
   * the recogniser surely saw (`PLOT` → `LOT`, `TAXI` → `TAX`), while a
   * confident misreading of a look-alike (`ANOUNT`) is still mended.
   */
  readonly keepAbove: number;
}

export const DEFAULT_LEXICON_WORDS: Readonly<LexiconWordOptions> = Object.freeze({ weight: 1, unknownCount: 0.5, maxEdits: 2, minLength: 3, keepAbove: 0.9 });

const ASCII_LETTER = /^[A-Za-z]$/;
const UPPER_WORD = /^[A-Z]+$/;

/** The charset columns of the blank, the letters A–Z and the marks, each with its column in {@link FrameEvidence.letters}; once per charset. */
const letterColumnsOf = new WeakMap<readonly string[], ReadonlyArray<readonly [number, number]>>();
function letterColumns(charset: readonly string[]): ReadonlyArray<readonly [number, number]> {
  let pairs = letterColumnsOf.get(charset);
  if (!pairs) {
    const found: Array<readonly [number, number]> = [[0, 0]];
    charset.forEach((c, i) => {
      if (i === 0) return;
      if (ASCII_LETTER.test(c)) found.push([i, c.toUpperCase().charCodeAt(0) - 64]);
      else if (MARK_COLUMNS[c] !== undefined) found.push([i, MARK_COLUMNS[c]]);
    });
    pairs = found;
    letterColumnsOf.set(charset, pairs);
  }
  return pairs;
}

/**
 * The blank, letter and mark probabilities of each frame (`frames × classes`
 * probabilities over `charset`, blank first), upper and lower case summed.
 */
export function letterProbabilities(probs: Float32Array, frames: number, classes: number, charset: readonly string[]): Float32Array {
  const columns = letterColumns(charset);
  const letters = new Float32Array(frames * LETTER_COLUMNS);
  for (let t = 0; t < frames; t++) {
    for (const [k, column] of columns) letters[t * LETTER_COLUMNS + column]! += probs[t * classes + k]!;
  }
  return letters;
}

/**
 * Log probability that frames `[from, to)` show exactly the given columns of
 * {@link FrameEvidence.letters} in order (blanks between and around them), by
 * the CTC forward algorithm; an empty list is all blanks. `-Infinity` when they cannot.
 */
export function ctcLogProbability(evidence: FrameEvidence, from: number, to: number, columns: readonly number[]): number {
  if (to <= from) return -Infinity;
  const { letters } = evidence;
  // Extended labels: blank, c0, blank, c1, ..., blank.
  const states = 2 * columns.length + 1;
  const label = Int8Array.from({ length: states }, (_, s) => (s % 2 === 0 ? 0 : columns[(s - 1) / 2]!));
  const emit = (t: number, s: number): number => letters[t * LETTER_COLUMNS + label[s]!]!;
  let alpha = new Float64Array(states);
  let next = new Float64Array(states);
  alpha[0] = emit(from, 0);
  if (states > 1) alpha[1] = emit(from, 1);
  let logScale = 0;
  for (let t = from + 1; t < to; t++) {
    let total = 0;
    for (let s = 0; s < states; s++) {
      let v = alpha[s]! + (s > 0 ? alpha[s - 1]! : 0);
      // A label may follow the previous one straight away unless the two are the same.
      if (s % 2 === 1 && s > 1 && label[s] !== label[s - 2]) v += alpha[s - 2]!;
      next[s] = v * emit(t, s);
      total += next[s]!;
    }
    if (total === 0) return -Infinity;
    // Rescaled every frame so that long spans do not underflow.
    for (let s = 0; s < states; s++) next[s]! /= total;
    logScale += Math.log(total);
    [alpha, next] = [next, alpha];
  }
  const end = alpha[states - 1]! + (states > 1 ? alpha[states - 2]! : 0);
  return end > 0 ? Math.log(end) + logScale : -Infinity;
}

/**
 * Log probability that frames `[from, to)` spell `word` (letters A–Z, either
 * case counting) and nothing else, by the CTC forward algorithm. `-Infinity`
 * when they cannot.
 */
export function ctcWordLogProbability(evidence: FrameEvidence, from: number, to: number, word: string): number {
  if (word.length === 0 || !UPPER_WORD.test(word)) return -Infinity;
  return ctcLogProbability(evidence, from, to, Array.from(word, (c) => c.charCodeAt(0) - 64));
}

/**
 * The known word the frames `[from, to)` most likely show, weighing the
 * recogniser's probability against the lexicon's counts; undefined when the
 * word as read (upper case; counted as the lexicon saw it, or
 * `options.unknownCount` if never) scores at least as well. `scores` are the
 * read letters' probabilities: those of `options.keepAbove` or more are not
 * dropped (none is, without them).
 */
export function likeliestKnownWord(
  read: string,
  evidence: FrameEvidence,
  from: number,
  to: number,
  lexicon: Lexicon,
  options: LexiconWordOptions = DEFAULT_LEXICON_WORDS,
  scores?: readonly number[],
): string | undefined {
  const kept = scores ? (i: number): boolean => (scores[i] ?? 0) >= options.keepAbove : undefined;
  const readCount = Math.max(options.unknownCount, lexicon.counts.get(read) ?? 0);
  let best = ctcWordLogProbability(evidence, from, to, read) + options.weight * Math.log(readCount);
  let bestWord: string | undefined;
  for (let length = read.length - options.maxEdits; length <= read.length + options.maxEdits; length++) {
    for (const [word, count] of wordsOfLength(lexicon, length)) {
      if (word === read || !UPPER_WORD.test(word) || !withinEdits(read, word, options.maxEdits, kept)) continue;
      const score = ctcWordLogProbability(evidence, from, to, word) + options.weight * Math.log(count);
      if (score > best) {
        best = score;
        bestWord = word;
      }
    }
  }
  return bestWord;
}

/**
 * Re-reads the Latin words of a recognised line (see the module comment).
 * `chars` is the line as spaced; `runOf` gives the index in `evidence.runs` of
 * each character that greedy decoding produced (spaces added later have none). Words touching a digit (`400OO`, part of a code) are left
 * alone; a replaced word keeps the span of the word read, shared evenly among
 * its letters.
 */
export function rereadWords(
  chars: readonly OcrChar[],
  runOf: (char: OcrChar) => number | undefined,
  evidence: FrameEvidence,
  lexicon: Lexicon,
  options: LexiconWordOptions = DEFAULT_LEXICON_WORDS,
): OcrChar[] {
  const out: OcrChar[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!ASCII_LETTER.test(chars[i]!.text)) {
      out.push(chars[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && ASCII_LETTER.test(chars[j]!.text)) j++;
    const letters = chars.slice(i, j);
    const replaced = rereadWord(letters, /\d/.test(chars[i - 1]?.text ?? '') || /\d/.test(chars[j]?.text ?? ''));
    out.push(...(replaced ?? letters));
    i = j;
  }
  return out;

  function rereadWord(letters: readonly OcrChar[], touchesDigit: boolean): OcrChar[] | undefined {
    const read = letters.map((c) => c.text).join('');
    const upper = read.toUpperCase();
    if (touchesDigit || upper.length < options.minLength) return undefined;
    const first = runOf(letters[0]!);
    const last = runOf(letters[letters.length - 1]!);
    if (first === undefined || last === undefined || last < first) return undefined;
    // The word's frames reach to the neighbouring characters' runs: the blanks around it are part of its evidence.
    const from = first > 0 ? evidence.runs[first - 1]![1] : 0;
    const to = last + 1 < evidence.runs.length ? evidence.runs[last + 1]![0] : evidence.frames;
    const scores = letters.map((c) => c.score);
    const known = likeliestKnownWord(upper, evidence, from, to, lexicon, options, scores);
    if (!known) return undefined;
    const text = inCaseOf(read, known);
    const start = letters[0]!.start;
    const width = (letters[letters.length - 1]!.end - start) / text.length;
    const score = letters.reduce((sum, c) => sum + c.score, 0) / letters.length;
    return Array.from(text, (ch, k) => ({ text: ch, start: start + k * width, end: start + (k + 1) * width, score }));
  }
}
