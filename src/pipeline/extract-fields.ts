/**
 * The `--schema` hook of `kie extract`: adds each page's schema fields
 * (src/pipeline/fields.ts) to the extract JSON, computed from the page's SER
 * segments. Kept apart from the extract JSON module so that it stays one line
 * there.
 */
import type { DocumentSchema } from '../core/schema.js';
import type { ExtractJson, ExtractPageJson, ExtractedPage } from './extract-json.js';
import { applyAffine, invertAffine } from '../core/image-transform.js';
import { extractFields, type ExtractedFields, type ExtractFieldsOptions, type FieldsInput } from './fields.js';
import type { KnownValues } from '../core/known-values.js';
import type { Lexicon } from '../core/lexicon.js';
import type { ExtractResult } from './kie.js';

/** The segments of a result as field extraction needs them: upright (in the frame clean-up read the page in). */
function uprightInput(result: ExtractResult): FieldsInput {
  const frame = result.readFrame;
  if (!frame) return { segments: result.segments, width: result.width, height: result.height };
  const m = invertAffine(frame.toInput);
  const segments = result.segments.map((s) => ({ ...s, points: s.points.map((p) => applyAffine(m, p)) }));
  return { segments, width: frame.width, height: frame.height };
}

/**
 * The field options a model reads with: its word list and (unless turned off)
 * its known values, in the given mode.
 *
 * @example
 * resultFields(result, schema, modelFieldOptions(extractor.model, 'auto'))
 */
export function modelFieldOptions(
  model: { readonly lexicon?: Lexicon; readonly knownValues?: KnownValues; readonly manifest?: { readonly ocr?: { readonly rereadWords?: boolean } } },
  mode: NonNullable<ExtractFieldsOptions['mode']>,
  useKnownValues = true,
): ExtractFieldsOptions {
  const { lexicon, knownValues } = model;
  // A model whose OCR re-reads words against its lexicon has had them weighed against the picture already.
  const reread = lexicon && model.manifest?.ocr?.rereadWords === true ? { lexiconReread: true } : {};
  return { mode, ...(lexicon ? { lexicon } : {}), ...reread, ...(knownValues && useKnownValues ? { knownValues } : {}) };
}

/**
 * The schema fields of one extraction result, read from its segments upright.
 *
 * @example
 * const fields = resultFields(await extractor.extract('receipt.jpg'), await loadDocumentSchema('receipt'));
 * fields.total // {value: '23.10', normalized: '23.10', valid: true, ...}
 */
export function resultFields(result: ExtractResult, schema: DocumentSchema, options: ExtractFieldsOptions = {}): ExtractedFields {
  return extractFields(uprightInput(result), schema, options);
}

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
      const fields = result ? resultFields(result, schema, options) : {};
      return { ...page, fields };
    }),
  };
}
