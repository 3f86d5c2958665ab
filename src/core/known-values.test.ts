import { describe, expect, it } from 'vitest';
import { buildKnownValues, formatKnownValues, longestEditRow, matchKnownValue, parseKnownValues, slipDistance } from './known-values.js';

const companies = [
  'AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD',
  'MR. D.I.Y. (M) SDN BHD',
  'MR. D.I.Y. (KUCHAI) SDN BHD',
  'ONE ONE THREE SEAFOOD RESTAURANT SDN BHD',
];

describe('buildKnownValues', () => {
  it('keeps distinct values per field, white space collapsed, most frequent first', () => {
    const known = buildKnownValues(
      [
        { company: 'NO.1, JALAN A', total: '1.00' },
        { company: 'NO. 1, JALAN A' },
        { company: 'NO. 1,  JALAN A', address: '' },
        { company: null },
      ],
      ['company', 'address'],
    );
    expect(known.get('company')).toEqual(['NO. 1, JALAN A', 'NO.1, JALAN A']);
    expect(known.get('address')).toEqual([]);
    expect(known.has('total')).toBe(false);
  });
});

describe('matchKnownValue', () => {
  it.each([
    ['AIK HUAT HARDWARE ENTERPRISE TSETIA ALAM SDN BHD', companies[0]], // bracket misread, one lost
    ['CNE ONE THREE SEAFOOD RESTAURANT SDN BHD', companies[3]], // one look-alike letter
    ['MR. D.I. Y.(M) SDN BHD', companies[1]], // spacing only
  ])('%j is taken for a known value', (read, known) => expect(matchKnownValue(read, companies)?.value).toBe(known));

  it('leaves values of new vendors as read', () => {
    expect(matchKnownValue('SANYU STATIONERY SHOP', companies)).toBeUndefined();
    // Two edits that are no OCR slips (`A` for `M`, an extra `B`) from `MR. D.I.Y. (M) SDN BHD`: over a tenth of its 18 characters.
    expect(matchKnownValue('MR. D.I.Y. (AB) SDN BHD', companies)).toBeUndefined();
    expect(matchKnownValue('', companies)).toBeUndefined();
  });

  it('counts a look-alike character or a lost punctuation mark as half an edit', () => {
    expect(slipDistance('HENARA', 'MENARA')).toBe(0.5);
    expect(slipDistance('NO.1', 'NO,1')).toBe(0.5);
    expect(slipDistance('NO1', 'NO.1')).toBe(0.5);
    expect(slipDistance('NOX1', 'NO.1')).toBe(1);
    expect(slipDistance('AB', 'XY')).toBe(2);
    // Two slips in 19 letters: within a tenth only because both are look-alikes (H for M, M for N).
    expect(matchKnownValue('LEHON TREE RESTAURAMT', ['LEMON TREE RESTAURANT'])).toEqual({ value: 'LEMON TREE RESTAURANT', edits: 1 });
    expect(matchKnownValue('LEXON TREE RESTAURAXT', ['LEMON TREE RESTAURANT'])).toBeUndefined();
  });

  it('declines when two known values are as close', () => {
    expect(matchKnownValue('SHOP AB', ['SHOP AC', 'SHOP AD'], { maxShare: 0.2 })).toBeUndefined();
    expect(matchKnownValue('SHOP AC', ['SHOP AC', 'SHOP AD'], { maxShare: 0.2 })).toEqual({ value: 'SHOP AC', edits: 0 });
  });

  it('declines a known value three whole edits in a row away: that is other text, not a slip', () => {
    const neighbour = '5,JALAN PERMAS 10/5, BANDAR BARU PERMAS JAYA, 81750 JOHOR BAHRU,JOHOR';
    const read = 'NO.1, JALAN PERMAS 10/5, BANDAR BARU PERMAS JAYA 81750 JOHOR BAHRU, JOHOR.';
    expect(slipDistance('NO.1,JALAN', '5,JALAN')).toBe(3.5);
    expect(longestEditRow('NO.1,JALAN', '5,JALAN')).toBe(3);
    expect(matchKnownValue(read, [neighbour])).toBeUndefined();
    // As many edits scattered over the value are slips.
    expect(longestEditRow('NO.I,JALAN PERNAS', 'NO.1,JALAN PERMAS')).toBe(0);
    expect(longestEditRow('SDN BHD', 'SLII BHD')).toBe(3);
    expect(longestEditRow('AXC', 'ABC')).toBe(1);
    expect(matchKnownValue('5 JALAN PERMAS 10/5 BANDAR BARU PERMAS JAYA 81750 JOHOR BAHRU JOHOR', [neighbour])?.value).toBe(neighbour);
  });

  it('counts the edits, spaces and case aside', () => {
    expect(matchKnownValue('one one three seafood restaurant sdnbhd', companies)).toEqual({ value: companies[3], edits: 0 });
  });
});

describe('formatKnownValues / parseKnownValues', () => {
  it('round-trips and rejects what is not an object of string lists', () => {
    const known = buildKnownValues([{ company: 'A SHOP', address: 'JALAN 1' }], ['company', 'address']);
    expect(parseKnownValues(formatKnownValues(known))).toEqual(known);
    for (const bad of ['[]', '{"company": "A"}', '{"company": [1]}', 'not json', 'null']) expect(parseKnownValues(bad)).toBeUndefined();
  });
});
