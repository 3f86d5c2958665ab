import { describe, expect, it } from 'vitest';
import type { OcrChar } from '../../core/ocr.js';
import { charsWithinLine } from './line-span.js';

/** Characters of equal width laid out from `from` to `to` (crop fractions). */
function layout(text: string, from: number, to: number): OcrChar[] {
  const step = (to - from) / text.length;
  return [...text].map((t, i) => ({ text: t, start: from + i * step, end: from + (i + 1) * step, score: 0.9 }));
}

describe('charsWithinLine', () => {
  it('keeps a comma just past the line end and maps positions to the line', () => {
    const chars = layout('ABCD,', 0, 1); // the line is the first 80% of the crop
    const { chars: kept, spaceProbs } = charsWithinLine(chars, [0.1, 0.2, 0.3, 0.4], { start: 0, share: 0.8 });
    expect(kept.map((c) => c.text).join('')).toBe('ABCD,');
    expect(kept[3]!.end).toBeCloseTo(1);
    expect(kept[4]!.start).toBe(1);
    expect(spaceProbs).toEqual([0.1, 0.2, 0.3, 0.4]);
  });
  it('drops neighbouring letters read in the extra room, and whatever follows them', () => {
    const chars = layout('ABCDX.', 0, 1);
    const { chars: kept, spaceProbs } = charsWithinLine(chars, [0.1, 0.2, 0.3, 0.4, 0.5], { start: 0, share: 0.7 });
    expect(kept.map((c) => c.text).join('')).toBe('ABCD');
    expect(spaceProbs).toEqual([0.1, 0.2, 0.3]);
  });
  it('drops what lies before the line when the crop was turned and the extra room is at its front', () => {
    const chars = layout('X,ABCD', 0, 1);
    const { chars: kept, spaceProbs } = charsWithinLine(chars, [0.1, 0.2, 0.3, 0.4, 0.5], { start: 1 / 3, share: 2 / 3 });
    expect(kept.map((c) => c.text).join('')).toBe('ABCD');
    expect(kept[0]!.start).toBeCloseTo(0);
    expect(spaceProbs).toEqual([0.3, 0.4, 0.5]);
  });
  it('keeps nothing past the end of a line that read as empty', () => {
    expect(charsWithinLine(layout(',', 0.9, 1), [], { start: 0, share: 0.8 }).chars).toEqual([]);
  });
});
