import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../../core/image.js';
import type { OcrChar } from '../../core/ocr.js';
import { findBlankGaps, insertSpacesAtGaps, spreadCharSpans, type BlankGap } from './spaces.js';

/** A white 48-px-high crop with black ink columns [x0, x1) spanning rows 12..36. */
function cropWithInk(width: number, runs: ReadonlyArray<readonly [number, number]>): RgbImage {
  const data = new Uint8Array(width * 48 * 3).fill(255);
  for (const [x0, x1] of runs)
    for (let y = 12; y < 36; y++) for (let x = x0; x < x1; x++) data.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  return { width, height: 48, data };
}

const ch = (text: string, start: number, end: number): OcrChar => ({ text, start, end, score: 0.9 });

describe('findBlankGaps', () => {
  it('finds blank runs between ink, sized in ink heights, ignoring the margins', () => {
    // Ink height 24 px: gaps of 4 px (1/6) and 12 px (1/2).
    const gaps = findBlankGaps(cropWithInk(100, [[5, 20], [24, 40], [52, 90]]));
    expect(gaps.map((g) => [g.start, g.end])).toEqual([
      [0.2, 0.24],
      [0.4, 0.52],
    ]);
    expect(gaps[1]!.size).toBeCloseTo(0.5);
  });
  it('returns nothing for a blank crop', () => {
    expect(findBlankGaps(cropWithInk(50, []))).toEqual([]);
  });
});

const gap = (start: number, end: number, size: number): BlankGap => ({ start, end, size });
const text = (chars: OcrChar[]): string => chars.map((c) => c.text).join('');

describe('insertSpacesAtGaps', () => {
  it('puts a space between Latin letters that a wide gap separates', () => {
    const chars = [ch('a', 0, 0.2), ch('b', 0.2, 0.4), ch('c', 0.6, 0.8)];
    expect(text(insertSpacesAtGaps(chars, [gap(0.18, 0.2, 0.05), gap(0.42, 0.58, 0.5)]))).toBe('ab c');
  });
  it('needs a gap well above the line\'s usual letter spacing (letter-spaced print)', () => {
    const chars = [ch('a', 0, 0.2), ch('b', 0.25, 0.45), ch('c', 0.5, 0.7), ch('d', 0.75, 0.95)];
    const spaced = [gap(0.2, 0.25, 0.35), gap(0.45, 0.5, 0.35), gap(0.7, 0.75, 0.4)];
    expect(text(insertSpacesAtGaps(chars, spaced))).toBe('abcd');
  });
  it('leaves CJK joined, needs more for digits, none before punctuation', () => {
    expect(text(insertSpacesAtGaps([ch('中', 0, 0.3), ch('文', 0.6, 0.9)], [gap(0.35, 0.55, 0.9)]))).toBe('中文');
    expect(text(insertSpacesAtGaps([ch('1', 0, 0.3), ch('2', 0.6, 0.9)], [gap(0.35, 0.55, 0.4)]))).toBe('12');
    expect(text(insertSpacesAtGaps([ch('1', 0, 0.3), ch('2', 0.6, 0.9)], [gap(0.35, 0.55, 0.7)]))).toBe('1 2');
    expect(text(insertSpacesAtGaps([ch('O', 0, 0.3), ch('.', 0.6, 0.9)], [gap(0.35, 0.55, 0.9)]))).toBe('O.');
  });
  it('uses one gap for one pair only', () => {
    const chars = [ch('a', 0, 0.3), ch('b', 0.3, 0.5), ch('c', 0.7, 1)];
    expect(text(insertSpacesAtGaps(chars, [gap(0.5, 0.7, 0.6)]))).toBe('ab c');
  });
});

describe('spreadCharSpans', () => {
  it('extends CTC spikes to the midpoints between characters', () => {
    const out = spreadCharSpans([ch('a', 0.1, 0.15), ch('b', 0.5, 0.55)]);
    expect(out[0]!.end).toBeCloseTo(0.325);
    expect(out[1]!.start).toBeCloseTo(0.325);
    expect(out[0]!.start).toBeGreaterThanOrEqual(0);
    expect(out[1]!.end).toBeLessThanOrEqual(1);
  });
});
