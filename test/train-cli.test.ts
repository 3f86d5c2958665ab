/** `kie train` on a generated dataset: learns it in seconds, deterministic for a seed, usable by `kie extract`. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/cli/exit-codes.js';
import { writeDataset } from '../src/io/formats/registry.js';
import type { ExtractJson } from '../src/pipeline/extract-json.js';
import { generatedForms } from './fixtures/generated-forms.js';
import { tempDir } from './fixtures/synthetic.js';
import { runKie } from './helpers/run-kie.js';

const kie = runKie;

describe('kie train', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeDataset(generatedForms(24, 1), join(dir, 'train.kie.json'), { format: 'kie' });
    await writeDataset(generatedForms(6, 2), join(dir, 'val.kie.json'), { format: 'kie' });
  });

  it('learns SER and RE of a generated dataset and the model extracts its pairs', async () => {
    const ser = await kie(dir, 'train', '--task', 'ser', '--train', 'train.kie.json', '--val', 'val.kie.json', '--out', 'm', '--epochs', '4');
    expect(ser.code, ser.err).toBe(0);
    expect(ser.err).toMatch(/^epoch 1\/4 {2}loss \d+\.\d{4} {2}val SER Hmean \d+\.\d\d/mu);
    expect(ser.err).toContain('no RE part yet');
    const serHmean = Number(/val SER Hmean (\d+\.\d+)/u.exec(ser.out)?.[1]);
    expect(serHmean).toBeGreaterThan(95);
    const re = await kie(dir, 'train', '--task', 're', '--train', 'train.kie.json', '--val', 'val.kie.json', '--out', 'm', '--epochs', '3');
    expect(re.code, re.err).toBe(0);
    expect(Number(/val RE Hmean (\d+\.\d+)/u.exec(re.out)?.[1])).toBeGreaterThan(95);
    const manifest = JSON.parse(await readFile(join(dir, 'm', 'model.json'), 'utf8')) as { classes: string[]; notes: { trainingSeconds: number } };
    expect(manifest.classes).toEqual(['other', 'question', 'answer', 'header']);
    const run = await kie(dir, 'extract', '--ocr-json', 'val.kie.json', '--model', './m');
    expect(run.code, run.err).toBe(0);
    const json = JSON.parse(run.out) as ExtractJson;
    const page = json.pages[0]!;
    const first = page.segments.find((s) => s.id === 1)!;
    expect(page.keyValues[0]).toMatchObject({ key: first.text, keyIds: [1], valueIds: [2] });
  });

  it('gives the same weights for the same seed', async () => {
    const args = ['train', '--task', 're', '--train', 'train.kie.json', '--val', 'val.kie.json', '--epochs', '1', '--seed', '5'];
    expect((await kie(dir, ...args, '--out', 'a')).code).toBe(0);
    expect((await kie(dir, ...args, '--out', 'b')).code).toBe(0);
    expect(Buffer.compare(await readFile(join(dir, 'a', 're.kiew')), await readFile(join(dir, 'b', 're.kiew')))).toBe(0);
  });

  it('fine-tunes a model with --init and refuses labels outside the class list', async () => {
    const tuned = await kie(dir, 'train', '--task', 're', '--train', 'train.kie.json', '--val', 'val.kie.json', '--out', 'tuned', '--init', './m', '--epochs', '1');
    expect(tuned.code, tuned.err).toBe(0);
    expect(Number(/val RE Hmean (\d+\.\d+)/u.exec(tuned.out)?.[1])).toBeGreaterThan(95);
    await writeFile(join(dir, 'classes.txt'), 'other\nquestion\n');
    const bad = await kie(dir, 'train', '--task', 'ser', '--train', 'train.kie.json', '--val', 'val.kie.json', '--out', 'x', '--labels', 'classes.txt');
    expect(bad.code).toBe(EXIT_CODES.UNKNOWN_LABEL);
    expect(bad.err).toContain('expected one of other, question');
  });
});

describe('kie train --task rec', () => {
  const ROOT = join(import.meta.dirname, '..');

  it('fits the recogniser head of a model to transcribed pages, and kie extract reads with it', async () => {
    const dir = await tempDir();
    const out = join(dir, 'm');
    const run = await kie(ROOT, 'train', '--task', 'rec', '--train', 'examples/labels.txt', '--val', 'examples/labels.txt', '--out', out, '--init', 'kie-forms', '--epochs', '2');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/^epoch 2 {2}CTC loss \d+\.\d{4} per line/mu);
    const m = /trained rec: head on (\d+) lines; val character error rate (\d+\.\d+)% -> (\d+\.\d+)% on (\d+) lines/u.exec(run.out);
    expect(m, run.out).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(10);
    // Scored on the lines it learned from: no worse than before.
    expect(Number(m![3])).toBeLessThanOrEqual(Number(m![2]));
    const manifest = JSON.parse(await readFile(join(out, 'model.json'), 'utf8')) as { ocr: { recHead: string }; notes: { rec: { lines: number } } };
    expect(manifest.ocr.recHead).toBe('rec-head.json');
    expect(manifest.notes.rec.lines).toBe(Number(m![1]));
    const extract = await kie(ROOT, 'extract', '--model', out, '--schema', 'receipt', 'examples/receipt.jpg');
    expect(extract.code, extract.err).toBe(0);
    const fields = (JSON.parse(extract.out) as { pages: Array<{ fields: Record<string, { value: string }> }> }).pages[0]!.fields;
    expect(fields.company).toMatchObject({ value: 'SUNRISE MART SDN BHD' });
    // Fine-tuning that model carries its head along, as it carries the word list and OCR settings.
    const tuned = join(dir, 'tuned');
    const ser = await kie(ROOT, 'train', '--task', 're', '--train', 'examples/labels.txt', '--val', 'examples/labels.txt', '--out', tuned, '--init', out, '--epochs', '1');
    expect(ser.code, ser.err).toBe(0);
    expect((JSON.parse(await readFile(join(tuned, 'model.json'), 'utf8')) as { ocr: unknown }).ocr).toEqual({ recHead: 'rec-head.json' });
    expect(await readFile(join(tuned, 'rec-head.json'), 'utf8')).toBe(await readFile(join(out, 'rec-head.json'), 'utf8'));
  });

  it('needs a model whose head it fits', async () => {
    const dir = await tempDir();
    const run = await kie(ROOT, 'train', '--task', 'rec', '--train', 'examples/labels.txt', '--val', 'examples/labels.txt', '--out', join(dir, 'none'));
    expect(run.code).toBe(EXIT_CODES.INVALID_ARGUMENT);
    expect(run.err).toMatch(/give --init <model>, or an --out directory that holds one/u);
  });
});
