import { describe, expect, it } from 'vitest';
import { canonicalNumber, currencyNamed, findAmounts, isLoneSpaceGrouped, isLoneSpaceGroupedWhole, normalizeAmount, normalizePhone } from './normalize-amount.js';

describe('normalizeAmount', () => {
  it.each([
    ['RM 23.10', { value: '23.10', currency: 'MYR' }],
    ['RM23.10', { value: '23.10', currency: 'MYR' }],
    ['$1,234.50', { value: '1234.50', currency: '$' }],
    ['23,10 €', { value: '23.10', currency: 'EUR' }],
    ['1.234,50 EUR', { value: '1234.50', currency: 'EUR' }],
    ['¥88.5', { value: '88.50', currency: 'CNY' }],
    ['1,280円', { value: '1280', currency: 'JPY' }],
    ['Rp 45.000', { value: '45000', currency: 'IDR' }],
    ['Rs. 472.50', { value: '472.50', currency: 'INR' }],
    ['HK$ 88.00', { value: '88.00', currency: 'HKD' }],
    ['A$12.50', { value: '12.50', currency: 'AUD' }],
    ['AUD 12.50', { value: '12.50', currency: 'AUD' }],
    ['CHF 12.50', { value: '12.50', currency: 'CHF' }],
    ['149,00 SEK', { value: '149.00', currency: 'SEK' }],
    ['฿120.00', { value: '120.00', currency: 'THB' }],
    ['JOD 11.426', { value: '11.426', currency: 'JOD' }], // dinars are counted in thousandths
    ['1,250.500 KWD', { value: '1250.500', currency: 'KWD' }],
    ['107.25 GEL', { value: '107.25', currency: 'GEL' }],
    ['-5.59', { value: '-5.59' }],
    ['(5.59)', { value: '-5.59' }],
    ['23.10', { value: '23.10' }],
    ['TOTAL', undefined],
  ])('%j → %j', (text, expected) => expect(normalizeAmount(text)).toEqual(expected));
});

describe('canonicalNumber', () => {
  it.each([
    ['1,234.50', '1234.50'],
    ['23,10', '23.10'],
    ['1.234', '1234'],
    ['007.5', '7.50'],
    ['12a', undefined],
  ])('%j → %j', (text, expected) => expect(canonicalNumber(text)).toBe(expected));

  it('reads three decimals when told the currency counts in thousandths', () => {
    expect(canonicalNumber('11.426', 3)).toBe('11.426');
    expect(canonicalNumber('11.426')).toBe('11426');
    expect(canonicalNumber('1,250.500', 3)).toBe('1250.500');
    expect(canonicalNumber('9.85', 3)).toBe('9.85');
  });
});

describe('findAmounts (space-grouped pages)', () => {
  it('reads a lone space-grouped number with cents as one amount, and any such number on a page that prints one', () => {
    expect(isLoneSpaceGrouped('13 200,00')).toBe(true);
    expect(isLoneSpaceGrouped('2 450')).toBe(false);
    expect(isLoneSpaceGrouped('TOTAL 13 200,00')).toBe(false);
    // Fiscal printers of the former USSR print an equals sign before their amounts.
    expect(isLoneSpaceGrouped('=7 150,00')).toBe(true);
    expect(findAmounts('=7 150,00')).toMatchObject([{ text: '7 150,00', value: '7150.00' }]);
    expect(findAmounts('18 812,50')).toMatchObject([{ text: '18 812,50', value: '18812.50', index: 0 }]);
    expect(findAmounts('Totalt NOK 18 812,50').map((a) => a.value)).toEqual(['18', '812.50']);
    expect(findAmounts('Totalt NOK 18 812,50', { spaceGrouped: true })).toMatchObject([{ text: '18 812,50', value: '18812.50', index: 11 }]);
    // Whole numbers, and cents after a point, stay a quantity and a price even there.
    expect(findAmounts('2 450', { spaceGrouped: true }).map((a) => a.value)).toEqual(['2', '450']);
    expect(findAmounts('2 100.00', { spaceGrouped: true }).map((a) => a.value)).toEqual(['2', '100.00']);
  });
  it('reads whole numbers grouped by spaces as one amount on a page priced so, and a value that is only one', () => {
    expect(isLoneSpaceGroupedWhole('105 400')).toBe(true);
    expect(isLoneSpaceGroupedWhole('-3 162')).toBe(true);
    expect(isLoneSpaceGroupedWhole('105 400,00')).toBe(false);
    expect(isLoneSpaceGroupedWhole("JAMI TO'LOV 102 238")).toBe(false);
    expect(findAmounts("JAMI TO'LOV 102 238").map((a) => a.value)).toEqual(['102', '238']);
    expect(findAmounts("JAMI TO'LOV 102 238", { spaceGroupedWhole: true })).toMatchObject([{ text: '102 238', value: '102238', index: 12 }]);
    expect(findAmounts('Chegirma -3 162', { spaceGroupedWhole: true }).map((a) => a.value)).toEqual(['-3162']);
    expect(normalizeAmount('102 238')).toEqual({ value: '102238' });
  });
});

describe('findAmounts', () => {
  it('reads thousands grouped by spaces only where a currency mark follows (else a quantity and a price)', () => {
    expect(findAmounts('OSSZESEN 2 450 Ft')).toMatchObject([{ text: '2 450 Ft', value: '2450', currency: 'HUF', index: 9 }]);
    expect(findAmounts('1 234,50 zł')).toMatchObject([{ value: '1234.50', currency: 'PLN' }]);
    expect(findAmounts('2 100.00').map((a) => a.value)).toEqual(['2', '100.00']);
    expect(findAmounts('550 Ft 2 450 Ft').map((a) => a.value)).toEqual(['550', '2450']);
  });
  it('takes no number hyphened between letters (part of a name) for an amount', () => {
    expect(findAmounts('Baga toiruu-14,1-r khoroo')).toEqual([]);
    expect(findAmounts('TOTAL -14.10').map((a) => a.value)).toEqual(['-14.10']);
  });

  it('takes no digits hyphenated to more digits (an id, a phone number) for an amount', () => {
    expect(findAmounts('RUT 76.123.456-7')).toEqual([]);
    expect(findAmounts('12345678-2-41')).toEqual([]);
    expect(findAmounts('DISCOUNT -5.00').map((a) => a.value)).toEqual(['-5.00']);
  });
  it('takes no quantity with its unit apart for an amount, but keeps a price with a letter after it', () => {
    expect(findAmounts('Uje Glina 0.5 L')).toEqual([]);
    expect(findAmounts('1,240 kg x 1,99').map((a) => a.value)).toEqual(['1.99']);
    expect(findAmounts('Mleko 250 ml 1,19').map((a) => a.value)).toEqual(['1.19']);
    expect(findAmounts('5.00 L').map((a) => a.value)).toEqual(['5.00']);
  });
  it('reads the CFA franc and the currency codes that are no English word', () => {
    expect(findAmounts('TOTAL TTC 20 650 F CFA')).toMatchObject([{ text: '20 650 F CFA', value: '20650', currency: 'FCFA' }]);
    expect(findAmounts('Total 4 520,00 CRC')).toMatchObject([{ value: '4520.00', currency: 'CRC' }]);
    expect(findAmounts('Total BZ$27.00')).toMatchObject([{ value: '27.00', currency: 'BZD' }]);
    expect(findAmounts('BALL PEN 2.50')[0]?.currency).toBeUndefined();
  });
  it('skips numbers glued to letters and percentages', () => {
    expect(findAmounts('EGGS 10PCS A123 10.00% 5.90').map((a) => a.value)).toEqual(['5.90']);
  });
  it('finds an amount whose currency mark follows a skipped number glued to letters', () => {
    expect(findAmounts('Grand Tota1RM15.40')).toMatchObject([{ text: 'RM15.40', index: 11, value: '15.40', currency: 'MYR' }]);
    expect(findAmounts('Tota1 RM15.40').map((a) => a.text)).toEqual(['RM15.40']);
    // A digit read apart from its word (`Tota 1`) does not take the mark glued to the amount after it.
    expect(findAmounts('Grand Tota 1RM14.20')).toMatchObject([{ text: 'RM14.20', index: 12, value: '14.20', currency: 'MYR' }]);
    expect(findAmounts('12 RM').map((a) => a.currency)).toEqual(['MYR']);
  });
  it('keeps the currency in the printed text', () => {
    expect(findAmounts('TOTAL RM 60.30')[0]).toMatchObject({ text: 'RM 60.30', number: '60.30', currency: 'MYR' });
  });
});

describe('currencyNamed', () => {
  it.each([
    ['Summe EUR', 'EUR'],
    ['TOTAL (RM)', 'MYR'],
    ['Amount Due USD', 'USD'],
    ['合计(元)', 'CNY'],
    ['FARM FRESH', undefined],
    ['ROOM 12', undefined],
    ['TOTAL RM14.20', undefined], // a mark on a number is the number's (findAmounts)
    ['42,950 DT', 'TND'], // a dinar's abbreviation standing apart
    ['TOTAL KD', 'KWD'],
    ['TOTAL K.D.', 'KWD'], // dotted, as Kuwait prints it
    ['Total R.O.', 'OMR'],
    ['P.R.O. 12', undefined], // ...not inside a longer dotted abbreviation
    ['LINDT DT125', undefined], // ...but not glued to a number: an item code
  ])('%j → %j', (text, code) => expect(currencyNamed(text)).toBe(code));
});

describe('normalizePhone', () => {
  it.each([
    ['TEL: 03-7865 4321', '0378654321'],
    ['+60 (3) 7865-4321', '+60378654321'],
    ['Tel 12345', undefined],
  ])('%j → %j', (text, expected) => expect(normalizePhone(text)).toBe(expected));
});
