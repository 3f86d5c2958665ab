/**
 * Which mark separates the parts of a field's values: after a number or a long
 * word, addresses are written with commas (`53200, KUALA LUMPUR`), while
 * recognisers often read a thermal-printed comma as a full stop (`53200.
 * KUALA LUMPUR`). Learned from the values a model saw in training (its known
 * values), so that a model of documents written otherwise (`BLVD. `) learns
 * that instead. Pure.
 */

/** The kind of word before a mark: what decides which mark is usual there. */
type WordKind = 'number' | 'short-number' | 'word' | 'short-word' | 'mixed';

/** Per kind of word, how often a comma and a full stop followed it (then a space) in training values. */
export type MarkPrior = ReadonlyMap<WordKind, { readonly comma: number; readonly stop: number }>;

export interface MarkPriorOptions {
  /** Share of commas after a kind of word for a full stop there to be read as a comma (default 0.95). */
  readonly minShare?: number;
  /** Marks seen after the kind of word in training, at least (default 30). */
  readonly minCount?: number;
}

/** A mark between two words: the word before it (no full stop inside), the mark, a space, then a letter or digit. */
const MARK_BETWEEN = /(?<=^|\s)([\p{L}\p{Nd}/&-]+)([.,])(?=\s+[\p{L}\p{Nd}])/gu;

function wordKind(word: string): WordKind {
  if (/^\p{Nd}+$/u.test(word)) return word.length >= 3 ? 'number' : 'short-number';
  if (/^\p{L}+$/u.test(word)) return word.length >= 4 ? 'word' : 'short-word';
  return 'mixed';
}

/**
 * Counts the marks after each kind of word in a field's training values.
 *
 * @example
 * learnMarkPrior(['NO 3, JALAN SATU, 50000 KUALA LUMPUR']).get('word') // {comma: 1, stop: 0}
 */
export function learnMarkPrior(values: Iterable<string>): MarkPrior {
  const prior = new Map<WordKind, { comma: number; stop: number }>();
  for (const value of values) {
    for (const m of value.matchAll(MARK_BETWEEN)) {
      const kind = wordKind(m[1]!);
      const seen = prior.get(kind) ?? { comma: 0, stop: 0 };
      if (m[2] === ',') seen.comma += 1;
      else seen.stop += 1;
      prior.set(kind, seen);
    }
  }
  return prior;
}

/**
 * A word of Latin letters without a vowel (`BRGY`, `BLVD`, `HWY`, `STR`), or a
 * German street name cut to `-str` (`BAHNHOFSTR`): an abbreviation, whose full
 * stop is its own whatever training values did after words of its length.
 * Digits or other scripts make no contraction.
 */
const isContraction = (word: string): boolean => /^[A-Za-z]{2,}$/u.test(word) && (!/[AEIOUaeiou]/u.test(word) || /[a-z]str$/iu.test(word));

/**
 * The text with each full stop between words read as a comma where, after that
 * kind of word, training values had a comma nearly always. Abbreviations
 * (`NO. 1`, `P.T. 2811`, `BRGY. 310`) keep theirs: short words are rarely that one-sided,
 * a word with a full stop inside is not looked at, nor one without a vowel.
 *
 * @example
 * applyMarkPrior('NO 290. JALAN PANAS. 53200 KUALA LUMPUR', prior) // 'NO 290, JALAN PANAS, 53200 KUALA LUMPUR'
 */
export function applyMarkPrior(text: string, prior: MarkPrior, options: MarkPriorOptions = {}): string {
  const minShare = options.minShare ?? 0.95;
  const minCount = options.minCount ?? 30;
  return text.replace(MARK_BETWEEN, (whole, word: string, mark: string) => {
    if (mark !== '.' || isContraction(word)) return whole;
    const seen = prior.get(wordKind(word));
    if (!seen || seen.comma + seen.stop < minCount || seen.comma < minShare * (seen.comma + seen.stop)) return whole;
    return `${word},`;
  });
}
