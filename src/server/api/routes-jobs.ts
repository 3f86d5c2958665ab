/** `/v1/jobs`: asynchronous batches stored in the database and run by the job runner. */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { KieError } from '../../core/errors.js';
import { jobNotFound } from '../store/jobs.js';
import type { ApiDeps } from './deps.js';
import type { ApiEnv } from './env.js';
import { expandPdfPages, readUploads } from './limits.js';
import { parseCallbackUrl, parseRecipe } from './request-params.js';
import { jobDocument, jobView, parseFormat, sendDocument } from './views.js';

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);

/**
 * The job routes, mounted at `/v1/jobs`: create (202 + Location), status, result, delete.
 * A job is visible only to the key that created it.
 *
 * @example
 * app.route('/v1/jobs', jobRoutes(deps));
 */
export function jobRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const { store, runner, limits } = deps;
  const app = new Hono<ApiEnv>();

  app.post('/', async (c) => {
    if (runner.active() >= limits.maxActiveJobs) {
      c.set('retryAfter', 30);
      throw new KieError('RATE_LIMITED', `${runner.active()} jobs are queued or running, the limit is ${limits.maxActiveJobs}: retry later`);
    }
    const uploads = await readUploads(c, { maxFiles: limits.maxFilesPerJob, maxBytes: limits.maxUploadBytes });
    const { fields } = uploads;
    // A PDF counts as its pages: each is a file of the job, with its own result.
    const files = await expandPdfPages(uploads.files, limits.maxFilesPerJob);
    if (files.length === 0) throw new KieError('INVALID_ARGUMENT', 'the uploaded PDFs have no pages');
    const { model, schema } = parseRecipe(c.req.query('model') ?? fields.model, c.req.query('schema') ?? fields.schema, deps);
    const callbackUrl = parseCallbackUrl(c.req.query('callbackUrl') ?? fields.callbackUrl);
    const id = `job_${randomBytes(12).toString('base64url')}`;
    const job = store.createJob({ id, keyId: c.get('keyId'), model, schema, callbackUrl, files: files.map((f) => ({ name: f.name, hash: f.hash, bytes: f.bytes, ...(f.page ? { page: f.page } : {}) })) });
    runner.enqueue(id);
    c.header('Location', `/v1/jobs/${id}`);
    return c.json(jobView(job, store), 202);
  });

  app.get('/:id', (c) => {
    const job = store.getJob(c.req.param('id'), c.get('keyId'));
    if (!job) throw jobNotFound(c.req.param('id'));
    return c.json(jobView(job, store, parseFormat(c.req.query('format'), job.schema)));
  });

  app.get('/:id/result', (c) => {
    const job = store.getJob(c.req.param('id'), c.get('keyId'));
    if (!job) throw jobNotFound(c.req.param('id'));
    const format = parseFormat(c.req.query('format'), job.schema);
    // Not finished yet: the status, with 202 as for a job still accepted-and-working.
    if (!FINISHED.has(job.state)) return c.json(jobView(job, store, format), 202);
    return sendDocument(c, jobDocument(job, store, format), format, job.schema);
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    if (!store.getJob(id, c.get('keyId'))) throw jobNotFound(id);
    runner.cancel(id);
    store.deleteJob(id, c.get('keyId'));
    return c.body(null, 204);
  });
  return app;
}
