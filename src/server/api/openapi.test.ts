import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/db.js';
import { createJobStore } from '../store/jobs.js';
import { createSealer } from '../store/seal.js';
import { createPool, inlineSlot } from '../workers/pool.js';
import { createApiApp } from './app.js';
import { createCallbackSender, DEFAULT_CALLBACK_OPTIONS } from './callbacks.js';
import { createJobRunner } from './job-runner.js';
import { DEFAULT_LIMITS } from './limits.js';
import { createMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';

describe('the OpenAPI document', () => {
  it('describes every route the app serves, and nothing it does not', () => {
    const db = openDatabase(mkdtempSync(join(tmpdir(), 'kie-openapi-')));
    try {
      const store = createJobStore(db, createSealer());
      const pool = createPool([inlineSlot(() => Promise.reject(new Error('unused')))], { maxQueue: 1 });
      const log = (): void => undefined;
      const metrics = createMetrics();
      const callbacks = createCallbackSender(store, DEFAULT_CALLBACK_OPTIONS, log);
      const runner = createJobRunner({ store, pool, callbacks, metrics, log });
      const app = createApiApp({ pool, store, runner, keys: null, limiter: null, models: ['m'], limits: DEFAULT_LIMITS, metrics, log, isReady: () => true });
      const served = app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/gu, '{$1}').replace(/(.)\/$/u, '$1')}`);
      const described = Object.entries(openApiDocument('0').paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
      expect([...new Set(served)].sort()).toEqual(described.sort());
    } finally {
      db.close();
    }
  });
});
