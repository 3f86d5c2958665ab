/**
 * The training loop shared by the two-class pair networks (RE, the link-aware
 * partner, line split and line merge): initialise from the batches' dense
 * features, then run Adam epochs. Only how the batches are built differs.
 */
import { concatNetworkInputs } from '../models/kie/network-input.js';
import type { NetworkParams } from '../models/kie/network.js';
import { createAdamState, DEFAULT_ADAM, type AdamOptions } from './adam.js';
import { fitEpoch, initNetworkParams, type TrainBatch } from './fit.js';
import { createGrads } from './network-grad.js';

/** The sizes of a two-class network that a model's config names. */
export interface TwoClassShape {
  readonly buckets: number;
  readonly hidden: number;
  readonly hidden2: number;
}

export interface TrainTwoClassOptions<C> {
  readonly epochs: number;
  readonly adam?: AdamOptions;
  readonly dropout?: number;
  readonly listwise?: number;
  readonly onEpoch?: (epoch: number, loss: number, model: { config: C; params: NetworkParams }) => void;
}

/**
 * Trains a two-class network on ready batches with dense inputs of `denseSize`;
 * `random` drives initialisation and batch order, so a seed gives the same weights.
 */
export function trainTwoClassNetwork<C extends TwoClassShape>(
  batches: readonly TrainBatch[],
  denseSize: number,
  config: C,
  random: () => number,
  options: TrainTwoClassOptions<C>,
): { config: C; params: NetworkParams } {
  const sample = concatNetworkInputs(
    batches.map((b) => b.input),
    denseSize,
    0,
  ).dense;
  const params = initNetworkParams(
    { buckets: config.buckets, dense: denseSize, hidden: config.hidden, context: 0, hidden2: config.hidden2, classes: 2 },
    random,
    sample,
  );
  const state = createAdamState(params);
  const grads = createGrads(params);
  for (let e = 0; e < options.epochs; e++) {
    const loss = fitEpoch(params, state, grads, batches, random, {
      adam: options.adam ?? DEFAULT_ADAM,
      dropout: options.dropout ?? 0,
      listwise: options.listwise ?? 0,
    });
    options.onEpoch?.(e, loss, { config, params });
  }
  return { config, params };
}
