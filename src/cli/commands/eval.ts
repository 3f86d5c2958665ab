import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { readDataset } from '../../io/formats/registry.js';
import { evaluateE2e } from '../../eval/e2e-metrics.js';
import { evaluateOcr } from '../../eval/ocr-metrics.js';
import type { Prf } from '../../eval/prf.js';
import { evaluateRe } from '../../eval/re-metrics.js';
import { evaluateSer } from '../../eval/ser-metrics.js';
import type { CliContext } from '../io.js';
import { parseFloatOption } from '../options.js';
import { runFieldsEval } from './eval-fields.js';

const MODES = ['gold', 'e2e', 'ocr', 'fields'] as const;
type EvalMode = (typeof MODES)[number];

interface EvalOptions {
  gold: string;
  pred: string;
  goldFormat?: string;
  predFormat?: string;
  mode: EvalMode;
  json: boolean;
  iou: number;
  halfWidth: boolean;
}

function parseMode(value: string): EvalMode {
  if (!(MODES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${MODES.join(', ')}`);
  return value as EvalMode;
}

export function registerEvalCommand(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('score predictions against gold annotations: SER + RE on gold OCR, end-to-end, or OCR only')
    .requiredOption('--gold <path>', 'gold dataset (file or folder)')
    .requiredOption('--pred <path>', 'predicted dataset (file or folder)')
    .option('--gold-format <name>', 'format of the gold dataset (detected when left out)')
    .option('--pred-format <name>', 'format of the predictions (detected when left out)')
    .option('--mode <mode>', 'gold: SER and RE paired by id; e2e: own OCR + SER; ocr: detection and text; fields: SROIE task 3 field values', parseMode, 'gold')
    .option('--iou <t>', 'IoU a predicted polygon needs to match (e2e, ocr)', parseFloatOption, 0.5)
    .option('--no-half-width', 'compare texts without folding full-width ASCII (e2e, ocr)')
    .option('--json', 'print JSON', false)
    .action(async (opts: EvalOptions) => {
      if (opts.mode === 'fields') return runFieldsEval(ctx, opts);
      const gold = await readDataset(resolve(ctx.io.cwd, opts.gold), { format: opts.goldFormat, imageSizes: false });
      const pred = await readDataset(resolve(ctx.io.cwd, opts.pred), { format: opts.predFormat, imageSizes: false });
      const compare = { iouThreshold: opts.iou, halfWidth: opts.halfWidth };
      let report: Record<string, unknown>;
      if (opts.mode === 'gold') report = { mode: 'gold', ser: evaluateSer(gold, pred), re: evaluateRe(gold, pred) };
      else if (opts.mode === 'e2e') report = { mode: 'e2e', e2e: evaluateE2e(gold, pred, compare) };
      else report = { mode: 'ocr', ocr: evaluateOcr(gold, pred, compare) };
      ctx.io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    });
}

const num = (v: number): string => v.toFixed(4);
const prfLine = (name: string, m: Prf): string =>
  `${name.padEnd(22)} precision ${num(m.precision)}  recall ${num(m.recall)}  hmean ${num(m.hmean)}  (tp ${m.tp}, gold ${m.gold}, pred ${m.pred})`;

function formatReport(report: Record<string, unknown>): string {
  const lines: string[] = [];
  if (report.mode === 'gold') {
    const ser = report.ser as ReturnType<typeof evaluateSer>;
    lines.push(prfLine('SER (gold OCR)', ser.micro));
    for (const [label, m] of Object.entries(ser.perClass)) lines.push(prfLine(`  ${label}`, m));
    lines.push(prfLine('RE (gold entities)', report.re as Prf));
  } else if (report.mode === 'e2e') {
    const e2e = report.e2e as ReturnType<typeof evaluateE2e>;
    lines.push(prfLine('end-to-end', e2e.hmean));
    lines.push(`character accuracy     ${num(e2e.characterAccuracy)}`);
    lines.push(`CER (matched)          ${num(e2e.cer)}  (${e2e.matched} matched)`);
  } else {
    const ocr = report.ocr as ReturnType<typeof evaluateOcr>;
    lines.push(prfLine('detection', ocr.detection));
    lines.push(`exact text (matched)   ${num(ocr.exactText)}`);
    lines.push(`CER (matched)          ${num(ocr.cer)}  (${ocr.matched} matched)`);
  }
  return `${lines.join('\n')}\n`;
}
