import { describe, expect, it } from 'vitest';
import { createDataset, type KieDocument } from './document.js';
import type { Point } from './geometry.js';
import { parseDocumentSchema } from './schema-parse.js';
import { weakLabelDataset } from './weak-label-dataset.js';
import { weakLabelLines } from './weak-labels.js';

const schema = parseDocumentSchema({
  schemaVersion: 1,
  name: 'receipt',
  fields: [
    { name: 'company', multiline: true },
    { name: 'date', type: 'date', keys: ['Date'] },
    { name: 'address', multiline: true },
    { name: 'total', type: 'amount', keys: ['Total'], negativeKeys: ['Subtotal', 'Cash'] },
  ],
});

/** A line of text at row `row` (30 px rows), starting at x. */
function line(text: string, row: number, x = 10): { text: string; points: Point[] } {
  const y = 10 + row * 30;
  const w = text.length * 10;
  return { text, points: [[x, y], [x + w, y], [x + w, y + 20], [x, y + 20]] };
}

const receipt = [
  line('SUNRISE MART SDN BHD', 0), // 0
  line('NO. 12, JALAN BUNGA RAYA,', 1), // 1
  line('47300 PETALING JAYA, SELANG0R', 2), // 2 (OCR error: 0 for O)
  line('DATE: 15/03/2019 14:32', 3), // 3
  line('SUBTOTAL', 4), // 4
  line('23.10', 4, 300), // 5
  line('TOTAL', 5), // 6
  line('23.10', 5, 300), // 7
  line('CASH', 6), // 8
  line('23.10', 6, 300), // 9
];

describe('weakLabelLines', () => {
  it.each<[string, string, number[]]>([
    ['company (one line)', 'SUNRISE MART SDN BHD', [0]],
    ['address (two lines, fuzzy, spaces ignored)', 'NO.12, JALAN BUNGA RAYA, 47300 PETALING JAYA, SELANGOR', [1, 2]],
    ['date (inside a longer line)', '15/03/2019', [3]],
    ['date written differently', '2019-03-15', [3]],
    ['total (the copy next to a total key)', '23.10', [7]],
    ['total with currency', 'RM23.10', [7]],
  ])('%s', (_, value, lines) => {
    const name = _.split(' ')[0]!;
    const { labels, matches } = weakLabelLines(receipt, { [name]: value }, schema);
    expect(matches[name]?.lines).toEqual(lines);
    expect(labels.flatMap((l, i) => (l ? [i] : []))).toEqual(lines);
  });

  it('labels the final total when two keyed lines print the same amount', () => {
    const twice = [...receipt.slice(0, 8), line('NETT TOTAL', 6), line('23.10', 6, 300)];
    const { matches } = weakLabelLines(twice, { total: '23.10' }, schema);
    expect(matches.total?.lines).toEqual([9]);
  });

  it('finds a total read without its decimal point only when it is printed nowhere else', () => {
    const misread = [...receipt.slice(0, 6), line('TOTAL', 5), line('2310', 5, 300)];
    expect(weakLabelLines(misread, { total: '23.10' }, schema).matches.total?.lines).toEqual([5]);
    const only = [line('TOTAL', 5), line('2310', 5, 300)];
    expect(weakLabelLines(only, { total: '23.10' }, schema).matches.total?.lines).toEqual([1]);
  });

  it('reports values it cannot find, and never labels a line twice', () => {
    const { matches, labels } = weakLabelLines(receipt, { company: 'NOWHERE TRADING', total: '99.99', address: 'SUNRISE MART SDN BHD', date: '' }, {
      fields: schema.fields.map((f) => (f.name === 'address' ? f : f)),
    });
    expect(matches.company).toBeUndefined();
    expect(matches.total).toBeUndefined();
    expect(matches).not.toHaveProperty('date');
    expect(labels.filter((l) => l !== undefined)).toEqual(['ADDRESS']);
  });
});

describe('weakLabelDataset', () => {
  const doc = (name: string, fields: Record<string, string>, label = 'other'): KieDocument => ({
    name,
    fields,
    pages: [
      {
        image: `${name}.jpg`,
        width: 500,
        height: 300,
        segments: receipt.map((l, id) => ({ id, points: l.points, shape: { kind: 'rectangle' as const }, text: l.text, label, links: [], difficult: false })),
      },
    ],
  });
  it('labels documents with values and reports the coverage', () => {
    const { dataset, report } = weakLabelDataset(createDataset([doc('a', { company: 'SUNRISE MART SDN BHD', total: '9.99' }), doc('b', { total: '23.10' }, 'question')]), schema);
    expect(report.fields).toEqual({ company: { values: 1, found: 1 }, total: { values: 1, found: 0 } });
    expect(report.labelledLines).toEqual({ COMPANY: 1 });
    expect(report.misses).toEqual([{ document: 'a', field: 'total', value: '9.99' }]);
    // A document with labels already is left alone (gold labels are never overwritten).
    expect(dataset.documents[1]!.pages[0]!.segments[7]!.label).toBe('question');
  });
});
