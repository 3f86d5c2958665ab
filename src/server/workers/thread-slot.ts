/**
 * A pool slot backed by one worker thread. A worker that dies (a native crash, an
 * out-of-memory) fails its current page with INTERNAL and is replaced on the next
 * page, so one bad input never takes a slot away for good.
 */
import type { Worker } from 'node:worker_threads';
import { KIE_ERROR_CODES, KieError, type KieErrorCode } from '../../core/errors.js';
import type { PoolSlot } from './pool.js';
import type { EngineSpec, PageOutcome, PageTask, WireError } from './types.js';
import type { WorkerReply, WorkerRequest } from './worker-entry.js';
import { resolveWorkerLaunch, startWorker, type WorkerLaunch } from './worker-script.js';

const fromWire = (error: WireError): KieError => {
  const code = (KIE_ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as KieErrorCode) : 'INTERNAL';
  return new KieError(code, error.message);
};

interface Running {
  readonly id: number;
  readonly resolve: (outcome: PageOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Starts a worker for `spec` and returns it as a pool slot.
 *
 * @example
 * const pool = createPool([threadSlot({ engine: 'kie', threads: 1, maxPixels: 40e6 })], { maxQueue: 4 });
 */
export function threadSlot(spec: EngineSpec, launch: WorkerLaunch = resolveWorkerLaunch()): PoolSlot {
  let worker: Worker | undefined;
  let ready: Promise<void>;
  let running: Running | undefined;
  let nextId = 1;
  let closing = false;

  const spawn = (): Promise<void> => {
    const w = startWorker(launch, { spec });
    worker = w;
    return new Promise<void>((resolve, reject) => {
      w.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') return resolve();
        if (reply.type === 'fatal') return reject(fromWire(reply.error));
        if (!running || running.id !== reply.id) return;
        const { resolve: done, reject: fail } = running;
        running = undefined;
        if (reply.type === 'done') done(reply.outcome);
        else fail(fromWire(reply.error));
      });
      const lost = (why: string): void => {
        if (worker === w) worker = undefined;
        const error = new KieError('INTERNAL', `a page worker stopped: ${why}`);
        reject(error);
        if (running) {
          running.reject(error);
          running = undefined;
        }
      };
      w.on('error', (error) => lost(error.message));
      w.on('exit', (code) => {
        if (!closing) lost(`exit code ${code}`);
      });
    });
  };
  ready = spawn();
  // A failed start is reported through `ready`; keep it from being an unhandled rejection meanwhile.
  ready.catch(() => undefined);

  return {
    get ready() {
      return ready;
    },
    async run(task: PageTask) {
      if (!worker) {
        ready = spawn();
      }
      await ready;
      const w = worker;
      if (!w) throw new KieError('INTERNAL', 'a page worker stopped while starting');
      return new Promise<PageOutcome>((resolve, reject) => {
        const id = nextId++;
        running = { id, resolve, reject };
        const request: WorkerRequest = { id, task };
        w.postMessage(request);
      });
    },
    async close() {
      closing = true;
      running?.reject(new KieError('UNAVAILABLE', 'the server is shutting down'));
      running = undefined;
      await worker?.terminate();
      worker = undefined;
    },
  };
}
