import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './schema.js';
import { findKey, keyEvidence, type TextLine } from './field-keys.js';

describe('findKey', () => {
  const keys = ['Total', 'Grand Total', 'Amount', 'Date'];

  it('finds the longest key as a whole word, ignoring case and spacing', () => {
    expect(findKey('Grand  total: 23.10', keys)).toEqual({ key: 'GRAND TOTAL', index: 0, end: 11 });
    expect(findKey('SUBTOTAL 23.10', keys)).toBeUndefined();
    expect(findKey('TOTALLY', keys)).toBeUndefined();
  });

  it('meets keys read with look-alike characters, offsets as in the line', () => {
    expect(findKey('Grand Tota1 RM15.40', keys)).toEqual({ key: 'GRAND TOTAL', index: 0, end: 11 });
    expect(findKey('Anount Incl. GST 5.00', keys)?.key).toBe('AMOUNT');
    expect(findKey('TOTAI 5.00', keys)?.key).toBe('TOTAL');
  });

  it('meets a key whether its letters are read with their diacritics or without', () => {
    const polish = ['Do zapłaty', 'Rückgeld'];
    expect(findKey('DO ZAPLATY 15,77', polish)).toEqual({ key: 'DO ZAPŁATY', index: 0, end: 10 });
    expect(findKey('Do zapłaty: 15,77', polish)?.key).toBe('DO ZAPŁATY');
    expect(findKey('RUCKGELD 4,00', polish)?.key).toBe('RÜCKGELD');
    expect(findKey('Total à payer 8,00', ['A payer'])?.key).toBe('A PAYER');
    // A letter with a mark is still a letter: no key ends inside `PAYÉS`.
    expect(findKey('PAYÉS 8,00', ['Paye'])).toBeUndefined();
    // Vietnamese letters carry two marks and live in Latin Extended Additional.
    expect(findKey('TONG CONG 145.000', ['Tổng cộng'])).toEqual({ key: 'TỔNG CỘNG', index: 0, end: 9 });
    expect(findKey('Tiền thừa 55.000', ['Tien thua'])?.key).toBe('TIEN THUA');
  });

  it('finds a key with its value read onto it, but not inside a longer word', () => {
    expect(findKey('Grand Tota1RM15.40', keys)).toEqual({ key: 'GRAND TOTAL', index: 0, end: 11 });
    expect(findKey('TOTAL15.40', keys)?.key).toBe('TOTAL');
    expect(findKey('TOTALS 5', keys)).toBeUndefined();
    // Digits inside a number stay digits: `1O` is not a word.
    expect(findKey('DATE10/05/2018', keys)?.key).toBe('DATE');
  });

  it('finds a key read with spaces inside it or without its own, but still as whole words', () => {
    expect(findKey('Grand Tota 1RM14.20', keys)).toEqual({ key: 'GRAND TOTAL', index: 0, end: 12 });
    expect(findKey('GRANDTOTAL 5.00', keys)).toEqual({ key: 'GRAND TOTAL', index: 0, end: 10 });
    expect(findKey('T OTAL: 5.00', keys)?.key).toBe('TOTAL');
    expect(findKey('SUB TOTAL 5.00', keys)?.key).toBe('TOTAL');
    expect(findKey('SUBT OTAL 5.00', keys)).toBeUndefined();
    expect(findKey('TOTA LLY', keys)).toBeUndefined();
  });

  it('keeps the search before a limit, reading look-alikes in the whole line', () => {
    // The `1` before `RM` is an `L` only beside the `R`, which the limit (where the amount starts) leaves out.
    expect(findKey('Grand Tota 1RM14.20', keys, 12)).toEqual({ key: 'GRAND TOTAL', index: 0, end: 12 });
    expect(findKey('Grand Tota 1RM14.20', keys, 8)).toBeUndefined();
  });
});

describe('keyEvidence', () => {
  const total = { name: 'total', keys: ['Total'], negativeKeys: [] } as unknown as FieldSpec;
  const at = (text: string, x: number, width = 60): TextLine => ({ text, points: [[x, 100], [x + width, 100], [x + width, 120], [x, 120]] });
  it('reads a key to the left past a count, but not past a price: that price is the value of the key', () => {
    expect(keyEvidence([at('TOTAL QTY:', 0, 90), at('5', 100, 10), at('87.45', 200)], 2, { ...total, negativeKeys: ['Total Qty'] }).score).toBe(-0.8);
    expect(keyEvidence([at('TOTAL :', 0), at('341.00', 100), at('20.46', 200)], 1, total).score).toBe(0.8);
    expect(keyEvidence([at('TOTAL :', 0), at('341.00', 100), at('20.46', 200)], 2, total).score).toBe(0);
    expect(keyEvidence([at('TOTAL :', 0), at('3', 100, 10), at('20.46', 200)], 2, total).score).toBe(0.8);
  });
});
