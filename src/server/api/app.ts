/**
 * The API server's app: `createApiApp(deps)` returns a Hono app that holds no
 * model logic — it checks requests, calls the pool, the store and the job runner,
 * and maps every error to an HTTP status in one handler.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { KieError, toKieError } from '../../core/errors.js';
import { httpStatusFor } from '../http-errors.js';
import { authenticate } from './auth.js';
import type { ApiDeps } from './deps.js';
import { parseRecipe } from './request-params.js';
import type { ApiEnv } from './env.js';
import { observe } from './observe.js';
import { openApiDocument } from './openapi.js';
import { extractRoutes } from './routes-extract.js';
import { jobRoutes } from './routes-jobs.js';
import { systemRoutes } from './routes-system.js';

/** The package version, from the package.json two folders above `src/` or `dist/` alike. */
export const KIE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Room for multipart headers and form fields around the files. */
const ENVELOPE_BYTES = 256 * 1024;

function limitBody(maxSize: number): ReturnType<typeof bodyLimit> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new KieError('IMAGE_TOO_LARGE', `the request body is over the limit of ${maxSize} bytes`);
    },
  });
}

/**
 * Builds the API app over its dependencies (see `startApiServer` for the real ones).
 *
 * @example
 * const app = createApiApp(deps);
 * const res = await app.request('/healthz'); // 200 {"status":"ok"}
 */
export function createApiApp(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const openapi = openApiDocument(KIE_VERSION);

  app.onError((error, c) => {
    const err = toKieError(error);
    const status = httpStatusFor(err.code);
    c.set('errorCode', err.code);
    if (status === 429 || status === 503) c.header('Retry-After', String(c.get('retryAfter') ?? deps.pool.retryAfterSeconds()));
    if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="kie"');
    const requestId = c.get('requestId');
    if (status >= 500 && err.code === 'INTERNAL') {
      // Internal messages can name paths and libraries: log them, answer with the request id only.
      deps.log({ time: new Date().toISOString(), level: 'error', msg: 'internal error', requestId, message: err.message, stack: err.stack });
      return c.json({ error: { code: err.code, message: `internal error (request ${requestId})`, requestId } }, status);
    }
    return c.json({ error: { code: err.code, message: err.message, requestId } }, status);
  });
  app.notFound((c) => {
    c.set('errorCode', 'NOT_FOUND');
    return c.json({ error: { code: 'NOT_FOUND', message: `no route ${c.req.method} ${c.req.path} (see /v1/openapi.json)`, requestId: c.get('requestId') } }, 404);
  });

  app.use('*', observe(deps.metrics, deps.log));
  app.route('/', systemRoutes(deps));
  app.get('/v1/openapi.json', (c) => c.json(openapi));

  app.use('/v1/*', authenticate(deps.keys, deps.limiter));
  app.use('/v1/extract', limitBody(deps.limits.maxUploadBytes + ENVELOPE_BYTES));
  app.use('/v1/jobs', limitBody(deps.limits.maxUploadBytes * deps.limits.maxFilesPerJob + ENVELOPE_BYTES));
  app.get('/v1/models', (c) =>
    c.json({
      models: deps.models.map((name, i) => ({ name, default: i === 0 })),
      schemas: (deps.schemas ?? []).map((name) => ({ name, model: parseRecipe(undefined, name, deps).model })),
    }),
  );
  app.route('/v1/extract', extractRoutes(deps));
  app.route('/v1/jobs', jobRoutes(deps));
  return app;
}
