/**
 * How a page worker thread is started, from the sources as from `dist/`.
 *
 * After `npm run build`, `worker-entry.js` sits beside this file and is started
 * directly. From the sources (vitest, tsx) there is only `worker-entry.ts`, and a
 * worker thread does not inherit the parent's TypeScript loader (`--import tsx`
 * in a worker's execArgv does not apply to the worker's own entry either: measured
 * on Node 20). So the worker is started from a tiny CommonJS bootstrap (`eval`)
 * (dynamic imports only) that imports tsx's `tsImport` API and loads the `.ts` entry through it. tsx is
 * a dev dependency: only source checkouts take that path, and the built package
 * never needs it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { KieError } from '../../core/errors.js';

/** How to start a worker: a built script, or the TypeScript entry through tsx. */
export type WorkerLaunch =
  | { readonly kind: 'script'; readonly entry: URL }
  | { readonly kind: 'tsx'; readonly entry: URL; readonly tsxApi: string };

// Only dynamic imports: an eval'd worker is CommonJS, or ESM when the parent runs
// under `--import tsx` (workers inherit execArgv), and import() is valid in both.
const BOOTSTRAP = `import('node:worker_threads').then(({ workerData }) =>
  import(workerData.boot.tsxApi).then(({ tsImport }) => tsImport(workerData.boot.entry, workerData.boot.entry)));`;

/**
 * Finds the worker entry in `dir` (default: this module's folder): `worker-entry.js`
 * when built, else `worker-entry.ts` run through tsx.
 *
 * @example
 * resolveWorkerLaunch().kind; // 'tsx' under vitest, 'script' from dist/
 */
export function resolveWorkerLaunch(dir: URL = new URL('.', import.meta.url)): WorkerLaunch {
  const js = new URL('worker-entry.js', dir);
  if (existsSync(fileURLToPath(js))) return { kind: 'script', entry: js };
  const ts = new URL('worker-entry.ts', dir);
  if (!existsSync(fileURLToPath(ts))) {
    throw new KieError('INTERNAL', `no worker entry in ${fileURLToPath(dir)}: run npm run build`, { path: fileURLToPath(dir) });
  }
  let tsxApi: string;
  try {
    tsxApi = import.meta.resolve('tsx/esm/api');
  } catch (cause) {
    throw new KieError('INTERNAL', 'running the worker from TypeScript sources needs tsx (a dev dependency): npm install', { cause });
  }
  return { kind: 'tsx', entry: ts, tsxApi };
}

/** Starts a worker thread for `launch` with `workerData`. */
export function startWorker(launch: WorkerLaunch, workerData: Record<string, unknown>, options: WorkerOptions = {}): Worker {
  if (launch.kind === 'script') return new Worker(launch.entry, { ...options, workerData });
  return new Worker(BOOTSTRAP, {
    ...options,
    eval: true,
    workerData: { ...workerData, boot: { tsxApi: launch.tsxApi, entry: launch.entry.href } },
  });
}
