/**
 * Runs jobs from the store: one job at a time in arrival order, its pages on the
 * pool's background lane, at most `concurrency` at once. Progress is written per
 * file, so a job interrupted by a stop or a crash is resumed by the next process
 * from where it was (`resume()`), or marked failed with the reason once it has
 * been interrupted `maxAttempts` times — a job is never lost silently.
 */
import { toKieError } from '../../core/errors.js';
import { resultHash, type JobRecord, type JobStore } from '../store/jobs.js';
import type { PagePool } from '../workers/pool.js';
import type { CallbackSender } from './callbacks.js';
import type { Metrics } from './metrics.js';
import type { LogSink } from './observe.js';

export interface JobRunner {
  /** Queues a stored job. */
  enqueue(jobId: string): void;
  /**
   * Starts running: queues the store's unfinished jobs and sends its pending
   * callbacks. Until then jobs only queue (the server calls it once its workers
   * are ready, so a worker that cannot load fails no stored job).
   */
  resume(): void;
  /** Stops a job's remaining pages; it ends as `cancelled`. */
  cancel(jobId: string): void;
  /** Jobs queued or running in this process. */
  active(): number;
  /** Settles when the queue is empty (tests, graceful shutdown). */
  idle(): Promise<void>;
  /** Stops taking pages; running jobs stay `running` in the store for the next process. */
  close(): void;
}

export interface JobRunnerDeps {
  readonly store: JobStore;
  readonly pool: PagePool;
  readonly callbacks: CallbackSender;
  readonly metrics: Metrics;
  readonly log: LogSink;
  /** Pages of a job in flight at once (default: the pool's size). */
  readonly concurrency?: number;
  /** Starts of one job (the first run and its resumptions) before it is failed. Default 3. */
  readonly maxAttempts?: number;
}

/**
 * Creates the runner.
 *
 * @example
 * const runner = createJobRunner({ store, pool, callbacks, metrics, log });
 * runner.resume();
 */
export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const { store, pool, callbacks, metrics, log } = deps;
  const concurrency = Math.max(1, deps.concurrency ?? pool.size);
  const maxAttempts = deps.maxAttempts ?? 3;
  const queue: string[] = [];
  const cancelled = new Set<string>();
  let current: string | undefined;
  let started = false;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const finish = (job: JobRecord, state: 'succeeded' | 'failed' | 'cancelled', error?: string): void => {
    store.finishJob(job.id, state, error);
    log({ time: new Date().toISOString(), level: state === 'failed' ? 'warn' : 'info', msg: 'job finished', jobId: job.id, state, ...(error ? { error } : {}) });
    callbacks.deliver(job.id);
  };

  const runPage = async (job: JobRecord, index: number): Promise<void> => {
    const file = job.files[index]!;
    if (store.getResult(resultHash(file), job.model, job.schema)) {
      metrics.pageProcessed('cached', 'job');
      store.finishFile(job.id, index, { error: null });
      return;
    }
    const bytes = store.getBlob(file.hash);
    if (!bytes) {
      store.finishFile(job.id, index, { error: { code: 'NOT_FOUND', message: 'the uploaded file is no longer stored' } });
      return;
    }
    try {
      const task = { bytes, name: file.name, model: job.model, ...(job.schema ? { schema: job.schema } : {}), ...(file.page ? { page: file.page } : {}) };
      const outcome = await pool.run(task, { background: true });
      if (closed) return;
      store.putResult(resultHash(file), job.model, job.schema, outcome);
      store.finishFile(job.id, index, { error: null });
      metrics.pageProcessed('ok', 'job');
    } catch (error) {
      // Stopping is not the page's fault: leave it pending for the next process.
      if (closed) return;
      const err = toKieError(error);
      store.finishFile(job.id, index, { error: { code: err.code, message: err.message } });
      metrics.pageProcessed('error', 'job');
    }
  };

  const runJob = async (jobId: string): Promise<void> => {
    const before = store.getJob(jobId);
    if (!before || (before.state !== 'queued' && before.state !== 'running')) return;
    if (before.attempts >= maxAttempts) {
      finish(before, 'failed', `the server stopped ${before.attempts} times while this job ran; not retried (a file may crash the worker)`);
      return;
    }
    store.startJob(jobId);
    const job = store.getJob(jobId)!;
    const pending = job.files.filter((f) => f.state === 'pending').map((f) => f.index);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < pending.length && !closed && !cancelled.has(jobId)) await runPage(job, pending[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pending.length) }, lane));
    if (closed) return;
    const end = store.getJob(jobId);
    if (!end) return; // deleted meanwhile
    if (cancelled.has(jobId)) return finish(end, 'cancelled');
    const failed = end.files.filter((f) => f.state === 'failed');
    if (end.files.length > 0 && failed.length === end.files.length) {
      finish(end, 'failed', `every file failed (first: ${failed[0]!.error?.code ?? 'error'}: ${failed[0]!.error?.message ?? ''})`);
    } else {
      finish(end, 'succeeded');
    }
  };

  const pump = (): void => {
    if (current !== undefined || closed || !started) return;
    const jobId = queue.shift();
    if (jobId === undefined) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
      return;
    }
    current = jobId;
    runJob(jobId)
      .catch((error: unknown) => {
        if (closed) return;
        const err = toKieError(error);
        log({ time: new Date().toISOString(), level: 'error', msg: 'job runner error', jobId, error: err.code, message: err.message });
        const job = store.getJob(jobId);
        if (job) finish(job, 'failed', `${err.code}: ${err.message}`);
      })
      .finally(() => {
        cancelled.delete(jobId);
        current = undefined;
        pump();
      });
  };

  return {
    enqueue(jobId) {
      queue.push(jobId);
      pump();
    },
    resume() {
      started = true;
      for (const id of store.unfinishedJobIds()) if (!queue.includes(id) && current !== id) queue.push(id);
      for (const id of store.pendingCallbackIds()) callbacks.deliver(id);
      pump();
    },
    cancel(jobId) {
      const at = queue.indexOf(jobId);
      if (at >= 0) {
        queue.splice(at, 1);
        const job = store.getJob(jobId);
        if (job) finish(job, 'cancelled');
      } else if (current === jobId) {
        cancelled.add(jobId);
      }
    },
    active: () => queue.length + (current === undefined ? 0 : 1),
    idle: () => (current === undefined && queue.length === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
    close() {
      closed = true;
      queue.length = 0;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    },
  };
}
