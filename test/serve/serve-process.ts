/** Runs `kie serve` as a real child process (through tsx, from the sources) and reads the URL it prints when ready. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Output so far (logs on stdout, messages on stderr). */
  output(): string;
  /** Kills the process with `signal` and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `kie serve --port 0 ...args` and resolves once it is ready. */
export function startKieServe(args: readonly string[]): Promise<ServeProcess> {
  const script = `import { runCli } from './src/cli/run.ts'; process.exitCode = await runCli(${JSON.stringify(['serve', '--port', '0', ...args])});`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`kie serve did not start: ${output}`));
    }, 90_000);
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => {
      output += c.toString();
      const match = /kie serve: (http:\/\/\S+)/u.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ url: match[1], child, output: () => output, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kie serve exited with ${code}: ${output}`));
    });
  });
}
