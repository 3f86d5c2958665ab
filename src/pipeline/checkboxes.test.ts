import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../core/image.js';
import type { OcrLine } from '../core/ocr.js';
import { restoreCheckboxes } from './checkboxes.js';

/** A white page with a 20-px square outline at x 20..40 and a line's ink at x 60..150 (rows 20..40). */
function page(): RgbImage {
  const width = 200;
  const height = 60;
  const data = new Uint8Array(width * height * 3).fill(255);
  const ink = (x: number, y: number): void => {
    data.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  };
  for (let y = 20; y < 40; y++) for (let x = 20; x < 40; x++) if (x < 22 || x >= 38 || y < 22 || y >= 38) ink(x, y);
  for (let y = 22; y < 38; y++) for (let x = 60; x < 150; x++) if (x % 6 < 3) ink(x, y);
  return { width, height, data };
}

const line: OcrLine = {
  points: [[55, 15], [155, 15], [155, 45], [55, 45]],
  text: '清算',
  score: 0.99,
  detScore: 0.9,
  chars: [
    { text: '清', start: 0, end: 0.5, score: 0.99 },
    { text: '算', start: 0.5, end: 1, score: 0.99 },
  ],
};

describe('restoreCheckboxes', () => {
  it('opens the line with the checkbox the detector left out and grows its box over it', () => {
    const [out] = restoreCheckboxes(page(), [line]);
    expect(out!.text).toBe('□清算');
    expect(out!.points[0]![0]).toBeLessThanOrEqual(20);
    expect(out!.chars!.map((c) => c.text).join('')).toBe('□清算');
    // The old characters keep their place on the page: 清 still starts at x 55.
    const width = out!.points[1]![0] - out!.points[0]![0];
    expect(out!.points[0]![0] + out!.chars![1]!.start * width).toBeCloseTo(55, 5);
  });
  it('leaves tilted lines and lines that already open with a box alone', () => {
    const boxed: OcrLine = { ...line, text: '□清算', chars: [{ text: '□', start: 0, end: 0.3, score: 1 }, ...line.chars!] };
    expect(restoreCheckboxes(page(), [boxed])[0]).toBe(boxed);
    const tilted: OcrLine = { ...line, points: [[55, 15], [155, 35], [155, 65], [55, 45]] };
    expect(restoreCheckboxes(page(), [tilted])[0]).toBe(tilted);
  });
});
