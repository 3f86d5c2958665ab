import type { JobStore } from '../store/jobs.js';
import type { KeyStore } from '../store/keys.js';
import type { PagePool } from '../workers/pool.js';
import type { JobRunner } from './job-runner.js';
import type { ApiLimits } from './limits.js';
import type { Metrics } from './metrics.js';
import type { LogSink } from './observe.js';
import type { RateLimiter } from './rate-limit.js';

/** Everything the API app calls; `startApiServer` builds them, tests may pass their own. */
export interface ApiDeps {
  readonly pool: PagePool;
  readonly store: JobStore;
  readonly runner: JobRunner;
  /** The key store; null serves without authentication (loopback only, enforced by the server). */
  readonly keys: KeyStore | null;
  readonly limiter: RateLimiter | null;
  /** Model names a request may ask for; the first is the default. */
  readonly models: readonly string[];
  /** Shipped document schemas a request may name (`schema=receipt`); none when left out. */
  readonly schemas?: readonly string[];
  /** The model a request with a schema and no model runs (e.g. receipt → receipts); else the first model. */
  readonly schemaModels?: ReadonlyMap<string, string>;
  readonly limits: ApiLimits;
  readonly metrics: Metrics;
  readonly log: LogSink;
  /** True once the workers have loaded their models and until shutdown starts. */
  readonly isReady: () => boolean;
}
