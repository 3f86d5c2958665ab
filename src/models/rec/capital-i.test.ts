import { describe, expect, it } from 'vitest';
import type { OcrChar } from '../../core/ocr.js';
import { capitalIForSmallL } from './capital-i.js';

const chars = (text: string): OcrChar[] => Array.from(text, (c, i) => ({ text: c, start: i / text.length, end: (i + 1) / text.length, score: 0.9 }));
const read = (text: string): string => capitalIForSmallL(chars(text)).map((c) => c.text).join('');

describe('capitalIForSmallL', () => {
  it('reads a word-initial l before a consonant no word starts with after l, or before a capital, as I', () => {
    expect(read('34000 Fatih/lstanbul')).toBe('34000 Fatih/Istanbul');
    expect(read('De la lglesia de San Pedro')).toBe('De la Iglesia de San Pedro');
    expect(read('Buyuk lpak Yo\'li')).toBe("Buyuk Ipak Yo'li");
    expect(read('Total Sales (lnclusive of GST)')).toBe('Total Sales (Inclusive of GST)');
    expect(read('lVOICE')).toBe('IVOICE');
  });
  it('leaves l where words do start with it, inside words, units and a lone l', () => {
    for (const text of ['la lune', 'lhe', 'Ljubljana', 'llave', 'Llwyd', 'lyuk', 'milk', 'Golden', '5 lbs', '1 ltr', '0.5 l', 'l.', 'lx']) expect(read(text)).toBe(text);
  });
  it('keeps positions and scores, and gives the same array back when nothing changes', () => {
    const line = chars('lstanbul');
    const out = capitalIForSmallL(line);
    expect(out[0]).toEqual({ ...line[0], text: 'I' });
    expect(out.slice(1)).toEqual(line.slice(1));
    const untouched = chars('Istanbul');
    expect(capitalIForSmallL(untouched)).toBe(untouched);
  });
});
