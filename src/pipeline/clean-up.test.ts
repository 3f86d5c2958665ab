import { describe, expect, it } from 'vitest';
import { KieError } from '../core/errors.js';
import type { Affine } from '../core/image-transform.js';
import type { OcrPage } from '../core/ocr.js';
import { DEFAULT_CLEANUP, pageInReadFrame, parseCleanupSpec, withCleanup } from './clean-up.js';
import type { OcrEngine } from './ocr.js';

describe('parseCleanupSpec', () => {
  const none = { orientation: false, deskew: false, contrast: false, denoise: false };
  it.each<[string, object]>([
    ['none', none],
    ['default', DEFAULT_CLEANUP],
    ['all', { orientation: true, deskew: true, contrast: true, denoise: true }],
    ['contrast', { ...none, contrast: true }],
    ['all,no-denoise', { orientation: true, deskew: true, contrast: true, denoise: false }],
    ['deskew, contrast', { ...none, deskew: true, contrast: true }],
  ])('%j', (spec, expected) => expect(parseCleanupSpec(spec)).toEqual(expected));

  it('names the valid steps', () => {
    expect(() => parseCleanupSpec('sharpen')).toThrow(KieError);
    expect(() => parseCleanupSpec('sharpen')).toThrow(/valid: default, none, all, orientation, deskew, contrast, denoise/u);
  });
});

describe('read frames', () => {
  // A 100x50 page turned a quarter clockwise into a 50x100 input: upright (x, y) sits at input (49 - y, x).
  const toInput: Affine = [0, -1, 49, 1, 0, 0];
  const timings = { decode: 0, detection: 0, classification: 0, recognition: 0, total: 0 };
  const line = { text: 'TOTAL', score: 0.9, detScore: 0.9, chars: [] };

  it('gives layout stages the page upright, as clean-up read it', () => {
    const read: OcrPage = {
      width: 50,
      height: 100,
      lines: [{ ...line, points: [[39, 10], [39, 60], [29, 60], [29, 10]] }],
      timings,
      readFrame: { width: 100, height: 50, toInput },
    };
    const upright = pageInReadFrame(read);
    expect([upright.width, upright.height]).toEqual([100, 50]);
    expect(upright.lines[0]!.points).toEqual([[10, 10], [60, 10], [60, 20], [10, 20]]);
    expect(upright.readFrame).toBeUndefined();
  });

  it('leaves a page read as given alone, and withCleanup marks none when nothing moved', async () => {
    const page: OcrPage = { width: 10, height: 10, lines: [], timings };
    expect(pageInReadFrame(page)).toBe(page);
    const engine: OcrEngine = { recognize: async () => page, release: async () => {} };
    const blank = { width: 10, height: 10, data: new Uint8Array(300).fill(255) };
    const read = await withCleanup(engine, { ...DEFAULT_CLEANUP, orientation: false, contrast: true }).recognize(blank);
    expect(read.readFrame).toBeUndefined();
  });
});
