/**
 * The label server over real HTTP: path traversal refused, atomic saves, revision
 * conflicts, pre-labelling jobs, export to PP-OCR KIE, label renames and import.
 */
import { request as httpRequest } from 'node:http';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, AnnotationResponse, ImageEntry, JobProgress } from '../src/core/label-project.js';
import { readXAnyLabelingFile } from '../src/io/formats/xanylabeling.js';
import { startLabelServer, type LabelServer } from '../src/server/label/serve.js';
import { BARS, fakePredictor, imageFolder } from './label/fixtures.js';

const servers: LabelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(dir: string, predictor = fakePredictor()): Promise<LabelServer> {
  const server = await startLabelServer({ dir, port: 0, predictor });
  servers.push(server);
  return server;
}

/** A request with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(server: LabelServer, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function annotation(segments: Annotation['page']['segments'], verified = false): Annotation {
  return { page: { image: 'form-1.png', width: 400, height: 240, segments }, verified };
}

const question = { id: 0, points: [[40, 40], [140, 40], [140, 60], [40, 60]], shape: { kind: 'rectangle' }, text: 'Name:', label: 'question', links: [[0, 1]], difficult: false } as const;
const answer = { id: 1, points: [[200, 40], [340, 40], [340, 60], [200, 60]], shape: { kind: 'rotation', angle: 3 }, text: 'Ann', label: 'answer', links: [[0, 1]], difficult: false } as const;

const lone = { ...question, links: [] };
const loneAnswer = { ...answer, links: [] };

async function put(server: LabelServer, name: string, body: unknown, revision: string, force = false): Promise<Response> {
  return fetch(`${server.url}api/annotations/${encodeURIComponent(name)}${force ? '?force=1' : ''}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${revision}"` },
    body: JSON.stringify(body),
  });
}

describe('label server: files', () => {
  it('lists the images and serves them', async () => {
    const dir = await imageFolder();
    const server = await start(dir);
    const { images } = (await (await fetch(`${server.url}api/images`)).json()) as { images: ImageEntry[] };
    expect(images.map((i) => [i.name, i.status])).toEqual([
      ['form-1.png', 'unlabelled'],
      ['form-2.png', 'unlabelled'],
      ['form-3.png', 'unlabelled'],
    ]);
    const image = await fetch(`${server.url}api/images/form-1.png`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(await readFile(join(dir, 'form-1.png')))).toBe(true);
  });

  it('serves nothing outside the folder', async () => {
    const dir = await imageFolder();
    const outside = join(dir, '..', `secret-${Date.now()}.png`);
    await writeFile(outside, 'TOP-SECRET-CONTENT');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'inner.png'), 'inner');
    await symlink(outside, join(dir, 'link.png'));
    const server = await start(dir);
    const secret = outside.split('/').pop() as string;
    const attempts = [
      `/api/images/..%2F${secret}`,
      `/api/images/%2E%2E%2F${secret}`,
      `/api/images/..%5C${secret}`,
      `/api/images/${encodeURIComponent(outside)}`,
      '/api/images/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      '/api/images/sub%2Finner.png',
      '/api/images/link.png',
      `/api/annotations/..%2F${secret}`,
      `/../${secret}`,
      `/..%2F${secret}`,
      `/%2E%2E/${secret}`,
      '/../../../../etc/passwd',
      '/api/images/../../../etc/passwd',
    ];
    for (const path of attempts) {
      const res = await rawGet(server, path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body, path).not.toContain('TOP-SECRET-CONTENT');
      expect(res.body, path).not.toContain('root:');
    }
    const saved = await put(server, '../evil.png', annotation([]), 'none');
    expect(saved.status).toBe(404);
    expect(await readdir(join(dir, '..'))).not.toContain('evil.json');
  });

  it('binds to 127.0.0.1 and refuses other Host names and cross-origin writes', async () => {
    const server = await start(await imageFolder());
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    expect((await rawGet(server, '/api/images', { Host: 'evil.example:80' })).status).toBe(403);
    const res = await fetch(`${server.url}api/project`, { method: 'PUT', headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(403);
  });
});

describe('label server: saving', () => {
  it('saves atomically as X-AnyLabeling JSON beside the image and reads it back', async () => {
    const dir = await imageFolder();
    const server = await start(dir);
    const first = (await (await fetch(`${server.url}api/annotations/form-1.png`)).json()) as AnnotationResponse;
    expect(first.revision).toBe('none');
    expect(first.annotation.page).toMatchObject({ width: 400, height: 240, segments: [] });
    const res = await put(server, 'form-1.png', annotation([question, answer], true), first.revision);
    expect(res.status).toBe(200);
    const { revision } = (await res.json()) as { revision: string };
    expect(res.headers.get('etag')).toBe(`"${revision}"`);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const json = JSON.parse(await readFile(join(dir, 'form-1.json'), 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ imagePath: 'form-1.png', imageWidth: 400, flags: { verified: true } });
    const doc = await readXAnyLabelingFile(join(dir, 'form-1.json'));
    expect(doc.pages[0]?.segments.map((s) => [s.id, s.label, s.text, s.links])).toEqual([
      [0, 'question', 'Name:', [[0, 1]]],
      [1, 'answer', 'Ann', [[0, 1]]],
    ]);
    expect(doc.pages[0]?.segments[1]?.shape).toEqual({ kind: 'rotation', angle: 3 });
    const again = (await (await fetch(`${server.url}api/annotations/form-1.png`)).json()) as AnnotationResponse;
    expect(again.revision).toBe(revision);
    expect(again.annotation.verified).toBe(true);
    const { images } = (await (await fetch(`${server.url}api/images`)).json()) as { images: ImageEntry[] };
    expect(images[0]).toEqual({ name: 'form-1.png', status: 'verified', shapes: 2 });
  });

  it('refuses a save based on a stale revision and returns the current version', async () => {
    const dir = await imageFolder();
    const server = await start(dir);
    const tabA = await put(server, 'form-1.png', annotation([lone]), 'none');
    const revA = ((await tabA.json()) as { revision: string }).revision;
    // A second tab that loaded before tab A saved still holds "none".
    const tabB = await put(server, 'form-1.png', annotation([]), 'none');
    expect(tabB.status).toBe(409);
    const conflict = (await tabB.json()) as { error: { code: string }; current: AnnotationResponse };
    expect(conflict.error.code).toBe('CONFLICT');
    expect(conflict.current.revision).toBe(revA);
    expect(conflict.current.annotation.page.segments.map((s) => s.text)).toEqual(['Name:']);
    // The file on disk is tab A's.
    const doc = await readXAnyLabelingFile(join(dir, 'form-1.json'));
    expect(doc.pages[0]?.segments).toHaveLength(1);
    // Saving over the revision it was shown works; a forced save too.
    expect((await put(server, 'form-1.png', annotation([]), revA)).status).toBe(200);
    expect((await put(server, 'form-1.png', annotation([lone]), 'stale', true)).status).toBe(200);
    // No If-Match at all is refused.
    const bare = await fetch(`${server.url}api/annotations/form-1.png`, { method: 'PUT', body: JSON.stringify(annotation([])), headers: { 'Content-Type': 'application/json' } });
    expect(bare.status).toBe(400);
  });

  it('lets exactly one of two simultaneous saves from the same revision win', async () => {
    const dir = await imageFolder();
    const server = await start(dir);
    const results = await Promise.all([put(server, 'form-1.png', annotation([lone]), 'none'), put(server, 'form-1.png', annotation([loneAnswer]), 'none')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('refuses invalid annotations: duplicate ids, links to missing ids', async () => {
    const server = await start(await imageFolder());
    const dup = await put(server, 'form-1.png', annotation([question, { ...answer, id: 0 }]), 'none');
    expect(dup.status).toBe(422);
    const dangling = await put(server, 'form-1.png', annotation([question]), 'none');
    expect(dangling.status).toBe(422);
    expect(((await dangling.json()) as { error: { message: string } }).error.message).toContain('missing id');
  });
});

describe('label server: pre-labelling, labels, export, import', () => {
  it('pre-labels unlabelled images in a job with progress, skipping labelled ones', async () => {
    const dir = await imageFolder();
    const predictor = fakePredictor(30);
    const server = await start(dir, predictor);
    await put(server, 'form-2.png', { ...annotation([question, answer]), page: { ...annotation([]).page, image: 'form-2.png', segments: [question, answer] } }, 'none');
    const started = (await (await fetch(`${server.url}api/jobs/prelabel`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })).json()) as JobProgress;
    expect(started).toMatchObject({ state: 'running', total: 3 });
    let job = started;
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 30));
      job = (await (await fetch(`${server.url}api/jobs/${started.id}`)).json()) as JobProgress;
    }
    expect(job).toMatchObject({ state: 'done', done: 2, skipped: 1 });
    expect(predictor.calls).toHaveLength(2);
    const { images } = (await (await fetch(`${server.url}api/images`)).json()) as { images: ImageEntry[] };
    expect(images.map((i) => i.status)).toEqual(['pre-labelled', 'labelled', 'pre-labelled']);
    const pre = (await (await fetch(`${server.url}api/annotations/form-1.png`)).json()) as AnnotationResponse;
    expect(pre.annotation.page.segments[0]).toMatchObject({ label: 'other', confidence: 0.9, text: 'text 0' });
  });

  it('cancels a running job between images', async () => {
    const server = await start(await imageFolder(), fakePredictor(150));
    const started = (await (await fetch(`${server.url}api/jobs/prelabel`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })).json()) as JobProgress;
    await fetch(`${server.url}api/jobs/${started.id}`, { method: 'DELETE' });
    let job = started;
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 30));
      job = (await (await fetch(`${server.url}api/jobs/${started.id}`)).json()) as JobProgress;
    }
    expect(job.state).toBe('cancelled');
    expect(job.done).toBeLessThan(3);
  });

  it('predicts and re-reads one region through the injected predictor', async () => {
    const server = await start(await imageFolder());
    const prediction = (await (await fetch(`${server.url}api/annotations/form-1.png/predict`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })).json()) as { segments: unknown[] };
    expect(prediction.segments).toHaveLength(BARS.length);
    const read = await fetch(`${server.url}api/annotations/form-1.png/recognize`, { method: 'POST', body: JSON.stringify({ points: [[40, 40], [140, 60]] }), headers: { 'Content-Type': 'application/json' } });
    expect(await read.json()).toEqual({ text: 'read again', score: 0.8 });
  });

  it('renames a label in every file and exports PP-OCR KIE split by ratio and seed', async () => {
    const dir = await imageFolder(['a.png', 'b.png', 'c.png', 'd.png', 'e.png']);
    const server = await start(dir);
    for (const name of ['a.png', 'b.png', 'c.png', 'd.png']) {
      expect((await put(server, name, { ...annotation([question, answer]), page: { ...annotation([]).page, image: name, segments: [question, answer] } }, 'none')).status).toBe(200);
    }
    const renamed = await fetch(`${server.url}api/labels/rename`, { method: 'POST', body: JSON.stringify({ from: 'question', to: 'key' }), headers: { 'Content-Type': 'application/json' } });
    expect(await renamed.json()).toMatchObject({ shapes: 4, files: 4 });
    const run = async (): Promise<{ parts: { train: number; val: number }; written: string[] }> => {
      const res = await fetch(`${server.url}api/export`, { method: 'POST', body: JSON.stringify({ format: 'ppocr-kie', ratio: 0.75, seed: 7 }), headers: { 'Content-Type': 'application/json' } });
      expect(res.status).toBe(200);
      return (await res.json()) as { parts: { train: number; val: number }; written: string[] };
    };
    const result = await run();
    expect(result.parts).toEqual({ train: 3, val: 1 });
    const out = join(dir, 'export', 'ppocr-kie');
    expect((await readdir(out)).sort()).toEqual(['class_list.txt', 'images', 'train.txt', 'val.txt']);
    expect(await readFile(join(out, 'class_list.txt'), 'utf8')).toBe('OTHER\nHEADER\nKEY\nANSWER\n');
    const train = await readFile(join(out, 'train.txt'), 'utf8');
    const lines = train.trim().split('\n');
    expect(lines).toHaveLength(3);
    const [image, json] = (lines[0] as string).split('\t') as [string, string];
    expect(image).toMatch(/^images\/[a-d]\.png$/u);
    expect(JSON.parse(json)).toEqual([
      { transcription: 'Name:', label: 'key', points: question.points, id: 0, linking: [[0, 1]], difficult: false },
      { transcription: 'Ann', label: 'answer', points: answer.points, id: 1, linking: [[0, 1]], difficult: false },
    ]);
    expect((await readdir(join(out, 'images'))).sort()).toEqual(['a.png', 'b.png', 'c.png', 'd.png']);
    await run();
    expect(await readFile(join(out, 'train.txt'), 'utf8')).toBe(train);
  });

  it('imports a PPOCRLabel Label.txt folder', async () => {
    const dir = await imageFolder(['x.png']);
    await writeFile(join(dir, 'Label.txt'), `imgs/x.png\t${JSON.stringify([{ transcription: 'Total', points: [[1, 1], [50, 1], [50, 20], [1, 20]], difficult: false, key_cls: 'question' }])}\n`);
    const server = await start(dir);
    const res = await fetch(`${server.url}api/import`, { method: 'POST', body: JSON.stringify({ format: 'ppocrlabel', path: '.' }), headers: { 'Content-Type': 'application/json' } });
    expect(await res.json()).toEqual({ imported: 1, skipped: 0, copied: 0 });
    const read = (await (await fetch(`${server.url}api/annotations/x.png`)).json()) as AnnotationResponse;
    expect(read.annotation.page.segments[0]).toMatchObject({ text: 'Total', label: 'question' });
    const outside = await fetch(`${server.url}api/import`, { method: 'POST', body: JSON.stringify({ format: 'ppocrlabel', path: '../..' }), headers: { 'Content-Type': 'application/json' } });
    expect(outside.status).toBe(400);
  });
});
