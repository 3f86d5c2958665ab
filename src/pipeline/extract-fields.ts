/**
 * The `--schema` hook of `kie extract`: adds each page's schema fields
 * (src/pipeline/fields.ts) to the extract JSON, computed from the page's SER
 * segments. Kept apart from the extract JSON module so that it stays one line
 * there.
 */
import type { DocumentSchema } from '../core/schema.js';
import type { ExtractJson, ExtractPageJson, ExtractedPage } from './extract-json.js';
import { extractFields, type ExtractedFields, type ExtractFieldsOptions } from './fields.js';

/** The extract JSON with the schema named and `fields` on every page. */
export type ExtractJsonWithFields = Omit<ExtractJson, 'pages'> & {
  documentSchema: string;
  pages: Array<ExtractPageJson & { fields: ExtractedFields }>;
};

/**
 * Adds `fields` to each page of an extract JSON (pages in the same order as `pages`).
 *
 * @example
 * const json = withFields(toExtractJson(pages, model), pages, await loadDocumentSchema('receipt'));
 * json.pages[0].fields.total // {value: '23.10', normalized: '23.10', valid: true, ...}
 */
export function withFields(
  json: ExtractJson,
  pages: readonly ExtractedPage[],
  schema: DocumentSchema,
  options: ExtractFieldsOptions = {},
): ExtractJsonWithFields {
  return {
    ...json,
    documentSchema: schema.name,
    pages: json.pages.map((page, i) => {
      const result = pages[i]?.result;
      const fields = result ? extractFields({ segments: result.segments, width: result.width, height: result.height }, schema, options) : {};
      return { ...page, fields };
    }),
  };
}
