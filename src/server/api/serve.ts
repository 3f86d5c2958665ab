/**
 * Starts the API server: opens the store under `dataDir`, starts the page
 * workers, resumes unfinished jobs, purges expired results, and listens.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { KieError } from '../../core/errors.js';
import { listShippedSchemas, loadShippedSchema } from '../../io/schema-file.js';
import { DEFAULT_KIE_MODEL, listShippedModels, PACKAGE_MODELS_DIR, shippedModelForSchema } from '../../pipeline/model-resolve.js';
import { openDatabase } from '../store/db.js';
import { createJobStore, type JobStore } from '../store/jobs.js';
import { createKeyStore } from '../store/keys.js';
import { createSealer } from '../store/seal.js';
import { OCR_ONLY_MODEL, createEngine } from '../workers/engines.js';
import { createPool, inlineSlot, type PagePool, type PoolSlot } from '../workers/pool.js';
import { threadSlot } from '../workers/thread-slot.js';
import { cleanupStepNames, DEFAULT_CLEANUP, type CleanupSelection } from '../../pipeline/clean-up.js';
import type { EngineSpec, ExtractFn } from '../workers/types.js';
import { createApiApp } from './app.js';
import { createCallbackSender, DEFAULT_CALLBACK_OPTIONS, type CallbackOptions } from './callbacks.js';
import { createJobRunner } from './job-runner.js';
import { DEFAULT_LIMITS, type ApiLimits } from './limits.js';
import { createMetrics } from './metrics.js';
import type { LogSink } from './observe.js';
import { createRateLimiter, type RateLimit } from './rate-limit.js';

export interface ApiServerOptions {
  /** Folder of the database (created if missing). */
  readonly dataDir: string;
  /** Port; 0 picks a free one. Default 8080. */
  readonly port?: number;
  /** Interface; default 127.0.0.1. */
  readonly host?: string;
  /** Page worker threads; default the core count; 0 runs pages in this thread. */
  readonly workers?: number;
  /** Require API keys (default true); false is refused on anything but a loopback host. */
  readonly auth?: boolean;
  /** Finished jobs and results older than this are deleted; 0 keeps them until deleted. Default 168 (a week). */
  readonly retentionHours?: number;
  readonly limits?: Partial<ApiLimits>;
  /** Per-key token bucket; null for none. Default 20/s, burst 40. */
  readonly rateLimit?: RateLimit | null;
  /** `kie`: the full pipeline (default); `ocr`: OCR only. */
  readonly engine?: EngineSpec['engine'];
  /** Image clean-up before OCR; default the `default` preset (orientation + deskew). */
  readonly preprocess?: CleanupSelection;
  /** Run this function for every page instead of an engine (tests); pages then run in this thread. */
  readonly extract?: ExtractFn;
  /** Model names to offer (default: the shipped models, or `ocr-only`). */
  readonly models?: readonly string[];
  /** AES-256 key for stored uploads and results; none stores them in the clear. */
  readonly encryptionKey?: Uint8Array;
  readonly callbacks?: Partial<CallbackOptions>;
  /** Job starts before an interrupted job is failed. Default 3. */
  readonly maxJobAttempts?: number;
  /** Milliseconds that requests in flight get to finish when the server closes. Default 10 000. */
  readonly shutdownGraceMs?: number;
  /** Request and event log; default one JSON line per entry on stdout. */
  readonly log?: LogSink;
}

export interface ApiServer {
  readonly url: string;
  readonly port: number;
  /** Settles when the workers have loaded their models (readyz turns 200); rejects if they cannot. */
  readonly ready: Promise<void>;
  /**
   * Stops listening (readyz turns 503), lets requests in flight finish (up to
   * `shutdownGraceMs`), stops the workers; unfinished jobs stay in the store for
   * the next start.
   */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const stdoutLog: LogSink = (entry) => void process.stdout.write(`${JSON.stringify(entry)}\n`);

/** True for hosts that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/u.test(host);
}

/**
 * Results are stored under the model's name and version (`kie-forms@0.1.0`), so
 * that an upgraded model is never answered with an older model's stored result.
 */
async function resultKeys(engine: EngineSpec['engine'], models: readonly string[], custom: boolean, preprocess: CleanupSelection): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  // Pages read with other clean-up steps read differently: their stored results are not reused.
  const steps = custom ? '' : cleanupStepNames(preprocess).join('+');
  for (const name of models) {
    let version = custom ? 'custom' : OCR_ONLY_MODEL.version;
    if (!custom && engine === 'kie') {
      try {
        const manifest = JSON.parse(await readFile(join(PACKAGE_MODELS_DIR, name, 'model.json'), 'utf8')) as { version?: unknown };
        version = String(manifest.version ?? 'unknown');
      } catch (cause) {
        throw new KieError('MODEL_NOT_FOUND', `model ${name} has no readable model.json in ${PACKAGE_MODELS_DIR}`, { cause });
      }
    }
    keys.set(name, `${name}@${version}${steps ? `#${steps}` : ''}`);
  }
  return keys;
}

/** The job store with results keyed by model name and version. */
function versionedResults(store: JobStore, keys: ReadonlyMap<string, string>): JobStore {
  const keyOf = (model: string): string => keys.get(model) ?? model;
  return {
    ...store,
    getResult: (hash, model, schema) => store.getResult(hash, keyOf(model), schema),
    putResult: (hash, model, schema, result) => store.putResult(hash, keyOf(model), schema, result),
  };
}

async function defaultModels(engine: EngineSpec['engine']): Promise<string[]> {
  if (engine === 'ocr') return [OCR_ONLY_MODEL.name];
  const shipped = await listShippedModels();
  return [DEFAULT_KIE_MODEL, ...shipped.filter((m) => m !== DEFAULT_KIE_MODEL)];
}

/** Each shipped schema's own model (receipt → receipts), where this server offers it. */
async function schemaDefaults(engine: EngineSpec['engine'], schemas: readonly string[], models: readonly string[]): Promise<Map<string, string>> {
  const defaults = new Map<string, string>();
  if (engine !== 'kie') return defaults;
  for (const name of schemas) {
    const model = await shippedModelForSchema(await loadShippedSchema(name));
    if (model !== undefined && models.includes(model)) defaults.set(name, model);
  }
  return defaults;
}

function createSlots(options: ApiServerOptions, spec: EngineSpec): PoolSlot[] {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw new KieError('INVALID_ARGUMENT', `workers must be 0 or more, got ${workers}`);
  if (options.extract) return Array.from({ length: Math.max(1, workers) }, () => inlineSlot(options.extract!));
  if (workers > 0) return Array.from({ length: workers }, () => threadSlot(spec));
  // --workers 0: one engine in this thread (debugging, or machines where threads do not pay).
  const engine = createEngine({ ...spec, threads: Math.max(1, availableParallelism()) });
  engine.catch(() => undefined);
  return [{ ready: engine.then(() => undefined), run: async (task) => (await engine).extract(task), close: async () => (await engine).release() }];
}

/**
 * Starts the server.
 *
 * @example
 * const server = await startApiServer({ dataDir: 'kie-data', port: 0 });
 * await server.ready;
 * console.log(server.url); // http://127.0.0.1:41234/
 * await server.close();
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  const auth = options.auth ?? true;
  if (!auth && !isLoopbackHost(host)) {
    throw new KieError('INVALID_ARGUMENT', `--no-auth is only allowed on a loopback host (127.0.0.1, ::1), not ${host}`);
  }
  const log = options.log ?? stdoutLog;
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const engine = options.engine ?? 'kie';
  const preprocess = options.preprocess ?? DEFAULT_CLEANUP;
  const models = options.models ?? (await defaultModels(engine));
  if (models.length === 0) throw new KieError('MODEL_NOT_FOUND', 'no models to serve');
  const schemas = await listShippedSchemas();
  const schemaModels = await schemaDefaults(engine, schemas, models);

  const db = openDatabase(options.dataDir);
  let store: JobStore;
  try {
    store = versionedResults(createJobStore(db, createSealer(options.encryptionKey)), await resultKeys(engine, models, options.extract !== undefined, preprocess));
  } catch (error) {
    db.close();
    throw error;
  }
  const keys = auth ? createKeyStore(db) : null;
  let pool: PagePool;
  try {
    pool = createPool(createSlots(options, { engine, threads: 1, maxPixels: limits.maxPixels, preprocess, preload: engine === 'kie' ? [models[0]!] : [] }), {
      maxQueue: limits.maxQueue,
    });
  } catch (error) {
    db.close();
    throw error;
  }
  const metrics = createMetrics();
  const callbacks = createCallbackSender(store, { ...DEFAULT_CALLBACK_OPTIONS, ...options.callbacks }, log);
  const runner = createJobRunner({ store, pool, callbacks, metrics, log, maxAttempts: options.maxJobAttempts });
  let loaded = false;
  let closing = false;
  const ready = pool.ready.then(() => {
    loaded = true;
    if (!closing) runner.resume();
  });
  ready.catch(() => undefined);
  const limiter = options.rateLimit === null ? null : createRateLimiter(options.rateLimit ?? { perSecond: 20, burst: 40 });
  const app = createApiApp({ pool, store, runner, keys, limiter, models, schemas, schemaModels, limits, metrics, log, isReady: () => loaded && !closing });

  const retentionMs = (options.retentionHours ?? 168) * 3_600_000;
  const purge = (): void => {
    if (retentionMs > 0 && !closing) store.purge(Date.now() - retentionMs);
  };
  purge();
  const purgeTimer = setInterval(purge, Math.min(retentionMs / 4, 600_000) || 600_000);
  purgeTimer.unref();

  const port = options.port ?? 8080;
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
      s.once('error', (cause: NodeJS.ErrnoException) =>
        reject(new KieError('INVALID_ARGUMENT', `cannot listen on ${host}:${port}: ${cause.code ?? cause.message}`, { cause })),
      );
    });
  } catch (error) {
    runner.close();
    callbacks.close();
    await pool.close();
    db.close();
    throw error;
  }
  const bound = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${bound}/`,
    port: bound,
    ready,
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(purgeTimer);
      // Stop accepting, let requests in flight finish for a grace period, then cut the rest.
      await new Promise<void>((resolve) => {
        const cut = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, options.shutdownGraceMs ?? 10_000);
        // A keep-alive connection whose request ends during the grace period turns idle and would
        // hold close() for the keep-alive timeout: close idle ones as they appear.
        const sweep = setInterval(() => {
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        }, 25);
        server.close(() => {
          clearTimeout(cut);
          clearInterval(sweep);
          resolve();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      runner.close();
      callbacks.close();
      await pool.close();
      db.close();
    },
  };
}
