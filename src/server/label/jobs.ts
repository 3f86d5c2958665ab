/**
 * Background pre-labelling jobs: one image at a time, progress readable while they
 * run, cancellable between images. Only one job runs at once (the models use the
 * machine's cores); starting another while one runs is refused.
 */
import { randomUUID } from 'node:crypto';
import { KieError, toKieError } from '../../core/errors.js';
import type { JobProgress } from '../../core/label-project.js';

/** What the job does with one image: `done`, or `skipped` when there was nothing to do. */
export type JobStep = (name: string) => Promise<'done' | 'skipped'>;

export interface JobRunner {
  start(names: readonly string[], step: JobStep): JobProgress;
  get(id: string): JobProgress;
  cancel(id: string): JobProgress;
  /** Resolves when the job has stopped (for tests and shutdown). */
  settled(id: string): Promise<JobProgress>;
}

interface Job {
  progress: JobProgress;
  cancelled: boolean;
  finished: Promise<JobProgress>;
}

/**
 * Creates a runner that keeps the last few jobs for progress queries.
 *
 * @example
 * const jobs = createJobRunner();
 * const { id } = jobs.start(['a.png'], async (name) => 'done');
 */
export function createJobRunner(keep = 8): JobRunner {
  const jobs = new Map<string, Job>();
  const find = (id: string): Job => {
    const job = jobs.get(id);
    if (!job) throw new KieError('FILE_NOT_FOUND', `no job ${id}`);
    return job;
  };
  return {
    start(names, step) {
      for (const job of jobs.values()) {
        if (job.progress.state === 'running') throw new KieError('INVALID_ARGUMENT', 'a pre-labelling job is already running; cancel it first');
      }
      const id = randomUUID();
      const job: Job = {
        progress: { id, state: 'running', total: names.length, done: 0, skipped: 0 },
        cancelled: false,
        finished: Promise.resolve(undefined as unknown as JobProgress),
      };
      const set = (patch: Partial<JobProgress>): void => {
        job.progress = { ...job.progress, ...patch };
      };
      job.finished = (async () => {
        try {
          for (const name of names) {
            if (job.cancelled) break;
            set({ current: name });
            const outcome = await step(name);
            set(outcome === 'skipped' ? { skipped: job.progress.skipped + 1 } : { done: job.progress.done + 1 });
          }
          set({ state: job.cancelled ? 'cancelled' : 'done', current: undefined });
        } catch (error) {
          set({ state: 'failed', current: undefined, error: toKieError(error).message });
        }
        return job.progress;
      })();
      jobs.set(id, job);
      while (jobs.size > keep) {
        const oldest = jobs.keys().next().value;
        if (oldest === undefined) break;
        jobs.delete(oldest);
      }
      return job.progress;
    },
    get: (id) => find(id).progress,
    cancel(id) {
      const job = find(id);
      job.cancelled = true;
      return job.progress;
    },
    settled: (id) => find(id).finished,
  };
}
