import type { Lexicon } from '../../core/lexicon.js';
import type { RecHead } from './rec-head.js';

/** Settings of the CTC text recogniser (PP-OCRv4 rec). */
export interface RecConfig {
  /** Input height of the model. */
  readonly height: number;
  /** Crops narrower than this (after resizing to `height`) are padded to it. */
  readonly minWidth: number;
  /** Crops wider than this are squeezed to it. */
  readonly maxWidth: number;
  /**
   * Horizontal stretch of every crop before recognition: the CTC head has one
   * frame per 8 input pixels, so dense small text gains from a little more width.
   */
  readonly stretch: number;
  /**
   * Extra length read past each line's right end, in line heights (the reported
   * box is unchanged). 0 by default: on SROIE receipts 0.3 keeps more trailing
   * commas, on FUNSD forms it reads neighbouring ink (docs/extract.md).
   */
  readonly padRight: number;
  /** Lines recognised in one model call (grouped by similar width). */
  readonly batchSize: number;
  /**
   * How word spaces between Latin characters are decided: `model` (the learned
   * space model: recogniser space probabilities + blank gaps), `gaps` (blank gaps
   * at least `spaceGap` ink heights wide), or `decoded` (greedy decoding only).
   */
  readonly spaces: 'model' | 'gaps' | 'decoded';
  /** Smallest blank gap that is a space under `spaces: 'gaps'`, in ink heights. */
  readonly spaceGap: number;
  /** Lines with a lower mean character probability are dropped. */
  readonly minScore: number;
  /**
   * A trained output layer for part of the recogniser's classes (see
   * rec-head.ts): a KIE model can carry one fitted to its documents' print.
   */
  readonly head?: RecHead;
  /**
   * Words the recogniser's readings are checked against (src/models/rec/lexicon-words.ts):
   * a Latin word the lexicon lacks becomes the known word its frames and the
   * lexicon's counts together make likelier. A KIE model can carry one.
   */
  readonly lexicon?: Lexicon;
}

export const DEFAULT_REC_CONFIG: Readonly<RecConfig> = Object.freeze({
  height: 48,
  minWidth: 48,
  maxWidth: 3200,
  stretch: 1,
  padRight: 0,
  batchSize: 8,
  spaces: 'model',
  spaceGap: 0.3,
  minScore: 0.5,
});

/** Settings of the 0°/180° line direction classifier. */
export interface ClsConfig {
  readonly height: number;
  readonly width: number;
  /** Flip a line only when the classifier says 180° with at least this probability. */
  readonly thresh: number;
  readonly batchSize: number;
}

export const DEFAULT_CLS_CONFIG: Readonly<ClsConfig> = Object.freeze({
  height: 48,
  width: 192,
  thresh: 0.9,
  batchSize: 32,
});
