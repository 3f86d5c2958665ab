import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { createKieLabeller } from '../../server/label/kie-labeller.js';
import { createOcrPredictor } from '../../server/label/predictor.js';
import { startLabelServer } from '../../server/label/serve.js';
import type { CliContext } from '../io.js';
import { parseIntOption } from '../options.js';
import { reportError } from '../report-error.js';
import { writePdfPageImages } from '../../io/pdf.js';
import { isPdfFile } from '../../pipeline/extract-inputs.js';

interface LabelCommandOptions {
  port: number;
  host: string;
  ocr: boolean;
  kie: boolean;
  model?: string;
}

function parsePort(value: string): number {
  return value === '0' ? 0 : parseIntOption(value);
}

/**
 * The PDFs of the folder (top level) as page images beside them, so that their
 * pages can be labelled: `invoice.pdf` → `invoice-page1.png`, ... (pages
 * already written are kept). A PDF that cannot be read is reported and skipped.
 */
async function renderFolderPdfs(ctx: CliContext, dir: string): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => isPdfFile(n) && !n.startsWith('.')).sort();
  } catch {
    // A missing folder is reported by the label server itself.
    return;
  }
  for (const name of names) {
    try {
      const written = await writePdfPageImages(join(dir, name));
      if (written.length > 0) ctx.io.stdout(`kie label: ${name} → ${written.join(', ')}\n`);
    } catch (error) {
      reportError(ctx, error);
    }
  }
}

/** `kie label <folder>`: the annotation app over a folder of images, until interrupted. */
export function registerLabelCommand(program: Command, ctx: CliContext): void {
  program
    .command('label')
    .description('label SER and RE in the browser: a local web app over a folder of images')
    .argument('<folder>', 'folder of images (PDFs in it are first written out as page images); annotations are saved beside them as X-AnyLabeling JSON')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 8765)
    .option('--host <host>', 'interface to bind (the default serves this machine only)', '127.0.0.1')
    .option('--no-ocr', 'hide pre-labelling (no OCR models are loaded)')
    .option('--no-kie', 'pre-label text lines only, without SER labels and RE links')
    .option('--model <name|dir>', 'SER/RE model for pre-labelling (default kie-forms)')
    .action(async (dir: string, opts: LabelCommandOptions) => {
      await renderFolderPdfs(ctx, resolve(ctx.io.cwd, dir));
      const kie = opts.ocr && opts.kie ? createKieLabeller({ model: opts.model, cwd: ctx.io.cwd }) : undefined;
      const predictor = opts.ocr ? createOcrPredictor({ ocr: { threads: 2 }, labeller: kie?.label }) : undefined;
      const server = await startLabelServer({ dir: resolve(ctx.io.cwd, dir), port: opts.port, host: opts.host, predictor });
      ctx.io.stdout(`kie label: ${server.root}\nopen ${server.url} (Ctrl+C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void Promise.all([server.close(), predictor?.release(), kie?.release()]).then(() => resolve());
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
