import { describe, expect, it } from 'vitest';
import { isOcrJson, parseOcrPage } from './extract-inputs.js';
import { segmentsFromPage } from './kie-input.js';

const square = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe('kie ocr JSON as extract input', () => {
  it.each([
    [{ width: 1, height: 1, lines: [] }, true],
    [[{ file: 'a.png', width: 1, height: 1, lines: [] }], true],
    [{ schemaVersion: 1, documents: [] }, false],
    [[], false],
    ['text', false],
  ])('isOcrJson(%j) is %s', (value, expected) => {
    expect(isOcrJson(value)).toBe(expected);
  });

  it('reads lines with and without chars, defaulting scores', () => {
    const page = parseOcrPage(
      {
        width: 100,
        height: 50,
        lines: [
          { points: square, text: 'Name:', score: 0.9, chars: [{ text: 'N', start: 0, end: 0.1, score: 0.8 }] },
          { points: [0, 20, 30, 40], text: 'Jane' },
        ],
      },
      'ocr.json',
    );
    expect(page.lines[0]).toMatchObject({ text: 'Name:', score: 0.9, detScore: 0.9, chars: [{ text: 'N', start: 0, end: 0.1 }] });
    expect(page.lines[1]).toMatchObject({ score: 1, chars: [], points: [[0, 20], [30, 20], [30, 40], [0, 40]] });
  });

  it('names the broken field', () => {
    expect(() => parseOcrPage({ width: 1, height: 1, lines: [{ points: 'x', text: 'a' }] }, 'ocr.json')).toThrow(/ocr\.json\.lines\[0\]\.points/u);
  });
});

describe('segments of a given page', () => {
  const seg = (id: number, y: number, links: [number, number][] = []) => ({ id, points: square.map(([x, yy]) => [x!, yy! + y] as const), text: `s${id}`, links });
  it('keeps ids and gives the reading order', () => {
    const page = segmentsFromPage({ width: 10, height: 100, segments: [seg(7, 50), seg(3, 0, [[3, 7]])] });
    expect(page.segments.map((s) => s.id)).toEqual([7, 3]);
    expect(page.order).toEqual([3, 7]);
  });
  it.each([
    [[seg(1, 0), seg(1, 20)], /id 1 is used twice/u],
    [[seg(1, 0, [[1, 9]])], /links to id 9/u],
  ])('refuses broken ids (%#)', (segments, message) => {
    expect(() => segmentsFromPage({ width: 10, height: 100, segments })).toThrow(message);
  });
});
