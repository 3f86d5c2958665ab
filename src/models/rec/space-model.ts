/**
 * Word spaces in Latin text from two kinds of evidence: the recogniser's own
 * probability of its space class between two characters (it drops many spaces
 * under greedy decoding, but its soft score still rises at word breaks) and the
 * blank gaps of the crop. A small logistic model weighs them with the kinds of
 * the two characters (digits, punctuation, brackets); its weights are fitted by
 * `scripts/train-spaces.ts` on lines whose spelling kie's OCR got right (SROIE
 * and FUNSD train parts) and live in space-weights.ts.
 */
import type { OcrChar } from '../../core/ocr.js';
import { isCjk, isDigit } from '../../core/text.js';
import type { BlankGap } from './spaces.js';

/** Names of the features, in the order of {@link spacePairFeatures}' vectors. */
export const SPACE_FEATURES = [
  'bias',
  'logSpaceProb',
  'gap',
  'gapOverLetterMax',
  'logGapRatio',
  'modelSpace',
  'digitDigit',
  'letterLetter',
  'letterDigit',
  'closingPunctAfter',
  'openingBefore',
  'decimalPoint',
  'commaColonBeforeLetter',
  'dotBetweenLetters',
  'singleLetterSide',
  'capitalsPair',
  'capitalsLogSpaceProb',
  'capitalsLogGapRatio',
  'lowerUpper',
  'capitalStartsWord',
  'capitalsPunctPair',
  'capitalsPunctLogGapRatio',
  'capitalsComma',
  'cleanPunctPair',
  'cleanPunctLogGapRatio',
] as const;

export type SpaceWeights = Readonly<Record<(typeof SPACE_FEATURES)[number], number>>;

/** A pair of neighbouring non-space characters and the features of the break between them. */
export interface SpacePair {
  /** Index of the left character in the character list (the right one is the next non-space). */
  readonly left: number;
  readonly right: number;
  /** Whether greedy decoding put a space between them. */
  readonly modelSpace: boolean;
  readonly features: number[];
}

const isUpper = (c: string): boolean => /^\p{Lu}$/u.test(c);
const isLower = (c: string): boolean => /^\p{Ll}$/u.test(c);
/** Share of a line's letters in upper case above which it is a line of capitals. */
const CAPITALS_LINE = 0.8;
/**
 * Character probability under which a character of a line of capitals is doubtful: clean print is read with
 * confidence, and a doubtful reading (a dot-matrix `CONFECTEONERY`) is no place to trust its gaps more. Chosen on
 * the held-out rendered pages of train-spaces.ts (0, 0.6, 0.8, 0.9: 0.839, 0.843, 0.848, 0.839 spaced exactly).
 */
const CAPITALS_MIN_SCORE = 0.8;
/** A character under this probability makes the whole line doubtful (the dot-matrix misreadings sat at 0.43 and 0.50). */
const CAPITALS_FLOOR = 0.6;

/**
 * Whether a line of capitals is read confidently enough for its own space weights: no character under
 * {@link CAPITALS_FLOOR}, and at most one in ten (at least one) under {@link CAPITALS_MIN_SCORE}. A single
 * doubtful letter of clean print (`GREEN VALLEY GROCERS` with its `N` at 0.75, as a crop padded to the right read
 * it) no longer takes the weights from the whole line.
 */
function confidentLine(scores: readonly number[]): boolean {
  if (scores.some((s) => s < CAPITALS_FLOOR)) return false;
  const doubtful = scores.filter((s) => s < CAPITALS_MIN_SCORE).length;
  return doubtful <= Math.max(1, Math.floor(scores.length / 10));
}
const isLetter = (c: string): boolean => /^\p{L}$/u.test(c) && !isCjk(c);
const CLOSING = /^[.,:;!?)\]}%'"]$/u;
const OPENING = /^[([{$#@/-]$/u;

/** The widest blank gap whose middle lies between two characters' centres, in ink heights. */
function widestGap(gaps: readonly BlankGap[], left: OcrChar, right: OcrChar): number {
  const from = (left.start + left.end) / 2;
  const to = (right.start + right.end) / 2;
  let best = 0;
  for (const g of gaps) {
    const mid = (g.start + g.end) / 2;
    if (mid > from && mid < to && g.size > best) best = g.size;
  }
  return best;
}

/**
 * The pairs of neighbouring non-space, non-CJK characters of a decoded line with
 * their features. `spaceProbs[i]` is the space probability between `chars[i]`
 * and `chars[i + 1]` (decodeCtc); a pair across a decoded space gets 1.
 */
export function spacePairFeatures(chars: readonly OcrChar[], spaceProbs: readonly number[], gaps: readonly BlankGap[]): SpacePair[] {
  const solid = chars.map((c, i) => ({ c, i })).filter(({ c }) => c.text !== ' ');
  const raw = solid.slice(0, -1).map(({ c, i }, k) => {
    const { c: next, i: j } = solid[k + 1]!;
    return { left: i, right: j, a: c, b: next, gap: widestGap(gaps, c, next) };
  });
  // The line's usual letter spacing: lower median of the pair gaps (letter-spaced print has wide ones everywhere).
  const sorted = raw.map((p) => p.gap).sort((x, y) => x - y);
  const median = sorted.length >= 3 ? (sorted[(sorted.length - 1) >> 1] ?? 0) : 0;
  // The widest gap that is surely between letters: the third widest of the line (a line has few word breaks).
  const letterMax = sorted.length >= 6 ? (sorted[sorted.length - 3] ?? 0) : median;
  // A line of capitals: there the recogniser's space class stays low at word breaks (clean print above all), so
  // two capitals get their own weights for it and for the gap (fitted on rendered pages, train-spaces.ts).
  const letters = solid.filter(({ c }) => isLetter(c.text));
  const confident = letters.length > 0 && confidentLine(solid.map(({ c }) => c.score));
  const capitalsLine = confident && letters.filter(({ c }) => isUpper(c.text)).length > CAPITALS_LINE * letters.length;
  const out: SpacePair[] = [];
  raw.forEach(({ left, right, a, b, gap }) => {
    if (isCjk(a.text) || isCjk(b.text)) return;
    const modelSpace = right > left + 1;
    const p = modelSpace ? 1 : (spaceProbs[left] ?? 0);
    const before = chars[left - 1]?.text ?? '';
    const after = chars[right + 1]?.text ?? '';
    const letterA = isLetter(a.text);
    const letterB = isLetter(b.text);
    const capitals = capitalsLine && isUpper(a.text) && isUpper(b.text) ? 1 : 0;
    // A full stop or comma after a letter on a line of capitals (`UL.KRICHIM`, `P.O.BOX`, `NO.95`): clean print spaces
    // it by its gap, which the general weights, fitted mostly on scanned receipts that print `NO.1` tight, do not
    // trust. Not after a digit: `1,500` and `12.50` group and mark decimals.
    const markAfterLetter = /^[.,]$/u.test(a.text) && isLetter(before);
    const capitalsPunct = capitalsLine && markAfterLetter && (isUpper(b.text) || isDigit(b.text)) ? 1 : 0;
    // The same on a confidently read line in mixed case (`Sahaidachnoho, 25` against `Jaya,Selangor`), after a word of
    // two letters or more: initials (`Steve W. Berman`, `P.O. Box`) keep the general weights.
    const cleanPunct = confident && !capitalsLine && markAfterLetter && isLetter(chars[left - 2]?.text ?? '') && (letterB || isDigit(b.text)) ? 1 : 0;
    const logSpaceProb = Math.log10(p + 1e-4);
    // How much wider than the usual letter gap, on a log scale: decisive in clean print, where letter gaps are even.
    const logGapRatio = Math.log((gap + 0.02) / (median + 0.02));
    out.push({
      left,
      right,
      modelSpace,
      features: [
        1,
        logSpaceProb,
        Math.min(gap, 3),
        Math.min(gap / (letterMax + 0.05), 10),
        logGapRatio,
        modelSpace ? 1 : 0,
        isDigit(a.text) && isDigit(b.text) ? 1 : 0,
        letterA && letterB ? 1 : 0,
        (letterA && isDigit(b.text)) || (isDigit(a.text) && letterB) ? 1 : 0,
        CLOSING.test(b.text) ? 1 : 0,
        OPENING.test(a.text) ? 1 : 0,
        /^[.,:]$/u.test(a.text) && isDigit(before) && isDigit(b.text) ? 1 : 0,
        /^[,:;]$/u.test(a.text) && letterB ? 1 : 0,
        a.text === '.' && isLetter(before) && letterB ? 1 : 0,
        (letterA && !isLetter(before)) || (letterB && !isLetter(after)) ? 1 : 0,
        capitals,
        capitals * logSpaceProb,
        capitals * logGapRatio,
        // `LondonW1U`, `ElmAvenue`: a capital after a small letter starts a word far more often than not.
        isLower(a.text) && isUpper(b.text) ? 1 : 0,
        // `CTAmsterdam`: a capital followed by a small letter after a capital starts a word.
        isUpper(a.text) && isUpper(b.text) && isLower(after) ? 1 : 0,
        capitalsPunct,
        capitalsPunct * logGapRatio,
        // A comma of those marks: printed tight more often than a full stop (`JAYA,SELANGOR`), so it gets its own bias.
        capitalsPunct && a.text === ',' ? 1 : 0,
        cleanPunct,
        cleanPunct * logGapRatio,
      ],
    });
  });
  return out;
}

/** Probability of a space for one feature vector. */
export function spaceProbability(features: readonly number[], weights: SpaceWeights): number {
  let z = 0;
  SPACE_FEATURES.forEach((name, k) => (z += weights[name] * (features[k] ?? 0)));
  return 1 / (1 + Math.exp(-z));
}

/**
 * Re-spaces a decoded line: between each pair of non-CJK neighbours there is a
 * space exactly when the model gives it a probability above one half. Decoded
 * spaces the model rejects are removed (`1 .90` → `1.90`); CJK text is left alone.
 */
export function decideSpaces(
  chars: readonly OcrChar[],
  spaceProbs: readonly number[],
  gaps: readonly BlankGap[],
  weights: SpaceWeights,
  threshold = 0.5,
): OcrChar[] {
  const pairs = spacePairFeatures(chars, spaceProbs, gaps);
  const decision = new Map(pairs.map((p) => [p.left, { pair: p, space: spaceProbability(p.features, weights) > threshold }]));
  const out: OcrChar[] = [];
  chars.forEach((c, i) => {
    if (c.text === ' ') {
      // A decoded space stays unless the pair around it was judged (and rejected).
      const prev = chars.slice(0, i).findLastIndex((x) => x.text !== ' ');
      const d = decision.get(prev);
      if (!d || d.pair.right < i || d.space) if (out[out.length - 1]?.text !== ' ') out.push(c);
      return;
    }
    out.push(c);
    const d = decision.get(i);
    if (d && d.space && !d.pair.modelSpace) {
      const next = chars[d.pair.right]!;
      out.push({ text: ' ', start: c.end, end: Math.max(c.end, next.start), score: Math.min(c.score, next.score) });
    }
  });
  return out;
}
