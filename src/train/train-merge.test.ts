import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../core/ocr.js';
import { DEFAULT_SPLIT_CONFIG } from '../models/split/config.js';
import { createLineMerger, joinLines, mergeProbability } from '../pipeline/merge-lines.js';
import { createRandom } from './random.js';
import { dominantOwner, mergeExamples, trainMerge } from './train-merge.js';

/** A 20 px high line from x0 to x1 whose characters are evenly spread. */
function line(text: string, x0: number, x1: number, y = 0): OcrLine {
  const chars = Array.from(text);
  return {
    points: [
      [x0, y],
      [x1, y],
      [x1, y + 20],
      [x0, y + 20],
    ],
    text,
    score: 0.9,
    detScore: 0.9,
    chars: chars.map((t, k) => ({ text: t, start: (k + 0.3) / chars.length, end: (k + 0.7) / chars.length, score: 0.9 })),
  };
}

describe('line joining', () => {
  it('joins neighbours on one row, not lines of different rows', () => {
    expect(joinLines(line('2014 年', 0, 120), line('(肆)', 140, 200))?.text).toBe('2014 年(肆)');
    expect(joinLines(line('a', 0, 20), line('b', 0, 20, 100))).toBeUndefined();
  });

  it('takes the owner of most visible characters', () => {
    expect(dominantOwner(line('abcd', 0, 80), [1, 1, 2, 2])).toBe(-1);
    expect(dominantOwner(line('ab c', 0, 80), [1, 1, -1, 2])).toBe(1);
    expect(dominantOwner(line('abc', 0, 60), [1, 1, 1])).toBe(1);
  });

  it('learns to join digit fragments and keep a key apart from its value', () => {
    const random = createRandom(5);
    const page = (): { lines: OcrLine[]; owners: number[][] } => {
      const n = 1 + Math.floor(random() * 900);
      // A date cut by the detector (one entity) and a key with its value (two).
      const lines = [line(`${n}年`, 0, 60), line('(肆)', 75, 135), line('姓名:', 0, 80, 100), line('张伟', 130, 190, 100)];
      return { lines, owners: lines.map((l, i) => Array.from(l.chars, () => (i < 2 ? 0 : i))) };
    };
    const pages = Array.from({ length: 40 }, page);
    const model = trainMerge(
      pages.map((p) => mergeExamples(p.lines, p.owners)),
      { ...DEFAULT_SPLIT_CONFIG, buckets: 1024 },
      { epochs: 20, linesPerBatch: 64, seed: 1 },
    );
    const test = page();
    expect(mergeProbability(model, test.lines[0]!, test.lines[1]!)).toBeGreaterThan(0.5);
    expect(mergeProbability(model, test.lines[2]!, test.lines[3]!)).toBeLessThan(0.5);
    expect(createLineMerger(model, 0.5)(test.lines).map((l) => l.text)).toEqual([`${test.lines[0]!.text}(肆)`, '姓名:', '张伟']);
  });
});
