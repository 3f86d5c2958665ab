import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../../core/image.js';
import type { OcrChar } from '../../core/ocr.js';
import { findCheckboxBeside, markOpeningCheckbox } from './checkboxes.js';

const chars = (text: string): OcrChar[] => Array.from(text).map((c, i, all) => ({ text: c, start: i / all.length, end: (i + 1) / all.length, score: 0.9 }));
const read = (text: string): string => markOpeningCheckbox(chars(text)).map((c) => c.text).join('');

describe('markOpeningCheckbox', () => {
  it.each([
    ['口已婚', '□已婚'],
    ['口是☑否', '□是☑否'],
    ['户口所在地', '户口所在地'], // 口 inside a word
    ['口', '口'],
    ['口 Yes', '口 Yes'], // not before a Chinese character
    ['出口口岸', '出口口岸'],
  ])('%j → %j', (text, expected) => expect(read(text)).toBe(expected));
  it('keeps the position and score of the character', () => {
    const [first] = markOpeningCheckbox(chars('口未婚'));
    expect(first).toMatchObject({ text: '□', start: 0, score: 0.9 });
  });
});

describe('findCheckboxBeside', () => {
  /** A white page 200x60 with a 20-px square outline at x 20..40, y 20..40 (2 px strokes) and, optionally, a tick inside. */
  function page(options: { tick?: boolean } = {}): RgbImage {
    const width = 200;
    const height = 60;
    const data = new Uint8Array(width * height * 3).fill(255);
    const ink = (x: number, y: number): void => {
    data.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  };
    for (let y = 20; y < 40; y++) {
      for (let x = 20; x < 40; x++) {
        const edge = x < 22 || x >= 38 || y < 22 || y >= 38;
        if (edge) ink(x, y);
      }
    }
    if (options.tick) {
      for (let k = 0; k < 8; k++) {
        ink(26 + k, 26 + k);
        ink(27 + k, 26 + k);
      }
    }
    // The line's own text: a block of ink at x 60..150.
    for (let y = 22; y < 38; y++) for (let x = 60; x < 150; x++) if (x % 6 < 3) ink(x, y);
    return { width, height, data };
  }
  const search = { line: { x0: 55, y0: 15, x1: 155, y1: 45 }, side: 'left' as const, inside: 0, others: [] };

  it('finds an empty checkbox just left of the line', () => {
    const found = findCheckboxBeside(page(), search);
    expect(found?.checked).toBe(false);
    expect(found?.box).toMatchObject({ x0: 20, y0: 20, x1: 40, y1: 40 });
  });
  it('tells a ticked box from an empty one', () => {
    expect(findCheckboxBeside(page({ tick: true }), search)?.checked).toBe(true);
  });
  it('ignores a square that belongs to another line', () => {
    expect(findCheckboxBeside(page(), { ...search, others: [{ x0: 15, y0: 15, x1: 45, y1: 45 }] })).toBeUndefined();
  });
  it('finds nothing on the right, where there is no box', () => {
    expect(findCheckboxBeside(page(), { ...search, side: 'right' })).toBeUndefined();
  });
});
