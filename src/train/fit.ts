/**
 * Small composable training functions for the SER/RE network: parameter
 * initialisation, dense-feature standardisation, one epoch of Adam on softmax
 * cross-entropy, and prediction.
 */
import {
  contextWidth,
  forwardNetwork,
  softmaxRows,
  type NetworkInput,
  type NetworkParams,
  type NetworkShape,
} from '../models/kie/network.js';
import { adamStep, DEFAULT_ADAM, type AdamOptions, type AdamState } from './adam.js';
import { backwardNetwork, type NetworkGrads } from './network-grad.js';
import { gaussian, shuffled } from './random.js';

/** A batch with one target class per item. */
export interface TrainBatch {
  readonly input: NetworkInput;
  readonly targets: Int32Array;
  /**
   * For pair batches: the candidate group of each item (the pairs of one value,
   * contiguous), used by the listwise loss.
   */
  readonly groups?: Int32Array;
}

/**
 * He-initialised parameters; dense inputs are standardised with the mean and
 * standard deviation of `denseSample` (`[rows, shape.dense]`).
 */
export function initNetworkParams(
  shape: NetworkShape,
  random: () => number,
  denseSample: Float32Array,
  embScale = 0.05,
): NetworkParams {
  const { buckets, dense: D, hidden: H, hidden2: H2, classes: C } = shape;
  const Z = contextWidth(shape);
  const normal = (n: number, std: number): Float32Array => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = gaussian(random) * std;
    return a;
  };
  const denseMean = new Float32Array(D);
  const denseScale = new Float32Array(D).fill(1);
  const rows = D === 0 ? 0 : denseSample.length / D;
  if (rows > 0) {
    for (let d = 0; d < D; d++) {
      let s = 0;
      let s2 = 0;
      for (let r = 0; r < rows; r++) {
        const v = denseSample[r * D + d]!;
        s += v;
        s2 += v * v;
      }
      const mean = s / rows;
      const sd = Math.sqrt(Math.max(0, s2 / rows - mean * mean));
      denseMean[d] = mean;
      denseScale[d] = sd > 1e-6 ? 1 / sd : 1;
    }
  }
  return {
    shape,
    emb: normal(buckets * H, embScale),
    denseW: normal(D * H, Math.sqrt(2 / Math.max(1, D + 8))),
    b0: new Float32Array(H).fill(0.01),
    w1: normal(Z * H2, Math.sqrt(2 / Z)),
    b1: new Float32Array(H2).fill(0.01),
    w2: normal(H2 * C, Math.sqrt(1 / H2)),
    b2: new Float32Array(C),
    denseMean,
    denseScale,
  };
}

export interface FitEpochOptions {
  readonly adam?: AdamOptions;
  /** Per-class loss weights (default 1). */
  readonly classWeights?: Float32Array;
  /** Dropout on the first hidden layer (0 = none). */
  readonly dropout?: number;
  /** Weight of the listwise loss over each group of a two-class pair batch (0 = none; see {@link addListwiseGradient}). */
  readonly listwise?: number;
}

/** One pass over `batches` in a seeded random order; returns the mean loss per item. */
export function fitEpoch(
  p: NetworkParams,
  state: AdamState,
  grads: NetworkGrads,
  batches: readonly TrainBatch[],
  random: () => number,
  options: FitEpochOptions = {},
): number {
  const C = p.shape.classes;
  let loss = 0;
  let items = 0;
  for (const batch of shuffled(batches, random)) {
    const act = forwardNetwork(p, batch.input, { dropout: options.dropout ?? 0, random });
    const prob = softmaxRows(act.logits, C);
    const n = batch.input.count;
    const d = new Float32Array(n * C);
    for (let i = 0; i < n; i++) {
      const t = batch.targets[i]!;
      const w = options.classWeights?.[t] ?? 1;
      loss -= w * Math.log(Math.max(1e-12, prob[i * C + t]!));
      for (let c = 0; c < C; c++) d[i * C + c] = (w * (prob[i * C + c]! - (c === t ? 1 : 0))) / n;
    }
    items += n;
    if (options.listwise && batch.groups) loss += addListwiseGradient(act.logits, batch.targets, batch.groups, options.listwise, d) * n;
    backwardNetwork(p, batch.input, act, d, grads);
    adamStep(p, grads, state, options.adam ?? DEFAULT_ADAM);
  }
  return loss / Math.max(1, items);
}

/**
 * Listwise loss of two-class pair logits, matching a decode where each value
 * takes its best key: within each group (a value's candidates) the pair scores
 * `s = logit1 - logit0` and a fixed "no key" score 0 go through a softmax, and
 * the loss is `-log` of the probability of the linked candidates (or of "no key"
 * when none is linked). Adds `weight ×` its gradient, averaged over the groups,
 * to `d` (`[count, 2]`) and returns the mean loss per group.
 */
export function addListwiseGradient(
  logits: Float32Array,
  targets: Int32Array,
  groups: Int32Array,
  weight: number,
  d: Float32Array,
): number {
  const n = targets.length;
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || groups[i] !== groups[i - 1]) starts.push(i);
  starts.push(n);
  const count = starts.length - 1;
  let loss = 0;
  for (let g = 0; g < count; g++) {
    const a = starts[g]!;
    const b = starts[g + 1]!;
    let max = 0;
    for (let i = a; i < b; i++) max = Math.max(max, logits[2 * i + 1]! - logits[2 * i]!);
    let sum = Math.exp(-max);
    let gold = 0;
    const q = new Float64Array(b - a);
    for (let i = a; i < b; i++) {
      q[i - a] = Math.exp(logits[2 * i + 1]! - logits[2 * i]! - max);
      sum += q[i - a]!;
    }
    for (let i = a; i < b; i++) {
      q[i - a]! /= sum;
      if (targets[i] === 1) gold += q[i - a]!;
    }
    const none = Math.exp(-max) / sum;
    loss -= Math.log(Math.max(1e-12, gold > 0 ? gold : none));
    for (let i = a; i < b; i++) {
      const qi = q[i - a]!;
      const ds = (weight * (qi - (targets[i] === 1 ? qi / Math.max(1e-12, gold) : 0))) / count;
      d[2 * i + 1]! += ds;
      d[2 * i]! -= ds;
    }
  }
  return count > 0 ? (weight * loss) / count : 0;
}

/** Class probabilities `[count, classes]` of a batch. */
export function predictProbabilities(p: NetworkParams, input: NetworkInput): Float32Array {
  return softmaxRows(forwardNetwork(p, input).logits, p.shape.classes);
}
