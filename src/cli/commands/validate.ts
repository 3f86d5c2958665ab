import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { fixDataset } from '../../core/document-fix.js';
import { validateDataset, type ValidationIssue } from '../../core/document-validate.js';
import { KieError } from '../../core/errors.js';
import { parseClassList } from '../../core/labels.js';
import { isDirectory, readTextFile } from '../../io/formats/files.js';
import { validateImages } from '../../io/formats/images.js';
import { detectFormat, getFormat, readDataset, writeDataset } from '../../io/formats/registry.js';
import { exitCodeFor } from '../exit-codes.js';
import type { CliContext } from '../io.js';

interface ValidateOptions {
  format?: string;
  labels?: string;
  fix: boolean;
  images: boolean;
  json: boolean;
}

export function registerValidateCommand(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check a dataset: links, ids, labels, geometry, text, images; --fix repairs what is safe')
    .argument('<path>', 'dataset file or folder')
    .option('-f, --format <name>', 'dataset format (detected when left out)')
    .option('--labels <file>', 'class list to check labels against (one class per line)')
    .option('--fix', 'repair links, duplicate ids and points outside the image; write back in the same format', false)
    .option('--no-images', 'skip the image checks')
    .option('--json', 'print the issues as JSON', false)
    .action(async (path: string, opts: ValidateOptions) => {
      await runValidate(ctx, resolve(ctx.io.cwd, path), opts);
    });
}

async function runValidate(ctx: CliContext, path: string, opts: ValidateOptions): Promise<void> {
  const format = getFormat(opts.format ?? (await detectFormat(path)));
  const classes = opts.labels ? parseClassList(await readTextFile(resolve(ctx.io.cwd, opts.labels)), opts.labels) : undefined;
  let dataset = await readDataset(path, { format: format.name });
  const fixes: string[] = [];
  if (opts.fix) {
    if (!format.write) throw new KieError('UNKNOWN_FORMAT', `--fix cannot write back format "${format.name}" (read only)`);
    const result = fixDataset(dataset);
    fixes.push(...result.actions);
    if (result.actions.length > 0) {
      dataset = result.dataset;
      // Folder formats given one of their files are written back to that file's folder.
      const target = format.layout === 'folder' && !(await isDirectory(path)) ? dirname(format.name === 'funsd' ? dirname(path) : path) : path;
      await writeDataset(dataset, target, { format: format.name, images: 'keep' });
    }
  }
  const issues = [...validateDataset(dataset, { classes }), ...(opts.images ? await validateImages(dataset) : [])];
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (opts.json) {
    ctx.io.stdout(`${JSON.stringify({ format: format.name, errors, warnings: issues.length - errors, fixes, issues }, null, 2)}\n`);
  } else {
    for (const f of fixes) ctx.io.stdout(`fixed: ${f}\n`);
    for (const issue of issues) ctx.io.stdout(`${formatIssue(issue)}\n`);
    ctx.io.stdout(
      `${format.name}: ${dataset.documents.length} documents, ${errors} errors, ${issues.length - errors} warnings` +
        `${opts.fix ? `, ${fixes.length} fixes` : ''}\n`,
    );
  }
  if (errors > 0) ctx.exitCode = exitCodeFor('INVALID_DATA');
}

/** `file:line: severity CODE document page id: message`. */
export function formatIssue(issue: ValidationIssue): string {
  const at = issue.file === undefined ? '' : issue.line === undefined ? `${issue.file}: ` : `${issue.file}:${issue.line}: `;
  const page = issue.page === undefined ? '' : ` page ${issue.page + 1}`;
  const id = issue.segmentId === undefined ? '' : ` id ${issue.segmentId}`;
  return `${at}${issue.severity} ${issue.code} ${issue.document}${page}${id}: ${issue.message}`;
}
