/** Settings of the SER (semantic entity recognition) model. */
import type { TextTokenKinds } from '../kie/text-hash.js';

export interface SerConfig {
  /** Class names; index 0 is the background class (`other`). */
  readonly classes: readonly string[];
  /** Hash buckets of the sparse text input. */
  readonly buckets: number;
  readonly hidden: number;
  readonly hidden2: number;
  /** Use the left/right/above/below neighbours' representations (the context layer). */
  readonly context: boolean;
  /** Token groups of the segment's own text. */
  readonly ownTokens: TextTokenKinds;
  /** Token groups of each neighbour's text (prefixed by direction); `null` for none. */
  readonly neighbourTokens: TextTokenKinds | null;
  /**
   * Feed the partner network's link scores as features (link-aware SER; the
   * model then carries a `partner` network). Absent in models before 0.2.
   */
  readonly partner?: boolean;
  /**
   * Second pass: feed a first SER pass's class probabilities of the segment and
   * its neighbours as features (the model then carries a `firstPass`).
   */
  readonly stack?: boolean;
  /**
   * Decode: the background class's probability is multiplied by this before the
   * arg-max (> 1 trades recall of the other classes for precision). Default 1.
   */
  readonly backgroundScale?: number;
}

export const DEFAULT_SER_CONFIG: Readonly<SerConfig> = Object.freeze({
  classes: Object.freeze(['other', 'question', 'answer', 'header']),
  buckets: 1 << 16,
  hidden: 64,
  hidden2: 64,
  context: true,
  ownTokens: Object.freeze({ unigrams: true, bigrams: true, trigrams: true, words: true, shape: true, ends: true }),
  neighbourTokens: Object.freeze({
    unigrams: false,
    bigrams: true,
    trigrams: false,
    words: true,
    shape: true,
    ends: true,
  }),
});
