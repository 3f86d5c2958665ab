/** Packing of feature rows into a {@link NetworkInput}. */
import type { NetworkInput } from './network.js';
import type { SparseRow } from './text-hash.js';

/**
 * Packs per-item sparse rows, dense vectors (each of length `denseSize`) and
 * neighbour slots (`[count, context]`, `-1` for none) into one batch.
 */
export function packNetworkInput(
  rows: readonly SparseRow[],
  dense: readonly (readonly number[])[],
  denseSize: number,
  neighbours: Int32Array = new Int32Array(0),
): NetworkInput {
  const count = rows.length;
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + rows[i]!.indices.length;
  const indices = new Int32Array(offsets[count]!);
  const values = new Float32Array(offsets[count]!);
  const packed = new Float32Array(count * denseSize);
  for (let i = 0; i < count; i++) {
    const r = rows[i]!;
    indices.set(r.indices, offsets[i]!);
    values.set(r.values, offsets[i]!);
    const d = dense[i]!;
    for (let k = 0; k < denseSize; k++) packed[i * denseSize + k] = d[k] ?? 0;
  }
  return { count, offsets, indices, values, dense: packed, neighbours };
}

/** Concatenates batches, shifting neighbour indices (`context` slots per item). */
export function concatNetworkInputs(parts: readonly NetworkInput[], denseSize: number, context: number): NetworkInput {
  const count = parts.reduce((s, p) => s + p.count, 0);
  const nnz = parts.reduce((s, p) => s + p.indices.length, 0);
  const offsets = new Int32Array(count + 1);
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  const dense = new Float32Array(count * denseSize);
  const neighbours = new Int32Array(count * context);
  let item = 0;
  let at = 0;
  for (const p of parts) {
    indices.set(p.indices, at);
    values.set(p.values, at);
    for (let i = 0; i < p.count; i++) offsets[item + i + 1] = at + p.offsets[i + 1]!;
    dense.set(p.dense, item * denseSize);
    for (let k = 0; k < p.count * context; k++) {
      const j = p.neighbours[k]!;
      neighbours[item * context + k] = j < 0 ? -1 : j + item;
    }
    item += p.count;
    at += p.indices.length;
  }
  return { count, offsets, indices, values, dense, neighbours };
}
