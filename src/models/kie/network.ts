/**
 * The one network of the SER and RE models, written over Float32Arrays so that
 * inference needs no ML runtime (a page takes well under a millisecond):
 *
 *   h1 = relu(hashed-tokens · E + standardise(dense) · Wd + b0)          (per item)
 *   z  = [h1_i, h1_{n(i,1)}, ..., h1_{n(i,K)}, present flags]            (context)
 *   h2 = relu(z · W1 + b1);  logits = h2 · W2 + b2
 *
 * `n(i,k)` are the item's neighbours (for SER: left/right/above/below segments),
 * so a segment's class is decided from its own and its neighbours' learned
 * representations. With K = 0 it is a plain two-layer MLP (used for RE pairs).
 */

/** Sizes of a network. */
export interface NetworkShape {
  /** Number of hash buckets of the sparse input. */
  readonly buckets: number;
  /** Number of dense input features. */
  readonly dense: number;
  readonly hidden: number;
  /** Neighbour slots per item (0 for none). */
  readonly context: number;
  readonly hidden2: number;
  readonly classes: number;
}

/** Parameters; matrices are row-major `[in, out]`. */
export interface NetworkParams {
  readonly shape: NetworkShape;
  /** `[buckets, hidden]` */
  readonly emb: Float32Array;
  /** `[dense, hidden]` */
  readonly denseW: Float32Array;
  readonly b0: Float32Array;
  /** `[(1 + context) * hidden + context, hidden2]` */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** `[hidden2, classes]` */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  /** Dense features are standardised as `(x - mean) * scale` before use. */
  readonly denseMean: Float32Array;
  readonly denseScale: Float32Array;
}

/** A batch of items in compressed sparse rows plus dense features. */
export interface NetworkInput {
  readonly count: number;
  /** `count + 1` offsets into `indices`/`values`. */
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
  /** `[count, dense]`, raw (standardised inside the network). */
  readonly dense: Float32Array;
  /** `[count, context]` item indices within the batch, `-1` for none. */
  readonly neighbours: Int32Array;
}

/** Activations kept for the backward pass. */
export interface NetworkActivations {
  /** Standardised dense input `[count, dense]`. */
  readonly x: Float32Array;
  /** Pre-activation and activation of layer 1 `[count, hidden]`. */
  readonly a1: Float32Array;
  readonly h1: Float32Array;
  /** Inverted-dropout factors applied to `h1` in training (`undefined` at inference). */
  readonly mask: Float32Array | undefined;
  /** Context input `[count, zWidth]`. */
  readonly z: Float32Array;
  readonly a2: Float32Array;
  readonly h2: Float32Array;
  /** `[count, classes]` */
  readonly logits: Float32Array;
}

/** Width of the context vector `z`. */
export function contextWidth(shape: NetworkShape): number {
  return (1 + shape.context) * shape.hidden + shape.context;
}

/** Training-only options of the forward pass. */
export interface ForwardOptions {
  /** Probability of zeroing a unit of `h1` (inverted dropout). */
  readonly dropout: number;
  readonly random: () => number;
}

/**
 * Computes all activations of a batch. `addend` (`[count, hidden]`), when given,
 * is added to the first layer's pre-activation: inference passes embedding sums
 * precomputed per segment there (see {@link embedRows}) instead of repeating a
 * segment's tokens in every row that uses it.
 */
export function forwardNetwork(
  p: NetworkParams,
  input: NetworkInput,
  options?: ForwardOptions,
  addend?: Float32Array,
): NetworkActivations {
  const { hidden: H, dense: D, context: K, hidden2: H2, classes: C } = p.shape;
  const n = input.count;
  const x = new Float32Array(n * D);
  const { denseMean, denseScale, denseW, b0 } = p;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < D; d++) x[i * D + d] = (input.dense[i * D + d]! - denseMean[d]!) * denseScale[d]!;
  }
  const a1 = addend ? addend.slice(0, n * H) : new Float32Array(n * H);
  addEmbeddings(p, input, a1);
  const nz = new Int32Array(D);
  for (let i = 0; i < n; i++) {
    const row = i * H;
    for (let h = 0; h < H; h++) a1[row + h]! += b0[h]!;
    addProduct(x, i * D, D, denseW, H, a1, row, nz);
  }
  const h1 = relu(a1);
  let mask: Float32Array | undefined;
  if (options && options.dropout > 0) {
    mask = new Float32Array(h1.length);
    const keep = 1 / (1 - options.dropout);
    for (let i = 0; i < h1.length; i++) {
      mask[i] = options.random() < options.dropout ? 0 : keep;
      h1[i]! *= mask[i]!;
    }
  }
  const Z = contextWidth(p.shape);
  const z = new Float32Array(n * Z);
  // Plain copies rather than `z.set(h1.subarray(...))`: a subarray view per copy was a
  // visible share of inference time in garbage collection.
  for (let i = 0; i < n; i++) {
    const zi = i * Z;
    for (let h = 0; h < H; h++) z[zi + h] = h1[i * H + h]!;
    for (let k = 0; k < K; k++) {
      const j = input.neighbours[i * K + k]!;
      if (j < 0) continue;
      const at = zi + (1 + k) * H;
      for (let h = 0; h < H; h++) z[at + h] = h1[j * H + h]!;
      z[zi + (1 + K) * H + k] = 1;
    }
  }
  const a2 = affine(z, n, Z, p.w1, p.b1, H2);
  const h2 = relu(a2);
  const logits = affine(h2, n, H2, p.w2, p.b2, C);
  return { x, a1, h1, mask, z, a2, h2, logits };
}

/**
 * Sum of the hashed-token embeddings of each row of `input` (`[count, hidden]`,
 * no bias, no dense part): the part of the first layer that a segment
 * contributes to every pair or item it takes part in.
 */
export function embedRows(p: NetworkParams, input: NetworkInput): Float32Array {
  const out = new Float32Array(input.count * p.shape.hidden);
  addEmbeddings(p, input, out);
  return out;
}

/** Adds each row's weighted embedding sum to `out` (`[count, hidden]`), four tokens per pass over the row. */
function addEmbeddings(p: NetworkParams, input: NetworkInput, out: Float32Array): void {
  const H = p.shape.hidden;
  const { emb } = p;
  const { offsets, indices, values } = input;
  for (let i = 0; i < input.count; i++) {
    const row = i * H;
    const end = offsets[i + 1]!;
    let k = offsets[i]!;
    for (; k + 4 <= end; k += 4) {
      const e0 = indices[k]! * H;
      const e1 = indices[k + 1]! * H;
      const e2 = indices[k + 2]! * H;
      const e3 = indices[k + 3]! * H;
      const v0 = values[k]!;
      const v1 = values[k + 1]!;
      const v2 = values[k + 2]!;
      const v3 = values[k + 3]!;
      for (let h = 0; h < H; h++) {
        out[row + h]! += v0 * emb[e0 + h]! + v1 * emb[e1 + h]! + v2 * emb[e2 + h]! + v3 * emb[e3 + h]!;
      }
    }
    for (; k < end; k++) {
      const e = indices[k]! * H;
      const v = values[k]!;
      for (let h = 0; h < H; h++) out[row + h]! += v * emb[e + h]!;
    }
  }
}

/**
 * `y[yo .. yo + outDim) += x[xo .. xo + inDim) · W` for `W [inDim, outDim]`,
 * skipping zero inputs (ReLU outputs are about half zeros) and taking four
 * inputs per pass over `y` (a quarter of the loads and stores of `y`: the
 * inner loop of all inference). `nz` is scratch of at least `inDim`.
 */
function addProduct(
  x: Float32Array,
  xo: number,
  inDim: number,
  w: Float32Array,
  outDim: number,
  y: Float32Array,
  yo: number,
  nz: Int32Array,
): void {
  let m = 0;
  for (let k = 0; k < inDim; k++) if (x[xo + k] !== 0) nz[m++] = k;
  let t = 0;
  for (; t + 4 <= m; t += 4) {
    const k0 = nz[t]!;
    const k1 = nz[t + 1]!;
    const k2 = nz[t + 2]!;
    const k3 = nz[t + 3]!;
    const v0 = x[xo + k0]!;
    const v1 = x[xo + k1]!;
    const v2 = x[xo + k2]!;
    const v3 = x[xo + k3]!;
    const r0 = k0 * outDim;
    const r1 = k1 * outDim;
    const r2 = k2 * outDim;
    const r3 = k3 * outDim;
    for (let o = 0; o < outDim; o++) {
      y[yo + o]! += v0 * w[r0 + o]! + v1 * w[r1 + o]! + v2 * w[r2 + o]! + v3 * w[r3 + o]!;
    }
  }
  for (; t < m; t++) {
    const k = nz[t]!;
    const v = x[xo + k]!;
    const r = k * outDim;
    for (let o = 0; o < outDim; o++) y[yo + o]! += v * w[r + o]!;
  }
}

/** Row-wise softmax of `[n, classes]` logits. */
export function softmaxRows(logits: Float32Array, classes: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let r = 0; r < logits.length; r += classes) {
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[r + c]!);
    let sum = 0;
    for (let c = 0; c < classes; c++) {
      const e = Math.exp(logits[r + c]! - max);
      out[r + c] = e;
      sum += e;
    }
    for (let c = 0; c < classes; c++) out[r + c]! /= sum;
  }
  return out;
}

/** `x · W + b` for `x [n, inDim]`, `W [inDim, outDim]`. */
export function affine(
  x: Float32Array,
  n: number,
  inDim: number,
  w: Float32Array,
  b: Float32Array,
  outDim: number,
): Float32Array {
  const y = new Float32Array(n * outDim);
  const nz = new Int32Array(inDim);
  for (let i = 0; i < n; i++) {
    const row = i * outDim;
    for (let o = 0; o < outDim; o++) y[row + o] = b[o]!;
    addProduct(x, i * inDim, inDim, w, outDim, y, row, nz);
  }
  return y;
}

function relu(a: Float32Array): Float32Array {
  const h = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) h[i] = a[i]! > 0 ? a[i]! : 0;
  return h;
}
