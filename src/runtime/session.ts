import { readFile, stat } from 'node:fs/promises';
import * as ort from 'onnxruntime-node';
import { KieError } from '../core/errors.js';
import { withExtraOutput } from './onnx-graph.js';

/** A dense float tensor as plain data, independent of onnxruntime's classes. */
export interface FloatTensor {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

export interface SessionOptions {
  /** Threads for one operator; above the core count it is much slower. Default 2. */
  readonly threads?: number;
  /** Inner tensors to return as extra outputs (e.g. a recogniser's frame features). */
  readonly exposeTensors?: readonly string[];
  /** The file's bytes, when the caller has read them already (used with `exposeTensors`). */
  readonly bytes?: Uint8Array;
}

/**
 * A loaded ONNX model. The only type through which the rest of kie runs models, so
 * that onnxruntime stays inside `src/runtime/`.
 */
export interface ModelSession {
  readonly path: string;
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  /** Runs the model on float inputs and returns every output as float data. */
  run(feeds: Readonly<Record<string, FloatTensor>>): Promise<Record<string, FloatTensor>>;
  release(): Promise<void>;
}

/**
 * Loads an ONNX model from a local path.
 * Throws `MODEL_NOT_FOUND` for a missing file and `MODEL_INVALID` for one that
 * onnxruntime cannot load.
 *
 * @example
 * const session = await createSession('models/det.onnx', { threads: 2 });
 */
export async function createSession(path: string, options: SessionOptions = {}): Promise<ModelSession> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new KieError('MODEL_NOT_FOUND', `model ${path} is not a file`, { path });
  } catch (cause) {
    if (cause instanceof KieError) throw cause;
    throw new KieError('MODEL_NOT_FOUND', `model file not found: ${path}`, { cause, path });
  }
  const threads = options.threads ?? 2;
  if (!Number.isInteger(threads) || threads < 1) {
    throw new KieError('INVALID_ARGUMENT', `threads must be a positive integer, got ${threads}`);
  }
  let session: ort.InferenceSession;
  try {
    const settings: ort.InferenceSession.SessionOptions = {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    };
    const exposed = options.exposeTensors ?? [];
    if (exposed.length === 0) session = await ort.InferenceSession.create(path, settings);
    else {
      let bytes: Uint8Array = options.bytes ?? new Uint8Array(await readFile(path));
      for (const name of exposed) bytes = withExtraOutput(bytes, name, path);
      session = await ort.InferenceSession.create(bytes, settings);
    }
  } catch (cause) {
    if (cause instanceof KieError) throw cause;
    throw new KieError('MODEL_INVALID', `model ${path} could not be loaded by onnxruntime (corrupt or not ONNX)`, {
      cause,
      path,
    });
  }
  return {
    path,
    inputNames: session.inputNames,
    outputNames: session.outputNames,
    async run(feeds) {
      const ortFeeds: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(feeds)) {
        ortFeeds[name] = new ort.Tensor('float32', t.data, t.dims as number[]);
      }
      let results: ort.InferenceSession.ReturnType;
      try {
        results = await session.run(ortFeeds);
      } catch (cause) {
        throw new KieError('MODEL_INVALID', `model ${path} failed to run: ${(cause as Error).message}`, { cause, path });
      }
      const out: Record<string, FloatTensor> = {};
      for (const [name, t] of Object.entries(results)) {
        if (t.type !== 'float32') {
          throw new KieError('MODEL_INVALID', `model ${path} output ${name} is ${t.type}, expected float32`, { path });
        }
        out[name] = { data: t.data as Float32Array, dims: t.dims };
      }
      return out;
    },
    async release() {
      await session.release();
    },
  };
}
