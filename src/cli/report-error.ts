import { toKieError } from '../core/errors.js';
import type { CliContext } from './io.js';
import { exitCodeFor } from './exit-codes.js';

/**
 * Prints one error as `kie: error CODE: message` (plus stack and cause with
 * `--debug`) and returns its exit code.
 */
export function reportError(ctx: CliContext, error: unknown): number {
  const err = toKieError(error);
  ctx.io.stderr(`kie: error ${err.code}: ${err.message}\n`);
  if (ctx.debug) {
    if (err.stack) ctx.io.stderr(`${err.stack}\n`);
    if (err.cause instanceof Error && err.cause.stack) ctx.io.stderr(`caused by: ${err.cause.stack}\n`);
    else if (err.cause !== undefined) ctx.io.stderr(`caused by: ${String(err.cause)}\n`);
  }
  return exitCodeFor(err.code);
}
