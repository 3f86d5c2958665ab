import { describe, expect, it } from 'vitest';
import { textItemLines, type PdfTextItem } from './pdf-text.js';

/** An upright item of `size` px whose baseline starts at (x, y), `width` px wide. */
const item = (text: string, x: number, y: number, width: number, size = 10, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  text,
  transform: [size, 0, 0, -size, x, y],
  width,
  ascent: 0.8,
  descent: -0.2,
  ...extra,
});

describe('textItemLines', () => {
  it('joins the words of a line, putting a space where the gap is a word space and none was drawn', () => {
    const lines = textItemLines([item('Invoice', 10, 50, 35), item('No:', 48, 50, 15), item('INV-7', 63.5, 50, 25)]);
    expect(lines.map((l) => l.text)).toEqual(['Invoice No:INV-7']);
    expect(lines[0]!.points).toEqual([[10, 42], [88.5, 42], [88.5, 52], [10, 52]]);
    expect(lines[0]!.chars.map((c) => c.text).join('')).toBe('Invoice No:INV-7');
    expect(lines[0]!.chars.every((c) => c.start >= 0 && c.end <= 1 + 1e-9 && c.start <= c.end)).toBe(true);
  });

  it("starts a new line at a column's gap, a new baseline, a line end, or a much larger size", () => {
    const lines = textItemLines([
      item('Total', 10, 50, 25),
      item('$5.16', 200, 50, 25), // far to the right: the next column
      item('Springfield,', 10, 65, 55), // next baseline
      item('IL', 68, 65, 10, 10, { endOfLine: true }),
      item('62704', 80, 65, 25), // after a line end
      item('BIG', 108, 65, 40, 24), // same baseline, another size
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Total', '$5.16', 'Springfield, IL', '62704', 'BIG']);
  });

  it("lets pdf.js's blank filler items neither join nor split lines, and keeps spaces drawn inside items single", () => {
    const lines = textItemLines([item('A  B ', 10, 50, 25), item(' ', 35, 50, 150), item('$1.00', 185, 50, 25), item('', 0, 0, 0, 10, { endOfLine: true })]);
    expect(lines.map((l) => l.text)).toEqual(['A B', '$1.00']);
  });

  it('places turned text along its own direction', () => {
    // Text running down the page (turned 90° clockwise): along = +y, up = +x.
    const down: PdfTextItem = { text: 'SIDE', transform: [0, 10, 10, 0, 100, 20], width: 30, ascent: 0.8, descent: -0.2 };
    const [line] = textItemLines([down]);
    expect(line!.text).toBe('SIDE');
    expect(line!.points.map(([x, y]) => [Math.round(x), Math.round(y)])).toEqual([[108, 20], [108, 50], [98, 50], [98, 20]]);
  });

  it('skips items with no size and gives nothing for a page without text', () => {
    expect(textItemLines([item('x', 0, 0, 5, 0)])).toEqual([]);
    expect(textItemLines([])).toEqual([]);
  });
});
