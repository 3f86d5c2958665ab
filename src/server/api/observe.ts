/**
 * Request ids, the request log (one JSON line per request) and request metrics,
 * in one middleware that wraps everything else.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { ApiEnv } from './env.js';
import type { Metrics } from './metrics.js';

/** Where log lines go: one object per line (the server writes them as JSON to stdout). */
export type LogSink = (entry: Readonly<Record<string, unknown>>) => void;

/** A client's own request id is kept when it is short and plain; anything else is replaced. */
const VALID_ID = /^[\w.:-]{1,128}$/u;

/** The route template that answered (`/v1/jobs/:id`), for bounded metric labels. */
function routeOf(c: Parameters<MiddlewareHandler<ApiEnv>>[0]): string {
  const handlers = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  return handlers.at(-1)?.path ?? 'unmatched';
}

/** The observing middleware; install it first. */
export function observe(metrics: Metrics, log: LogSink): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const t0 = performance.now();
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const seconds = (performance.now() - t0) / 1000;
    const route = routeOf(c);
    metrics.observeRequest(c.req.method, route, c.res.status, seconds);
    log({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      route,
      status: c.res.status,
      durationMs: Math.round(seconds * 10_000) / 10,
      keyId: c.get('keyId') ?? null,
      ...(c.get('errorCode') ? { error: c.get('errorCode') } : {}),
    });
  };
}
