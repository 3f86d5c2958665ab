/**
 * `POST /v1/extract`: one page (an image, or a one-page PDF), synchronously, answered from the store when the same
 * bytes were seen with the same model.
 */
import { Hono } from 'hono';
import { KieError } from '../../core/errors.js';
import type { ApiDeps } from './deps.js';
import type { ApiEnv } from './env.js';
import { resultHash } from '../store/jobs.js';
import { expandPdfPages, readUploads } from './limits.js';
import { parseRecipe } from './request-params.js';
import { pageOf, parseFormat, sendDocument, toDocument } from './views.js';

/**
 * The sync extraction route, mounted at `/v1/extract`.
 *
 * @example
 * app.route('/v1/extract', extractRoutes(deps));
 */
export function extractRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.post('/', async (c) => {
    const { model, schema } = parseRecipe(c.req.query('model'), c.req.query('schema'), deps);
    const format = parseFormat(c.req.query('format'), schema);
    const { files } = await readUploads(c, { maxFiles: 1, maxBytes: deps.limits.maxUploadBytes });
    const [upload] = await expandPdfPages(files, 1, ': send longer PDFs to /v1/jobs');
    if (!upload) throw new KieError('INVALID_ARGUMENT', `${files[0]!.name} has no pages`);
    const cached = deps.store.getResult(resultHash(upload), model, schema);
    if (cached) {
      deps.metrics.pageProcessed('cached', 'sync');
      c.header('X-Kie-Cache', 'hit');
      return sendDocument(c, toDocument(cached.model, [pageOf(cached, upload.name)], [], format, schema), format, schema);
    }
    const signal = AbortSignal.timeout(deps.limits.requestTimeoutMs);
    const task = { bytes: upload.bytes, name: upload.name, model, ...(schema ? { schema } : {}), ...(upload.page ? { page: upload.page } : {}) };
    const run = deps.pool.run(task, { signal });
    // The page may already be on a worker: answer 504 at the deadline and let the page finish unseen.
    const timeout = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(new KieError('TIMEOUT', `the page took longer than ${deps.limits.requestTimeoutMs} ms`)), {
        once: true,
      }),
    );
    let outcome;
    try {
      outcome = await Promise.race([run, timeout]);
    } catch (error) {
      deps.metrics.pageProcessed('error', 'sync');
      throw error;
    } finally {
      run.catch(() => undefined);
    }
    deps.metrics.pageProcessed('ok', 'sync');
    deps.store.putResult(resultHash(upload), model, schema, outcome);
    c.header('X-Kie-Cache', 'miss');
    return sendDocument(c, toDocument(outcome.model, [outcome.page], [], format, schema), format, schema);
  });
  return app;
}
