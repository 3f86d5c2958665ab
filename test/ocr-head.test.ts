/**
 * A recogniser head (rec.head) in the real OCR pipeline: the untrained head (the
 * shipped output layer restricted to Latin characters) reads pages as the
 * recogniser itself does, spaces included, and a Latin head leaves Chinese print
 * to the recogniser.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDistance } from '../src/core/text.js';
import { parseCharset } from '../src/models/rec/decode.js';
import type { RecHead } from '../src/models/rec/rec-head.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';
import { defaultOcrModelPaths } from '../src/runtime/model-paths.js';
import { startingHead } from '../src/train/rec-head-data.js';

const examples = join(import.meta.dirname, '..', 'examples');
let ocr: OcrEngine;
let head: RecHead;

beforeAll(async () => {
  ocr = await createOcr({ threads: 1 });
  const paths = defaultOcrModelPaths();
  head = await startingHead(paths.rec, parseCharset(await readFile(paths.dict, 'utf8')).chars);
});
afterAll(async () => ocr?.release());

describe('OCR with a recogniser head', () => {
  it.each(['receipt.jpg', 'form-en.png', 'form-zh.png'])('reads %s with the untrained head as without it', async (file) => {
    const plain = await ocr.recognize(join(examples, file));
    const withHead = await ocr.recognize(join(examples, file), { rec: { head } });
    const text = (page: typeof plain): string => page.lines.map((l) => l.text).join('\n');
    expect(withHead.lines.length).toBe(plain.lines.length);
    expect(editDistance(text(withHead), text(plain))).toBeLessThanOrEqual(Math.ceil(text(plain).length * 0.01));
    if (file !== 'form-zh.png') expect(text(withHead)).toMatch(/ /u);
    else expect(text(withHead)).toMatch(/\p{Script=Han}{4}/u);
  });

  it('rejects a head that does not fit the recogniser', async () => {
    const wrong: RecHead = { ...head, inputSize: 3, weights: new Float32Array(3 * head.chars.length) };
    await expect(ocr.recognize(join(examples, 'receipt.jpg'), { rec: { head: wrong } })).rejects.toThrow(/rec\.head reads 3 features per frame, the recogniser gives 120/u);
  });
});
