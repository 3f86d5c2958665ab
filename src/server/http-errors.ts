import type { KieErrorCode } from '../core/errors.js';

/** The HTTP statuses kie's servers answer errors with. */
export type ErrorStatus = 400 | 401 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503 | 504;

/**
 * The one mapping from error codes to HTTP statuses, shared by the label server
 * and the API server so that a code means the same status everywhere.
 */
export const HTTP_STATUS: Readonly<Record<KieErrorCode, ErrorStatus>> = Object.freeze({
  INTERNAL: 500,
  INVALID_ARGUMENT: 400,
  FILE_NOT_FOUND: 404,
  NOT_A_FILE: 404,
  EMPTY_FILE: 422,
  // The bytes are not an image kie reads: the media type is the problem.
  UNSUPPORTED_IMAGE: 415,
  CORRUPT_IMAGE: 422,
  IMAGE_TOO_LARGE: 413,
  MODEL_NOT_FOUND: 503,
  MODEL_INVALID: 503,
  INVALID_DATA: 422,
  UNKNOWN_LABEL: 400,
  UNKNOWN_FORMAT: 400,
  OUTPUT_FAILED: 500,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  TIMEOUT: 504,
  UNAVAILABLE: 503,
});

/** The status of an error code. */
export function httpStatusFor(code: KieErrorCode): ErrorStatus {
  return HTTP_STATUS[code];
}
