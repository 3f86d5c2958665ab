/**
 * Runs `kie label` as a real child process (through tsx, from the sources) and
 * reads the URL it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LabelProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `kie label <dir> --port 0 ...args` and resolves once it listens. */
export function startKieLabel(dir: string, args: readonly string[] = []): Promise<LabelProcess> {
  const script = `import { runCli } from './src/cli/run.ts'; process.exitCode = await runCli(${JSON.stringify(['label', dir, '--port', '0', ...args])});`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kie label did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /open (http:\/\/\S+)/u.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kie label exited with ${code}: ${output}`));
    });
  });
}
