/**
 * Binary format of a trained network (`*.kiew`): the 8-byte magic `KIEW0001`, a
 * little-endian uint32 header length, a UTF-8 JSON header, zero padding to a
 * multiple of 4, then the tensors. The hashed embedding table is stored as int8
 * with one float32 scale per row (4x smaller than float32, no measurable loss:
 * see docs/ser-re-experiments.md); every other tensor is float32.
 */
import { KieError } from '../../core/errors.js';
import type { NetworkParams, NetworkShape } from './network.js';

const MAGIC = 'KIEW0001';
const FLOAT_TENSORS = ['denseW', 'b0', 'w1', 'b1', 'w2', 'b2', 'denseMean', 'denseScale'] as const;

interface WeightsHeader {
  readonly shape: NetworkShape;
  /** Free JSON of the model (its config, training notes). */
  readonly meta: unknown;
  /** Byte offsets relative to the start of the tensor section. */
  readonly tensors: Record<string, { readonly offset: number; readonly length: number; readonly dtype: 'float32' | 'int8' }>;
}

/** A decoded weights file. */
export interface DecodedWeights {
  readonly params: NetworkParams;
  readonly meta: unknown;
}

/** Serialises `params` and a JSON-able `meta` (e.g. the model's config). */
export function encodeWeights(params: NetworkParams, meta: unknown): Uint8Array {
  const H = params.shape.hidden;
  const rows = params.emb.length / H;
  const scales = new Float32Array(rows);
  const quant = new Int8Array(params.emb.length);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let h = 0; h < H; h++) max = Math.max(max, Math.abs(params.emb[r * H + h]!));
    const scale = max / 127;
    scales[r] = scale;
    for (let h = 0; h < H; h++) quant[r * H + h] = scale > 0 ? Math.round(params.emb[r * H + h]! / scale) : 0;
  }
  const blobs: [string, Uint8Array, 'float32' | 'int8'][] = [
    ['embScale', new Uint8Array(scales.buffer), 'float32'],
    ...FLOAT_TENSORS.map((k): [string, Uint8Array, 'float32'] => [k, bytesOf(params[k]), 'float32']),
    ['emb', new Uint8Array(quant.buffer), 'int8'],
  ];
  const tensors: WeightsHeader['tensors'] = {};
  let offset = 0;
  for (const [name, bytes, dtype] of blobs) {
    tensors[name] = { offset, length: bytes.length / (dtype === 'int8' ? 1 : 4), dtype };
    offset += bytes.length;
  }
  const header: WeightsHeader = { shape: params.shape, meta, tensors };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(12 + json.length);
  const out = new Uint8Array(start + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  for (const [name, bytes] of blobs) out.set(bytes, start + tensors[name]!.offset);
  return out;
}

/** Parses a weights file; `path` only names the file in errors (`MODEL_INVALID`). */
export function decodeWeights(bytes: Uint8Array, path?: string): DecodedWeights {
  const invalid = (why: string): KieError => new KieError('MODEL_INVALID', `not a kie weights file (${why})`, { path });
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw invalid('bad magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(8, true);
  if (12 + len > bytes.length) throw invalid('truncated header');
  let header: WeightsHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + len))) as WeightsHeader;
  } catch (cause) {
    throw new KieError('MODEL_INVALID', 'not a kie weights file (header is not JSON)', { path, cause });
  }
  const start = align4(12 + len);
  const tensor = (name: string): Uint8Array => {
    const t = header.tensors?.[name];
    if (!t) throw invalid(`missing tensor ${name}`);
    const size = t.length * (t.dtype === 'int8' ? 1 : 4);
    if (start + t.offset + size > bytes.length) throw invalid(`truncated tensor ${name}`);
    return bytes.slice(start + t.offset, start + t.offset + size);
  };
  const f32 = (name: string): Float32Array => {
    const b = tensor(name);
    return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  };
  const { shape } = header;
  const H = shape.hidden;
  const scales = f32('embScale');
  const b = tensor('emb');
  const quant = new Int8Array(b.buffer, b.byteOffset, b.byteLength);
  if (quant.length !== shape.buckets * H) throw invalid('embedding size does not match its shape');
  const emb = new Float32Array(quant.length);
  for (let i = 0; i < quant.length; i++) emb[i] = quant[i]! * scales[Math.floor(i / H)]!;
  const params: NetworkParams = {
    shape,
    emb,
    denseW: f32('denseW'),
    b0: f32('b0'),
    w1: f32('w1'),
    b1: f32('b1'),
    w2: f32('w2'),
    b2: f32('b2'),
    denseMean: f32('denseMean'),
    denseScale: f32('denseScale'),
  };
  return { params, meta: header.meta };
}

function bytesOf(a: Float32Array): Uint8Array {
  return new Uint8Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength));
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
