/**
 * The JSON the API answers with: the `kie extract` document (schemaVersion 1) for
 * one page or a job's pages, in the requested format, and the job status view.
 */
import { KieError } from '../../core/errors.js';
import type { DocumentSchema } from '../../core/schema.js';
import { formatCsv } from '../../io/csv.js';
import type { ExtractedFields } from '../../pipeline/fields.js';
import { fieldsTable, type FieldsRow } from '../../pipeline/fields-table.js';
import { shippedSchemaCache } from '../../io/schema-file.js';
import type { Context } from 'hono';
import { resultHash, type JobRecord, type JobStore, type StoredResult } from '../store/jobs.js';

/**
 * `json`: the `kie extract` document; `key-values`: only each page's key-value
 * pairs; `fields`: only each page's schema fields (a request with a schema);
 * `csv`: those fields as `kie extract --format csv` writes them (results only;
 * a job's status stays JSON, with `fields` pages).
 */
export const RESPONSE_FORMATS = ['json', 'key-values', 'fields', 'csv'] as const;
export type ResponseFormat = (typeof RESPONSE_FORMATS)[number];

/** The `kie extract` JSON schema version the documents follow. */
export const DOCUMENT_SCHEMA_VERSION = 1;

/** The `format` query parameter; INVALID_ARGUMENT naming the choices for anything else, and for `fields` without a schema. */
export function parseFormat(value: string | undefined, schema: string | null = null): ResponseFormat {
  if (value === undefined || value === '') return 'json';
  if (!(RESPONSE_FORMATS as readonly string[]).includes(value)) {
    throw new KieError('INVALID_ARGUMENT', `format must be one of ${RESPONSE_FORMATS.join(', ')}, got ${JSON.stringify(value)}`);
  }
  if ((value === 'fields' || value === 'csv') && schema === null) throw new KieError('INVALID_ARGUMENT', `format ${value} needs a schema (schema=receipt, ...)`);
  return value as ResponseFormat;
}

type PageJson = Record<string, unknown>;
interface FileError {
  image: string;
  code: string;
  message: string;
}

/** A page in a response format. */
function pageIn(format: ResponseFormat, page: PageJson): PageJson {
  if (format === 'json') return page;
  return format === 'fields' || format === 'csv' ? { image: page.image, fields: page.fields } : { image: page.image, keyValues: page.keyValues };
}

/** The shipped schemas CSV answers are laid out by, each loaded once. */
const schemaFor = shippedSchemaCache();

/** Answers with a result document: JSON, or for `format=csv` its fields as `text/csv`. */
export async function sendDocument(c: Context, document: Record<string, unknown>, format: ResponseFormat, schema: string | null): Promise<Response> {
  if (format !== 'csv' || schema === null) return c.json(document);
  const csv = documentCsv(document, await schemaFor(schema));
  return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
}

/**
 * The CSV of a result document's pages and errors (`format=csv`): one row per
 * page with its fields, one per failed file with its error.
 */
export function documentCsv(document: Record<string, unknown>, schema: DocumentSchema): string {
  const pages = (document.pages ?? []) as Array<{ image: string; fields?: ExtractedFields }>;
  const errors = (document.errors ?? []) as FileError[];
  const rows: FieldsRow[] = [
    ...pages.map((p) => ({ image: p.image, fields: p.fields ?? {} })),
    ...errors.map((e) => ({ image: e.image, error: `${e.code}: ${e.message}` })),
  ];
  return formatCsv(fieldsTable(rows, schema));
}

/** The document of some pages: what `kie extract` prints for them (with `--schema` when `schema` is given). */
export function toDocument(
  model: { name: string; version: string },
  pages: readonly PageJson[],
  errors: readonly FileError[],
  format: ResponseFormat,
  schema: string | null = null,
): Record<string, unknown> {
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    model,
    ...(schema ? { documentSchema: schema } : {}),
    pages: pages.map((p) => pageIn(format, p)),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** A stored result as the page of a file named `image`. */
export function pageOf(result: StoredResult, image: string): PageJson {
  return { ...result.page, image };
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The status view of a job (`GET /v1/jobs/{id}`), with the results of the files done so far. */
export function jobView(job: JobRecord, store: JobStore, format: ResponseFormat = 'json'): Record<string, unknown> {
  const done = job.files.filter((f) => f.state === 'done').length;
  const failed = job.files.filter((f) => f.state === 'failed').length;
  return {
    id: job.id,
    state: job.state,
    model: job.model,
    ...(job.schema ? { schema: job.schema } : {}),
    createdAt: iso(job.createdAt),
    updatedAt: iso(job.updatedAt),
    finishedAt: iso(job.finishedAt),
    ...(job.error ? { error: { code: 'JOB_FAILED', message: job.error } } : {}),
    progress: { total: job.files.length, done, failed, fraction: job.files.length === 0 ? 1 : (done + failed) / job.files.length },
    files: job.files.map((f) => {
      const base = { index: f.index, name: f.name, state: f.state };
      if (f.error) return { ...base, error: f.error };
      if (f.state !== 'done') return base;
      const result = store.getResult(resultHash(f), job.model, job.schema);
      if (!result) return { ...base, state: 'failed', error: { code: 'NOT_FOUND', message: 'the result is no longer stored (retention)' } };
      return { ...base, result: pageIn(format, pageOf(result, f.name)) };
    }),
    ...(job.callback ? { callback: job.callback } : {}),
    links: { self: `/v1/jobs/${job.id}`, result: `/v1/jobs/${job.id}/result` },
  };
}

/** The result document of a finished job: its pages, and its failed files as `errors`. */
export function jobDocument(job: JobRecord, store: JobStore, format: ResponseFormat): Record<string, unknown> {
  const pages: PageJson[] = [];
  const errors: FileError[] = [];
  let model = { name: job.model, version: '' };
  for (const f of job.files) {
    const result = f.state === 'done' ? store.getResult(resultHash(f), job.model, job.schema) : undefined;
    if (result) {
      model = result.model;
      pages.push(pageOf(result, f.name));
    } else {
      errors.push({ image: f.name, code: f.error?.code ?? 'NOT_FOUND', message: f.error?.message ?? 'no result for this file' });
    }
  }
  return { ...toDocument(model, pages, errors, format, job.schema), job: { id: job.id, state: job.state, ...(job.error ? { error: job.error } : {}) } };
}
