/**
 * Hand-written backward pass of the network in `models/kie/network.ts`. Written
 * out rather than taken from an autodiff library: the graph is small and fixed,
 * the sparse embedding gradient touches only the rows a batch uses, and on two
 * CPU cores this is faster than tfjs-wasm (see docs/ser-re-experiments.md).
 */
import {
  contextWidth,
  type NetworkActivations,
  type NetworkInput,
  type NetworkParams,
} from '../models/kie/network.js';

/** Gradients of all parameters; `emb` is dense but only `touched` rows are non-zero. */
export interface NetworkGrads {
  readonly emb: Float32Array;
  readonly touched: Set<number>;
  readonly denseW: Float32Array;
  readonly b0: Float32Array;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

/** Zeroed gradient buffers shaped like `p`. */
export function createGrads(p: NetworkParams): NetworkGrads {
  return {
    emb: new Float32Array(p.emb.length),
    touched: new Set<number>(),
    denseW: new Float32Array(p.denseW.length),
    b0: new Float32Array(p.b0.length),
    w1: new Float32Array(p.w1.length),
    b1: new Float32Array(p.b1.length),
    w2: new Float32Array(p.w2.length),
    b2: new Float32Array(p.b2.length),
  };
}

/** Accumulates into `g` the gradients for `dLogits` (`[count, classes]`, d loss / d logits). */
export function backwardNetwork(
  p: NetworkParams,
  input: NetworkInput,
  act: NetworkActivations,
  dLogits: Float32Array,
  g: NetworkGrads,
): void {
  const { hidden: H, dense: D, context: K, hidden2: H2, classes: C } = p.shape;
  const n = input.count;
  const Z = contextWidth(p.shape);
  const dh2 = backAffine(act.h2, n, H2, p.w2, dLogits, C, g.w2, g.b2);
  for (let i = 0; i < dh2.length; i++) if (act.a2[i]! <= 0) dh2[i] = 0;
  const dz = backAffine(act.z, n, Z, p.w1, dh2, H2, g.w1, g.b1);
  const da1 = new Float32Array(n * H);
  for (let i = 0; i < n; i++) {
    for (let h = 0; h < H; h++) da1[i * H + h]! += dz[i * Z + h]!;
    for (let k = 0; k < K; k++) {
      const j = input.neighbours[i * K + k]!;
      if (j < 0) continue;
      const src = i * Z + (1 + k) * H;
      for (let h = 0; h < H; h++) da1[j * H + h]! += dz[src + h]!;
    }
  }
  for (let i = 0; i < da1.length; i++) if (act.a1[i]! <= 0) da1[i] = 0;
  if (act.mask) for (let i = 0; i < da1.length; i++) da1[i]! *= act.mask[i]!;
  for (let i = 0; i < n; i++) {
    const row = i * H;
    for (let h = 0; h < H; h++) g.b0[h]! += da1[row + h]!;
    for (let d = 0; d < D; d++) {
      const v = act.x[i * D + d]!;
      if (v === 0) continue;
      for (let h = 0; h < H; h++) g.denseW[d * H + h]! += v * da1[row + h]!;
    }
    for (let k = input.offsets[i]!; k < input.offsets[i + 1]!; k++) {
      const r = input.indices[k]!;
      const v = input.values[k]!;
      g.touched.add(r);
      for (let h = 0; h < H; h++) g.emb[r * H + h]! += v * da1[row + h]!;
    }
  }
}

/** For `y = x·W + b`: adds dW, db and returns dx. */
function backAffine(
  x: Float32Array,
  n: number,
  inDim: number,
  w: Float32Array,
  dy: Float32Array,
  outDim: number,
  gw: Float32Array,
  gb: Float32Array,
): Float32Array {
  const dx = new Float32Array(n * inDim);
  for (let i = 0; i < n; i++) {
    const dyRow = i * outDim;
    for (let o = 0; o < outDim; o++) gb[o]! += dy[dyRow + o]!;
    for (let k = 0; k < inDim; k++) {
      const xv = x[i * inDim + k]!;
      const wr = k * outDim;
      let s = 0;
      for (let o = 0; o < outDim; o++) {
        const d = dy[dyRow + o]!;
        s += d * w[wr + o]!;
        if (xv !== 0) gw[wr + o]! += xv * d;
      }
      dx[i * inDim + k] = s;
    }
  }
  return dx;
}
