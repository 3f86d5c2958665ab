/**
 * Jobs survive the process: a server stopped in the middle of a job leaves it in
 * the store, and the next server on the same --data resumes it (or fails it with
 * a reason once it has been interrupted too often). Also: encryption at rest and
 * retention.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApiServer, type ApiServerOptions } from '../src/server/api/serve.js';
import { openDatabase } from '../src/server/store/db.js';
import { createJobStore } from '../src/server/store/jobs.js';
import { createSealer } from '../src/server/store/seal.js';
import { distinctPngs, fakeExtract, multipart, tempDir, waitForJob } from './serve/helpers.js';

const quiet = (): void => undefined;
const base = (dataDir: string, delayMs: number): ApiServerOptions => ({
  dataDir,
  port: 0,
  auth: false,
  workers: 1,
  extract: fakeExtract(delayMs),
  models: ['fake'],
  log: quiet,
});

async function submit(serverUrl: string, n: number, seed: number): Promise<string> {
  const pngs = await distinctPngs(n, seed);
  const res = await fetch(new URL('v1/jobs', serverUrl), { method: 'POST', body: multipart(pngs.map((bytes, i) => ({ name: `p${i}.png`, bytes }))) });
  expect(res.status).toBe(202);
  return ((await res.json()) as { id: string }).id;
}

async function progress(serverUrl: string, id: string): Promise<{ state: string; progress: { done: number } }> {
  return (await (await fetch(new URL(`v1/jobs/${id}`, serverUrl))).json()) as { state: string; progress: { done: number } };
}

describe('kie serve: restarts', () => {
  it('resumes a job interrupted by a stop on the next start', async () => {
    const dataDir = await tempDir();
    const first = await startApiServer(base(dataDir, 150));
    const id = await submit(first.url, 5, 20);
    while ((await progress(first.url, id)).progress.done < 2) await new Promise((r) => setTimeout(r, 20));
    await first.close();

    const second = await startApiServer(base(dataDir, 5));
    try {
      const job = await waitForJob(second.url, id, {});
      expect(job.state).toBe('succeeded');
      expect(job.progress).toMatchObject({ total: 5, done: 5 });
      const result = (await (await fetch(new URL(`v1/jobs/${id}/result`, second.url))).json()) as { pages: unknown[] };
      expect(result.pages).toHaveLength(5);
    } finally {
      await second.close();
    }
  });

  it('fails a job with a reason once it was interrupted too often', async () => {
    const dataDir = await tempDir();
    let server = await startApiServer({ ...base(dataDir, 10_000), maxJobAttempts: 2 });
    const id = await submit(server.url, 2, 21);
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    server = await startApiServer({ ...base(dataDir, 10_000), maxJobAttempts: 2 });
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    server = await startApiServer({ ...base(dataDir, 5), maxJobAttempts: 2 });
    try {
      const job = await waitForJob(server.url, id, {});
      expect(job.state).toBe('failed');
      expect(String((job.error as { message: string }).message)).toMatch(/stopped 2 times/u);
    } finally {
      await server.close();
    }
  });
});

describe('kie serve: storage', () => {
  it('encrypts uploads and results at rest (AES-256-GCM) and needs the key to read them', async () => {
    const dataDir = await tempDir();
    const key = Buffer.alloc(32, 7);
    const server = await startApiServer({ ...base(dataDir, 5), encryptionKey: key });
    const [png] = await distinctPngs(1, 22);
    let id: string;
    try {
      id = await submit(server.url, 1, 22);
      expect((await waitForJob(server.url, id, {})).state).toBe('succeeded');
    } finally {
      await server.close();
    }
    const bytes = Buffer.concat(['kie.db', 'kie.db-wal'].filter((f) => existsSync(join(dataDir, f))).map((f) => readFileSync(join(dataDir, f))));
    expect(bytes.includes(Buffer.from(png!.subarray(0, 64)))).toBe(false);
    expect(bytes.includes(Buffer.from('"keyValues"'))).toBe(false);

    const db = openDatabase(dataDir);
    try {
      const job = createJobStore(db, createSealer(key)).getJob(id)!;
      expect(createJobStore(db, createSealer(key)).getResult(job.files[0]!.hash, 'fake@custom')?.page).toHaveProperty('keyValues');
      expect(() => createJobStore(db, createSealer()).getResult(job.files[0]!.hash, 'fake@custom')).toThrow(/KIE_ENCRYPTION_KEY/u);
    } finally {
      db.close();
    }
  });

  it('purges finished jobs, results and uploads past the retention', async () => {
    const dataDir = await tempDir();
    const server = await startApiServer(base(dataDir, 5));
    const id = await submit(server.url, 2, 23);
    await waitForJob(server.url, id, {});
    await server.close();
    const db = openDatabase(dataDir);
    try {
      const store = createJobStore(db, createSealer());
      const hash = store.getJob(id)!.files[0]!.hash;
      // Results are stored under the model's name and version.
      expect(store.getResult(hash, 'fake@custom')).toBeDefined();
      expect(store.purge(Date.now() - 60_000)).toBe(0);
      expect(store.purge(Date.now() + 1)).toBeGreaterThan(0);
      expect(store.getJob(id)).toBeUndefined();
      expect(store.getResult(hash, 'fake@custom')).toBeUndefined();
      expect(store.getBlob(hash)).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('answers 504 when a page takes longer than the request timeout, and finishes requests in flight on close', async () => {
    const server = await startApiServer({ ...base(await tempDir(), 400), workers: 1, limits: { requestTimeoutMs: 100 } });
    const [slow, inFlight] = await distinctPngs(2, 24);
    const res = await fetch(new URL('v1/extract', server.url), { method: 'POST', body: multipart([{ name: 'slow.png', bytes: slow! }]) });
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TIMEOUT');
    await server.close();

    const graceful = await startApiServer({ ...base(await tempDir(), 150), shutdownGraceMs: 5000 });
    const pending = fetch(new URL('v1/extract', graceful.url), { method: 'POST', body: multipart([{ name: 'x.png', bytes: inFlight! }]) });
    await new Promise((r) => setTimeout(r, 50));
    await graceful.close();
    expect((await pending).status).toBe(200);
  });

  it('refuses --no-auth on a non-loopback host', async () => {
    await expect(startApiServer({ ...base(await tempDir(), 5), host: '0.0.0.0' })).rejects.toThrow(/loopback/u);
  });
});
