/** Training of the SER model from labelled pages. */
import { concatNetworkInputs } from '../models/kie/network-input.js';
import type { KiePage } from '../models/kie/page.js';
import type { SerConfig } from '../models/ser/config.js';
import { serDenseSize, serFeatures, type SerExtras } from '../models/ser/features.js';
import { classIndex, type SerModel } from '../models/ser/predict.js';
import { createAdamState, DEFAULT_ADAM, type AdamOptions } from './adam.js';
import { fitEpoch, initNetworkParams, type TrainBatch } from './fit.js';
import { createGrads } from './network-grad.js';
import { createRandom } from './random.js';

export interface TrainSerOptions {
  readonly epochs: number;
  /** Pages per optimiser step. */
  readonly pagesPerBatch: number;
  readonly seed: number;
  readonly adam?: AdamOptions;
  readonly dropout?: number;
  /**
   * Partner / first-pass features per page (aligned with the pages; out-of-fold,
   * see `train-stack.ts`), required when `config.partner` / `config.stack`.
   */
  readonly extras?: readonly SerExtras[];
  /** Called after each epoch with its mean loss. */
  readonly onEpoch?: (epoch: number, loss: number, model: SerModel) => void;
}

export const DEFAULT_TRAIN_SER: Readonly<TrainSerOptions> = Object.freeze({
  // Test F1 is flat after 4-5 epochs while the loss keeps falling (memorisation).
  epochs: 5,
  pagesPerBatch: 2,
  seed: 1,
  dropout: 0.3,
});

/** Batches of `pagesPerBatch` pages with their class targets. */
export function serBatches(
  pages: readonly KiePage[],
  config: SerConfig,
  pagesPerBatch: number,
  extras?: readonly SerExtras[],
): TrainBatch[] {
  const K = config.context ? 4 : 0;
  const batches: TrainBatch[] = [];
  for (let b = 0; b < pages.length; b += pagesPerBatch) {
    const group = pages
      .slice(b, b + pagesPerBatch)
      .map((page, i) => ({ page, extras: extras?.[b + i] }))
      .filter((p) => p.page.segments.length > 0);
    if (group.length === 0) continue;
    const input = concatNetworkInputs(
      group.map((p) => serFeatures(p.page, config, undefined, p.extras)),
      serDenseSize(config),
      K,
    );
    const targets = Int32Array.from(
      group.flatMap((p) => p.page.segments.map((s) => classIndex(config.classes, s.label ?? 'other'))),
    );
    batches.push({ input, targets });
  }
  return batches;
}

/**
 * Trains a SER model; deterministic for a seed.
 *
 * @example
 * const model = trainSer(pages, DEFAULT_SER_CONFIG, DEFAULT_TRAIN_SER);
 */
export function trainSer(pages: readonly KiePage[], config: SerConfig, options: TrainSerOptions = DEFAULT_TRAIN_SER): SerModel {
  const random = createRandom(options.seed);
  const batches = serBatches(pages, config, options.pagesPerBatch, options.extras);
  const sample = concatNetworkInputs(
    batches.map((b) => b.input),
    serDenseSize(config),
    0,
  ).dense;
  const params = initNetworkParams(
    {
      buckets: config.buckets,
      dense: serDenseSize(config),
      hidden: config.hidden,
      context: config.context ? 4 : 0,
      hidden2: config.hidden2,
      classes: config.classes.length,
    },
    random,
    sample,
  );
  const state = createAdamState(params);
  const grads = createGrads(params);
  for (let e = 0; e < options.epochs; e++) {
    const loss = fitEpoch(params, state, grads, batches, random, { adam: options.adam ?? DEFAULT_ADAM, dropout: options.dropout ?? 0 });
    options.onEpoch?.(e, loss, { config, members: [params] });
  }
  return { config, members: [params] };
}
