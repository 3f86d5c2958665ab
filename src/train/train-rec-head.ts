/**
 * Fine-tunes a recogniser head (`src/models/rec/rec-head.ts`) on lines of one's
 * own documents: the recogniser's frame features are fixed, only the linear
 * output layer learns, with CTC against the lines' transcriptions. Weight decay
 * pulls toward the starting (shipped) layer rather than toward zero, so that
 * characters rare in the training lines keep the shipped behaviour.
 *
 * Word spaces are not learned: kie decides them with a space model fitted to
 * the shipped recogniser's space probabilities (src/models/rec/space-model.ts),
 * and transcriptions space words by their own conventions. A head has no space
 * class and spaces are left out of its targets.
 */
import type { RecHead } from '../models/rec/rec-head.js';
import { headProbabilities } from '../models/rec/rec-head.js';
import { ctcLoss, type CtcTarget } from './ctc.js';
import { createRandom, shuffled } from './random.js';

/** One training line: the recogniser's features for its frames and what it says. */
export interface HeadLine {
  /** `frames × head.inputSize`. */
  readonly features: Float32Array;
  readonly frames: number;
  readonly text: string;
}

export interface HeadTrainOptions {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** Pull toward the starting weights (L2 on the difference). */
  readonly anchor: number;
  /** Targets match either case of a letter (for transcriptions written in capitals). */
  readonly ignoreCase: boolean;
  readonly seed: number;
  /** Called after each epoch with its mean loss per line. */
  readonly onEpoch?: (epoch: number, meanLoss: number) => void;
}

export const DEFAULT_HEAD_TRAINING: Readonly<HeadTrainOptions> = Object.freeze({
  epochs: 3,
  batchSize: 32,
  learningRate: 1e-3,
  anchor: 1e-3,
  ignoreCase: true,
  seed: 1,
});

/**
 * The head's classes for each character of `text` (spaces left out), or
 * undefined when a character has none (the line cannot be a target).
 */
export function headTarget(head: RecHead, text: string, ignoreCase: boolean): CtcTarget | undefined {
  const index = new Map(head.chars.map((c, i) => [c, i]));
  const target: number[][] = [];
  for (const ch of text.replace(/\s+/gu, '')) {
    const forms = ignoreCase ? [...new Set([ch, ch.toUpperCase(), ch.toLowerCase()])] : [ch];
    const group = forms.map((f) => index.get(f)).filter((i): i is number => i !== undefined && i > 0);
    if (group.length === 0) return undefined;
    target.push(group.sort((a, b) => a - b));
  }
  return target.length > 0 ? target : undefined;
}

/**
 * Trains a copy of `start` on `lines` and returns it. Lines whose text the head
 * cannot write, or that are too short in frames for their text, are skipped.
 */
export function trainRecHead(start: RecHead, lines: readonly HeadLine[], options: Partial<HeadTrainOptions> = {}): { head: RecHead; used: number } {
  const o = { ...DEFAULT_HEAD_TRAINING, ...options };
  const k = start.chars.length;
  const n = start.inputSize;
  const weights = Float32Array.from(start.weights);
  const bias = Float32Array.from(start.bias);
  const head: RecHead = { ...start, weights, bias };
  const usable = lines
    .map((line) => ({ line, target: headTarget(start, line.text, o.ignoreCase) }))
    .filter((x): x is { line: HeadLine; target: CtcTarget } => x.target !== undefined && x.line.frames >= x.target.length);
  const gw = new Float32Array(weights.length);
  const gb = new Float32Array(k);
  const mw = new Float32Array(weights.length);
  const vw = new Float32Array(weights.length);
  const mb = new Float32Array(k);
  const vb = new Float32Array(k);
  const random = createRandom(o.seed);
  let step = 0;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    let lossSum = 0;
    let counted = 0;
    const order = shuffled(usable, random);
    for (let startIndex = 0; startIndex < order.length; startIndex += o.batchSize) {
      const batch = order.slice(startIndex, startIndex + o.batchSize);
      let inBatch = 0;
      for (const { line, target } of batch) {
        const probs = headProbabilities(head, line.features, line.frames);
        const { loss, grad } = ctcLoss(probs, line.frames, k, target);
        if (!grad || !Number.isFinite(loss)) continue;
        lossSum += loss;
        counted++;
        inBatch++;
        for (let t = 0; t < line.frames; t++) {
          const g = t * k;
          for (let j = 0; j < k; j++) gb[j]! += grad[g + j]!;
          for (let c = 0; c < n; c++) {
            const x = line.features[t * n + c]!;
            if (x === 0) continue;
            const row = c * k;
            for (let j = 0; j < k; j++) gw[row + j]! += x * grad[g + j]!;
          }
        }
      }
      if (inBatch === 0) continue;
      step++;
      adam(weights, gw, mw, vw, start.weights, inBatch, step, o);
      adam(bias, gb, mb, vb, start.bias, inBatch, step, o);
    }
    o.onEpoch?.(epoch, counted > 0 ? lossSum / counted : NaN);
  }
  return { head, used: usable.length };
}

/** One Adam step on the batch-mean gradient plus the anchor's pull toward `origin`; clears `g`. */
function adam(w: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, origin: Float32Array, count: number, step: number, o: HeadTrainOptions): void {
  const c1 = 1 - 0.9 ** step;
  const c2 = 1 - 0.999 ** step;
  for (let i = 0; i < w.length; i++) {
    const gi = g[i]! / count + o.anchor * (w[i]! - origin[i]!);
    m[i] = 0.9 * m[i]! + 0.1 * gi;
    v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
    w[i]! -= (o.learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
    g[i] = 0;
  }
}
