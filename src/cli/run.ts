import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { processIo, type CliContext, type CliIo } from './io.js';
import { USAGE_EXIT_CODE } from './exit-codes.js';
import { reportError } from './report-error.js';

/**
 * Runs the `kie` command line with `argv` (without `node` and the script path)
 * and resolves to the exit code. Never calls `process.exit`, so tests can call it
 * with a fake {@link CliIo}.
 *
 * @example
 * const code = await runCli(['ocr', 'examples/form-en.png']);
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0, debug: argv.includes('--debug') };
  const program = new Command('kie')
    .description('Key information extraction from document images: OCR, SER, RE.')
    .option('--debug', 'print stack traces of errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run kie --help for usage)');
  registerCommands(program, ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      return USAGE_EXIT_CODE;
    }
    return reportError(ctx, error);
  }
  return ctx.exitCode;
}
