import type { KieErrorCode } from '../../core/errors.js';

/** The one mapping from error codes to HTTP statuses of the label server. */
export const HTTP_STATUS: Readonly<Record<KieErrorCode, 400 | 404 | 409 | 413 | 422 | 500 | 503>> = Object.freeze({
  INTERNAL: 500,
  INVALID_ARGUMENT: 400,
  FILE_NOT_FOUND: 404,
  NOT_A_FILE: 404,
  EMPTY_FILE: 422,
  UNSUPPORTED_IMAGE: 422,
  CORRUPT_IMAGE: 422,
  IMAGE_TOO_LARGE: 413,
  MODEL_NOT_FOUND: 503,
  MODEL_INVALID: 503,
  INVALID_DATA: 422,
  UNKNOWN_LABEL: 400,
  UNKNOWN_FORMAT: 400,
  OUTPUT_FAILED: 500,
});
