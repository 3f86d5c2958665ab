import { describe, expect, it } from 'vitest';
import { labelledAmountText, repairAmountText } from './amount-glyphs.js';
import { findAmounts } from './normalize-amount.js';

describe('repairAmountText', () => {
  it.each([
    ['TTL CASH RH43.40', 'TTL CASH RM43.40'],
    ['RN8.80 7', 'RM8.80 7'],
    ['Rounding RMO.02', 'Rounding RM0.02'],
    ['TOTAL 1O.50', 'TOTAL 10.50'],
    ['RH 43.40', 'RM 43.40'],
    ['EUP 5,00', 'EUR 5,00'],
    ['Grand Tota1RM15 .40', 'Grand Tota1RM15.40 '],
    ['RM 3 .20 SR', 'RM 3.20  SR'],
  ])('repairs %s', (text, repaired) => {
    expect(repairAmountText(text)).toBe(repaired);
    expect(repairAmountText(text)).toHaveLength(text.length);
  });

  it.each(['NO.1, JALAN', 'TOTAL', 'TIME 14:00', 'INV NO 2O18', 'ZERO TAX AMT', 'GST 6.00', 'OO.OO', 'NO 1 .25KG', '1 .5'])('leaves %s alone', (text) => {
    expect(repairAmountText(text)).toBe(text);
  });

  it.each([
    ['14:00', '14.00'],
    ['16-00', '16.00'],
    ['179、50', '179.50'],
    ['RM 27. 00', 'RM 27.00'],
    ['700', '7.00'],
    ['TOTAL 2400', 'TOTAL 24.00'],
  ])('reads %s, known to be an amount, with its decimal point', (text, amount) => {
    expect(labelledAmountText(text)).toBe(amount);
  });

  it('finds no amount in labelled text that ends in no number', () => {
    expect(labelledAmountText('TOTAL')).toBeUndefined();
    expect(labelledAmountText('-00')).toBeUndefined();
    expect(labelledAmountText('7')).toBeUndefined();
    // A date line the model took for a total: its seconds are no cents.
    expect(labelledAmountText('09/06/2018 18:47:29')).toBeUndefined();
  });

  it('lets findAmounts see the amount with its currency', () => {
    expect(findAmounts(repairAmountText('SUBTOTAL RH43.40'))[0]).toMatchObject({ token: 'RM43.40', value: '43.40', currency: 'MYR' });
  });
});
