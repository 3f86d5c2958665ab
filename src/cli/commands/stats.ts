import { resolve } from 'node:path';
import type { Command } from 'commander';
import { datasetStats, type DatasetStats, type Distribution } from '../../core/document-stats.js';
import { readDataset } from '../../io/formats/registry.js';
import type { CliContext } from '../io.js';

interface StatsOptions {
  format?: string;
  json: boolean;
}

export function registerStatsCommand(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('count documents, segments per label, link kinds, text lengths and box sizes of a dataset')
    .argument('<path>', 'dataset file or folder')
    .option('-f, --format <name>', 'dataset format (detected when left out)')
    .option('--json', 'print JSON', false)
    .action(async (path: string, opts: StatsOptions) => {
      const dataset = await readDataset(resolve(ctx.io.cwd, path), { format: opts.format, imageSizes: false });
      const stats = datasetStats(dataset);
      ctx.io.stdout(opts.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    });
}

/** The text form of {@link DatasetStats}. */
export function formatStats(stats: DatasetStats): string {
  const lines = [
    `documents  ${stats.documents}`,
    `pages      ${stats.pages}`,
    `segments   ${stats.segments}`,
    'segments per label:',
    ...Object.entries(stats.labels)
      .sort((a, b) => b[1] - a[1])
      .map(([label, n]) => `  ${label.padEnd(18)} ${n}`),
    'links:',
    ...Object.entries(stats.links).map(([kind, n]) => `  ${kind.padEnd(18)} ${n}`),
    'distributions:       min   median      p90      max',
    distLine('text length (chars)', stats.textLength),
    distLine('box width (px)', stats.boxWidth),
    distLine('box height (px)', stats.boxHeight),
  ];
  return `${lines.join('\n')}\n`;
}

function distLine(name: string, d: Distribution): string {
  const f = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1)).padStart(8);
  return `  ${name.padEnd(19)}${f(d.min)} ${f(d.median)} ${f(d.p90)} ${f(d.max)}`;
}
