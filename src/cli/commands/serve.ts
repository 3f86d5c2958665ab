import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CLEANUP_SPEC_CHOICES, parseCleanupSpec } from '../../pipeline/clean-up.js';
import { startApiServer } from '../../server/api/serve.js';
import { ENCRYPTION_KEY_ENV, parseEncryptionKey } from '../../server/store/seal.js';
import type { CliContext } from '../io.js';
import { parseIntOption } from '../options.js';

interface ServeCommandOptions {
  port: number;
  host: string;
  data: string;
  workers?: number;
  auth: boolean;
  retentionHours: number;
  maxUploadMb: number;
  maxPixels: number;
  maxFiles: number;
  requestTimeout: number;
  queue: number;
  rateLimit: number;
  engine: 'kie' | 'ocr';
  preprocess: string;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected 0 or a positive integer, got "${value}"`);
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return n;
}

/** `kie serve`: the HTTP API over the pipeline, until interrupted. */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve extraction over HTTP: sync /v1/extract, async /v1/jobs, API keys, SQLite storage (see /v1/openapi.json)')
    .option('--port <n>', 'port to listen on (0: any free port)', parseCount, 8080)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--data <dir>', 'folder of the database (jobs, results, uploads, keys)', 'kie-data')
    .option('--workers <n>', 'page worker threads (default: the core count; 0: in the main thread)', parseCount)
    .option('--no-auth', 'serve without API keys (only on 127.0.0.1 / ::1)')
    .option('--retention-hours <h>', 'delete finished jobs and results after this many hours (0: keep)', parseCount, 168)
    .option('--max-upload-mb <mb>', 'largest uploaded file', parsePositive, 20)
    .option('--max-pixels <n>', 'largest image in pixels', parseIntOption, 40_000_000)
    .option('--max-files <n>', 'most files in one job (a PDF counts as its pages)', parseIntOption, 50)
    .option('--request-timeout <s>', 'seconds a synchronous extraction may take', parsePositive, 60)
    .option('--queue <n>', 'synchronous pages that may wait for a worker before 429', parseCount, 16)
    .option('--rate-limit <n>', 'requests per second per API key (burst: twice that; 0: no limit)', parseCount, 20)
    .addOption(new Option('--engine <engine>', 'kie: OCR → SER → RE; ocr: OCR lines only').choices(['kie', 'ocr']).default('kie'))
    .option('--preprocess <steps>', `image clean-up before OCR: ${CLEANUP_SPEC_CHOICES}`, 'default')
    .action(async (opts: ServeCommandOptions) => {
      const keyText = process.env[ENCRYPTION_KEY_ENV];
      const encryptionKey = keyText ? parseEncryptionKey(keyText) : undefined;
      const server = await startApiServer({
        dataDir: resolve(ctx.io.cwd, opts.data),
        port: opts.port,
        host: opts.host,
        workers: opts.workers,
        auth: opts.auth,
        retentionHours: opts.retentionHours,
        engine: opts.engine,
        preprocess: parseCleanupSpec(opts.preprocess),
        encryptionKey,
        callbacks: process.env.KIE_CALLBACK_SECRET ? { secret: process.env.KIE_CALLBACK_SECRET } : {},
        rateLimit: opts.rateLimit === 0 ? null : { perSecond: opts.rateLimit, burst: opts.rateLimit * 2 },
        limits: {
          maxUploadBytes: Math.round(opts.maxUploadMb * 1024 * 1024),
          maxPixels: opts.maxPixels,
          maxFilesPerJob: opts.maxFiles,
          requestTimeoutMs: opts.requestTimeout * 1000,
          maxQueue: opts.queue,
        },
        log: (entry) => ctx.io.stdout(`${JSON.stringify(entry)}\n`),
      });
      try {
        await server.ready;
      } catch (error) {
        await server.close();
        throw error;
      }
      ctx.io.stderr(
        `kie serve: ${server.url} (data ${resolve(ctx.io.cwd, opts.data)}${opts.auth ? '' : ', no auth'}${encryptionKey ? ', encrypted' : ''}; Ctrl+C to stop)\n`,
      );
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(() => done());
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
