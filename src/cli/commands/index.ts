import type { Command } from 'commander';
import type { CliContext } from '../io.js';
import { registerOcrCommand } from './ocr.js';
import { registerConvertCommand } from './convert.js';
import { registerValidateCommand } from './validate.js';
import { registerStatsCommand } from './stats.js';
import { registerEvalCommand } from './eval.js';
import { registerLabelCommand } from './label.js';
import { registerExtractCommand } from './extract.js';
import { registerServeCommand } from './serve.js';
import { registerKeysCommand } from './keys.js';
import { registerTrainCommand } from './train.js';

/** Adds every sub-command to the program. One line per command file. */
export function registerCommands(program: Command, ctx: CliContext): void {
  registerOcrCommand(program, ctx);
  registerConvertCommand(program, ctx);
  registerValidateCommand(program, ctx);
  registerStatsCommand(program, ctx);
  registerEvalCommand(program, ctx);
  registerLabelCommand(program, ctx);
  registerExtractCommand(program, ctx);
  registerServeCommand(program, ctx);
  registerKeysCommand(program, ctx);
  registerTrainCommand(program, ctx);
}
