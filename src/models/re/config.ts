/** Settings of the RE (relation extraction) model. */
import type { TextTokenKinds } from '../kie/text-hash.js';

export interface ReConfig {
  /** Class of the segments that own values (keys). */
  readonly keyClass: string;
  /** Class of the segments that are values. */
  readonly valueClass: string;
  /** Each value considers only its nearest keys (by box gap); the rest are never linked. */
  readonly maxCandidates: number;
  readonly buckets: number;
  readonly hidden: number;
  readonly hidden2: number;
  /** Token groups of both ends' texts. */
  readonly tokens: TextTokenKinds;
  /** A value takes its best key when the pair's probability reaches this. */
  readonly threshold: number;
  /** A value also takes any further key whose probability reaches this (tables: row and column keys). */
  readonly extraThreshold: number;
}

export const DEFAULT_RE_CONFIG: Readonly<ReConfig> = Object.freeze({
  keyClass: 'question',
  valueClass: 'answer',
  // 16 candidates miss 1.2% of XFUND val links, 32 miss 0.1% but double the RE time.
  maxCandidates: 16,
  buckets: 1 << 15,
  hidden: 32,
  hidden2: 32,
  tokens: Object.freeze({ unigrams: false, bigrams: true, trigrams: false, words: true, shape: true, ends: true }),
  // 99.6% of training answers are linked: each takes its best key. Extra keys
  // only when nearly certain: chosen on the train-validation split (listwise loss
  // pushes linked pairs' probabilities high, so 0.9 admits too many).
  threshold: 0,
  extraThreshold: 0.98,
});
