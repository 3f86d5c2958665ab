/**
 * The OpenAPI 3.1 description of API v1, served at `/v1/openapi.json`. Written by
 * hand as typed data; `openapi.test.ts` checks that every route the app
 * serves is described.
 */
import { IMAGE_MEDIA_TYPES } from './limits.js';
import { RESPONSE_FORMATS } from './views.js';

/** The small part of OpenAPI 3.1 this document uses. */
type Schema = { readonly [key: string]: unknown };
interface Operation {
  readonly operationId: string;
  readonly summary: string;
  readonly security?: readonly Record<string, readonly string[]>[];
  readonly parameters?: readonly Schema[];
  readonly requestBody?: Schema;
  readonly responses: Readonly<Record<string, Schema>>;
}
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly paths: Readonly<Record<string, Readonly<Partial<Record<'get' | 'post' | 'delete', Operation>>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, Schema>>; readonly securitySchemes: Readonly<Record<string, Schema>> };
  readonly security: readonly Record<string, readonly string[]>[];
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema, description: string): Schema => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Schema => json(ref('Error'), description);
/** A result document as JSON, or (format=csv) its fields as CSV. */
const documentOrCsv = (description: string): Schema => ({
  description,
  content: { 'application/json': { schema: ref('ExtractDocument') }, 'text/csv': { schema: { type: 'string', description: 'format=csv: one row per page (the fields) and per failed file (its error)' } } },
});
const PUBLIC: readonly Record<string, readonly string[]>[] = [];

const modelParam: Schema = { name: 'model', in: 'query', schema: { type: 'string' }, description: 'a name from GET /v1/models (default: the first)' };
const schemaParam: Schema = {
  name: 'schema',
  in: 'query',
  schema: { type: 'string' },
  description: "a document schema from GET /v1/models (receipt, form): each page gets its `fields`; without a model, the schema's own model runs",
};
const formatParam: Schema = { name: 'format', in: 'query', schema: { type: 'string', enum: [...RESPONSE_FORMATS], default: 'json' } };
const idParam: Schema = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const upload = (many: boolean): Schema => ({
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: many ? { type: 'array', items: { type: 'string', format: 'binary' } } : { type: 'string', format: 'binary' },
          ...(many ? { model: { type: 'string' }, schema: { type: 'string' }, callbackUrl: { type: 'string', format: 'uri' } } : {}),
        },
      },
    },
    ...Object.fromEntries(IMAGE_MEDIA_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
  },
});

const common = {
  '400': error('malformed request (the message names the problem)'),
  '401': error('missing, invalid or revoked API key'),
  '413': error('upload or image over the limits'),
  '415': error('not an image kie reads (sniffed from the bytes)'),
  '429': error('rate limit or queue full; see Retry-After'),
} as const;

/** Builds the document for a server version. */
export function openApiDocument(version: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'kie API',
      version,
      description: 'Key information extraction from document images and PDFs: OCR (or a PDF page\'s own text) → SER → RE → key-values. Results follow the `kie extract` JSON (schemaVersion 1).',
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/extract': {
        post: {
          operationId: 'extract',
          summary: 'Extract one page synchronously (an image, or a one-page PDF)',
          parameters: [modelParam, schemaParam, formatParam, { name: 'name', in: 'query', schema: { type: 'string' }, description: 'file name for a raw image body' }],
          requestBody: upload(false),
          responses: { '200': documentOrCsv('the extraction'), ...common, '504': error('request timeout') },
        },
      },
      '/v1/jobs': {
        post: {
          operationId: 'createJob',
          summary: 'Submit a batch of pages as an asynchronous job (a PDF counts as its pages, each named file.pdf#page=N)',
          parameters: [modelParam, schemaParam, { name: 'callbackUrl', in: 'query', schema: { type: 'string', format: 'uri' } }],
          requestBody: upload(true),
          responses: { '202': { ...json(ref('Job'), 'accepted'), headers: { Location: { schema: { type: 'string' } } } }, ...common },
        },
      },
      '/v1/jobs/{id}': {
        get: {
          operationId: 'getJob',
          summary: 'Status, progress and per-file results or errors',
          parameters: [idParam, formatParam],
          responses: { '200': json(ref('Job'), 'the job'), '404': error('no such job for this key') },
        },
        delete: {
          operationId: 'deleteJob',
          summary: 'Cancel a job and delete it with its results',
          parameters: [idParam],
          responses: { '204': { description: 'deleted' }, '404': error('no such job for this key') },
        },
      },
      '/v1/jobs/{id}/result': {
        get: {
          operationId: 'getJobResult',
          summary: 'The result document of a finished job (202 with the status while it runs)',
          parameters: [idParam, formatParam],
          responses: { '200': documentOrCsv('the result'), '202': json(ref('Job'), 'not finished'), '404': error('no such job') },
        },
      },
      '/v1/models': {
        get: { operationId: 'listModels', summary: 'Models and document schemas this server runs', responses: { '200': json({ type: 'object' }, 'the models and schemas') } },
      },
      '/v1/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', security: PUBLIC, responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') } },
      },
      '/healthz': { get: { operationId: 'health', summary: 'Liveness', security: PUBLIC, responses: { '200': json({ type: 'object' }, 'alive') } } },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'Readiness: workers loaded, not shutting down',
          security: PUBLIC,
          responses: { '200': json({ type: 'object' }, 'ready'), '503': json({ type: 'object' }, 'not ready') },
        },
      },
      '/metrics': {
        get: {
          operationId: 'metrics',
          summary: 'Prometheus metrics',
          security: PUBLIC,
          responses: { '200': { description: 'text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'an API key from `kie keys create`' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, requestId: { type: 'string' } },
            },
          },
        },
        ExtractDocument: {
          type: 'object',
          required: ['schemaVersion', 'model', 'pages'],
          properties: {
            schemaVersion: { const: 1 },
            model: { type: 'object', properties: { name: { type: 'string' }, version: { type: 'string' } } },
            documentSchema: { type: 'string', description: 'the schema the pages were read with, when the request named one' },
            pages: { type: 'array', items: ref('Page') },
            errors: { type: 'array', items: { type: 'object', properties: { image: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
        Page: {
          type: 'object',
          description: 'one page as `kie extract` writes it; coordinates in image pixels, times in ms',
          properties: {
            image: { type: 'string' },
            width: { type: 'integer' },
            height: { type: 'integer' },
            segments: { type: 'array', items: { type: 'object' } },
            links: { type: 'array', items: { type: 'object' } },
            keyValues: {
              type: 'array',
              items: { type: 'object', properties: { key: { type: 'string' }, value: { type: 'string' }, score: { type: 'number' } } },
            },
            timings: { type: 'object' },
            fields: {
              type: 'object',
              description: 'with a schema: field name → {value, normalized, currency?, score, segmentIds, valid, problems, source, read?} (a list for multiple fields)',
              additionalProperties: true,
            },
          },
        },
        Job: {
          type: 'object',
          required: ['id', 'state', 'progress', 'files'],
          properties: {
            id: { type: 'string' },
            state: { enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] },
            model: { type: 'string' },
            schema: { type: 'string' },
            error: ref('Error'),
            progress: { type: 'object', properties: { total: { type: 'integer' }, done: { type: 'integer' }, failed: { type: 'integer' } } },
            files: { type: 'array', items: { type: 'object' } },
          },
        },
      },
    },
  };
}
