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
  /** Lines recognised in one model call (grouped by similar width). */
  readonly batchSize: number;
  /** Insert spaces between non-CJK characters at blank gaps of the crop at least this wide (fraction of the ink height); 0 disables. */
  readonly spaceGap: number;
  /** Lines with a lower mean character probability are dropped. */
  readonly minScore: number;
}

export const DEFAULT_REC_CONFIG: Readonly<RecConfig> = Object.freeze({
  height: 48,
  minWidth: 48,
  maxWidth: 3200,
  stretch: 1,
  batchSize: 8,
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
