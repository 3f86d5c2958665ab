import { describe, expect, it } from 'vitest';
import { createPool, inlineSlot } from './pool.js';
import type { PageOutcome, PageTask } from './types.js';

/** An extractor whose pages finish when the test says so. */
function manual(): { extract: (task: PageTask) => Promise<PageOutcome>; started: string[]; finish: (name: string) => void } {
  const started: string[] = [];
  const pending = new Map<string, () => void>();
  return {
    started,
    extract: (task) =>
      new Promise<PageOutcome>((resolve) => {
        started.push(task.name);
        pending.set(task.name, () => resolve({ model: { name: task.model, version: '1' }, page: { image: task.name } }));
      }),
    finish: (name) => pending.get(name)?.(),
  };
}

const task = (name: string): PageTask => ({ bytes: new Uint8Array(1), name, model: 'm' });
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('createPool', () => {
  it('bounds the synchronous queue, runs sync pages before job pages, and frees slots', async () => {
    const m = manual();
    const pool = createPool([inlineSlot(m.extract)], { maxQueue: 1 });
    const first = pool.run(task('a'));
    const job = pool.run(task('job'), { background: true });
    const second = pool.run(task('b'));
    await expect(pool.run(task('c'))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(pool.stats()).toEqual({ size: 1, busy: 1, queued: 1, background: 1 });
    m.finish('a');
    await expect(first).resolves.toMatchObject({ page: { image: 'a' } });
    await tick();
    expect(m.started).toEqual(['a', 'b']);
    m.finish('b');
    await second;
    await tick();
    m.finish('job');
    await job;
    expect(m.started).toEqual(['a', 'b', 'job']);
    await tick();
    expect(pool.stats().busy).toBe(0);
  });

  it('drops a queued page whose request gave up, and refuses work after close', async () => {
    const m = manual();
    const pool = createPool([inlineSlot(m.extract)], { maxQueue: 4 });
    const running = pool.run(task('a'));
    const controller = new AbortController();
    const waiting = pool.run(task('b'), { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'TIMEOUT' });
    m.finish('a');
    await running;
    await tick();
    expect(m.started).toEqual(['a']);
    const queued = pool.run(task('c'));
    const later = pool.run(task('d'));
    await pool.close();
    await expect(later).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(pool.run(task('e'))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    m.finish('c');
    await queued;
  });
});
