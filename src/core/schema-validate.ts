/**
 * Normalisation and validation of field values against a {@link DocumentSchema}.
 * A value that fails is reported with its problems, never dropped or altered.
 */
import { normalizeAmount, canonicalNumber, normalizePhone } from './normalize-amount.js';
import { normalizeDate } from './normalize-date.js';
import { collapseSpaces } from './text.js';
import type { CompareOp, DocumentSchema, FieldSpec } from './schema.js';

/** A normalised value: the canonical string and, for amounts, the printed currency. */
export interface NormalizedValue {
  readonly normalized: string;
  readonly currency?: string;
}

export interface NormalizeOptions {
  /**
   * The currency named beside an amount rather than on it (its key's `TOTAL JOD`): an amount with no mark of
   * its own is read in that currency's minor digits (`11.426` is eleven dinars, not eleven thousand).
   */
  readonly currency?: string;
}

export interface ValidateOptions extends NormalizeOptions {
  /** Today as `YYYY-MM-DD`, for `notFuture` (default: the local date of the machine). */
  readonly today?: string;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/**
 * The canonical form of a raw value for the field's type, or undefined when the
 * text is not a value of that type.
 *
 * @example
 * normalizeFieldValue({ ...field, type: 'date' }, '15/03/2019') // {normalized: '2019-03-15'}
 * normalizeFieldValue({ ...field, type: 'amount' }, 'RM 23.10') // {normalized: '23.10', currency: 'MYR'}
 * normalizeFieldValue({ ...field, type: 'amount' }, '11.426', { currency: 'JOD' }) // {normalized: '11.426'}
 */
export function normalizeFieldValue(field: Pick<FieldSpec, 'type' | 'values' | 'dateOrder'>, raw: string, options: NormalizeOptions = {}): NormalizedValue | undefined {
  const text = collapseSpaces(raw);
  if (text === '') return undefined;
  switch (field.type) {
    case 'text':
    case 'id':
      return { normalized: text };
    case 'date': {
      const iso = normalizeDate(text, field.dateOrder ? { order: field.dateOrder } : {});
      return iso ? { normalized: iso } : undefined;
    }
    case 'amount': {
      const amount = normalizeAmount(text, options.currency ? { currency: options.currency } : {});
      if (!amount) return undefined;
      return amount.currency ? { normalized: amount.value, currency: amount.currency } : { normalized: amount.value };
    }
    case 'number': {
      const n = canonicalNumber(text.replace(/^[-+]/u, ''));
      return n === undefined ? undefined : { normalized: text.startsWith('-') ? `-${n}` : n };
    }
    case 'phone': {
      const phone = normalizePhone(text);
      return phone ? { normalized: phone } : undefined;
    }
    case 'email':
      return EMAIL_RE.test(text) ? { normalized: text.toLowerCase() } : undefined;
    case 'enum': {
      const key = (v: string): string => collapseSpaces(v).toLowerCase();
      const hit = field.values?.find((v) => key(v) === key(text));
      return hit === undefined ? undefined : { normalized: hit };
    }
  }
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Problems of one raw value against its field (type, pattern, bounds, dates);
 * an empty list when it is valid.
 *
 * @example
 * validateFieldValue({ ...totalField, rules: { min: 0 } }, '-5.00') // ['-5.00 is below the minimum 0']
 */
export function validateFieldValue(field: FieldSpec, raw: string, options: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  const value = normalizeFieldValue(field, raw, options.currency ? { currency: options.currency } : {});
  if (!value) {
    const what = field.type === 'enum' ? `one of ${(field.values ?? []).join(', ')}` : `a ${field.type}`;
    return [`"${collapseSpaces(raw)}" is not ${what}`];
  }
  const { rules } = field;
  if (rules.pattern !== undefined && !new RegExp(rules.pattern, 'u').test(collapseSpaces(raw))) {
    problems.push(`"${collapseSpaces(raw)}" does not match ${rules.pattern}`);
  }
  const length = Array.from(collapseSpaces(raw)).length;
  if (rules.minLength !== undefined && length < rules.minLength) problems.push(`shorter than ${rules.minLength} characters`);
  if (rules.maxLength !== undefined && length > rules.maxLength) problems.push(`longer than ${rules.maxLength} characters`);
  if (field.type === 'amount' || field.type === 'number') {
    const n = Number(value.normalized);
    if (rules.min !== undefined && n < rules.min) problems.push(`${value.normalized} is below the minimum ${rules.min}`);
    if (rules.max !== undefined && n > rules.max) problems.push(`${value.normalized} is above the maximum ${rules.max}`);
  }
  if (field.type === 'date') {
    const today = options.today ?? localToday();
    if (rules.notFuture && value.normalized > today) problems.push(`${value.normalized} is in the future (today ${today})`);
    if (rules.minDate !== undefined && value.normalized < rules.minDate) problems.push(`${value.normalized} is before ${rules.minDate}`);
  }
  return problems;
}

function compare(a: string, op: CompareOp, b: string): boolean {
  const na = Number(a);
  const nb = Number(b);
  // Numbers compare as numbers, ISO dates and texts as strings (ISO dates sort as strings).
  const [x, y]: [number | string, number | string] = Number.isFinite(na) && Number.isFinite(nb) ? [na, nb] : [a, b];
  switch (op) {
    case '>=':
      return x >= y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '<':
      return x < y;
    case '==':
      return x === y;
    case '!=':
      return x !== y;
  }
}

/**
 * Runs the schema's cross-field checks over normalised values (field name →
 * normalised value); returns the problems per field (the check's left field).
 * Checks with a missing side are skipped.
 *
 * @example
 * checkCrossFields(receipt, { total: '20.00', subtotal: '23.10' }) // {total: ['total 20.00 must be >= subtotal 23.10']}
 */
export function checkCrossFields(
  schema: Pick<DocumentSchema, 'checks'>,
  values: Readonly<Record<string, string | undefined>>,
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const check of schema.checks) {
    const a = values[check.left];
    const b = values[check.right];
    if (a === undefined || b === undefined || compare(a, check.op, b)) continue;
    const message = check.message ?? `${check.left} ${a} must be ${check.op} ${check.right} ${b}`;
    (problems[check.left] ??= []).push(message);
  }
  return problems;
}
