/**
 * `kie serve` with the real pipeline on a worker thread: the API answers the
 * same key-values as `kie extract`. Runs the worker from the TypeScript sources,
 * i.e. through the tsx bootstrap of worker-script.ts (the built path is covered
 * by the resolution test below and by `npm run build`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { startApiServer, type ApiServer } from '../src/server/api/serve.js';
import { resolveWorkerLaunch } from '../src/server/workers/worker-script.js';
import { buildPdf } from './fixtures/pdf.js';
import { multipart, tempDir } from './serve/helpers.js';

const ROOT = join(import.meta.dirname, '..');
const FORM = join(ROOT, 'examples', 'form-en.png');
const RECEIPT = join(ROOT, 'examples', 'receipt.jpg');

interface PageJson {
  image: string;
  segments: { text: string; label: string }[];
  keyValues: { key: string; value: string }[];
}

describe('worker entry resolution', () => {
  it('starts the built .js when present, else the .ts through tsx, else says to build', async () => {
    const dir = await tempDir();
    const built = join(dir, 'built');
    const source = join(dir, 'source');
    await mkdir(built);
    await mkdir(source);
    await writeFile(join(built, 'worker-entry.js'), '');
    await writeFile(join(built, 'worker-entry.ts'), '');
    await writeFile(join(source, 'worker-entry.ts'), '');
    expect(resolveWorkerLaunch(pathToFileURL(`${built}/`))).toMatchObject({ kind: 'script' });
    const fromSource = resolveWorkerLaunch(pathToFileURL(`${source}/`));
    expect(fromSource).toMatchObject({ kind: 'tsx' });
    expect(fromSource.kind === 'tsx' && fromSource.tsxApi).toMatch(/^file:.*tsx/u);
    expect(() => resolveWorkerLaunch(pathToFileURL(`${dir}/`))).toThrow(/npm run build/u);
    // This checkout runs from the sources.
    expect(resolveWorkerLaunch().kind).toBe('tsx');
  });
});

describe('kie serve with the real pipeline', () => {
  let server: ApiServer;
  beforeAll(async () => {
    // 1 Mpx: form-en.png (1000x760) passes, a 2000x1000 page does not.
    server = await startApiServer({ dataDir: await tempDir(), port: 0, auth: false, workers: 1, limits: { maxPixels: 1_000_000 }, log: () => undefined });
    await server.ready;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('extracts examples/form-en.png synchronously with the key-values of kie extract', async () => {
    const bytes = new Uint8Array(await readFile(FORM));
    const res = await fetch(new URL('v1/extract', server.url), { method: 'POST', body: multipart([{ name: 'form-en.png', bytes }]) });
    expect(res.status).toBe(200);
    const api = (await res.json()) as { schemaVersion: number; model: { name: string }; pages: PageJson[] };
    expect(api.schemaVersion).toBe(1);
    expect(api.model.name).toBe('kie-forms');
    const page = api.pages[0]!;
    expect(page.image).toBe('form-en.png');
    expect(page.keyValues.map((kv) => [kv.key, kv.value])).toContainEqual(['Name:', 'Jane Doe']);

    let out = '';
    const code = await runCli(['extract', FORM, '--threads', '1'], { stdout: (t) => void (out += t), stderr: () => undefined, cwd: ROOT });
    expect(code).toBe(0);
    const cli = (JSON.parse(out) as { model: unknown; pages: PageJson[] });
    expect(api.model).toEqual(cli.model);
    expect(page.segments.map((s) => [s.text, s.label])).toEqual(cli.pages[0]!.segments.map((s) => [s.text, s.label]));
    expect(page.keyValues.map((kv) => [kv.key, kv.value])).toEqual(cli.pages[0]!.keyValues.map((kv) => [kv.key, kv.value]));
  });

  it('reads a receipt with schema=receipt: the receipts model and the fields of kie extract --schema receipt', async () => {
    const bytes = new Uint8Array(await readFile(RECEIPT));
    const res = await fetch(new URL('v1/extract?schema=receipt', server.url), { method: 'POST', body: multipart([{ name: 'receipt.jpg', bytes }]) });
    expect(res.status).toBe(200);
    const api = (await res.json()) as { model: { name: string }; documentSchema: string; pages: { fields: Record<string, { value: string | null; valid: boolean }> }[] };
    expect(api.model.name).toBe('receipts');
    expect(api.documentSchema).toBe('receipt');
    const fields = api.pages[0]!.fields;
    expect(fields.total).toMatchObject({ value: '23.10', valid: true });

    let out = '';
    const code = await runCli(['extract', RECEIPT, '--schema', 'receipt', '--threads', '1'], { stdout: (t) => void (out += t), stderr: () => undefined, cwd: ROOT });
    expect(code).toBe(0);
    const cli = JSON.parse(out) as { model: unknown; pages: { fields: unknown }[] };
    expect(api.model).toEqual(cli.model);
    expect(fields).toEqual(cli.pages[0]!.fields);

    // format=csv: the rows kie extract --format csv writes (answered from the store: the same bytes were just read).
    const csvRes = await fetch(new URL('v1/extract?schema=receipt&format=csv', server.url), { method: 'POST', body: multipart([{ name: 'receipt.jpg', bytes }]) });
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    let cliCsv = '';
    expect(await runCli(['extract', RECEIPT, '--schema', 'receipt', '--format', 'csv', '--threads', '1'], { stdout: (t) => void (cliCsv += t), stderr: () => undefined, cwd: ROOT })).toBe(0);
    const [header, row] = (await csvRes.text()).split('\r\n');
    const [cliHeader, cliRow] = cliCsv.split('\r\n');
    expect(header).toBe(cliHeader);
    // The CLI names the file as given (a path); the API as uploaded.
    expect(row!.replace(/^[^,]*,/u, '')).toBe(cliRow!.replace(/^[^,]*,/u, ''));
    expect(row).toMatch(/^receipt\.jpg,,SUNRISE MART SDN BHD,/u);
  });

  it('reads a one-page PDF invoice from its own text, with the fields kie extract gives for the same file', async () => {
    const dir = await tempDir();
    const pdf = buildPdf([
      {
        width: 300,
        height: 220,
        texts: [
          { x: 20, top: 20, size: 14, text: 'ACME WIDGETS INC.', bold: true },
          { x: 20, top: 40, size: 10, text: '500 Industrial Way' },
          { x: 20, top: 54, size: 10, text: 'Austin, TX 78701' },
          { x: 20, top: 80, size: 10, text: 'Date: 11/05/2026' },
          { x: 20, top: 150, size: 12, text: 'TOTAL', bold: true },
          { x: 200, top: 150, size: 12, text: '$757.75', bold: true },
        ],
      },
    ]);
    await writeFile(join(dir, 'invoice.pdf'), pdf);
    const res = await fetch(new URL('v1/extract?schema=receipt', server.url), { method: 'POST', body: multipart([{ name: 'invoice.pdf', bytes: pdf }]) });
    expect(res.status).toBe(200);
    const page = ((await res.json()) as { pages: { image: string; timings: { ocr: number }; fields: Record<string, { value: string | null; normalized: string | null }> }[] }).pages[0]!;
    expect(page.image).toBe('invoice.pdf#page=1');
    expect(page.timings.ocr).toBe(0);
    expect(page.fields.company).toMatchObject({ value: 'ACME WIDGETS INC.' });
    expect(page.fields.date).toMatchObject({ normalized: '2026-11-05' });
    expect(page.fields.total).toMatchObject({ normalized: '757.75' });

    let out = '';
    const code = await runCli(['extract', 'invoice.pdf', '--schema', 'receipt', '--threads', '1'], { stdout: (t) => void (out += t), stderr: () => undefined, cwd: dir });
    expect(code).toBe(0);
    expect(page.fields).toEqual((JSON.parse(out) as { pages: { fields: unknown }[] }).pages[0]!.fields);
  });

  it('cleans up by default: a receipt turned a quarter gives the fields of the upright one, boxes in the turned image', async () => {
    const turned = new Uint8Array(await sharp(RECEIPT).rotate(90).jpeg().toBuffer());
    const res = await fetch(new URL('v1/extract?schema=receipt', server.url), { method: 'POST', body: multipart([{ name: 'turned.jpg', bytes: turned }]) });
    expect(res.status).toBe(200);
    const page = ((await res.json()) as { pages: { width: number; height: number; fields: Record<string, { value: string | null }> }[] }).pages[0]!;
    expect([page.width, page.height]).toEqual([900, 520]);
    expect(page.fields.company).toMatchObject({ value: 'SUNRISE MART SDN BHD' });
    expect(page.fields.total).toMatchObject({ value: '23.10' });
  });

  it('refuses an image over the pixel limit with 413 before decoding it', async () => {
    const big = new Uint8Array(await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#ffffff' } }).png().toBuffer());
    const res = await fetch(new URL('v1/extract', server.url), { method: 'POST', body: big, headers: { 'Content-Type': 'image/png' } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'IMAGE_TOO_LARGE' });
  });
});
