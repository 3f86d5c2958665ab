import { describe, expect, it } from 'vitest';
import { parseDocumentSchema } from '../core/schema-parse.js';
import type { ExtractedField } from './fields.js';
import { fieldsTable } from './fields-table.js';

const schema = parseDocumentSchema({
  schemaVersion: 1,
  name: 't',
  fields: [{ name: 'company' }, { name: 'total', type: 'amount' }, { name: 'phone', type: 'phone', multiple: true }],
});

const field = (value: string | null, normalized: string | null, extra: Partial<ExtractedField> = {}): ExtractedField => ({
  value, normalized, score: 1, segmentIds: [], valid: value !== null, problems: value === null ? ['missing'] : [], source: 'rules', ...extra,
});

describe('fieldsTable', () => {
  it('gives each field its value, normalised value and validity (an amount its currency too), one row per page or failed input', () => {
    const table = fieldsTable(
      [
        { image: 'a.jpg', fields: { company: field('ACME', 'ACME'), total: field('RM 7.70', '7.70', { currency: 'MYR' }), phone: [field('03-1234', '031234'), field('012-9', '0129')] } },
        { image: 'b.jpg', fields: { company: field(null, null), total: field('x', null, { valid: false, problems: ['"x" is not an amount'] }), phone: [] } },
        { image: 'c.pdf', error: 'CORRUPT_IMAGE: c.pdf is not a readable PDF' },
      ],
      schema,
    );
    expect(table).toEqual([
      ['image', 'error', 'company', 'company_normalized', 'company_valid', 'total', 'total_normalized', 'total_valid', 'total_currency', 'phone', 'phone_normalized', 'phone_valid'],
      ['a.jpg', '', 'ACME', 'ACME', 'true', 'RM 7.70', '7.70', 'true', 'MYR', '03-1234 | 012-9', '031234 | 0129', 'true'],
      ['b.jpg', '', '', '', 'false', 'x', '', 'false', '', '', '', 'true'],
      ['c.pdf', 'CORRUPT_IMAGE: c.pdf is not a readable PDF', '', '', '', '', '', '', '', '', '', ''],
    ]);
  });
});
