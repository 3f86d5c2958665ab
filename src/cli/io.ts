/** Where the CLI writes; tests pass a fake that records output. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
}

/** State shared by the commands of one CLI run. */
export interface CliContext {
  readonly io: CliIo;
  /** Set by a command that finished with a failure it already reported (e.g. one bad file of a batch). */
  exitCode: number;
  /** `--debug`: print stack traces and causes. */
  debug: boolean;
}
