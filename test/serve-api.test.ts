/**
 * `kie serve` over real HTTP on 127.0.0.1 with a fake extractor: the tests are
 * about the HTTP behaviour (auth, limits, jobs, callbacks, metrics), not about
 * extraction (see serve-pipeline.test.ts for the real pipeline).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { signCallback } from '../src/server/api/callbacks.js';
import { startApiServer, type ApiServer } from '../src/server/api/serve.js';
import { buildPdf } from './fixtures/pdf.js';
import { distinctPngs, fakeExtract, multipart, startReceiver, tempDir, waitForJob } from './serve/helpers.js';

let server: ApiServer;
let dataDir: string;
let key: string;
let auth: Record<string, string>;
const extract = fakeExtract(40);
const logs: Record<string, unknown>[] = [];

async function kie(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dataDir });
  return { code, stdout, stderr };
}

const url = (path: string): string => new URL(path, server.url).href;
const post = (path: string, body: RequestInit['body'], headers: Record<string, string> = auth): Promise<Response> => fetch(url(path), { method: 'POST', body, headers });

beforeAll(async () => {
  dataDir = await tempDir();
  const created = await kie('keys', 'create', '--data', dataDir, '--name', 'tests');
  expect(created.code).toBe(0);
  key = created.stdout.trim();
  auth = { Authorization: `Bearer ${key}` };
  server = await startApiServer({
    dataDir,
    port: 0,
    workers: 2,
    extract,
    models: ['fake', 'fake-2'],
    limits: { maxUploadBytes: 64 * 1024, maxQueue: 4, maxFilesPerJob: 8 },
    rateLimit: { perSecond: 1000, burst: 1000 },
    callbacks: { baseDelayMs: 50, maxAttempts: 4, timeoutMs: 2000, secret: 'hook-secret' },
    log: (entry) => void logs.push({ ...entry }),
  });
  await server.ready;
});

afterAll(async () => {
  await server?.close();
});

describe('kie serve: access', () => {
  it('answers 401 without a key, with a wrong key, and with a revoked key', async () => {
    const [png] = await distinctPngs(1, 1);
    const body = (): FormData => multipart([{ name: 'a.png', bytes: png! }]);
    const none = await post('v1/extract', body(), {});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await post('v1/extract', body(), { Authorization: `Bearer ${key.slice(0, -4)}AAAA` });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');

    const second = (await kie('keys', 'create', '--data', dataDir, '--name', 'to-revoke')).stdout.trim();
    expect((await post('v1/extract', body(), { 'X-Api-Key': second })).status).toBe(200);
    const id = second.split('_')[1]!;
    const listed = await kie('keys', 'list', '--data', dataDir, '--json');
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain(second);
    expect((await kie('keys', 'revoke', id, '--data', dataDir)).code).toBe(0);
    expect((await post('v1/extract', body(), { 'X-Api-Key': second })).status).toBe(401);
    expect((await kie('keys', 'revoke', 'ffffffff', '--data', dataDir)).code).not.toBe(0);
  });

  it('keeps health, readiness, metrics and the OpenAPI document public', async () => {
    expect((await fetch(url('healthz'))).status).toBe(200);
    expect((await fetch(url('readyz'))).status).toBe(200);
    const openapi = (await (await fetch(url('v1/openapi.json'))).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(openapi.openapi).toBe('3.1.0');
    for (const path of ['/v1/extract', '/v1/jobs', '/v1/jobs/{id}', '/v1/jobs/{id}/result', '/v1/models', '/healthz', '/readyz', '/metrics']) {
      expect(Object.keys(openapi.paths)).toContain(path);
    }
    const models = (await (await fetch(url('v1/models'), { headers: auth })).json()) as { models: { name: string }[] };
    expect(models.models.map((m) => m.name)).toEqual(['fake', 'fake-2']);
  });
});

describe('kie serve: sync extract', () => {
  it('extracts a multipart upload and a raw body, answers a repeat from the store, keeps request ids', async () => {
    const [png] = await distinctPngs(1, 2);
    const first = await post('v1/extract', multipart([{ name: 'form.png', bytes: png! }]), { ...auth, 'X-Request-Id': 'my-id-1' });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-request-id')).toBe('my-id-1');
    expect(first.headers.get('x-kie-cache')).toBe('miss');
    const doc = (await first.json()) as { schemaVersion: number; pages: { image: string; keyValues: { key: string; value: string }[] }[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.pages[0]!.image).toBe('form.png');
    expect(doc.pages[0]!.keyValues[0]).toMatchObject({ key: 'Size:', value: String(png!.byteLength) });

    const calls = extract.calls;
    const again = await post('v1/extract?name=raw.png&format=key-values', png!, { ...auth, 'Content-Type': 'image/png' });
    expect(again.status).toBe(200);
    expect(again.headers.get('x-kie-cache')).toBe('hit');
    expect(extract.calls).toBe(calls);
    expect(again.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/u);
    const kv = (await again.json()) as { pages: Record<string, unknown>[] };
    expect(Object.keys(kv.pages[0]!).sort()).toEqual(['image', 'keyValues']);
    expect(kv.pages[0]!.image).toBe('raw.png');

    // Another model is another result.
    expect((await post('v1/extract?model=fake-2', multipart([{ name: 'form.png', bytes: png! }]))).headers.get('x-kie-cache')).toBe('miss');
  });

  it('runs a request with a document schema: fields on the page, its own stored result, format=fields', async () => {
    const [png] = await distinctPngs(1, 9);
    const plain = await post('v1/extract', multipart([{ name: 'r.png', bytes: png! }]));
    expect(plain.headers.get('x-kie-cache')).toBe('miss');
    expect(((await plain.json()) as { documentSchema?: string }).documentSchema).toBeUndefined();
    // A page with fields is another result than the same page without.
    const withSchema = await post('v1/extract?schema=receipt', multipart([{ name: 'r.png', bytes: png! }]));
    expect(withSchema.status).toBe(200);
    expect(withSchema.headers.get('x-kie-cache')).toBe('miss');
    const doc = (await withSchema.json()) as { model: { name: string }; documentSchema: string; pages: { fields: unknown; keyValues: unknown }[] };
    // No model made for the schema on this server: the default model runs.
    expect(doc.model.name).toBe('fake');
    expect(doc.documentSchema).toBe('receipt');
    expect(doc.pages[0]!.fields).toEqual({ schema: 'receipt' });
    const onlyFields = await post('v1/extract?schema=receipt&format=fields', multipart([{ name: 'r2.png', bytes: png! }]));
    expect(onlyFields.headers.get('x-kie-cache')).toBe('hit');
    expect(((await onlyFields.json()) as { pages: unknown[] }).pages).toEqual([{ image: 'r2.png', fields: { schema: 'receipt' } }]);

    const badSchema = await post('v1/extract?schema=invoice', multipart([{ name: 'r.png', bytes: png! }]));
    expect(badSchema.status).toBe(400);
    expect(((await badSchema.json()) as { error: { message: string } }).error.message).toContain('form, receipt');
    const fieldsWithout = await post('v1/extract?format=fields', multipart([{ name: 'r.png', bytes: png! }]));
    expect(fieldsWithout.status).toBe(400);
    expect(((await fieldsWithout.json()) as { error: { message: string } }).error.message).toContain('needs a schema');
    const csvWithout = await post('v1/extract?format=csv', multipart([{ name: 'r.png', bytes: png! }]));
    expect(csvWithout.status).toBe(400);
    expect(((await csvWithout.json()) as { error: { message: string } }).error.message).toContain('format csv needs a schema');
    const csv = await post('v1/extract?schema=receipt&format=csv', multipart([{ name: 'r3.png', bytes: png! }]));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^image,error,company,company_normalized,company_valid,date,/u);
    const models = (await (await fetch(url('v1/models'), { headers: auth })).json()) as { schemas: { name: string; model: string }[] };
    expect(models.schemas).toEqual([
      { name: 'form', model: 'fake' },
      { name: 'receipt', model: 'fake' },
    ]);
  });

  it('refuses oversized uploads (413), non-images (415) and malformed requests (400) with a message', async () => {
    const big = new Uint8Array(100 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await post('v1/extract', multipart([{ name: 'big.png', bytes: big }]))).status).toBe(413);
    expect((await post('v1/extract', big, { ...auth, 'Content-Type': 'image/png' })).status).toBe(413);

    const text = new TextEncoder().encode('name,total\nJane,12\n');
    const fake = await post('v1/extract', multipart([{ name: 'fake.png', bytes: text, type: 'image/png' }]));
    expect(fake.status).toBe(415);
    expect(((await fake.json()) as { error: { message: string } }).error.message).toContain('not an image');
    expect((await post('v1/extract', 'hello', { ...auth, 'Content-Type': 'text/plain' })).status).toBe(415);

    const noFile = await post('v1/extract', multipart([], { note: 'x' }));
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as { error: { message: string } }).error.message).toContain('"file"');
    const [png] = await distinctPngs(1, 3);
    const badModel = await post('v1/extract?model=nope', multipart([{ name: 'a.png', bytes: png! }]));
    expect(badModel.status).toBe(400);
    expect(((await badModel.json()) as { error: { message: string } }).error.message).toContain('fake, fake-2');
    const badFormat = await post('v1/extract?format=xml', multipart([{ name: 'a.png', bytes: png! }]));
    expect(badFormat.status).toBe(400);
    const broken = await post('v1/extract', '--x\r\nnot a part', { ...auth, 'Content-Type': 'multipart/form-data; boundary=zzz' });
    expect(broken.status).toBe(400);
    expect((await fetch(url('v1/nothing'), { headers: auth })).status).toBe(404);
  });

  it('answers 50 concurrent requests with 200 or 429 (Retry-After), nothing else', async () => {
    const pngs = await distinctPngs(50, 4);
    const responses = await Promise.all(pngs.map((bytes, i) => post('v1/extract', multipart([{ name: `c${i}.png`, bytes }]))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(6);
    expect(statuses).toContain(429);
    const limited = responses.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await Promise.all(responses.map((r) => r.body?.cancel()));
  });
});

describe('kie serve: jobs', () => {
  it('runs a job of 5 files to the end and keeps its result in the store', async () => {
    const pngs = await distinctPngs(5, 5);
    const res = await post('v1/jobs', multipart(pngs.map((bytes, i) => ({ name: `page-${i}.png`, bytes }))));
    expect(res.status).toBe(202);
    const created = (await res.json()) as { id: string; state: string };
    expect(res.headers.get('location')).toBe(`/v1/jobs/${created.id}`);
    const job = await waitForJob(server.url, created.id, auth);
    expect(job.state).toBe('succeeded');
    expect(job.progress).toMatchObject({ total: 5, done: 5, failed: 0 });
    const result = await fetch(url(`v1/jobs/${created.id}/result`), { headers: auth });
    expect(result.status).toBe(200);
    const doc = (await result.json()) as { pages: { image: string }[] };
    expect(doc.pages.map((p) => p.image)).toEqual(['page-0.png', 'page-1.png', 'page-2.png', 'page-3.png', 'page-4.png']);
    // The results are in the store: the same bytes are answered from it without running the extractor.
    const calls = extract.calls;
    const repeat = await post('v1/extract', multipart([{ name: 'again.png', bytes: pngs[3]! }]));
    expect(repeat.headers.get('x-kie-cache')).toBe('hit');
    expect(extract.calls).toBe(calls);

    // Another key does not see the job; deleting removes it.
    const other = (await kie('keys', 'create', '--data', dataDir)).stdout.trim();
    expect((await fetch(url(`v1/jobs/${created.id}`), { headers: { Authorization: `Bearer ${other}` } })).status).toBe(404);
    expect((await fetch(url(`v1/jobs/${created.id}`), { method: 'DELETE', headers: auth })).status).toBe(204);
    expect((await fetch(url(`v1/jobs/${created.id}`), { headers: auth })).status).toBe(404);
  });

  it('runs a job with a document schema named in the form', async () => {
    const pngs = await distinctPngs(2, 10);
    const res = await post('v1/jobs', multipart(pngs.map((bytes, i) => ({ name: `s-${i}.png`, bytes })), { schema: 'form' }));
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const job = (await waitForJob(server.url, id, auth)) as { state: string; schema?: string };
    expect(job).toMatchObject({ state: 'succeeded', schema: 'form' });
    const result = (await (await fetch(url(`v1/jobs/${id}/result?format=fields`), { headers: auth })).json()) as { documentSchema: string; pages: unknown[] };
    expect(result.documentSchema).toBe('form');
    expect(result.pages).toEqual([
      { image: 's-0.png', fields: { schema: 'form' } },
      { image: 's-1.png', fields: { schema: 'form' } },
    ]);
    // The same as CSV: one row per file, named as uploaded.
    const csv = await fetch(url(`v1/jobs/${id}/result?format=csv`), { headers: auth });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).trimEnd().split('\r\n').slice(1).map((r) => r.split(',')[0])).toEqual(['s-0.png', 's-1.png']);
    expect((await post('v1/jobs', multipart([{ name: 'x.png', bytes: pngs[0]! }], { schema: '../receipt' }))).status).toBe(400);
  });

  it('takes a PDF as its pages: one file of the job per page, a one-page PDF on the sync route, longer ones sent to jobs', async () => {
    const page = (text: string): { width: number; height: number; texts: { x: number; top: number; size: number; text: string }[] } => ({ width: 200, height: 100, texts: [{ x: 10, top: 10, size: 12, text }] });
    const two = buildPdf([page('first page of the PDF'), page('second page of the PDF')]);
    const [png] = await distinctPngs(1, 11);
    const res = await post('v1/jobs', multipart([{ name: 'doc.pdf', bytes: two, type: 'application/pdf' }, { name: 'x.png', bytes: png! }]));
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const job = await waitForJob(server.url, id, auth);
    expect(job).toMatchObject({ state: 'succeeded', progress: { total: 3, done: 3, failed: 0 } });
    const doc = (await (await fetch(url(`v1/jobs/${id}/result`), { headers: auth })).json()) as { pages: { image: string; pdfPage?: number }[] };
    expect(doc.pages.map((p) => [p.image, p.pdfPage])).toEqual([
      ['doc.pdf#page=1', 1],
      ['doc.pdf#page=2', 2],
      ['x.png', undefined],
    ]);

    const one = buildPdf([page('a one-page invoice')]);
    const sync = await post('v1/extract', one, { ...auth, 'Content-Type': 'application/pdf' });
    expect(sync.status).toBe(200);
    expect(((await sync.json()) as { pages: { image: string; pdfPage: number }[] }).pages).toEqual([expect.objectContaining({ image: 'upload#page=1', pdfPage: 1 })]);
    // A longer PDF is refused before any of its pages runs.
    const calls = extract.calls;
    const longer = await post('v1/extract', multipart([{ name: 'doc.pdf', bytes: two }]));
    expect(longer.status).toBe(400);
    expect(((await longer.json()) as { error: { message: string } }).error.message).toContain('/v1/jobs');
    expect(extract.calls).toBe(calls);

    const broken = await post('v1/jobs', multipart([{ name: 'cut.pdf', bytes: two.subarray(0, 60) }]));
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toContain('"cut.pdf"');
    const nine = buildPdf(Array.from({ length: 9 }, (_, i) => page(`page ${i + 1}`)));
    const tooLong = await post('v1/jobs', multipart([{ name: 'nine.pdf', bytes: nine }]));
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: { message: string } }).error.message).toContain('9, over the limit of 8');
  });

  it('reports per-file errors and refuses too many files', async () => {
    const [good] = await distinctPngs(1, 6);
    const tooMany = await post('v1/jobs', multipart((await distinctPngs(9, 7)).map((bytes, i) => ({ name: `${i}.png`, bytes }))));
    expect(tooMany.status).toBe(400);
    const bad = await post('v1/jobs', multipart([{ name: 'ok.png', bytes: good! }, { name: 'bad.txt', bytes: new TextEncoder().encode('hi') }]));
    expect(bad.status).toBe(415);
  });

  it('delivers the callback to a local receiver, retrying after a failure', async () => {
    const receiver = await startReceiver(1);
    try {
      const pngs = await distinctPngs(2, 8);
      const delivered = receiver.next();
      const res = await post('v1/jobs', multipart(pngs.map((bytes, i) => ({ name: `cb-${i}.png`, bytes })), { callbackUrl: receiver.url }));
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      const body = (await delivered) as { event: string; job: { id: string; state: string }; result: { pages: unknown[] } };
      expect(body.event).toBe('job.finished');
      expect(body.job).toMatchObject({ id, state: 'succeeded' });
      expect(body.result.pages).toHaveLength(2);
      const { headers, body: text } = receiver.raw[0]!;
      expect(headers['x-kie-signature']).toBe(signCallback('hook-secret', String(headers['x-kie-timestamp']), text));
      await new Promise((r) => setTimeout(r, 50));
      const job = (await (await fetch(url(`v1/jobs/${id}`), { headers: auth })).json()) as { callback: { state: string; attempts: number } };
      expect(job.callback).toMatchObject({ state: 'delivered', attempts: 2 });
      const badUrl = await post('v1/jobs', multipart([{ name: 'x.png', bytes: pngs[0]! }], { callbackUrl: 'ftp://127.0.0.1/x' }));
      expect(badUrl.status).toBe(400);
    } finally {
      await receiver.close();
    }
  });
});

describe('kie serve: observability', () => {
  it('exposes Prometheus metrics and logs one JSON line per request', async () => {
    const text = await (await fetch(url('metrics'))).text();
    expect(text).toMatch(/kie_http_requests_total\{method="POST",route="\/v1\/extract",status="200"\} \d+/u);
    expect(text).toMatch(/kie_http_requests_total\{method="POST",route="\/v1\/extract",status="401"\} \d+/u);
    expect(text).toContain('kie_http_request_duration_seconds_bucket{method="POST",route="/v1/extract",le="+Inf"}');
    expect(text).toMatch(/kie_jobs\{state="succeeded"\} \d+/u);
    expect(text).toMatch(/kie_pages_processed_total\{outcome="ok",source="job"\} \d+/u);
    const requests = logs.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThan(50);
    expect(requests[0]).toMatchObject({ level: expect.any(String), requestId: expect.any(String), status: expect.any(Number), route: expect.any(String) });
  });

  it('stores hashes of keys, never the keys', () => {
    // Recent writes may still sit in the write-ahead log: check both files.
    for (const file of ['kie.db', 'kie.db-wal']) {
      const bytes = existsSync(join(dataDir, file)) ? readFileSync(join(dataDir, file)) : Buffer.alloc(0);
      expect(bytes.includes(Buffer.from(key))).toBe(false);
    }
  });
});
