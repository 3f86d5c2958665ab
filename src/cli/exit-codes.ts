import type { KieErrorCode } from '../core/errors.js';

/**
 * The one mapping from error codes to process exit codes. 2 is also what a
 * command-line usage error (unknown option, missing argument) exits with.
 */
export const EXIT_CODES: Readonly<Record<KieErrorCode, number>> = Object.freeze({
  INTERNAL: 1,
  INVALID_ARGUMENT: 2,
  FILE_NOT_FOUND: 3,
  NOT_A_FILE: 4,
  EMPTY_FILE: 5,
  UNSUPPORTED_IMAGE: 6,
  CORRUPT_IMAGE: 7,
  IMAGE_TOO_LARGE: 8,
  MODEL_NOT_FOUND: 9,
  MODEL_INVALID: 10,
  INVALID_DATA: 11,
  UNKNOWN_LABEL: 12,
  UNKNOWN_FORMAT: 13,
  OUTPUT_FAILED: 14,
  UNAUTHORIZED: 15,
  NOT_FOUND: 16,
  RATE_LIMITED: 17,
  TIMEOUT: 18,
  UNAVAILABLE: 19,
});

export const USAGE_EXIT_CODE = 2;

export function exitCodeFor(code: KieErrorCode): number {
  return EXIT_CODES[code];
}
