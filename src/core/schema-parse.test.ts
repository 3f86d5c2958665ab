import { describe, expect, it } from 'vitest';
import { KieError } from './errors.js';
import { parseDocumentSchema } from './schema-parse.js';
import { checkCrossFields, normalizeFieldValue, validateFieldValue } from './schema-validate.js';

const minimal = { schemaVersion: 1, name: 'receipt', fields: [{ name: 'total', type: 'amount' }] };

describe('parseDocumentSchema', () => {
  it('fills defaults', () => {
    const schema = parseDocumentSchema(minimal);
    expect(schema.fields[0]).toMatchObject({ name: 'total', label: 'TOTAL', type: 'amount', multiple: false, multiline: false, position: 'any' });
    expect(schema.checks).toEqual([]);
    expect(schema.fields[0]).toMatchObject({ hints: [], anchors: [], requireHint: false, excludes: [], excludesBelow: [], changeKeys: [] });
  });

  it.each<[string, unknown, RegExp]>([
    ['version', { ...minimal, schemaVersion: 2 }, /schemaVersion: expected 1/u],
    ['no fields', { ...minimal, fields: [] }, /non-empty array of fields/u],
    ['unknown type', { ...minimal, fields: [{ name: 'x', type: 'money' }] }, /expected one of text, date, amount, number, phone, email, id, enum/u],
    ['unknown key', { ...minimal, fields: [{ name: 'x', mulitple: true }] }, /unknown key "mulitple" \(valid: name, label/u],
    ['bad regex', { ...minimal, fields: [{ name: 'x', hints: ['(['] }] }, /not a valid regular expression/u],
    ['bad anchor', { ...minimal, fields: [{ name: 'x', anchors: ['\\d{5'] }] }, /fields\[0\]\.anchors\[0\].*not a valid regular expression/u],
    ['enum without values', { ...minimal, fields: [{ name: 'x', type: 'enum' }] }, /needs a list of values/u],
    ['change keys on a text field', { ...minimal, fields: [{ name: 'x', changeKeys: ['Change'] }] }, /fields\[0\]\.changeKeys: only an amount field has change keys \(this one is text\)/u],
    ['duplicate name', { ...minimal, fields: [{ name: 'x' }, { name: 'x', label: 'Y' }] }, /name "x" is used by two fields/u],
    ['check on unknown field', { ...minimal, checks: [{ left: 'total', op: '>=', right: 'subtotal' }] }, /right: expected one of total/u],
    ['bad op', { ...minimal, checks: [{ left: 'total', op: '=>', right: 'total' }] }, /op: expected one of >=, >, <=, <, ==, !=/u],
  ])('refuses %s', (_, json, message) => {
    expect(() => parseDocumentSchema(json)).toThrow(KieError);
    expect(() => parseDocumentSchema(json)).toThrow(message);
  });
});

describe('validateFieldValue', () => {
  const schema = parseDocumentSchema({
    schemaVersion: 1,
    name: 't',
    fields: [
      { name: 'total', type: 'amount', rules: { min: 0, max: 1000 } },
      { name: 'date', type: 'date', rules: { notFuture: true, minDate: '2000-01-01' } },
      { name: 'code', type: 'id', rules: { pattern: '^[A-Z]{2}\\d+$' } },
      { name: 'pay', type: 'enum', values: ['Cash', 'Card'] },
    ],
  });
  const field = (name: string) => schema.fields.find((f) => f.name === name)!;
  it.each<[string, string, string[]]>([
    ['total', 'RM 23.10', []],
    ['total', '-5.00', ['-5.00 is below the minimum 0']],
    ['total', '2,000.00', ['2000.00 is above the maximum 1000']],
    ['total', 'abc', ['"abc" is not a amount']],
    ['date', '15/03/2019', []],
    ['date', '15/03/2030', ['2030-03-15 is in the future (today 2026-11-01)']],
    ['date', '01/01/1999', ['1999-01-01 is before 2000-01-01']],
    ['code', 'AB123', []],
    ['code', 'A123', ['"A123" does not match ^[A-Z]{2}\\d+$']],
    ['pay', ' card ', []],
    ['pay', 'cheque', ['"cheque" is not one of Cash, Card']],
  ])('%s %j', (name, raw, problems) => expect(validateFieldValue(field(name), raw, { today: '2026-11-01' })).toEqual(problems));

  it('normalises enum values to their schema spelling', () => {
    expect(normalizeFieldValue(field('pay'), 'CASH')).toEqual({ normalized: 'Cash' });
  });

  it('reads an amount in the decimals of a currency named beside it, unless the amount carries its own mark', () => {
    expect(normalizeFieldValue(field('total'), '11.426', { currency: 'JOD' })).toEqual({ normalized: '11.426' });
    expect(normalizeFieldValue(field('total'), '11.426')).toEqual({ normalized: '11426' });
    expect(normalizeFieldValue(field('total'), 'RM 1.234', { currency: 'JOD' })).toEqual({ normalized: '1234', currency: 'MYR' });
    // Bounds are checked on the amount so read: eleven dinars are within 1000, eleven thousand are not.
    expect(validateFieldValue(field('total'), '11.426', { currency: 'JOD' })).toEqual([]);
    expect(validateFieldValue(field('total'), '11.426')).toEqual(['11426 is above the maximum 1000']);
  });
});

describe('checkCrossFields', () => {
  const schema = { checks: [{ left: 'total', op: '>=' as const, right: 'subtotal' }] };
  it.each<[Record<string, string | undefined>, Record<string, string[]>]>([
    [{ total: '23.10', subtotal: '20.00' }, {}],
    [{ total: '9.50', subtotal: '10.00' }, { total: ['total 9.50 must be >= subtotal 10.00'] }],
    [{ total: '9.50' }, {}],
  ])('%j', (values, problems) => expect(checkCrossFields(schema, values)).toEqual(problems));
});
