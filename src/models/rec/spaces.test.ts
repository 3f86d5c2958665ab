import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../../core/image.js';
import type { OcrChar } from '../../core/ocr.js';
import { findBlankGaps, insertSpacesAtGaps, spreadCharSpans } from './spaces.js';

/** A white 48-px-high crop with black ink columns [x0, x1) spanning rows 12..36. */
function cropWithInk(width: number, runs: ReadonlyArray<readonly [number, number]>): RgbImage {
  const data = new Uint8Array(width * 48 * 3).fill(255);
  for (const [x0, x1] of runs)
    for (let y = 12; y < 36; y++) for (let x = x0; x < x1; x++) data.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  return { width, height: 48, data };
}

const ch = (text: string, start: number, end: number): OcrChar => ({ text, start, end, score: 0.9 });

describe('findBlankGaps', () => {
  it('finds blank runs at least minGap × ink height wide, ignoring the margins', () => {
    // Ink height 24 px: minGap 0.3 → 7.2 px. Gaps: 4 px (too narrow), 12 px (kept).
    const gaps = findBlankGaps(cropWithInk(100, [[5, 20], [24, 40], [52, 90]]), 0.3);
    expect(gaps).toEqual([[0.4, 0.52]]);
  });
  it('returns nothing for a blank crop', () => {
    expect(findBlankGaps(cropWithInk(50, []), 0.3)).toEqual([]);
  });
});

describe('insertSpacesAtGaps', () => {
  it('puts a space between Latin letters that a gap separates', () => {
    const chars = [ch('a', 0, 0.2), ch('b', 0.2, 0.4), ch('c', 0.6, 0.8)];
    const out = insertSpacesAtGaps(chars, [[0.42, 0.58]]);
    expect(out.map((c) => c.text).join('')).toBe('ab c');
  });
  it('leaves CJK and digit runs joined', () => {
    expect(insertSpacesAtGaps([ch('中', 0, 0.3), ch('文', 0.6, 0.9)], [[0.35, 0.55]]).length).toBe(2);
    expect(insertSpacesAtGaps([ch('1', 0, 0.3), ch('2', 0.6, 0.9)], [[0.35, 0.55]]).length).toBe(2);
  });
  it('uses one gap for one pair only', () => {
    const chars = [ch('a', 0, 0.3), ch('b', 0.3, 0.5), ch('c', 0.7, 1)];
    expect(insertSpacesAtGaps(chars, [[0.5, 0.7]]).map((c) => c.text).join('')).toBe('ab c');
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
