/**
 * Training of the partner network (link-aware SER, see `models/ser/partner.ts`)
 * and its out-of-fold features: SER is trained on partner scores that the
 * partner network produced for pages it did not see, so that SER learns how
 * far to trust them on new pages (scores on its own training pages are
 * over-confident).
 */
import { computeLayout } from '../models/kie/layout.js';
import type { KiePage } from '../models/kie/page.js';
import { RE_DENSE_SIZE } from '../models/re/features.js';
import { partnerFeatures, partnerPairs, type PartnerConfig, type PartnerModel } from '../models/ser/partner.js';
import { type AdamOptions } from './adam.js';
import { type TrainBatch } from './fit.js';
import { createRandom } from './random.js';
import { pairBatches } from './pair-batches.js';
import { trainTwoClassNetwork } from './train-two-class.js';

export interface TrainPartnerOptions {
  readonly epochs: number;
  readonly pagesPerBatch: number;
  readonly seed: number;
  readonly adam?: AdamOptions;
  readonly dropout?: number;
  /** Weight of the listwise loss over each segment's candidate sources (0 = pairwise only). */
  readonly listwise?: number;
  /** Pages are split into this many folds for the out-of-fold features. */
  readonly folds: number;
  readonly onEpoch?: (epoch: number, loss: number, model: PartnerModel) => void;
}

export const DEFAULT_TRAIN_PARTNER: Readonly<TrainPartnerOptions> = Object.freeze({
  epochs: 3,
  pagesPerBatch: 2,
  seed: 1,
  dropout: 0.2,
  // Listwise over a segment's candidate sources makes "best incoming" a calibrated
  // "has a key" probability: +0.2 / +0.45 SER dev F1 (FUNSD / XFUND) over pairwise.
  listwise: 1,
  folds: 4,
});

/**
 * Every stored link of a page as `"sourceIndex>targetIndex"`, whatever the
 * labels of its ends (question→answer, question→question, header→question).
 */
export function anyLinkSet(page: KiePage): Set<string> {
  const index = new Map(page.segments.map((s, i) => [s.id, i]));
  const out = new Set<string>();
  for (const s of page.segments) {
    for (const [a, b] of s.links ?? []) {
      const ia = index.get(a);
      const ib = index.get(b);
      if (ia !== undefined && ib !== undefined && ia !== ib) out.add(`${ia}>${ib}`);
    }
  }
  return out;
}

/** Candidate-pair batches with targets 1 (a stored link source→target) / 0. */
export function partnerBatches(pages: readonly KiePage[], config: PartnerConfig, pagesPerBatch: number): TrainBatch[] {
  return pairBatches(
    pages,
    config,
    pagesPerBatch,
    (_page, layout) => partnerPairs(layout, config.maxCandidates),
    anyLinkSet,
  );
}

/**
 * Trains a partner network; deterministic for a seed.
 *
 * @example
 * const partner = trainPartner(pages, DEFAULT_PARTNER_CONFIG, DEFAULT_TRAIN_PARTNER);
 */
export function trainPartner(
  pages: readonly KiePage[],
  config: PartnerConfig,
  options: TrainPartnerOptions = DEFAULT_TRAIN_PARTNER,
): PartnerModel {
  const random = createRandom(options.seed);
  const batches = partnerBatches(pages, config, options.pagesPerBatch);
  return trainTwoClassNetwork(batches, RE_DENSE_SIZE, config, random, options);
}

/**
 * Partner features of every page from a network trained on the other folds
 * (page `i` is in fold `i % folds`), aligned with `pages`.
 */
export function outOfFoldPartnerFeatures(
  pages: readonly KiePage[],
  config: PartnerConfig,
  options: TrainPartnerOptions = DEFAULT_TRAIN_PARTNER,
): Float32Array[] {
  const out: Float32Array[] = pages.map(() => new Float32Array(0));
  for (let f = 0; f < options.folds; f++) {
    const model = trainPartner(
      pages.filter((_, i) => i % options.folds !== f),
      config,
      { ...options, seed: options.seed + 1000 * (f + 1) },
    );
    pages.forEach((page, i) => {
      if (i % options.folds === f) out[i] = partnerFeatures(model, page, computeLayout(page));
    });
  }
  return out;
}
