/** Settings of the line-split model (where an OCR line holds more than one entity). */

export interface SplitConfig {
  /** Hash buckets of the sparse input. */
  readonly buckets: number;
  readonly hidden: number;
  readonly hidden2: number;
  /** A line is cut where the split probability reaches this. */
  readonly threshold: number;
  /** Characters of context on each side hashed as n-grams. */
  readonly window: number;
}

export const DEFAULT_SPLIT_CONFIG: Readonly<SplitConfig> = Object.freeze({
  // 4096 buckets and dropout 0.3 matched 16384 / 0.1 on held-out train pages (F1 ~57) at a quarter of the size.
  buckets: 1 << 12,
  hidden: 16,
  hidden2: 16,
  threshold: 0.5,
  window: 6,
});
