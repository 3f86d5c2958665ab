/**
 * The one error type of kie. Every failure that a user can cause or fix carries a
 * {@link KieErrorCode}; adapters (CLI, server) map codes to exit codes and HTTP
 * statuses in one place each.
 */
export const KIE_ERROR_CODES = [
  'FILE_NOT_FOUND',
  'NOT_A_FILE',
  'EMPTY_FILE',
  'UNSUPPORTED_IMAGE',
  'CORRUPT_IMAGE',
  'IMAGE_TOO_LARGE',
  'MODEL_NOT_FOUND',
  'MODEL_INVALID',
  'INVALID_ARGUMENT',
  'INVALID_DATA',
  'UNKNOWN_LABEL',
  'UNKNOWN_FORMAT',
  'OUTPUT_FAILED',
  // Service errors (the HTTP API and its key store).
  'UNAUTHORIZED',
  'NOT_FOUND',
  'RATE_LIMITED',
  'TIMEOUT',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type KieErrorCode = (typeof KIE_ERROR_CODES)[number];

export interface KieErrorOptions {
  /** The underlying error, kept for `--debug` output and logs. */
  readonly cause?: unknown;
  /** The file (image, model, dataset) the error is about, if any. */
  readonly path?: string;
}

export class KieError extends Error {
  readonly code: KieErrorCode;
  readonly path: string | undefined;

  constructor(code: KieErrorCode, message: string, options: KieErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KieError';
    this.code = code;
    this.path = options.path;
  }

  /** Plain JSON form for logs and API responses (no stack, no cause object). */
  toJSON(): { code: KieErrorCode; message: string; path?: string } {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}

/** Type guard usable across module copies (checks the shape, not the prototype). */
export function isKieError(value: unknown): value is KieError {
  return (
    value instanceof KieError ||
    (value instanceof Error &&
      (value as { name?: unknown }).name === 'KieError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** Wraps anything thrown into a KieError, keeping KieErrors as they are. */
export function toKieError(value: unknown, fallback: KieErrorCode = 'INTERNAL'): KieError {
  if (isKieError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new KieError(fallback, message, { cause: value });
}
