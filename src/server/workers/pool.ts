/**
 * The page pool: a fixed number of slots (worker threads, or in-process runners
 * for tests and `--workers 0`), a bounded queue of synchronous requests, and an
 * unbounded background lane for job pages that the job runner feeds a few at a
 * time. Synchronous requests go first: a batch job never makes a single-page
 * call wait behind it. Concurrency lives here only.
 */
import { KieError } from '../../core/errors.js';
import type { ExtractFn, PageOutcome, PageTask } from './types.js';

/** Something that runs one page at a time. */
export interface PoolSlot {
  /** Settles once the slot can take work (its sessions are loaded). */
  readonly ready: Promise<void>;
  run(task: PageTask): Promise<PageOutcome>;
  close(): Promise<void>;
}

export interface RunOptions {
  /** A job page: waits in the background lane, does not count against the queue bound. */
  readonly background?: boolean;
  /** Aborting removes a queued task (rejected with TIMEOUT); a running one finishes unseen. */
  readonly signal?: AbortSignal;
}

export interface PoolStats {
  readonly size: number;
  readonly busy: number;
  readonly queued: number;
  readonly background: number;
}

export interface PagePool {
  readonly size: number;
  /** Settles when every slot is ready; rejects with the first slot's load error. */
  readonly ready: Promise<void>;
  /** Runs a page; RATE_LIMITED when the synchronous queue is full. */
  run(task: PageTask, options?: RunOptions): Promise<PageOutcome>;
  stats(): PoolStats;
  /** Seconds a client should wait before retrying when the queue is full. */
  retryAfterSeconds(): number;
  /** Rejects queued tasks with UNAVAILABLE and closes the slots. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Synchronous tasks allowed to wait for a slot. */
  readonly maxQueue: number;
}

interface Waiting {
  readonly task: PageTask;
  readonly resolve: (outcome: PageOutcome) => void;
  readonly reject: (error: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * A pool over the given slots.
 *
 * @example
 * const pool = createPool([inlineSlot(extract), inlineSlot(extract)], { maxQueue: 8 });
 * const { page } = await pool.run({ bytes, name: 'form.png', model: 'kie-forms' });
 */
export function createPool(slots: readonly PoolSlot[], options: PoolOptions): PagePool {
  const free = [...slots];
  const urgent: Waiting[] = [];
  const background: Waiting[] = [];
  let closed = false;
  // Moving average of page time (ms), for Retry-After; a first guess of 2 s a page.
  let averageMs = 2000;

  const dispatch = (): void => {
    while (free.length > 0) {
      const next = urgent.shift() ?? background.shift();
      if (!next) return;
      const slot = free.pop()!;
      next.signal?.removeEventListener('abort', next.onAbort);
      const t0 = performance.now();
      slot
        .run(next.task)
        .then(next.resolve, next.reject)
        .finally(() => {
          averageMs = 0.8 * averageMs + 0.2 * (performance.now() - t0);
          free.push(slot);
          if (!closed) dispatch();
        });
    }
  };

  return {
    size: slots.length,
    ready: Promise.all(slots.map((s) => s.ready)).then(() => undefined),
    run(task, runOptions = {}) {
      if (closed) return Promise.reject(new KieError('UNAVAILABLE', 'the server is shutting down'));
      const lane = runOptions.background ? background : urgent;
      if (!runOptions.background && free.length === 0 && urgent.length >= options.maxQueue) {
        return Promise.reject(new KieError('RATE_LIMITED', `all ${slots.length} workers are busy and ${urgent.length} pages wait: retry later`));
      }
      return new Promise<PageOutcome>((resolve, reject) => {
        const { signal } = runOptions;
        const waiting: Waiting = {
          task,
          resolve,
          reject,
          signal,
          onAbort: () => {
            const at = lane.indexOf(waiting);
            if (at >= 0) lane.splice(at, 1);
            reject(new KieError('TIMEOUT', 'the page waited too long for a worker'));
          },
        };
        if (signal?.aborted) return waiting.onAbort();
        signal?.addEventListener('abort', waiting.onAbort, { once: true });
        lane.push(waiting);
        dispatch();
      });
    },
    stats: () => ({ size: slots.length, busy: slots.length - free.length, queued: urgent.length, background: background.length }),
    retryAfterSeconds: () => Math.max(1, Math.ceil(((urgent.length + 1) * averageMs) / slots.length / 1000)),
    async close() {
      closed = true;
      for (const w of [...urgent.splice(0), ...background.splice(0)]) w.reject(new KieError('UNAVAILABLE', 'the server is shutting down'));
      await Promise.all(slots.map((s) => s.close()));
    },
  };
}

/**
 * A slot that runs `extract` in this thread: for tests with fake extractors and
 * for `--workers 0`. The pipeline's awaits still let other requests through, but
 * its CPU work blocks the event loop while it runs.
 */
export function inlineSlot(extract: ExtractFn): PoolSlot {
  return { ready: Promise.resolve(), run: (task) => extract(task), close: () => Promise.resolve() };
}
