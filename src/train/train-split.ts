/** Training of the line-split model from aligned OCR lines (see split-align.ts). */
import { concatNetworkInputs } from '../models/kie/network-input.js';
import type { SplitConfig } from '../models/split/config.js';
import { SPLIT_DENSE_SIZE, splitFeatures } from '../models/split/features.js';
import type { SplitModel } from '../models/split/predict.js';
import { type TrainBatch } from './fit.js';
import { createRandom } from './random.js';
import type { SplitExample } from './split-align.js';
import { trainTwoClassNetwork } from './train-two-class.js';

export interface TrainSplitOptions {
  readonly epochs: number;
  readonly linesPerBatch: number;
  readonly seed: number;
  readonly dropout?: number;
  readonly onEpoch?: (epoch: number, loss: number, model: SplitModel) => void;
}

export const DEFAULT_TRAIN_SPLIT: Readonly<TrainSplitOptions> = Object.freeze({ epochs: 4, linesPerBatch: 64, seed: 1, dropout: 0.3 });

/** Batches of `linesPerBatch` lines' candidates with their targets. */
export function splitBatches(examples: readonly SplitExample[], config: SplitConfig, linesPerBatch: number): TrainBatch[] {
  const batches: TrainBatch[] = [];
  for (let b = 0; b < examples.length; b += linesPerBatch) {
    const group = examples.slice(b, b + linesPerBatch);
    batches.push({
      input: concatNetworkInputs(
        group.map((e) => splitFeatures(e.line, e.candidates, config)),
        SPLIT_DENSE_SIZE,
        0,
      ),
      targets: Int32Array.from(group.flatMap((e) => e.targets)),
    });
  }
  return batches;
}

/**
 * Trains a line-split model; deterministic for a seed.
 *
 * @example
 * const model = trainSplit(examples, DEFAULT_SPLIT_CONFIG, DEFAULT_TRAIN_SPLIT);
 */
export function trainSplit(examples: readonly SplitExample[], config: SplitConfig, options: TrainSplitOptions = DEFAULT_TRAIN_SPLIT): SplitModel {
  const random = createRandom(options.seed);
  const batches = splitBatches(examples, config, options.linesPerBatch);
  return trainTwoClassNetwork(batches, SPLIT_DENSE_SIZE, config, random, options);
}
