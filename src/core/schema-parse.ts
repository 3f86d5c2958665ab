/**
 * Validation of document schema JSON into a {@link DocumentSchema}: defaults
 * filled in, every mistake reported as INVALID_DATA naming the place and the
 * valid choices. Unknown keys are refused (a typo such as `mulitple` would
 * otherwise silently do nothing).
 */
import { KieError } from './errors.js';
import {
  COMPARE_OPS,
  DOCUMENT_SCHEMA_VERSION,
  FIELD_POSITIONS,
  FIELD_TYPES,
  LETTER_CASES,
  type CompareOp,
  type CrossFieldCheck,
  type DocumentSchema,
  type FieldPosition,
  type FieldRules,
  type FieldSpec,
  type FieldType,
} from './schema.js';

type Json = Readonly<Record<string, unknown>>;

const FIELD_KEYS = [
  'name', 'label', 'type', 'multiple', 'multiline', 'required', 'keys', 'negativeKeys', 'changeKeys',
  'hints', 'anchors', 'requireHint', 'excludes', 'excludesBelow', 'strip', 'position', 'values', 'dateOrder', 'letterCase', 'rules', 'description',
] as const;
const RULE_KEYS = ['pattern', 'min', 'max', 'minLength', 'maxLength', 'notFuture', 'minDate'] as const;
const SCHEMA_KEYS = ['schemaVersion', 'name', 'description', 'fields', 'checks'] as const;
const CHECK_KEYS = ['left', 'op', 'right', 'message'] as const;
const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;

function fail(where: string, message: string): KieError {
  return new KieError('INVALID_DATA', `${where}: ${message}`);
}

function asObj(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail(where, 'expected an object');
  return value as Json;
}

function onlyKeys(obj: Json, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw fail(where, `unknown key "${key}" (valid: ${allowed.join(', ')})`);
  }
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw fail(where, 'expected a non-empty string');
  return value;
}

function optBool(value: unknown, where: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw fail(where, 'expected true or false');
  return value;
}

function optNum(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(where, 'expected a number');
  return value;
}

function choice<T extends string>(value: unknown, choices: readonly T[], where: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw fail(where, `expected one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw fail(where, 'expected an array of strings');
  return value.map((v, i) => str(v, `${where}[${i}]`));
}

function regexes(value: unknown, where: string): string[] {
  const list = strings(value, where);
  list.forEach((source, i) => checkRegex(source, `${where}[${i}]`));
  return list;
}

function checkRegex(source: string, where: string): void {
  try {
    new RegExp(source, 'u');
  } catch (cause) {
    throw new KieError('INVALID_DATA', `${where}: not a valid regular expression: ${source}`, { cause });
  }
}

function parseKeys(value: unknown, where: string): Record<string, string[]> {
  if (value === undefined) return {};
  if (Array.isArray(value)) return { any: strings(value, where) };
  const obj = asObj(value, where);
  return Object.fromEntries(Object.entries(obj).map(([lang, list]) => [lang, strings(list, `${where}.${lang}`)]));
}

function parseRules(value: unknown, where: string): FieldRules {
  if (value === undefined) return {};
  const obj = asObj(value, where);
  onlyKeys(obj, RULE_KEYS, where);
  const rules: Record<string, unknown> = {};
  if (obj.pattern !== undefined) {
    checkRegex(str(obj.pattern, `${where}.pattern`), `${where}.pattern`);
    rules.pattern = obj.pattern;
  }
  for (const key of ['min', 'max', 'minLength', 'maxLength'] as const) {
    const n = optNum(obj[key], `${where}.${key}`);
    if (n !== undefined) rules[key] = n;
  }
  if (obj.notFuture !== undefined) rules.notFuture = optBool(obj.notFuture, `${where}.notFuture`, false);
  if (obj.minDate !== undefined) {
    const d = str(obj.minDate, `${where}.minDate`);
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(d)) throw fail(`${where}.minDate`, `expected YYYY-MM-DD, got "${d}"`);
    rules.minDate = d;
  }
  return rules as FieldRules;
}

function parseField(value: unknown, where: string): FieldSpec {
  const obj = asObj(value, where);
  onlyKeys(obj, FIELD_KEYS, where);
  const name = str(obj.name, `${where}.name`);
  if (!/^[A-Za-z_][\w-]*$/u.test(name)) throw fail(`${where}.name`, `"${name}" must be letters, digits, _ or - (an output key)`);
  const type: FieldType = choice(obj.type, FIELD_TYPES, `${where}.type`, 'text');
  const values = obj.values === undefined ? undefined : strings(obj.values, `${where}.values`);
  if (type === 'enum' && (!values || values.length === 0)) throw fail(`${where}.values`, 'an enum field needs a list of values');
  if (obj.changeKeys !== undefined && type !== 'amount') throw fail(`${where}.changeKeys`, `only an amount field has change keys (this one is ${type})`);
  const field: FieldSpec = {
    name,
    label: obj.label === undefined ? name.toUpperCase() : str(obj.label, `${where}.label`),
    type,
    multiple: optBool(obj.multiple, `${where}.multiple`, false),
    multiline: optBool(obj.multiline, `${where}.multiline`, false),
    required: optBool(obj.required, `${where}.required`, false),
    keys: parseKeys(obj.keys, `${where}.keys`),
    negativeKeys: strings(obj.negativeKeys, `${where}.negativeKeys`),
    changeKeys: strings(obj.changeKeys, `${where}.changeKeys`),
    hints: regexes(obj.hints, `${where}.hints`),
    anchors: regexes(obj.anchors, `${where}.anchors`),
    requireHint: optBool(obj.requireHint, `${where}.requireHint`, false),
    excludes: regexes(obj.excludes, `${where}.excludes`),
    excludesBelow: regexes(obj.excludesBelow, `${where}.excludesBelow`),
    strip: regexes(obj.strip, `${where}.strip`),
    position: choice<FieldPosition>(obj.position, FIELD_POSITIONS, `${where}.position`, 'any'),
    rules: parseRules(obj.rules, `${where}.rules`),
  };
  const dateOrder = obj.dateOrder === undefined ? undefined : choice(obj.dateOrder, DATE_ORDERS, `${where}.dateOrder`);
  const letterCase = obj.letterCase === undefined ? undefined : choice(obj.letterCase, LETTER_CASES, `${where}.letterCase`);
  return { ...field, ...(values ? { values } : {}), ...(dateOrder ? { dateOrder } : {}), ...(letterCase ? { letterCase } : {}) };
}

function parseCheck(value: unknown, where: string, names: readonly string[]): CrossFieldCheck {
  const obj = asObj(value, where);
  onlyKeys(obj, CHECK_KEYS, where);
  const left = choice(obj.left, names, `${where}.left`);
  const right = choice(obj.right, names, `${where}.right`);
  const op: CompareOp = choice(obj.op, COMPARE_OPS, `${where}.op`);
  return obj.message === undefined ? { left, op, right } : { left, op, right, message: str(obj.message, `${where}.message`) };
}

/**
 * Validates schema JSON (already parsed) and fills defaults: `label` = the name
 * upper-cased, `type` text, flags false, `position` any.
 *
 * @throws KieError INVALID_DATA naming the first problem and the valid choices.
 * @example
 * const schema = parseDocumentSchema({ schemaVersion: 1, name: 'receipt', fields: [{ name: 'total', type: 'amount' }] });
 * schema.fields[0].label // 'TOTAL'
 */
export function parseDocumentSchema(value: unknown, where = 'schema'): DocumentSchema {
  const obj = asObj(value, where);
  onlyKeys(obj, SCHEMA_KEYS, where);
  if (obj.schemaVersion !== DOCUMENT_SCHEMA_VERSION) {
    throw fail(`${where}.schemaVersion`, `expected ${DOCUMENT_SCHEMA_VERSION}, got ${JSON.stringify(obj.schemaVersion)}`);
  }
  const name = str(obj.name, `${where}.name`);
  if (!Array.isArray(obj.fields) || obj.fields.length === 0) throw fail(`${where}.fields`, 'expected a non-empty array of fields');
  const fields = obj.fields.map((f, i) => parseField(f, `${where}.fields[${i}]`));
  const seen = new Set<string>();
  for (const f of fields) {
    for (const key of [`name:${f.name}`, `label:${f.label.toLowerCase()}`]) {
      if (seen.has(key)) throw fail(`${where}.fields`, `${key.replace(':', ' "')}" is used by two fields`);
      seen.add(key);
    }
  }
  const names = fields.map((f) => f.name);
  const checks = obj.checks === undefined ? [] : Array.isArray(obj.checks) ? obj.checks : [obj.checks];
  const schema: DocumentSchema = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    name,
    fields,
    checks: checks.map((c, i) => parseCheck(c, `${where}.checks[${i}]`, names)),
  };
  return typeof obj.description === 'string' ? { ...schema, description: obj.description } : schema;
}
