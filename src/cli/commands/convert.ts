import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { convertDataset } from '../../io/formats/convert.js';
import { FORMAT_NAMES } from '../../io/formats/types.js';
import type { CliContext } from '../io.js';
import { parseFloatOption, parseIntOption } from '../options.js';
import { formatWeakLabelReport } from '../weak-label-report.js';

interface ConvertCommandOptions {
  from?: string;
  to: string;
  split?: number;
  seed: number;
  images: 'copy' | 'reference';
  imageDir?: string;
  weakLabels: boolean;
  schema?: string;
}

function parseImages(value: string): 'copy' | 'reference' {
  if (value !== 'copy' && value !== 'reference') throw new InvalidArgumentError('expected copy or reference');
  return value;
}

function parseSeed(value: string): number {
  return value === '0' ? 0 : parseIntOption(value);
}

export function registerConvertCommand(program: Command, ctx: CliContext): void {
  program
    .command('convert')
    .description(`convert a dataset between formats (${FORMAT_NAMES.join(', ')})`)
    .argument('<in>', 'input file or folder')
    .argument('<out>', 'output file or folder (a folder with --split)')
    .option('--from <format>', 'input format (detected from the contents when left out)')
    .requiredOption('--to <format>', 'output format')
    .option('--split <ratio>', 'write a train part with this fraction of the documents and a val part', parseFloatOption)
    .option('--seed <n>', 'seed of the shuffle before --split', parseSeed, 0)
    .option('--images <mode>', 'copy: copy images beside the output; reference: point at the originals', parseImages, 'reference')
    .option('--image-dir <dir>', 'extra folder to look for the input images in')
    .option('--no-weak-labels', 'keep lines unlabelled when documents carry field values (SROIE); by default the values are matched to lines')
    .option('--schema <name|file>', 'document schema naming the fields for weak labels (default receipt)')
    .action(async (input: string, output: string, opts: ConvertCommandOptions) => {
      const result = await convertDataset(resolve(ctx.io.cwd, input), resolve(ctx.io.cwd, output), {
        from: opts.from,
        to: opts.to,
        split: opts.split,
        seed: opts.seed,
        images: opts.images,
        imageDir: opts.imageDir === undefined ? undefined : resolve(ctx.io.cwd, opts.imageDir),
        weakLabels: opts.weakLabels,
        schema: opts.schema === undefined ? undefined : /[\\/]|\.json$/u.test(opts.schema) ? resolve(ctx.io.cwd, opts.schema) : opts.schema,
      });
      if (result.weakLabels) ctx.io.stdout(formatWeakLabelReport(result.weakLabels));
      const parts = result.parts ? ` (train ${result.parts.train}, val ${result.parts.val})` : '';
      ctx.io.stdout(
        `read ${result.documents} documents, ${result.segments} segments as ${result.from}; ` +
          `wrote ${result.to}${parts}: ${result.written.length} files\n`,
      );
    });
}
