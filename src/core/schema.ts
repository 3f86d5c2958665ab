/**
 * Document schemas: the fields a document type has (receipt: company, date,
 * address, total), their value types, key synonyms in several languages, and
 * validation rules. Plain JSON (`schemas/*.json`), versioned by
 * {@link DOCUMENT_SCHEMA_VERSION}; see docs/schemas.md.
 */

/** Version of the schema JSON; bump it and add a migration in schema-parse.ts when the shape changes. */
export const DOCUMENT_SCHEMA_VERSION = 1;

/** Value types a field can have; each has a finder and a normaliser. */
export const FIELD_TYPES = ['text', 'date', 'amount', 'number', 'phone', 'email', 'id', 'enum'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Where on the page a field's value usually sits, for the rule-based extraction. */
export const FIELD_POSITIONS = ['top', 'bottom', 'any'] as const;
export type FieldPosition = (typeof FIELD_POSITIONS)[number];

/** How a field's letters are output: as printed, or folded to one case (a dataset's convention, e.g. SROIE's upper case). */
export const LETTER_CASES = ['as-printed', 'upper', 'lower'] as const;
export type LetterCase = (typeof LETTER_CASES)[number];

/** Validation rules of one field's value. */
export interface FieldRules {
  /** The raw value must match this regular expression (unicode flag). */
  readonly pattern?: string;
  /** Numeric bounds (amount, number). */
  readonly min?: number;
  readonly max?: number;
  /** Length bounds of the raw value, in code points (text, id). */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A date may not be after the day of extraction. */
  readonly notFuture?: boolean;
  /** Earliest acceptable date, ISO `YYYY-MM-DD`. */
  readonly minDate?: string;
}

export interface FieldSpec {
  /** Key of the field in outputs (`company`). */
  readonly name: string;
  /** SER class whose segments hold the value (`COMPANY`); compared ignoring case. */
  readonly label: string;
  readonly type: FieldType;
  /** Several values (a list) rather than one. */
  readonly multiple: boolean;
  /** One value may span several lines, joined in reading order (company, address). */
  readonly multiline: boolean;
  /** A document without this field gets a `missing` problem. */
  readonly required: boolean;
  /** Key texts that announce the value, per language code (`en`, `zh`, `ms`…). */
  readonly keys: Readonly<Record<string, readonly string[]>>;
  /** Key texts that announce another value that looks the same (`Subtotal` for `total`). */
  readonly negativeKeys: readonly string[];
  /**
   * Keys of the change handed back (`Change`, `Baki`), for amount fields: an
   * amount chosen with a change printed under it, whose sum with the change is
   * printed nowhere while its difference is printed above it under a key of
   * the field, was the cash tendered, and the difference is the value
   * (pipeline/tendered.ts).
   */
  readonly changeKeys: readonly string[];
  /** Regular expressions typical of the value text (`SDN BHD`, `有限公司`), for rules. */
  readonly hints: readonly string[];
  /**
   * Regular expressions of lines that belong to a multi-line value whenever they
   * adjoin it in its column, whatever the model labelled them (background it
   * is sure of, or another field):
   * postal codes in a national format (`Portland, OR 97201`, `London NW1 6XE`).
   * They count as hints too.
   */
  readonly anchors: readonly string[];
  /**
   * Rules start a value only at a line a hint, an anchor or a key claims: an
   * address shows a street word, a postcode or `Address:`; a company name may
   * show nothing (the top line of a receipt).
   */
  readonly requireHint: boolean;
  /**
   * Regular expressions of key lines whose block is never this field's value:
   * the key line and the lines under it in its column, each close to the one
   * above (`Bill To:` and the customer's name and address under it).
   */
  readonly excludesBelow: readonly string[];
  /** Regular expressions of lines that are never this field's value (`TAX INVOICE`). */
  readonly excludes: readonly string[];
  /** Regular expressions removed from a found value (a company's registration number after its name). */
  readonly strip: readonly string[];
  readonly position: FieldPosition;
  /** Allowed values of an `enum` field (compared ignoring case and spaces). */
  readonly values?: readonly string[];
  /** Day/month order of ambiguous numeric dates. Default `dmy`. */
  readonly dateOrder?: 'dmy' | 'mdy' | 'ymd';
  /** Case of the output value (default `as-printed`); validation sees the folded value. */
  readonly letterCase?: LetterCase;
  readonly rules: FieldRules;
}

export const COMPARE_OPS = ['>=', '>', '<=', '<', '==', '!='] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** A check between two fields' normalised values, e.g. `total >= subtotal`. Skipped when either is missing. */
export interface CrossFieldCheck {
  readonly left: string;
  readonly op: CompareOp;
  readonly right: string;
  /** Message when the check fails; a default names the fields and values. */
  readonly message?: string;
}

export interface DocumentSchema {
  readonly schemaVersion: typeof DOCUMENT_SCHEMA_VERSION;
  /** Document type (`receipt`). */
  readonly name: string;
  readonly description?: string;
  readonly fields: readonly FieldSpec[];
  readonly checks: readonly CrossFieldCheck[];
}

/** Every key synonym of a field, all languages together. */
export function fieldKeys(field: FieldSpec): string[] {
  return Object.values(field.keys).flat();
}

/** The field of a schema whose label is `label` (ignoring case), if any. */
export function fieldByLabel(schema: DocumentSchema, label: string): FieldSpec | undefined {
  const wanted = label.toLowerCase();
  return schema.fields.find((f) => f.label.toLowerCase() === wanted);
}

/** The SER class list of a schema: `OTHER` first, then each field's label. */
export function schemaClasses(schema: DocumentSchema): string[] {
  return ['OTHER', ...schema.fields.map((f) => f.label)];
}
