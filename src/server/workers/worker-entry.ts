/**
 * A page worker thread: builds its engine once (its own OCR and model sessions,
 * 1 onnxruntime thread), says `ready`, then answers `{id, task}` messages with
 * `{id, outcome}` or `{id, error}` one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toKieError } from '../../core/errors.js';
import { createEngine } from './engines.js';
import type { EngineSpec, PageEngine, PageOutcome, PageTask, WireError } from './types.js';

/** Messages from the pool to a worker. */
export interface WorkerRequest {
  readonly id: number;
  readonly task: PageTask;
}

/** Messages from a worker to the pool. */
export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'fatal'; readonly error: WireError }
  | { readonly type: 'done'; readonly id: number; readonly outcome: PageOutcome }
  | { readonly type: 'failed'; readonly id: number; readonly error: WireError };

const wire = (error: unknown): WireError => {
  const err = toKieError(error);
  return { code: err.code, message: err.message };
};

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const send = (reply: WorkerReply): void => port.postMessage(reply);
  let engine: PageEngine;
  try {
    engine = await createEngine((workerData as { spec: EngineSpec }).spec);
  } catch (error) {
    send({ type: 'fatal', error: wire(error) });
    return;
  }
  port.on('message', (request: WorkerRequest) => {
    engine.extract(request.task).then(
      (outcome) => send({ type: 'done', id: request.id, outcome }),
      (error: unknown) => send({ type: 'failed', id: request.id, error: wire(error) }),
    );
  });
  port.once('close', () => void engine.release());
  send({ type: 'ready' });
}

void main();
