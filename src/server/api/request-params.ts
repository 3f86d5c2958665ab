/** Query and form parameters shared by the routes, validated with messages naming the choices. */
import { KieError } from '../../core/errors.js';

/** The model a request names (default: the first of the server's list). */
export function parseModel(value: string | undefined, models: readonly string[]): string {
  if (value === undefined || value === '') return models[0]!;
  if (models.includes(value)) return value;
  throw new KieError('INVALID_ARGUMENT', `model must be one of ${models.join(', ')}, got ${JSON.stringify(value)}`);
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
