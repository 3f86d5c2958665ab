import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export interface KieRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the kie CLI in-process with `cwd` and captures its output. */
export async function runKie(cwd: string, ...argv: string[]): Promise<KieRun> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd };
  const code = await runCli(argv, io);
  return { code, out, err };
}
