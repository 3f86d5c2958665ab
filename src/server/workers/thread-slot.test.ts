import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPool } from './pool.js';
import { threadSlot } from './thread-slot.js';
import { resolveWorkerLaunch } from './worker-script.js';

/** A built-style worker entry (plain JS, the `script` launch): echoes pages, dies on `crash`, fails on `bad`. */
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => {
  if (task.name === 'crash') process.exit(3);
  if (task.name === 'bad') return parentPort.postMessage({ type: 'failed', id, error: { code: 'CORRUPT_IMAGE', message: 'bad bytes' } });
  parentPort.postMessage({ type: 'done', id, outcome: { model: { name: task.model, version: '1' }, page: { image: task.name, size: task.bytes.length } } });
});
parentPort.postMessage({ type: 'ready' });
`;

describe('threadSlot', () => {
  it('runs pages on a worker, passes its errors on, and replaces a worker that died', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kie-worker-'));
    await writeFile(join(dir, 'worker-entry.js'), WORKER);
    const launch = resolveWorkerLaunch(pathToFileURL(`${dir}/`));
    expect(launch.kind).toBe('script');
    const pool = createPool([threadSlot({ engine: 'ocr', threads: 1, maxPixels: 1 }, launch)], { maxQueue: 4 });
    try {
      await pool.ready;
      const task = (name: string): { bytes: Uint8Array; name: string; model: string } => ({ bytes: new Uint8Array(3), name, model: 'm' });
      await expect(pool.run(task('a'))).resolves.toEqual({ model: { name: 'm', version: '1' }, page: { image: 'a', size: 3 } });
      await expect(pool.run(task('bad'))).rejects.toMatchObject({ code: 'CORRUPT_IMAGE', message: 'bad bytes' });
      await expect(pool.run(task('crash'))).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/exit code 3/u) });
      await expect(pool.run(task('after'))).resolves.toMatchObject({ page: { image: 'after' } });
    } finally {
      await pool.close();
    }
  });
});
