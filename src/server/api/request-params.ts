/** Query and form parameters shared by the routes, validated with messages naming the choices. */
import { KieError } from '../../core/errors.js';

/** The model a request names (default: the first of the server's list). */
export function parseModel(value: string | undefined, models: readonly string[]): string {
  if (value === undefined || value === '') return models[0]!;
  if (models.includes(value)) return value;
  throw new KieError('INVALID_ARGUMENT', `model must be one of ${models.join(', ')}, got ${JSON.stringify(value)}`);
}

/** What a request asks to run: a model, and the shipped schema whose fields its pages get (or null). */
export interface Recipe {
  readonly model: string;
  readonly schema: string | null;
}

/**
 * The `model` and `schema` parameters. A schema without a model runs the
 * model made for the schema (`schema=receipt` runs `receipts`) when the server
 * offers it, else the default model.
 */
export function parseRecipe(
  model: string | undefined,
  schema: string | undefined,
  offer: { readonly models: readonly string[]; readonly schemas?: readonly string[]; readonly schemaModels?: ReadonlyMap<string, string> },
): Recipe {
  if (schema === undefined || schema === '') return { model: parseModel(model, offer.models), schema: null };
  const schemas = offer.schemas ?? [];
  if (!schemas.includes(schema)) {
    throw new KieError('INVALID_ARGUMENT', `schema must be one of ${schemas.join(', ') || '(none on this server)'}, got ${JSON.stringify(schema)}`);
  }
  const made = offer.schemaModels?.get(schema);
  const chosen = (model === undefined || model === '') && made !== undefined && offer.models.includes(made) ? made : model;
  return { model: parseModel(chosen, offer.models), schema };
}

/** A callback URL: absolute http(s), no credentials in it. */
export function parseCallbackUrl(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new KieError('INVALID_ARGUMENT', `callbackUrl is not a URL: ${JSON.stringify(value)}`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new KieError('INVALID_ARGUMENT', `callbackUrl must be http or https, got ${url.protocol}`);
  }
  if (url.username || url.password) throw new KieError('INVALID_ARGUMENT', 'callbackUrl must not contain credentials');
  return url.href;
}
