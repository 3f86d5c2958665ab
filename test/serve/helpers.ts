/**
 * Helpers of the `kie serve` tests: distinct generated images, a fake extractor,
 * multipart bodies, and a tiny loopback HTTP receiver for callbacks.
 */
import { mkdtemp } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ExtractFn } from '../../src/server/workers/types.js';

export const tempDir = (prefix = 'kie-serve-'): Promise<string> => mkdtemp(join(tmpdir(), prefix));

/** `n` small PNGs with different bytes (each a different grey), so no two share a content hash. */
export async function distinctPngs(n: number, seed = 0): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const grey = (seed * 37 + i * 11) % 256;
    out.push(new Uint8Array(await sharp({ create: { width: 48, height: 32, channels: 3, background: { r: grey, g: 255 - grey, b: (grey * 7) % 256 } } }).png().toBuffer()));
  }
  return out;
}

/** A fake extractor: one key-value naming the file and its size, after `delayMs`. Counts its calls. */
export function fakeExtract(delayMs = 5): ExtractFn & { calls: number } {
  const fn = Object.assign(
    async ({ bytes, name, model, schema, page }: Parameters<ExtractFn>[0]) => {
      fn.calls += 1;
      await new Promise((r) => setTimeout(r, delayMs));
      return {
        model: { name: model, version: 'test' },
        page: {
          image: name,
          width: 48,
          height: 32,
          segments: [{ id: 0, points: [[0, 0], [10, 0], [10, 5], [0, 5]], text: 'Size:', label: 'question', labelScore: 1 }],
          links: [],
          keyValues: [{ key: 'Size:', value: String(bytes.byteLength), keyIds: [0], valueIds: [], score: 1 }],
          timings: { ocr: 0, ser: 0, re: 0, total: delayMs },
          // Stands in for a schema's fields: the tests check it reaches the engine and comes back.
          ...(schema ? { fields: { schema } } : {}),
          // Which page of a PDF upload the engine was asked for.
          ...(page ? { pdfPage: page } : {}),
        },
      };
    },
    { calls: 0 },
  );
  return fn;
}

/** A multipart body with the given files under `file` and extra text fields. */
export function multipart(files: readonly { name: string; bytes: Uint8Array; type?: string }[], fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.bytes], { type: f.type ?? 'image/png' }), f.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

export interface Receiver {
  readonly url: string;
  readonly bodies: unknown[];
  /** Raw bodies and headers of the requests answered 2xx, in order. */
  readonly raw: { body: string; headers: IncomingMessage['headers'] }[];
  /** Resolves with the first body received after the call. */
  next(): Promise<unknown>;
  close(): Promise<void>;
}

/** A loopback HTTP server recording JSON POSTs; the first `failFirst` requests get 500. */
export async function startReceiver(failFirst = 0): Promise<Receiver> {
  const bodies: unknown[] = [];
  const raw: Receiver['raw'] = [];
  let seen = 0;
  let waiters: ((body: unknown) => void)[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen += 1;
      if (seen <= failFirst) {
        res.writeHead(500).end();
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      const body: unknown = JSON.parse(text);
      bodies.push(body);
      raw.push({ body: text, headers: req.headers });
      res.writeHead(204).end();
      const w = waiters;
      waiters = [];
      for (const resolve of w) resolve(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    bodies,
    raw,
    next: () => new Promise((resolve) => waiters.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls `GET /v1/jobs/{id}` until the job ends (or `timeoutMs` passes). */
export async function waitForJob(url: string, id: string, headers: Record<string, string>, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(new URL(`v1/jobs/${id}`, url), { headers });
    const job = (await res.json()) as Record<string, unknown>;
    if (['succeeded', 'failed', 'cancelled'].includes(String(job.state))) return job;
    if (Date.now() > end) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
