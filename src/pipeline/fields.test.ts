import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../core/lexicon.js';
import { parseDocumentSchema } from '../core/schema-parse.js';
import { resetIds, seg, single } from '../../test/helpers/field-segments.js';
import { extractFields, fieldValues, type ExtractedField } from './fields.js';

const schema = parseDocumentSchema({
  schemaVersion: 1,
  name: 'receipt',
  fields: [
    { name: 'company', multiline: true, required: true, position: 'top', hints: ['\\bSDN BHD\\b'], excludes: ['INVOICE'], strip: ['\\s*\\(\\d+-[A-Z]\\)$'] },
    { name: 'date', type: 'date', required: true, keys: { en: ['Date'], zh: ['日期'] }, rules: { notFuture: true } },
    { name: 'address', multiline: true, position: 'top', hints: ['\\bJALAN\\b', '\\d{5}'], excludes: ['TEL'] },
    { name: 'total', type: 'amount', required: true, position: 'bottom', keys: { en: ['Total'], zh: ['合计'] }, negativeKeys: ['Cash', 'Subtotal'] },
    { name: 'subtotal', type: 'amount', keys: ['Subtotal'] },
  ],
  checks: [{ left: 'total', op: '>=', right: 'subtotal' }],
});


describe('extractFields (rules)', () => {
  resetIds();
  const page = [
    seg('TAX INVOICE', 0),
    seg('SUNRISE MART SDN BHD (12345-X)', 1),
    seg('NO. 12, JALAN BUNGA RAYA,', 2),
    seg('47300 PETALING JAYA', 3),
    seg('TEL: 03-7865 4321', 4),
    seg('DATE: 15/03/2019', 5),
    seg('SUBTOTAL', 8),
    seg('20.00', 8, 300),
    seg('TOTAL', 9),
    seg('RM 23.10', 9, 300),
    seg('CASH', 10),
    seg('50.00', 10, 300),
  ];
  const fields = extractFields({ segments: page }, schema, { mode: 'rules', today: '2026-01-01' });
  it.each<[string, Partial<ExtractedField>]>([
    ['company', { value: 'SUNRISE MART SDN BHD', segmentIds: [1], valid: true, source: 'rules' }],
    ['address', { value: 'NO. 12, JALAN BUNGA RAYA, 47300 PETALING JAYA', segmentIds: [2, 3] }],
    ['date', { value: '15/03/2019', normalized: '2019-03-15', valid: true }],
    ['total', { value: '23.10', normalized: '23.10', currency: 'MYR', segmentIds: [9], valid: true }],
    ['subtotal', { value: '20.00', normalized: '20.00' }],
  ])('%s', (name, expected) => expect(fields[name]).toMatchObject(expected));
  it('prints the values as found, an amount as its token (currency kept only when glued to it)', () => {
    expect(fieldValues(fields)).toMatchObject({ company: 'SUNRISE MART SDN BHD', total: '23.10' });
    resetIds();
    const glued = extractFields({ segments: [seg('SUNRISE MART SDN BHD', 0), seg('NO. 12, JALAN BUNGA RAYA', 1), seg('TOTAL', 5), seg('RM23.10', 5, 300)] }, schema, { mode: 'rules' });
    expect(single(glued.total)).toMatchObject({ value: 'RM23.10', normalized: '23.10', currency: 'MYR' });
  });
});

describe('extractFields (model labels)', () => {
  it('joins the lines of a multi-line class in reading order and picks the best single value', () => {
    resetIds();
    const page = [
      seg('47300 PETALING JAYA', 3, 10, 'ADDRESS'), // given out of order
      seg('NO. 12, JALAN BUNGA RAYA,', 2, 10, 'address'),
      seg('合计', 9),
      seg('23.10', 9, 300, 'TOTAL', 0.6),
      seg('13.00', 6, 300, 'TOTAL', 0.7),
      seg('日期 2019年3月15日', 1, 10, 'DATE'),
    ];
    const fields = extractFields({ segments: page }, schema, { mode: 'model' });
    expect(single(fields.address)).toMatchObject({ value: 'NO. 12, JALAN BUNGA RAYA, 47300 PETALING JAYA', segmentIds: [1, 0], source: 'model' });
    // The key to its left outweighs the slightly higher model score of the other amount.
    expect(single(fields.total)).toMatchObject({ value: '23.10', segmentIds: [3] });
    expect(single(fields.date)).toMatchObject({ value: '2019年3月15日', normalized: '2019-03-15' });
    expect(single(fields.company)).toMatchObject({ value: null, valid: false, problems: ['missing'], source: 'none' });
  });

  it('returns invalid values with their problems instead of dropping them', () => {
    resetIds();
    const page = [seg('DATE: 15/03/2099', 0, 10, 'DATE'), seg('TOTAL 9.00', 5, 10, 'TOTAL'), seg('SUBTOTAL 10.00', 4, 10, 'SUBTOTAL')];
    const fields = extractFields({ segments: page }, schema, { mode: 'model', today: '2026-01-01' });
    expect(single(fields.date)).toMatchObject({ normalized: '2099-03-15', valid: false, problems: ['2099-03-15 is in the future (today 2026-01-01)'] });
    expect(single(fields.total)).toMatchObject({ value: '9.00', valid: false, problems: ['total 9.00 must be >= subtotal 10.00'] });
  });

  it('falls back on rules for fields the model labelled nothing for (auto)', () => {
    resetIds();
    const page = [seg('ACME SDN BHD', 0, 10, 'COMPANY'), seg('TOTAL', 5), seg('7.50', 5, 300)];
    const fields = extractFields({ segments: page }, schema);
    expect(single(fields.company).source).toBe('model');
    expect(single(fields.total)).toMatchObject({ value: '7.50', source: 'rules' });
  });

  it('asks the rules too when the lines the model labelled hold no value of the type, and keeps the line the model gave if they find none', () => {
    resetIds();
    // A date line taken for the total: its seconds are no cents.
    const page = [seg('ACME SDN BHD', 0, 10, 'COMPANY'), seg('09/06/2018 18:47:29', 1, 10, 'TOTAL'), seg('TOTAL', 5), seg('RM15.40', 5, 300)];
    expect(single(extractFields({ segments: page }, schema).total)).toMatchObject({ value: 'RM15.40', source: 'rules', valid: true });
    expect(single(extractFields({ segments: page }, schema, { mode: 'model' }).total)).toMatchObject({ source: 'model', segmentIds: [1] });
    resetIds();
    const alone = [seg('ACME SDN BHD', 0, 10, 'COMPANY'), seg('09/06/2018 18:47:29', 1, 10, 'TOTAL'), seg('THANK YOU', 5)];
    expect(single(extractFields({ segments: alone }, schema).total)).toMatchObject({ source: 'model', segmentIds: [1] });
  });

  it('lets a value its key announces replace one the model took beside a negative key, and only such a value', () => {
    resetIds();
    // Change taken for the total: the negative key `Cash` is on its line, `Total` announces another amount.
    const page = [seg('ACME SDN BHD', 0, 10, 'COMPANY'), seg('TOTAL', 4), seg('RM15.40', 4, 300), seg('CASH 20.00', 5, 10, 'TOTAL')];
    expect(single(extractFields({ segments: page }, schema).total)).toMatchObject({ value: 'RM15.40', source: 'rules' });
    expect(single(extractFields({ segments: page }, schema, { mode: 'model' }).total)).toMatchObject({ value: '20.00', source: 'model' });
    resetIds();
    // No key announces any other amount: the model's value stays.
    const unkeyed = [seg('ACME SDN BHD', 0, 10, 'COMPANY'), seg('7.50', 4, 300), seg('CASH 20.00', 5, 10, 'TOTAL')];
    expect(single(extractFields({ segments: unkeyed }, schema).total)).toMatchObject({ value: '20.00', source: 'model' });
  });
});

describe('extractFields (letterCase)', () => {
  const folded = parseDocumentSchema({
    schemaVersion: 1,
    name: 'shop',
    fields: [
      { name: 'company', position: 'top', hints: ['\\bBhd\\b'], letterCase: 'upper' },
      { name: 'note', position: 'bottom', hints: ['Thank'], letterCase: 'lower' },
    ],
  });
  it('folds the value to the field case and keeps printed case otherwise', () => {
    resetIds();
    const fields = extractFields({ segments: [seg('Sunrise Mart Sdn Bhd', 0), seg('Thank You', 6)] }, folded, { mode: 'rules' });
    expect(single(fields.company).value).toBe('SUNRISE MART SDN BHD');
    expect(single(fields.note).value).toBe('thank you');
  });
  it('refuses an unknown case and names the choices', () => {
    expect(() => parseDocumentSchema({ schemaVersion: 1, name: 'x', fields: [{ name: 'a', letterCase: 'title' }] })).toThrow(/as-printed, upper, lower/);
  });
});

describe('extractFields (spacing of values)', () => {
  it('keeps a slash inside a token tight, and one set apart as it is', () => {
    resetIds();
    const page = [seg('SALES / MARKETING SDN BHD', 0, 10, 'COMPANY'), seg('LOT 3, JALAN PELABUR 23/ 1, U1/ 48', 1, 10, 'ADDRESS')];
    const fields = extractFields({ segments: page }, schema);
    expect(single(fields.company).value).toBe('SALES / MARKETING SDN BHD');
    expect(single(fields.address).value).toBe('LOT 3, JALAN PELABUR 23/1, U1/48');
  });

  it('closes spaces read inside initials unless the run is spaced throughout', () => {
    const value = (company: string, address: string): Array<string | null> => {
      resetIds();
      const fields = extractFields({ segments: [seg(company, 0, 10, 'COMPANY'), seg(address, 1, 10, 'ADDRESS')] }, schema);
      return [single(fields.company).value, single(fields.address).value];
    };
    expect(value('MR. D.I. Y. (KUCHAI) SDN BHD', 'LOT P. T. 2811, JALAN ANGSA')).toEqual(['MR. D.I.Y. (KUCHAI) SDN BHD', 'LOT P. T. 2811, JALAN ANGSA']);
    expect(value('MR. D.I .Y. (M) SDN BHD', 'NO. 5 A.B. C. JALAN')).toEqual(['MR. D.I.Y. (M) SDN BHD', 'NO. 5 A.B.C. JALAN']);
  });
});

describe('extractFields (lexicon)', () => {
  const lexicon = buildLexicon(['PANDAN INDAH', 'PANDAN JAYA', 'JALAN PANDAN', 'RESTAURANT', 'RESTAURANT']);

  it('corrects a slip against the lexicon, but not a word read alike elsewhere on the page', () => {
    resetIds();
    const once = [seg('PANDAH INDAH RESTAURANT', 0, 10, 'COMPANY'), seg('NO 2, JALAN SATU', 1, 10, 'ADDRESS')];
    expect(single(extractFields({ segments: once }, schema, { lexicon }).company).value).toBe('PANDAN INDAH RESTAURANT');
    resetIds();
    const twice = [seg('PANDAH INDAH RESTAURANT', 0, 10, 'COMPANY'), seg('JALAN PANDAH INDAH 4/1A', 1, 10, 'ADDRESS')];
    const fields = extractFields({ segments: twice }, schema, { lexicon });
    expect(single(fields.company).value).toBe('PANDAH INDAH RESTAURANT');
    expect(single(fields.address).value).toBe('JALAN PANDAH INDAH 4/1A');
  });

  it('joins a word split by a stray space when another line of the page prints it whole, but not from a web address', () => {
    resetIds();
    const page = [seg('PHI LEO RESTAURANT', 0, 10, 'COMPANY'), seg('PUSAT DAGANGAN PHILEO', 1, 10, 'ADDRESS')];
    expect(single(extractFields({ segments: page }, schema, { lexicon }).company).value).toBe('PHILEO RESTAURANT');
    resetIds();
    const web = [seg('PHI LEO RESTAURANT', 0, 10, 'COMPANY'), seg('www.phileo.com', 1)];
    expect(single(extractFields({ segments: web }, schema, { lexicon }).company).value).toBe('PHI LEO RESTAURANT');
  });
});

describe('extractFields (known values)', () => {
  const knownValues = new Map([['company', ['AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', 'SANYU STATIONERY SHOP']]]);

  it('writes a value a few slips from one known value as known, keeping what was read', () => {
    resetIds();
    const page = [seg('AIK HUAT HARDWARE', 0, 10, 'COMPANY'), seg('ENTERPRISE TSETIA ALAM SDN BHD', 1, 10, 'COMPANY')];
    const company = single(extractFields({ segments: page }, schema, { knownValues }).company);
    expect(company).toMatchObject({ value: 'AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', read: 'AIK HUAT HARDWARE ENTERPRISE TSETIA ALAM SDN BHD', segmentIds: [0, 1] });
    expect(single(extractFields({ segments: page }, schema).company)).not.toHaveProperty('read');
  });

  it("reads a full stop as a comma where the field's known values nearly always have one", () => {
    resetIds();
    const addresses = Array.from({ length: 40 }, (_, i) => `NO. ${i + 1}, JALAN MAWAR ${i}, TAMAN JAYA, ${50000 + i} KUALA LUMPUR`);
    const page = [seg('ACME TRADING SDN BHD', 0, 10, 'COMPANY'), seg('NO. 3. JALAN SANYU. 52100 KEPONG', 1, 10, 'ADDRESS')];
    const fields = extractFields({ segments: page }, schema, { knownValues: new Map([...knownValues, ['address', addresses]]) });
    expect(single(fields.address).value).toBe('NO. 3, JALAN SANYU, 52100 KEPONG');
    expect(single(extractFields({ segments: page }, schema, { knownValues }).address).value).toBe('NO. 3. JALAN SANYU. 52100 KEPONG');
  });

  it("spaces a new company's brackets as the field's known values write them", () => {
    resetIds();
    const companies = Array.from({ length: 40 }, (_, i) => `SHOP ${i} (M) SDN BHD`);
    const page = [seg('S.H.H. MOTOR ( SUNGAI RENGIT )SDN BHD', 0, 10, 'COMPANY')];
    const company = single(extractFields({ segments: page }, schema, { knownValues: new Map([['company', companies]]) }).company);
    expect(company.value).toBe('S.H.H. MOTOR (SUNGAI RENGIT) SDN BHD');
    expect(single(extractFields({ segments: page }, schema, { knownValues }).company).value).toBe('S.H.H. MOTOR ( SUNGAI RENGIT )SDN BHD');
  });

  it('leaves a new value as read, and fields without known values alone', () => {
    resetIds();
    const page = [seg('ACME TRADING SDN BHD', 0, 10, 'COMPANY'), seg('NO 3, JALAN SANYU', 1, 10, 'ADDRESS')];
    const fields = extractFields({ segments: page }, schema, { knownValues });
    expect(single(fields.company)).toMatchObject({ value: 'ACME TRADING SDN BHD' });
    expect(single(fields.company)).not.toHaveProperty('read');
    expect(single(fields.address).value).toBe('NO 3, JALAN SANYU');
  });
});
