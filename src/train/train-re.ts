/** Training of the RE model from pages with gold labels and links. */
import type { KiePage } from '../models/kie/page.js';
import type { ReConfig } from '../models/re/config.js';
import { RE_DENSE_SIZE, rePairs } from '../models/re/features.js';
import type { ReModel } from '../models/re/predict.js';
import { type AdamOptions } from './adam.js';
import { type TrainBatch } from './fit.js';
import { createRandom } from './random.js';
import { pairBatches } from './pair-batches.js';
import { trainTwoClassNetwork } from './train-two-class.js';

export interface TrainReOptions {
  readonly epochs: number;
  readonly pagesPerBatch: number;
  readonly seed: number;
  readonly adam?: AdamOptions;
  readonly dropout?: number;
  /** Weight of the listwise loss over each value's candidates (0 = pairwise only). */
  readonly listwise?: number;
  readonly onEpoch?: (epoch: number, loss: number, model: ReModel) => void;
}

export const DEFAULT_TRAIN_RE: Readonly<TrainReOptions> = Object.freeze({
  // Listwise loss + 6 epochs: +1 to +2 summed dev F1 over pairwise / 4 epochs (docs/ser-re-experiments.md).
  epochs: 6,
  pagesPerBatch: 2,
  seed: 1,
  dropout: 0.2,
  listwise: 1,
});

/**
 * Gold key→value links of a page as `"keyIndex>valueIndex"` strings: links whose
 * ends carry `keyClass` and `valueClass`, in either stored direction.
 */
export function goldLinkSet(page: KiePage, config: ReConfig): Set<string> {
  const index = new Map(page.segments.map((s, i) => [s.id, i]));
  const out = new Set<string>();
  const labelOf = (i: number | undefined): string | undefined =>
    i === undefined ? undefined : page.segments[i]?.label?.toLowerCase();
  for (const s of page.segments) {
    for (const [a, b] of s.links ?? []) {
      const ia = index.get(a);
      const ib = index.get(b);
      if (labelOf(ia) === config.keyClass && labelOf(ib) === config.valueClass) out.add(`${ia}>${ib}`);
      else if (labelOf(ib) === config.keyClass && labelOf(ia) === config.valueClass) out.add(`${ib}>${ia}`);
    }
  }
  return out;
}

/** Candidate-pair batches with targets 1 (linked) / 0. */
export function reBatches(pages: readonly KiePage[], config: ReConfig, pagesPerBatch: number): TrainBatch[] {
  return pairBatches(
    pages,
    config,
    pagesPerBatch,
    (page, layout) => rePairs(page.segments.map((s) => s.label?.toLowerCase() ?? ''), layout, config),
    (page) => goldLinkSet(page, config),
  );
}

/**
 * Trains an RE model; deterministic for a seed.
 *
 * @example
 * const model = trainRe(pages, DEFAULT_RE_CONFIG, DEFAULT_TRAIN_RE);
 */
export function trainRe(pages: readonly KiePage[], config: ReConfig, options: TrainReOptions = DEFAULT_TRAIN_RE): ReModel {
  const random = createRandom(options.seed);
  const batches = reBatches(pages, config, options.pagesPerBatch);
  return trainTwoClassNetwork(batches, RE_DENSE_SIZE, config, random, options);
}
