import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../core/ocr.js';
import { cutLine } from './split-lines.js';

/** A 100 × 10 px line whose characters sit at the given fractions. */
function line(text: string, spans: readonly [number, number][]): OcrLine {
  return {
    points: [
      [0, 0],
      [100, 0],
      [100, 10],
      [0, 10],
    ],
    text,
    score: 0.9,
    detScore: 0.8,
    chars: Array.from(text).map((t, i) => ({ text: t, start: spans[i]![0], end: spans[i]![1], score: 0.9 })),
  };
}

describe('cutLine', () => {
  const merged = line('姓名:张伟', [
    [0.05, 0.1],
    [0.15, 0.2],
    [0.25, 0.3],
    [0.7, 0.75],
    [0.8, 0.85],
  ]);

  it('keeps a line with no cuts', () => {
    expect(cutLine(merged, [])).toEqual([merged]);
  });

  it('cuts text and box at a character index; inner edges half a character past the peaks', () => {
    const [key, value] = cutLine(merged, [3]);
    expect(key!.text).toBe('姓名:');
    expect(value!.text).toBe('张伟');
    // Characters are 0.2 of the line apart on average: inner edges move 0.1 outwards.
    expect(key!.points[0]).toEqual([0, 0]);
    expect(key!.points[1][0]).toBeCloseTo(40, 6);
    expect(value!.points[0][0]).toBeCloseTo(60, 6);
    expect(value!.points[1]).toEqual([100, 0]);
    expect(value!.chars.map((c) => c.text)).toEqual(['张', '伟']);
    expect(value!.chars[0]!.start).toBeGreaterThan(0);
  });

  it('never crosses the middle of a narrow gap and drops blank pieces', () => {
    const tight = line('ab c', [
      [0.1, 0.2],
      [0.3, 0.4],
      [0.45, 0.5],
      [0.6, 0.7],
    ]);
    const pieces = cutLine(tight, [2, 3]);
    expect(pieces.map((p) => p.text)).toEqual(['ab', 'c']);
    expect(pieces[0]!.points[1][0]).toBeLessThanOrEqual(pieces[1]!.points[0][0] + 10);
  });
});
