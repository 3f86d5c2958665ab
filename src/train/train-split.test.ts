import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../core/ocr.js';
import { DEFAULT_SPLIT_CONFIG } from '../models/split/config.js';
import { splitCandidates } from '../models/split/features.js';
import { predictSplits } from '../models/split/predict.js';
import { createRandom } from './random.js';
import { alignChars, splitExample } from './split-align.js';
import { trainSplit } from './train-split.js';

/** A line at y 0..20 from x0 whose characters are 20 px wide, with `gapAt` extra px before character `gapAt.k`. */
function line(text: string, x0 = 0, gap?: { k: number; px: number }): OcrLine {
  const chars = Array.from(text);
  const xs: number[] = [];
  let x = x0;
  chars.forEach((_, k) => {
    if (gap && k === gap.k) x += gap.px;
    xs.push(x);
    x += 20;
  });
  const x1 = x;
  const width = x1 - x0;
  return {
    points: [
      [x0, 0],
      [x1, 0],
      [x1, 20],
      [x0, 20],
    ],
    text,
    score: 1,
    detScore: 1,
    chars: chars.map((t, k) => ({ text: t, start: (xs[k]! - x0 + 6) / width, end: (xs[k]! - x0 + 10) / width, score: 1 })),
  };
}

const rect = (x0: number, x1: number): { points: [number, number][] } => ({
  points: [
    [x0, 0],
    [x1, 0],
    [x1, 20],
    [x0, 20],
  ],
});

describe('split alignment', () => {
  it('gives each character the gold box that holds it and marks the boundary', () => {
    const l = line('姓名:张伟');
    const owner = alignChars(l, [rect(0, 60), rect(60, 100)]);
    expect(owner).toEqual([0, 0, 0, 1, 1]);
    expect(splitExample(l, owner)).toMatchObject({ candidates: [1, 2, 3, 4], targets: [0, 0, 1, 0] });
  });

  it('never proposes a cut right after a space or at the ends', () => {
    expect(splitCandidates(line('ab c'))).toEqual([1, 2]);
    expect(splitCandidates(line('T:14:32'))).toEqual([1, 2, 3, 4, 6]);
    expect(splitExample(line('abc'), [-1, -1, 0])).toBeUndefined();
  });
});

describe('line-split training', () => {
  const KEYS = ['姓名:', '日期:', 'Name:', 'Total', '电话', '地址:'];
  const VALUES = ['张伟', '2024年3月8日', 'Jane Doe', '12.50', '13812345678', '北京市'];
  /** A key and a value on one line (cut after the key), or a lone value (no cut); keys without `:` are followed by a gap. */
  function example(random: () => number): { line: OcrLine; cut: number | undefined } {
    const key = KEYS[Math.floor(random() * KEYS.length)]!;
    const value = VALUES[Math.floor(random() * VALUES.length)]!;
    if (random() < 0.3) return { line: line(value), cut: undefined };
    const k = Array.from(key).length;
    return { line: line(key + value, 0, key.endsWith(':') ? undefined : { k, px: 40 }), cut: k };
  }
  const random = createRandom(3);
  const examples = Array.from({ length: 400 }, () => example(random));
  const train = examples.slice(0, 300).flatMap(({ line: l, cut }) => {
    const owner = Array.from(l.chars, (_, k) => (cut !== undefined && k >= cut ? 1 : 0));
    const e = splitExample(l, owner);
    return e ? [e] : [];
  });

  it('learns to cut after keys and nowhere in values, deterministically', () => {
    const config = { ...DEFAULT_SPLIT_CONFIG, buckets: 2048 };
    const options = { epochs: 6, linesPerBatch: 16, seed: 1 };
    const model = trainSplit(train, config, options);
    let right = 0;
    for (const { line: l, cut } of examples.slice(300)) {
      if (JSON.stringify(predictSplits(model, l)) === JSON.stringify(cut === undefined ? [] : [cut])) right++;
    }
    expect(right / 100).toBeGreaterThan(0.95);
    const again = trainSplit(train, config, options);
    expect(Array.from(again.params.w2)).toEqual(Array.from(model.params.w2));
  });
});
