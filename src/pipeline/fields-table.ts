/**
 * The schema fields of a batch as a table, one row per page: what `kie extract
 * --format csv` writes. Each field gives three columns: its value as printed,
 * its normalised value and whether it is valid (an amount a fourth: its
 * currency); a multiple field's values are joined with ` | `. Inputs that
 * failed get a row with their error.
 */
import type { DocumentSchema, FieldSpec } from '../core/schema.js';
import type { ExtractedField, ExtractedFields } from './fields.js';

/** A page with its fields, or an input that failed. */
export type FieldsRow = { readonly image: string; readonly fields: ExtractedFields } | { readonly image: string; readonly error: string };

const JOIN = ' | ';

function cells(spec: FieldSpec, field: ExtractedField | readonly ExtractedField[] | undefined): string[] {
  const list: readonly ExtractedField[] = field === undefined ? [] : Array.isArray(field) ? field : [field as ExtractedField];
  const out = [
    list.map((f) => f.value ?? '').join(JOIN),
    list.map((f) => f.normalized ?? '').join(JOIN),
    // A multiple field with no value is valid unless the schema requires one (its problems say so).
    String(list.every((f) => f.valid)),
  ];
  return spec.type === 'amount' ? [...out, list.map((f) => f.currency ?? '').join(JOIN)] : out;
}

function columns(spec: FieldSpec): string[] {
  const { name } = spec;
  return [name, `${name}_normalized`, `${name}_valid`, ...(spec.type === 'amount' ? [`${name}_currency`] : [])];
}

/**
 * The header and one row per page (or failed input), in the schema's field order.
 *
 * @example
 * fieldsTable([{ image: 'a.jpg', fields }], receipt)[0] // ['image', 'error', 'company', 'company_normalized', 'company_valid', ..., 'total_currency', ...]
 */
export function fieldsTable(rows: readonly FieldsRow[], schema: DocumentSchema): string[][] {
  const header = ['image', 'error', ...schema.fields.flatMap(columns)];
  return [
    header,
    ...rows.map((row) =>
      'error' in row
        ? [row.image, row.error, ...schema.fields.flatMap((f) => columns(f).map(() => ''))]
        : [row.image, '', ...schema.fields.flatMap((f) => cells(f, row.fields[f.name]))],
    ),
  ];
}
