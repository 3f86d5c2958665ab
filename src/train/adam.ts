/**
 * Adam with lazy updates for the hashed embedding table: only rows that a batch
 * touched are updated, so a step costs what the batch uses, not the table size.
 */
import type { NetworkParams } from '../models/kie/network.js';
import type { NetworkGrads } from './network-grad.js';

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** Decoupled weight decay (AdamW) applied to weight matrices and touched embedding rows. */
  readonly weightDecay: number;
}

export const DEFAULT_ADAM: Readonly<AdamOptions> = Object.freeze({
  learningRate: 2e-3,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  weightDecay: 1e-4,
});

type DenseKey = 'denseW' | 'b0' | 'w1' | 'b1' | 'w2' | 'b2';
const DENSE_KEYS: readonly DenseKey[] = ['denseW', 'b0', 'w1', 'b1', 'w2', 'b2'];

/** Optimiser state for one network. */
export interface AdamState {
  step: number;
  readonly m: Record<DenseKey | 'emb', Float32Array>;
  readonly v: Record<DenseKey | 'emb', Float32Array>;
}

export function createAdamState(p: NetworkParams): AdamState {
  const zeros = (): Record<DenseKey | 'emb', Float32Array> => ({
    emb: new Float32Array(p.emb.length),
    denseW: new Float32Array(p.denseW.length),
    b0: new Float32Array(p.b0.length),
    w1: new Float32Array(p.w1.length),
    b1: new Float32Array(p.b1.length),
    w2: new Float32Array(p.w2.length),
    b2: new Float32Array(p.b2.length),
  });
  return { step: 0, m: zeros(), v: zeros() };
}

/** Applies one step and clears `g` (the touched rows of `g.emb` and all dense grads). */
export function adamStep(p: NetworkParams, g: NetworkGrads, s: AdamState, o: AdamOptions = DEFAULT_ADAM): void {
  s.step++;
  const c1 = 1 - o.beta1 ** s.step;
  const c2 = 1 - o.beta2 ** s.step;
  const lr = o.learningRate;
  const update = (w: Float32Array, gr: Float32Array, m: Float32Array, v: Float32Array, i: number, decay: number): void => {
    const gi = gr[i]!;
    m[i] = o.beta1 * m[i]! + (1 - o.beta1) * gi;
    v[i] = o.beta2 * v[i]! + (1 - o.beta2) * gi * gi;
    w[i] = w[i]! * (1 - lr * decay) - (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + o.epsilon);
    gr[i] = 0;
  };
  for (const key of DENSE_KEYS) {
    const decay = key.startsWith('b') ? 0 : o.weightDecay;
    const w = p[key];
    for (let i = 0; i < w.length; i++) update(w, g[key], s.m[key], s.v[key], i, decay);
  }
  const H = p.shape.hidden;
  for (const r of g.touched) {
    for (let i = r * H; i < r * H + H; i++) update(p.emb, g.emb, s.m.emb, s.v.emb, i, o.weightDecay);
  }
  g.touched.clear();
}
