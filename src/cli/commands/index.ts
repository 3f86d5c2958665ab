import type { Command } from 'commander';
import type { CliContext } from '../io.js';
import { registerOcrCommand } from './ocr.js';

/** Adds every sub-command to the program. One line per command file. */
export function registerCommands(program: Command, ctx: CliContext): void {
  registerOcrCommand(program, ctx);
}
