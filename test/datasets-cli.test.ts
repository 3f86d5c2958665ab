/**
 * `kie convert`, `kie validate`, `kie stats`, `kie eval` through runCli, on generated
 * datasets only.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/cli/exit-codes.js';
import { readDataset, writeDataset } from '../src/io/formats/registry.js';
import { alteredDataset, EXPECTED } from './fixtures/altered.js';
import { essence, syntheticDataset, tempDir, withImages, writeSyntheticFunsd } from './fixtures/synthetic.js';
import { runKie } from './helpers/run-kie.js';

const kie = runKie;

function close(expected: unknown): unknown {
  if (typeof expected === 'number') return expect.closeTo(expected, 12);
  if (expected && typeof expected === 'object') return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, close(v)]));
  return expected;
}

describe('kie convert', () => {
  it('FUNSD → PP-OCR KIE → X-AnyLabeling → PP-OCR KIE loses nothing both formats hold', async () => {
    const dir = await tempDir();
    await writeSyntheticFunsd(join(dir, 'funsd'));
    expect((await kie(dir, 'convert', 'funsd', 'a/train.json', '--to', 'ppocr-kie', '--images', 'copy')).code).toBe(0);
    expect((await kie(dir, 'convert', 'a/train.json', 'b', '--to', 'xanylabeling', '--images', 'copy')).code).toBe(0);
    const last = await kie(dir, 'convert', '--from', 'xanylabeling', 'b', 'c/train.json', '--to', 'ppocr-kie');
    expect(last).toMatchObject({ code: 0, out: 'read 2 documents, 11 segments as xanylabeling; wrote ppocr-kie: 2 files\n' });
    const source = await readDataset(join(dir, 'funsd'));
    const first = await readDataset(join(dir, 'a/train.json'));
    const final = await readDataset(join(dir, 'c/train.json'));
    expect(essence(first, { size: true })).toEqual(essence(source, { size: true }));
    expect(essence(final, { size: true })).toEqual(essence(source, { size: true }));
    expect(final.documents[0]?.pages[0]?.image).toBe('../b/form-a.png');
    expect(await readFile(join(dir, 'c/class_list.txt'), 'utf8')).toBe(await readFile(join(dir, 'a/class_list.txt'), 'utf8'));
  });

  it('splits train/val deterministically from a seed', async () => {
    const dir = await tempDir();
    await writeSyntheticFunsd(join(dir, 'funsd'));
    const run = await kie(dir, 'convert', 'funsd', 's1', '--to', 'kie', '--split', '0.5', '--seed', '4');
    expect(run.out).toContain('(train 1, val 1)');
    await kie(dir, 'convert', 'funsd', 's2', '--to', 'kie', '--split', '0.5', '--seed', '4');
    expect(await readFile(join(dir, 's1/train.kie.json'), 'utf8')).toBe(await readFile(join(dir, 's2/train.kie.json'), 'utf8'));
    await kie(dir, 'convert', 'funsd', 's3', '--to', 'funsd', '--split', '0.5', '--seed', '4');
    expect((await readdir(join(dir, 's3'))).sort()).toEqual(['train', 'val']);
  });

  it('maps bad format names and read-only targets to exit codes with the valid choices', async () => {
    const dir = await tempDir();
    await writeSyntheticFunsd(join(dir, 'funsd'));
    const bad = await kie(dir, 'convert', 'funsd', 'o', '--to', 'coco');
    expect(bad.code).toBe(EXIT_CODES.UNKNOWN_FORMAT);
    expect(bad.err).toContain('valid: kie, ppocr-kie, ppocrlabel, xanylabeling, xfund, funsd, sroie, paddle');
    expect((await kie(dir, 'convert', 'funsd', 'o', '--to', 'sroie')).code).toBe(EXIT_CODES.UNKNOWN_FORMAT);
    expect((await kie(dir, 'convert', 'missing', 'o', '--to', 'kie')).code).toBe(EXIT_CODES.FILE_NOT_FOUND);
  });
});

describe('kie stats', () => {
  it('prints counts as text and JSON', async () => {
    const dir = await tempDir();
    await writeSyntheticFunsd(join(dir, 'funsd'));
    const text = await kie(dir, 'stats', 'funsd');
    expect(text.out).toMatch(/segments\s+11/u);
    expect(text.out).toMatch(/question→answer\s+4/u);
    const json = JSON.parse((await kie(dir, 'stats', 'funsd', '--json')).out);
    expect(json).toMatchObject({ documents: 2, segments: 11, links: { 'question→answer': 4, 'header→question': 1 } });
  });
});

describe('kie validate', () => {
  it('reports problems with file and line, fixes what is safe, and writes back the same format', async () => {
    const dir = await tempDir();
    const dataset = await withImages(syntheticDataset(), join(dir, 'img'));
    await writeDataset(dataset, join(dir, 'l.json'), { format: 'ppocr-kie', images: 'reference' });
    const lines = (await readFile(join(dir, 'l.json'), 'utf8')).split('\n');
    // Line 2: drop the answer end of link [0, 1] and link id 2 to a missing id 9.
    const items = JSON.parse(lines[1]!.split('\t')[1]!);
    items[1].linking = [];
    items[2].linking = [[2, 3], [2, 9]];
    items[0].points[1] = [500, 20];
    lines[1] = `${lines[1]!.split('\t')[0]}\t${JSON.stringify(items)}`;
    await writeFile(join(dir, 'l.json'), lines.join('\n'));

    const report = await kie(dir, 'validate', 'l.json');
    expect(report.code).toBe(EXIT_CODES.INVALID_DATA);
    expect(report.out).toContain(`${join(dir, 'l.json')}:2: error LINK_MISSING_ID form-b.png page 1 id 2: link [2, 9] refers to id 9`);
    expect(report.out).toContain(':2: warning LINK_ONE_SIDED form-b.png page 1 id 0');
    expect(report.out).toContain(':2: warning POINT_OUTSIDE');

    const fixed = await kie(dir, 'validate', 'l.json', '--fix');
    expect(fixed.out).toContain('fixed: ');
    expect(fixed.out).toContain('added the missing end of link [0, 1]');
    expect(fixed.code).toBe(0);
    const again = await kie(dir, 'validate', 'l.json', '--json');
    expect(JSON.parse(again.out)).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('checks labels against a class list and images on disk', async () => {
    const dir = await tempDir();
    await writeDataset(syntheticDataset(), join(dir, 'l.json'), { format: 'ppocr-kie' });
    await writeFile(join(dir, 'classes.txt'), 'OTHER\nQUESTION\nANSWER\n');
    const run = await kie(dir, 'validate', 'l.json', '--labels', 'classes.txt');
    expect(run.code).toBe(EXIT_CODES.INVALID_DATA);
    expect(run.out).toContain('UNKNOWN_LABEL form-a.png page 1 id 0: unknown label "header" (valid: OTHER, QUESTION, ANSWER)');
    expect(run.out).toContain('IMAGE_MISSING form-a.png page 1: image "form-a.png" not found');
  });
});

describe('kie eval', () => {
  it('prints 1.0 everywhere for a dataset against itself', async () => {
    const dir = await tempDir();
    await writeSyntheticFunsd(join(dir, 'funsd'));
    for (const mode of ['gold', 'e2e', 'ocr']) {
      const run = await kie(dir, 'eval', '--gold', 'funsd', '--pred', 'funsd', '--mode', mode);
      expect(run.code).toBe(0);
      const scores = [...run.out.matchAll(/(precision|recall|hmean|accuracy|exact text \(matched\)) +(\d\.\d+)/gu)].map((m) => m[2]);
      expect(scores.length).toBeGreaterThan(2);
      expect(new Set(scores)).toEqual(new Set(['1.0000']));
    }
  });

  it('gives the values worked out by hand for a copy with known changes', async () => {
    const dir = await tempDir();
    await writeDataset(syntheticDataset(), join(dir, 'gold.json'), { format: 'ppocr-kie' });
    await writeDataset(alteredDataset(), join(dir, 'pred.txt'), { format: 'paddle' });
    const gold = JSON.parse((await kie(dir, 'eval', '--gold', 'gold.json', '--pred', 'pred.txt', '--json')).out);
    expect(gold).toEqual(close({ mode: 'gold', ser: EXPECTED.ser, re: EXPECTED.re }));
    const e2e = JSON.parse((await kie(dir, 'eval', '--gold', 'gold.json', '--pred', 'pred.txt', '--mode', 'e2e', '--json')).out);
    expect(e2e).toEqual(close({ mode: 'e2e', e2e: EXPECTED.e2e }));
    const ocr = JSON.parse((await kie(dir, 'eval', '--gold', 'gold.json', '--pred', 'pred.txt', '--mode', 'ocr', '--json')).out);
    expect(ocr).toEqual(close({ mode: 'ocr', ocr: EXPECTED.ocr }));
    const text = await kie(dir, 'eval', '--gold', 'gold.json', '--pred', 'pred.txt');
    expect(text.out).toContain('SER (gold OCR)         precision 0.8000  recall 0.8000  hmean 0.8000  (tp 8, gold 10, pred 10)');
    expect(text.out).toContain('RE (gold entities)     precision 0.7500  recall 0.7500  hmean 0.7500  (tp 3, gold 4, pred 4)');
  });
});
