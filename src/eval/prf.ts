/**
 * Precision, recall and their harmonic mean (Hmean, F1) from counts.
 */

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly hmean: number;
  /** True positives, gold items, predicted items. */
  readonly tp: number;
  readonly gold: number;
  readonly pred: number;
}

/**
 * P/R/Hmean from counts. With nothing to find and nothing predicted the score is
 * perfect (1); a side with nothing in it otherwise scores 0.
 *
 * @example
 * prf(3, 4, 6) // {precision: 0.5, recall: 0.75, hmean: 0.6, tp: 3, gold: 4, pred: 6}
 */
export function prf(tp: number, gold: number, pred: number): Prf {
  const empty = gold === 0 && pred === 0;
  const precision = pred > 0 ? tp / pred : empty ? 1 : 0;
  const recall = gold > 0 ? tp / gold : empty ? 1 : 0;
  const hmean = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, hmean, tp, gold, pred };
}
