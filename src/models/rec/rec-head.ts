/**
 * A trained output layer for part of the text recogniser's alphabet: a linear
 * map from the recogniser's per-frame features to a small alphabet (Latin),
 * trained on a user's own lines (`src/train/train-rec-head.ts`) while the rest
 * of the network stays as shipped. It starts as the shipped layer restricted to
 * that alphabet, and when reading it only re-shares the probability the
 * recogniser gives its classes ({@link patchProbabilities}): an untrained head
 * reads exactly like the recogniser, and other scripts read as shipped.
 */
import { KieError } from '../../core/errors.js';
import { softmaxRows } from '../kie/network.js';

export interface RecHead {
  /**
   * Class names, `''` (the CTC blank) first. No space class: word spaces stay
   * with the shipped recogniser's space probabilities, which kie's space model
   * was fitted to (src/models/rec/space-model.ts).
   */
  readonly chars: readonly string[];
  /** Features per frame (120 for PP-OCRv4 rec). */
  readonly inputSize: number;
  /** `inputSize × chars.length`, row-major: the weight from feature `c` to class `k` is at `c * chars.length + k`. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/** Printable ASCII without the space: the alphabet of a Latin-script head. */
export const LATIN_CHARS: readonly string[] = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i));

/**
 * The shipped output layer restricted to `alphabet` (characters missing from the
 * full charset are skipped): the starting point of a trained head.
 *
 * @param charset the full charset (`''` first), as the recogniser's softmax columns
 * @param weights the full layer, `inputSize × charset.length` row-major
 */
export function restrictHead(
  charset: readonly string[],
  weights: Float32Array,
  bias: Float32Array,
  alphabet: readonly string[] = LATIN_CHARS,
): RecHead {
  const full = charset.length;
  const inputSize = weights.length / full;
  if (!Number.isInteger(inputSize) || bias.length !== full) {
    throw new KieError('MODEL_INVALID', `recogniser output layer has ${weights.length} weights and ${bias.length} biases for ${full} classes`);
  }
  const columns = [0, ...alphabet.filter((c) => c !== ' ').map((c) => charset.indexOf(c)).filter((i) => i > 0)];
  const chars = columns.map((i) => charset[i]!);
  const k = columns.length;
  const w = new Float32Array(inputSize * k);
  for (let c = 0; c < inputSize; c++) columns.forEach((col, j) => (w[c * k + j] = weights[c * full + col]!));
  return { chars, inputSize, weights: w, bias: Float32Array.from(columns, (col) => bias[col]!) };
}

/**
 * Class probabilities (`frames × chars.length`, softmax per frame) of the head on
 * `frames × inputSize` features.
 */
export function headProbabilities(head: RecHead, features: Float32Array, frames: number): Float32Array {
  const k = head.chars.length;
  const n = head.inputSize;
  const logits = new Float32Array(frames * k);
  for (let t = 0; t < frames; t++) {
    const row = t * k;
    for (let j = 0; j < k; j++) logits[row + j] = head.bias[j]!;
    for (let c = 0; c < n; c++) {
      const x = features[t * n + c]!;
      if (x === 0) continue;
      const wRow = c * k;
      for (let j = 0; j < k; j++) logits[row + j]! += x * head.weights[wRow + j]!;
    }
  }
  return softmaxRows(logits, k);
}

/** Little-endian float32 bytes as base64 (btoa/atob exist in Node and browsers alike). */
function toBase64(a: Float32Array): string {
  const view = new DataView(new ArrayBuffer(a.length * 4));
  a.forEach((x, i) => view.setFloat32(i * 4, x, true));
  let binary = '';
  for (const byte of new Uint8Array(view.buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The head as JSON text (weights as base64 little-endian float32), for a model directory. */
export function formatRecHead(head: RecHead): string {
  return `${JSON.stringify({ format: 'kie-rec-head', version: 1, chars: head.chars, inputSize: head.inputSize, weights: toBase64(head.weights), bias: toBase64(head.bias) })}\n`;
}

function floats(text: unknown, length: number, what: string, source: string): Float32Array {
  if (typeof text !== 'string') throw new KieError('MODEL_INVALID', `${source}: ${what} must be a base64 string`);
  let binary: string;
  try {
    binary = atob(text);
  } catch (cause) {
    throw new KieError('MODEL_INVALID', `${source}: ${what} is not base64`, { cause });
  }
  if (binary.length !== length * 4) throw new KieError('MODEL_INVALID', `${source}: ${what} holds ${binary.length} bytes, expected ${length * 4} (${length} float32)`);
  const view = new DataView(Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = view.getFloat32(i * 4, true);
  if (!out.every(Number.isFinite)) throw new KieError('MODEL_INVALID', `${source}: ${what} has non-finite numbers`);
  return out;
}

/**
 * Reads a head written by `formatRecHead`. Throws `MODEL_INVALID` naming what
 * is wrong (`source` names the file in messages).
 */
export function parseRecHead(text: string, source = 'recogniser head'): RecHead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new KieError('MODEL_INVALID', `${source} is not JSON`, { cause });
  }
  const o = raw as Record<string, unknown> | null;
  if (!o || o.format !== 'kie-rec-head' || o.version !== 1) {
    throw new KieError('MODEL_INVALID', `${source} must be {"format": "kie-rec-head", "version": 1, "chars", "inputSize", "weights", "bias"}`);
  }
  const chars = o.chars;
  if (!Array.isArray(chars) || chars.length < 2 || chars[0] !== '' || !chars.every((c) => typeof c === 'string' && (c === '' ? chars.indexOf(c) === 0 : c.length === 1 && c !== ' '))) {
    throw new KieError('MODEL_INVALID', `${source}: chars must be a list of single characters (no space) after "" (the blank)`);
  }
  const inputSize = o.inputSize;
  if (typeof inputSize !== 'number' || !Number.isInteger(inputSize) || inputSize < 1) {
    throw new KieError('MODEL_INVALID', `${source}: inputSize must be a positive integer`);
  }
  return {
    chars: chars as string[],
    inputSize,
    weights: floats(o.weights, inputSize * chars.length, 'weights', source),
    bias: floats(o.bias, chars.length, 'bias', source),
  };
}

/**
 * Columns of the recogniser's softmax that a head's classes stand for (the
 * blank is column 0). MODEL_INVALID for a head character the recogniser's
 * charset lacks.
 */
export function headColumns(head: RecHead, charset: readonly string[]): Int32Array {
  return Int32Array.from(head.chars, (c, j) => {
    if (j === 0) return 0;
    const col = charset.indexOf(c);
    if (col <= 0) throw new KieError('MODEL_INVALID', `the recogniser head reads ${JSON.stringify(c)}, which the recogniser's dictionary lacks`);
    return col;
  });
}

/**
 * The recogniser's probabilities (`frames × classes`) with the head's classes
 * re-read by the head: per frame, the probability the recogniser gave the
 * head's classes together is shared among them as the head says, and every
 * other class (the space, other scripts) keeps its own. A Latin head thus
 * reads Latin print as trained, while a Chinese line, where the recogniser puts
 * little probability on Latin classes, reads as before. `columns` from
 * {@link headColumns}.
 */
export function patchProbabilities(original: Float32Array, frames: number, classes: number, headProbs: Float32Array, columns: Int32Array): Float32Array {
  const k = columns.length;
  const out = original.slice(0, frames * classes);
  for (let t = 0; t < frames; t++) {
    const row = t * classes;
    let mass = 0;
    for (let j = 0; j < k; j++) mass += original[row + columns[j]!]!;
    for (let j = 0; j < k; j++) out[row + columns[j]!] = mass * headProbs[t * k + j]!;
  }
  return out;
}
