import { describe, expect, it } from 'vitest';
import { evaluateFields, sroieForm, type FieldTable } from './field-metrics.js';

describe('sroieForm', () => {
  it.each([
    ['  A  B ', 'A B'],
    ['a\tb\nc', 'a b c'],
    [null, ''],
    ['Case Kept', 'Case Kept'],
  ])('%j → %j', (input, expected) => expect(sroieForm(input)).toBe(expected));
});

describe('evaluateFields', () => {
  const gold = {
    r1: { company: 'SUNRISE MART SDN BHD', total: '23.10', date: '15/03/2019' },
    r2: { company: 'ACME', total: '5.00', date: '' },
  };
  it.each<{ name: string; pred: FieldTable; overall: object }>([
    {
      name: 'perfect up to white space',
      pred: { r1: { company: 'SUNRISE  MART SDN BHD', total: '23.10', date: '15/03/2019' }, r2: { company: 'ACME', total: '5.00' } },
      overall: { tp: 5, gold: 5, pred: 5 },
    },
    {
      name: 'case counts, a missing document predicts nothing',
      pred: { r1: { company: 'Sunrise Mart Sdn Bhd', total: '23.10', date: '15/03/2019' } },
      overall: { tp: 2, gold: 5, pred: 3 },
    },
    {
      name: 'a prediction for an empty truth is a false positive',
      pred: { r2: { company: 'ACME', total: '5.00', date: '01/01/2020' } },
      overall: { tp: 2, gold: 5, pred: 3 },
    },
  ])('$name', ({ pred, overall }) => {
    const m = evaluateFields(gold, pred);
    expect({ tp: m.overall.tp, gold: m.overall.gold, pred: m.overall.pred }).toEqual(overall);
  });

  it('scores each field and only the named ones', () => {
    const m = evaluateFields(gold, { r1: { total: '23.10', company: 'X' } }, { fields: ['total', 'company'] });
    expect(Object.keys(m.perField)).toEqual(['total', 'company']);
    expect(m.perField.total).toMatchObject({ tp: 1, gold: 2, pred: 1, precision: 1, recall: 0.5 });
    expect(m.perField.company!.hmean).toBe(0);
    expect(m.predictedDocuments).toBe(1);
  });
});
