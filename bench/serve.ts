/**
 * HTTP service benchmark: `npm run bench:serve [-- --requests 8 --concurrency 1,2,4 --workers N --engine kie]`.
 *
 * Starts `kie serve` in-process on 127.0.0.1 (port 0, no auth, a temporary data
 * folder) with the real pipeline on worker threads, warms every worker, then for
 * each concurrency sends a fixed number of synchronous `POST /v1/extract` requests
 * (distinct page bytes: the bundled examples with different margins, so that no
 * request is answered from the store) and prints throughput (pages/s) and p50 /
 * p95 latency. Stops by itself.
 */
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { startApiServer } from '../src/server/api/serve.js';
import { fixed, ms, printTable, quantile } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '1,2,4' },
    workers: { type: 'string', default: String(availableParallelism()) },
    engine: { type: 'string', default: 'kie' },
  },
});
const requests = Number(args.requests);
const levels = args.concurrency.split(',').map(Number);
const workers = Number(args.workers);
const engine = args.engine === 'ocr' ? 'ocr' : 'kie';

const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const sources = await Promise.all(['form-en.png', 'form-zh.png', 'receipt.jpg'].map((f) => readFile(join(EXAMPLES, f))));
let variant = 0;
/** A page not seen before: an example with a margin of a new width. */
async function freshPage(): Promise<{ name: string; bytes: Uint8Array }> {
  variant += 1;
  const source = sources[variant % sources.length]!;
  const bytes = await sharp(source).extend({ bottom: variant, background: '#ffffff' }).png().toBuffer();
  return { name: `page-${variant}.png`, bytes: new Uint8Array(bytes) };
}

const dataDir = await mkdtemp(join(tmpdir(), 'kie-bench-serve-'));
const server = await startApiServer({
  dataDir,
  port: 0,
  auth: false,
  workers,
  engine,
  rateLimit: null,
  limits: { maxQueue: 64, requestTimeoutMs: 300_000 },
  log: () => undefined,
});

async function extractOnce(): Promise<number> {
  const page = await freshPage();
  const form = new FormData();
  form.append('file', new Blob([page.bytes], { type: 'image/png' }), page.name);
  const t0 = performance.now();
  const res = await fetch(new URL('v1/extract', server.url), { method: 'POST', body: form });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`POST /v1/extract answered ${res.status}`);
  return performance.now() - t0;
}

try {
  await server.ready;
  // Warm-up: every worker loads its models on its first page.
  await Promise.all(Array.from({ length: workers }, extractOnce));
  const rows: string[][] = [];
  for (const concurrency of levels) {
    const latencies: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          next += 1;
          latencies.push(await extractOnce());
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    rows.push([String(concurrency), String(requests), fixed(requests / seconds, 2), ms(quantile(latencies, 0.5)), ms(quantile(latencies, 0.95))]);
  }
  console.log(`kie serve, engine ${engine}, ${workers} worker thread(s) of 1 onnxruntime thread, ${availableParallelism()} cores; sync POST /v1/extract`);
  printTable(['concurrency', 'requests', 'pages/s', 'p50 ms', 'p95 ms'], rows);
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
