/**
 * Words re-read against a lexicon (rec.lexicon) in the real OCR pipeline: a page
 * whose words the lexicon knows reads as without one; a word it lacks becomes a
 * known word only when the recogniser's frames allow it, and a mark after a
 * token changes only when they allow it; Chinese print is left alone; and the
 * receipts model's manifest turns it on.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon, type Lexicon } from '../src/core/lexicon.js';
import type { MarkCounts } from '../src/core/word-marks.js';
import type { OcrPage } from '../src/core/ocr.js';
import { createKieModel, modelOcrSettings } from '../src/models/kie/kie-model.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';

const examples = join(import.meta.dirname, '..', 'examples');
const textOf = (page: OcrPage): string[] => page.lines.map((l) => l.text);
let ocr: OcrEngine;
let plain: OcrPage;

beforeAll(async () => {
  ocr = await createOcr({ threads: 1 });
  plain = await ocr.recognize(join(examples, 'receipt.jpg'));
});
afterAll(async () => ocr?.release());

/** The first word of at least `length` capital letters read on the page, and its line. */
function firstWord(page: OcrPage, length: number): { word: string; line: number } {
  for (const [line, l] of page.lines.entries()) {
    const word = l.text.split(' ').find((w) => new RegExp(`^[A-Z]{${length},}$`, 'u').test(w));
    if (word) return { word, line };
  }
  throw new Error('no word');
}

describe('OCR with a lexicon', () => {
  it('reads a page whose words the lexicon knows exactly as without one', async () => {
    const lexicon = buildLexicon(textOf(plain));
    expect(textOf(await ocr.recognize(join(examples, 'receipt.jpg'), { rec: { lexicon } }))).toEqual(textOf(plain));
  });

  it('takes a known word the frames allow for an unknown one, and only that word', async () => {
    const { word, line } = firstWord(plain, 5);
    // The lexicon lacks the word read and knows, very often, the same word with its last letter doubled: the
    // frames give that little probability, but not none, so only an enormous count can outweigh them.
    const variant = word + word[word.length - 1];
    const others = textOf(plain).flatMap((t) => t.split(' ')).filter((w) => w !== word);
    const heavy: Lexicon = { counts: new Map([...buildLexicon(others).counts, [variant, 1e30]]) };
    const read = textOf(await ocr.recognize(join(examples, 'receipt.jpg'), { rec: { lexicon: heavy } }));
    expect(read[line]).toContain(variant);
    expect(read.filter((t, i) => t !== textOf(plain)[i]).every((t) => t.includes(variant))).toBe(true);
    // The same word at an ordinary count is not enough against the frames.
    const light: Lexicon = { counts: new Map([...buildLexicon(others).counts, [variant, 50]]) };
    expect(textOf(await ocr.recognize(join(examples, 'receipt.jpg'), { rec: { lexicon: light } }))).toEqual(textOf(plain));
  });

  it('swaps a printed comma for a full stop only when the count of texts outweighs the frames', async () => {
    const lineWithComma = textOf(plain).findIndex((t) => /\b12, /u.test(t));
    expect(lineWithComma).toBeGreaterThanOrEqual(0);
    const base = buildLexicon(textOf(plain));
    const insisting = (count: number): Lexicon => ({ ...base, marks: new Map<string, MarkCounts>([...base.marks!, ['12', [0, 0, count, 0, 0, 0]]]) });
    const heavy = textOf(await ocr.recognize(join(examples, 'receipt.jpg'), { rec: { lexicon: insisting(1e30) } }));
    expect(heavy[lineWithComma]).toBe(textOf(plain)[lineWithComma]!.replace('12,', '12.'));
    expect(heavy.filter((t, i) => t !== textOf(plain)[i])).toHaveLength(1);
    expect(textOf(await ocr.recognize(join(examples, 'receipt.jpg'), { rec: { lexicon: insisting(50) } }))).toEqual(textOf(plain));
  });

  it('leaves Chinese print alone', async () => {
    const zh = await ocr.recognize(join(examples, 'form-zh.png'));
    const lexicon = buildLexicon(['姓名 地址']);
    expect(textOf(await ocr.recognize(join(examples, 'form-zh.png'), { rec: { lexicon } }))).toEqual(textOf(zh));
  });

  it('is what the receipts model reads with', async () => {
    const model = await createKieModel(join(import.meta.dirname, '..', 'models', 'receipts'));
    expect(model.manifest.ocr?.rereadWords).toBe(true);
    expect(modelOcrSettings(model)?.rec.lexicon).toBe(model.lexicon);
    expect(model.lexicon?.marks?.get('JAYA')?.[1]).toBeGreaterThan(10);
  });
});
