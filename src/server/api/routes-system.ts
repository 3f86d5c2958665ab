/** Unauthenticated service routes: health, readiness, metrics. */
import { Hono } from 'hono';
import type { ApiDeps } from './deps.js';
import type { ApiEnv } from './env.js';

/**
 * `/healthz`, `/readyz` and `/metrics`, mounted at the root.
 *
 * @example
 * app.route('/', systemRoutes(deps));
 */
export function systemRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => {
    const pool = deps.pool.stats();
    const ready = deps.isReady();
    return c.json({ status: ready ? 'ready' : 'not ready', workers: pool.size, busy: pool.busy, queued: pool.queued }, ready ? 200 : 503);
  });
  app.get('/metrics', (c) =>
    c.text(deps.metrics.render({ jobs: deps.store.countByState(), pool: deps.pool.stats() }), 200, {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
    }),
  );
  return app;
}
