import { resolve } from 'node:path';
import { evaluateFields } from '../../eval/field-metrics.js';
import { readFieldTable } from '../../io/field-table.js';
import type { CliContext } from '../io.js';

/** Options of `kie eval` that the fields mode reads. */
export interface FieldsEvalOptions {
  readonly gold: string;
  readonly pred: string;
  readonly goldFormat?: string;
  readonly predFormat?: string;
  readonly json: boolean;
}

const num = (v: number): string => v.toFixed(4);

/**
 * `kie eval --mode fields`: per-field precision / recall / F1 of predicted field
 * values (kie extract --schema JSON, a folder of per-document JSON, or a dataset
 * with fields) against gold ones, with the SROIE task 3 comparison.
 */
export async function runFieldsEval(ctx: CliContext, opts: FieldsEvalOptions): Promise<void> {
  const gold = await readFieldTable(resolve(ctx.io.cwd, opts.gold), opts.goldFormat);
  const pred = await readFieldTable(resolve(ctx.io.cwd, opts.pred), opts.predFormat);
  const metrics = evaluateFields(gold, pred);
  if (opts.json) {
    ctx.io.stdout(`${JSON.stringify({ mode: 'fields', fields: metrics }, null, 2)}\n`);
    return;
  }
  const line = (name: string, m: (typeof metrics)['overall']): string =>
    `${name.padEnd(22)} precision ${num(m.precision)}  recall ${num(m.recall)}  F1 ${num(m.hmean)}  (tp ${m.tp}, gold ${m.gold}, pred ${m.pred})`;
  const lines = [`fields (${metrics.predictedDocuments}/${metrics.documents} documents predicted)`];
  for (const [name, m] of Object.entries(metrics.perField)) lines.push(line(`  ${name}`, m));
  lines.push(line('overall', metrics.overall));
  ctx.io.stdout(`${lines.join('\n')}\n`);
}
