import { describe, expect, it } from 'vitest';
import { boundingBox, rectToQuad } from '../core/geometry.js';
import type { OcrLine } from '../core/ocr.js';
import { mergeLineFragments } from './merge-fragments.js';

/** A line of `text` whose box starts at x and is `width` wide, 40 px high, centred at y. */
function line(text: string, x: number, width: number, y = 100): OcrLine {
  const chars = Array.from(text).map((c, i, all) => ({ text: c, start: i / all.length, end: (i + 1) / all.length, score: 0.9 }));
  return { points: rectToQuad({ cx: x + width / 2, cy: y, width, height: 40, angle: 0 }), text, score: 0.9, detScore: 0.8, chars };
}

describe('mergeLineFragments', () => {
  it('joins single characters of a letter-spaced label', () => {
    const merged = mergeLineFragments([line('姓', 100, 40), line('名', 240, 40)]);
    expect(merged.map((l) => l.text)).toEqual(['姓名']);
    const box = boundingBox(merged[0]!.points);
    expect(box.x0).toBeCloseTo(100);
    expect(box.x1).toBeCloseTo(280);
    expect(merged[0]!.chars.map((c) => c.start)).toEqual([0, expect.closeTo(140 / 180, 5)]);
  });

  it('keeps a key beside its value, distant characters and other rows apart', () => {
    const cases = [
      [line('性别', 100, 80), line('男', 220, 40)],
      [line('A', 100, 40), line('B', 400, 40)],
      [line('A', 100, 40), line('B', 150, 40, 160)],
    ];
    for (const lines of cases) expect(mergeLineFragments(lines)).toHaveLength(2);
  });

  it('puts a space between joined Latin letters and none between digits', () => {
    expect(mergeLineFragments([line('A', 100, 30), line('B', 180, 30)])[0]!.text).toBe('A B');
    expect(mergeLineFragments([line('3', 100, 30), line('2', 180, 30)])[0]!.text).toBe('32');
  });

  it('can be widened to longer fragments', () => {
    expect(mergeLineFragments([line('性别', 100, 80), line('男', 220, 40)], { maxLongChars: 2 })).toHaveLength(1);
  });
});
