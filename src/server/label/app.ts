/**
 * The label server: `createLabelApp(deps)` returns a Hono app over one folder. It
 * serves the built web app, the folder's images, and a JSON API; it holds no model
 * or format logic, only calls the library (annotation store, io/formats, predictor).
 * One error handler maps KieError codes to HTTP statuses.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { asArray, asObject, asPoints, asText, isObject } from '../../core/coerce.js';
import { KieError, toKieError } from '../../core/errors.js';
import {
  EXPORT_FORMATS,
  IMAGE_STATUSES,
  IMPORT_FORMATS,
  parseAnnotation,
  type ExportFormat,
  type ImageStatus,
  type ImportFormat,
} from '../../core/label-project.js';
import { createAnnotationStore, type AnnotationStore } from './annotation-store.js';
import { exportFolder, importIntoFolder } from './folder-dataset.js';
import { listImageNames, resolveImage, type LabelFolder } from './folder.js';
import { localGuard } from './guard.js';
import { HTTP_STATUS } from './http-errors.js';
import { createJobRunner, type JobRunner } from './jobs.js';
import { deleteLabel, renameLabel } from './label-ops.js';
import { loadProject, saveProject } from './project-store.js';
import type { Predictor } from './predictor.js';

export interface LabelAppDeps {
  readonly folder: LabelFolder;
  /** Pre-labelling; without it the app hides its pre-label buttons. */
  readonly predictor?: Predictor;
  readonly store?: AnnotationStore;
  readonly jobs?: JobRunner;
  /** Folder of the built web app (default: `web/dist` of the package). */
  readonly webRoot?: string;
  /** Host the server is bound to, for the Host-header guard (default 127.0.0.1). */
  readonly host?: string;
}

/** Where `npm run build:web` puts the app, from src/server/label or dist/server/label alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const MIME: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch (cause) {
    throw new KieError('INVALID_DATA', 'the request body is not valid JSON', { cause });
  }
  return { ...asObject(value, 'request body') };
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], what: string): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new KieError('INVALID_ARGUMENT', `${what} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
}

function optionalNumber(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new KieError('INVALID_ARGUMENT', `${what} must be a number`);
  return value;
}

/**
 * Builds the label app. Test it through `app.request(...)` or a real server.
 *
 * @example
 * const app = createLabelApp({ folder: await openLabelFolder('scans') });
 * const res = await app.request('/api/images');
 */
export function createLabelApp(deps: LabelAppDeps): Hono {
  const { folder, predictor } = deps;
  const store = deps.store ?? createAnnotationStore();
  const jobs = deps.jobs ?? createJobRunner();
  const webRoot = deps.webRoot ?? DEFAULT_WEB_ROOT;
  const app = new Hono();

  app.onError((error, c) => {
    const err = toKieError(error);
    return c.json({ error: err.toJSON() }, HTTP_STATUS[err.code]);
  });
  app.use('*', localGuard(deps.host ?? '127.0.0.1'));
  app.use('/api/*', bodyLimit({ maxSize: 32 * 1024 * 1024, onError: (c) => c.json({ error: { code: 'INVALID_DATA', message: 'request body too large' } }, 413) }));

  app.get('/api/project', async (c) =>
    c.json({ folder: folder.root, project: await loadProject(folder), predictor: predictor ? predictor.name : null }),
  );
  app.put('/api/project', async (c) => c.json({ project: await saveProject(folder, await jsonBody(c)) }));
  app.post('/api/labels/rename', async (c) => {
    const body = await jsonBody(c);
    const result = await renameLabel(folder, store, await loadProject(folder), asText(body.from, 'from'), asText(body.to, 'to'));
    await saveProject(folder, result.project);
    return c.json(result);
  });
  app.post('/api/labels/delete', async (c) => {
    const body = await jsonBody(c);
    const result = await deleteLabel(folder, store, await loadProject(folder), asText(body.name, 'name'));
    await saveProject(folder, result.project);
    return c.json(result);
  });

  app.get('/api/images', async (c) => {
    const names = await listImageNames(folder);
    const images = [];
    for (const name of names) images.push(await store.entry(await resolveImage(folder, name)));
    return c.json({ images });
  });
  app.get('/api/images/:name', async (c) => {
    const path = await resolveImage(folder, c.req.param('name'));
    const bytes = await readFile(path);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
  });

  app.get('/api/annotations/:name', async (c) => {
    const response = await store.read(await resolveImage(folder, c.req.param('name')));
    c.header('ETag', `"${response.revision}"`);
    return c.json(response);
  });
  app.put('/api/annotations/:name', async (c) => {
    const path = await resolveImage(folder, c.req.param('name'));
    const base = (c.req.header('if-match') ?? '').replace(/^W\//u, '').replace(/"/gu, '');
    const force = c.req.query('force') === '1';
    if (base === '' && !force) throw new KieError('INVALID_ARGUMENT', 'a save needs an If-Match header with the revision it was based on');
    const annotation = parseAnnotation(await jsonBody(c));
    const result = await store.save(path, { ...annotation, page: { ...annotation.page, image: c.req.param('name') } }, base, force);
    if (!result.ok) {
      return c.json({ error: { code: 'CONFLICT', message: 'the annotation was changed elsewhere since it was loaded' }, current: result.current }, 409);
    }
    c.header('ETag', `"${result.revision}"`);
    return c.json({ revision: result.revision });
  });

  const needPredictor = (): Predictor => {
    if (!predictor) throw new KieError('MODEL_NOT_FOUND', 'this server was started without a predictor');
    return predictor;
  };
  app.post('/api/annotations/:name/predict', async (c) => {
    const path = await resolveImage(folder, c.req.param('name'));
    return c.json(await needPredictor().predict(path));
  });
  app.post('/api/annotations/:name/recognize', async (c) => {
    const path = await resolveImage(folder, c.req.param('name'));
    const body = await jsonBody(c);
    return c.json(await needPredictor().recognize(path, asPoints(body.points, 'points')));
  });

  app.post('/api/jobs/prelabel', async (c) => {
    const p = needPredictor();
    const body = await jsonBody(c);
    const all = await listImageNames(folder);
    const names = body.names === undefined ? all : asArray(body.names, 'names').map((n) => asText(n, 'names[]'));
    const progress = jobs.start(names, async (name) => {
      const path = await resolveImage(folder, name);
      if ((await store.entry(path)).shapes > 0) return 'skipped';
      const prediction = await p.predict(path);
      let wrote = false;
      await store.update(path, (current) => {
        if (current.page.segments.length > 0) return undefined;
        wrote = true;
        const page = { ...current.page, width: prediction.width, height: prediction.height, segments: prediction.segments };
        return { page, verified: false };
      });
      return wrote ? 'done' : 'skipped';
    });
    return c.json(progress, 202);
  });
  app.get('/api/jobs/:id', (c) => c.json(jobs.get(c.req.param('id'))));
  app.delete('/api/jobs/:id', (c) => c.json(jobs.cancel(c.req.param('id'))));

  app.post('/api/export', async (c) => {
    const body = await jsonBody(c);
    const statuses =
      body.statuses === undefined ? undefined : asArray(body.statuses, 'statuses').map((s) => oneOf<ImageStatus>(s, IMAGE_STATUSES, 'status'));
    const result = await exportFolder(folder, store, await loadProject(folder), {
      format: oneOf<ExportFormat>(body.format, EXPORT_FORMATS, 'format'),
      output: body.output === undefined ? undefined : asText(body.output, 'output'),
      ratio: optionalNumber(body.ratio, 'ratio'),
      seed: optionalNumber(body.seed, 'seed'),
      statuses,
    });
    return c.json(result);
  });
  app.post('/api/import', async (c) => {
    const body = await jsonBody(c);
    const result = await importIntoFolder(folder, store, {
      format: oneOf<ImportFormat>(body.format, IMPORT_FORMATS, 'format'),
      path: asText(body.path, 'path'),
      overwrite: isObject(body) && body.overwrite === true,
    });
    return c.json(result);
  });

  app.all('/api/*', (c) => c.json({ error: { code: 'FILE_NOT_FOUND', message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  if (existsSync(webRoot)) {
    app.use('/*', serveStatic({ root: webRoot }));
  } else {
    app.get('/', (c) => c.text(`The web app is not built: run \`npm run build:web\` (looked in ${webRoot}).`, 503));
  }
  return app;
}
