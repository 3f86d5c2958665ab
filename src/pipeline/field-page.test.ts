import { describe, expect, it } from 'vitest';
import { amountValues } from './field-page.js';

describe('amountValues', () => {
  it('takes no number inside a date for an amount', () => {
    expect(amountValues('2026.11.21. 07:55', false, { wholeUnits: false, spaceGrouped: false, spaceGroupedWhole: false })).toEqual([]);
    expect(amountValues('21.11.26 08:12 TOTAL 12.50', false, { wholeUnits: false, spaceGrouped: false, spaceGroupedWhole: false }).map((a) => a.value)).toEqual(['12.50']);
  });
  it('takes whole-unit amounts on a page that prices in whole units', () => {
    expect(amountValues('2 450 Ft', false, { wholeUnits: true, spaceGrouped: false, spaceGroupedWhole: false }).map((a) => a.value)).toEqual(['2 450 Ft']);
    expect(amountValues('2 450 Ft', false, { wholeUnits: false, spaceGrouped: false, spaceGroupedWhole: false })).toEqual([]);
  });
});
