/**
 * The restart bar with a real process: `kie serve` is killed (SIGKILL, no chance
 * to clean up) in the middle of a job, a new process on the same --data resumes
 * the job and completes it. OCR-only engine on one worker thread, distinct pages;
 * then a receipt's schema fields from the same engine, by rules.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { multipart, tempDir, waitForJob } from './serve/helpers.js';
import { startKieServe } from './serve/serve-process.js';

const FORM = join(import.meta.dirname, '..', 'examples', 'form-en.png');
const RECEIPT = join(import.meta.dirname, '..', 'examples', 'receipt.jpg');

describe('kie serve process restarts', () => {
  it('resumes a job after the process is killed in the middle of it', async () => {
    const dataDir = await tempDir();
    const args = ['--data', dataDir, '--no-auth', '--engine', 'ocr', '--workers', '1'];
    const form = await readFile(FORM);
    // Distinct bytes (a different white margin each) so that no page is answered from the store.
    const pages = await Promise.all(
      [1, 2, 3, 4, 5].map(async (i) => new Uint8Array(await sharp(form).extend({ top: i, background: '#ffffff' }).png().toBuffer())),
    );
    const first = await startKieServe(args);
    let id: string;
    try {
      const res = await fetch(new URL('v1/jobs', first.url), { method: 'POST', body: multipart(pages.map((bytes, i) => ({ name: `form-${i}.png`, bytes }))) });
      expect(res.status).toBe(202);
      id = ((await res.json()) as { id: string }).id;
      for (;;) {
        const job = (await (await fetch(new URL(`v1/jobs/${id}`, first.url))).json()) as { state: string; progress: { done: number } };
        expect(job.state).toBe('running');
        if (job.progress.done >= 1) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await first.stop('SIGKILL');
    }
    const second = await startKieServe(args);
    try {
      const job = await waitForJob(second.url, id, {}, 120_000);
      expect(job.state).toBe('succeeded');
      expect(job.progress).toMatchObject({ total: 5, done: 5, failed: 0 });
      const doc = (await (await fetch(new URL(`v1/jobs/${id}/result`, second.url))).json()) as { pages: { segments: { text: string }[] }[] };
      expect(doc.pages).toHaveLength(5);
      for (const page of doc.pages) expect(page.segments.map((s) => s.text).join(' ')).toContain('Jane Doe');

      // The OCR-only engine reads a schema's fields by its rules (key synonyms, types, positions).
      const receipt = new Uint8Array(await readFile(RECEIPT));
      const res = await fetch(new URL('v1/extract?schema=receipt&format=fields', second.url), { method: 'POST', body: multipart([{ name: 'receipt.jpg', bytes: receipt }]) });
      expect(res.status).toBe(200);
      const fields = ((await res.json()) as { pages: { fields: Record<string, { value: string | null; source: string }> }[] }).pages[0]!.fields;
      expect(fields.total).toMatchObject({ value: '23.10', source: 'rules' });
      expect(fields.date).toMatchObject({ value: '15/03/2019', source: 'rules' });
    } finally {
      await second.stop();
    }
  });
});
