import { basename, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { parseClassList } from '../../core/labels.js';
import { readTextFile } from '../../io/formats/files.js';
import { readDataset } from '../../io/formats/registry.js';
import type { Dataset } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import type { KieModel, KieModelManifest } from '../../models/kie/kie-model.js';
import type { ReModel } from '../../models/re/predict.js';
import type { SerModel } from '../../models/ser/predict.js';
import { loadKieModel } from '../../pipeline/model-resolve.js';
import {
  extrasManifest,
  fineTunedExtras,
  readExtras,
  readModelParts,
  serManifestEntry,
  serFileName,
  writeManifest,
  writeRePart,
  writeSerPart,
  writeExtras,
  writeWholeModel,
  schemaWordLists,
  RE_FILE,
  type ModelExtras,
} from '../../train/model-parts.js';
import { trainRecTask } from '../../train/train-rec-task.js';
import { trainReTask, trainSerTask, type EpochProgress, type TrainTask } from '../../train/train-task.js';
import { loadDocumentSchema } from '../../io/schema-file.js';
import type { CliContext } from '../io.js';
import { parseFloatOption, parseIntOption } from '../options.js';

interface TrainCommandOptions {
  task: TrainTask | 'rec';
  train: string;
  val: string;
  out: string;
  labels?: string;
  seed: number;
  init?: string;
  epochs?: number;
  lr?: number;
  format?: string;
  schema?: string;
  /** Unset: the base model's setting, or none (lines are then split, as for kie-forms). */
  split?: boolean;
}

/** What `model.json` records of a `kie train` run, under `notes.ser` / `notes.re`. */
interface TaskNotes {
  readonly train: string;
  readonly val: string;
  readonly seed: number;
  readonly init: string | null;
  readonly epoch: number;
  readonly hmean: number;
  readonly seconds: number;
}

export function registerTrainCommand(program: Command, ctx: CliContext): void {
  program
    .command('train')
    .description(
      'train or fine-tune the SER or RE network of a KIE model (keeps the epoch with the best validation Hmean), or fit its recogniser head to your print (--task rec)',
    )
    .addOption(new Option('--task <task>', 'which network: ser, re, or rec (the OCR recogniser head; needs page images and transcribed lines)').choices(['ser', 're', 'rec']).makeOptionMandatory())
    .requiredOption('--train <path>', 'training data, any format kie convert reads')
    .requiredOption('--val <path>', 'validation data (scored after every epoch)')
    .requiredOption('--out <dir>', 'model directory to write (the other task\'s part already there is kept)')
    .option('--labels <file>', 'class list, one class per line (default: the data\'s class list or labels)')
    .option('--seed <n>', 'random seed; the same seed and data give the same weights', parseIntOption, 1)
    .option('--init <model>', 'fine-tune this model (a shipped model name or a directory)')
    .option('--epochs <n>', 'epochs (default: SER 5, RE 4, rec 3)', parseIntOption)
    .option('--lr <rate>', 'learning rate (default 2e-3, 5e-4 when fine-tuning; rec 1e-3)', parseFloatOption)
    .option('--format <name>', 'format of --train and --val (detected when left out)')
    .option(
      '--schema <name|file>',
      "a document schema (receipt, form, or a JSON file): a model trained from scratch gets a word list of the training pages and the known values of the schema's text fields (from the documents' field tables), as the shipped receipts model has",
    )
    .option('--split', "record in model.json that kie extract cuts OCR lines holding a key and its value for this model (data of entity boxes: FUNSD, XFUND, kie label's boxes)")
    .option('--no-split', 'record that kie extract reads whole OCR lines for this model (data of whole OCR lines, as the receipts model)')
    .action(async (opts: TrainCommandOptions) => {
      await runTrainCommand(ctx, opts);
    });
}

async function runTrainCommand(ctx: CliContext, opts: TrainCommandOptions): Promise<void> {
  const at = (p: string): string => resolve(ctx.io.cwd, p);
  const read = opts.format ? { format: opts.format } : {};
  const train = await readDataset(at(opts.train), read);
  const val = await readDataset(at(opts.val), read);
  const classes = opts.labels ? parseClassList(await readTextFile(at(opts.labels)), opts.labels) : undefined;
  const init = opts.init ? await loadKieModel(opts.init, ctx.io.cwd) : undefined;
  const out = at(opts.out);
  const existing = await readModelParts(out);
  // A fine-tuned model inherits the base model's training data and licence terms.
  const previous: KieModelManifest | undefined =
    existing.manifest ?? (init ? { ...init.manifest, name: basename(out), version: '0.1.0', notes: { base: `${init.manifest.name} ${init.manifest.version}` } } : undefined);
  if (opts.task === 'rec') {
    await runRecTask(ctx, opts, { train, val, out, existing, init, previous });
    return;
  }
  const metricName = opts.task === 'ser' ? 'SER' : 'RE';
  const progress = (p: EpochProgress): void =>
    ctx.io.stderr(
      `epoch ${p.epoch}/${p.epochs}  loss ${p.loss.toFixed(4)}  val ${metricName} Hmean ${(100 * p.metric).toFixed(2)}` +
        `${p.best ? '  (best, saved)' : ''}  ${p.seconds.toFixed(1)} s\n`,
    );
  const common = {
    train,
    val,
    ...(classes ? { classes } : {}),
    ...(init ? { init } : {}),
    ...(opts.epochs ? { epochs: opts.epochs } : {}),
    ...(opts.lr ? { learningRate: opts.lr } : {}),
    seed: opts.seed,
  };
  const notes = { train: opts.train, val: opts.val, seed: opts.seed, init: opts.init ?? null };
  const found = await taskExtras(ctx, opts, { train, init, out, existing });
  // Whether the pages the model learns from are whole OCR lines or entity pieces decides how kie extract feeds it.
  const extras: ModelExtras = opts.split === undefined ? found : { ...found, ocr: { ...found.ocr, splitLines: opts.split } };
  let summary: string;
  if (opts.task === 'ser') {
    const re = existing.re ?? init?.re;
    const result = await trainSerTask({
      ...common,
      onEpoch: async (p, best) => {
        progress(p);
        if (best) await saveParts(out, { ser: best, re }, previous, extras, { ser: { ...notes, epoch: p.epoch, hmean: p.metric, seconds: p.seconds } });
      },
    });
    // Once more with the whole run's time (the checkpoints recorded the time of their epoch).
    await saveParts(out, { ser: result.model, re }, previous, extras, { ser: { ...notes, epoch: result.bestEpoch, hmean: result.bestMetric, seconds: result.seconds } });
    summary = `best epoch ${result.bestEpoch}, val SER Hmean ${(100 * result.bestMetric).toFixed(2)}`;
    if (!re) ctx.io.stderr(`note: ${opts.out} has no RE part yet; add one with kie train --task re --out ${opts.out}\n`);
  } else {
    const ser = existing.ser ?? init?.ser;
    const result = await trainReTask({
      ...common,
      onEpoch: async (p, best) => {
        progress(p);
        if (best) await saveParts(out, { ser, re: best }, previous, extras, { re: { ...notes, epoch: p.epoch, hmean: p.metric, seconds: p.seconds } });
      },
    });
    await saveParts(out, { ser, re: result.model }, previous, extras, { re: { ...notes, epoch: result.bestEpoch, hmean: result.bestMetric, seconds: result.seconds } });
    summary = `best epoch ${result.bestEpoch}, val RE Hmean ${(100 * result.bestMetric).toFixed(2)}`;
    if (!ser) ctx.io.stderr(`note: ${opts.out} has no SER part yet; add one with kie train --task ser --out ${opts.out}\n`);
  }
  ctx.io.stdout(`trained ${opts.task}: ${summary}; wrote ${opts.out}\n`);
}

/**
 * The word lists and OCR settings a trained model carries. A fine-tuned model
 * reads and corrects as its base did (word list, known values plus the new
 * ones, OCR settings); one trained from scratch with --schema gets its own
 * from the training data; otherwise a directory keeps what it has.
 */
async function taskExtras(
  ctx: CliContext,
  opts: TrainCommandOptions,
  m: { train: Dataset; init: KieModel | undefined; out: string; existing: Awaited<ReturnType<typeof readModelParts>> },
): Promise<ModelExtras> {
  if (m.init) {
    if (opts.schema !== undefined) ctx.io.stderr(`note: --schema is not used with --init: the word lists are ${opts.init}'s, with the data's own known values added\n`);
    return fineTunedExtras(m.init, m.train);
  }
  const kept = m.existing.manifest ? await readExtras(m.out, m.existing.manifest) : {};
  if (opts.schema === undefined) return kept;
  const schema = await loadDocumentSchema(opts.schema, ctx.io.cwd);
  const own = schemaWordLists(m.train, schema);
  const counts = [...(own.knownValues ?? [])].map(([f, v]) => `${f} ${v.length}`).join(', ') || 'none (no field tables in the data)';
  ctx.io.stderr(`schema ${schema.name}: word list of ${own.lexicon?.counts.size ?? 0} words; known values: ${counts}\n`);
  const { lexicon: _lexicon, knownValues: _known, ...rest } = kept;
  return { ...rest, ...own };
}

/** File of a model's recogniser head, as `kie train --task rec` writes it. */
const REC_HEAD_FILE = 'rec-head.json';

/**
 * `--task rec`: fits the recogniser head of the model in --out (or of --init) to
 * the training pages' print and writes it beside the model's SER and RE parts.
 */
async function runRecTask(
  ctx: CliContext,
  opts: TrainCommandOptions,
  m: { train: Dataset; val: Dataset; out: string; existing: Awaited<ReturnType<typeof readModelParts>>; init: KieModel | undefined; previous: KieModelManifest | undefined },
): Promise<void> {
  const ser = m.existing.ser ?? m.init?.ser;
  const re = m.existing.re ?? m.init?.re;
  if (!m.previous || (!ser && !re)) {
    throw new KieError('INVALID_ARGUMENT', `kie train --task rec fits the recogniser head of a model: give --init <model>, or an --out directory that holds one (${opts.out} has none)`);
  }
  const extras: ModelExtras = m.init ? fineTunedExtras(m.init, m.train) : await readExtras(m.out, m.previous);
  const result = await trainRecTask({
    train: m.train,
    val: m.val,
    ...(extras.ocr?.rec ? { rec: extras.ocr.rec } : {}),
    ...(extras.recHead ? { start: extras.recHead } : {}),
    training: { seed: opts.seed, ...(opts.epochs ? { epochs: opts.epochs } : {}), ...(opts.lr ? { learningRate: opts.lr } : {}) },
    log: (line) => ctx.io.stderr(`${line}\n`),
  });
  const withHead: ModelExtras = { ...extras, recHead: result.head, ocr: { ...extras.ocr, recHead: extras.ocr?.recHead ?? REC_HEAD_FILE } };
  const notes = { train: opts.train, val: opts.val, seed: opts.seed, init: opts.init ?? null, lines: result.lines, valCer: result.val, seconds: result.seconds };
  await saveParts(m.out, { ser, re }, m.previous, withHead, { rec: notes });
  const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
  ctx.io.stdout(
    `trained rec: head on ${result.lines} lines; val character error rate ${pct(result.val.before)} -> ${pct(result.val.after)} on ${result.val.lines} lines; wrote ${opts.out}\n`,
  );
}

/**
 * Writes the trained part (and the other part when it came from elsewhere) and a
 * manifest that lists both; `notes.trainingSeconds` sums the recorded tasks. A
 * complete model is written by the model's own writer, so that networks kie train
 * does not train (link-aware SER's partner) are carried over intact.
 */
async function saveParts(
  dir: string,
  parts: { ser: SerModel | undefined; re: ReModel | undefined },
  previous: KieModelManifest | undefined,
  extras: ModelExtras,
  taskNotes: Partial<Record<TrainTask, TaskNotes>> | { rec: { train: string; seconds: number } },
): Promise<void> {
  const notes: Record<string, unknown> = { ...(previous?.notes ?? {}), ...taskNotes };
  const seconds = ['ser', 're', 'rec'].reduce((s, k) => s + ((notes[k] as { seconds?: number } | undefined)?.seconds ?? 0), 0);
  const base = {
    schemaVersion: 1 as const,
    name: previous?.name ?? basename(dir),
    version: previous?.version ?? '0.1.0',
    re: { file: RE_FILE },
    trainingData: [...new Set([...(previous?.trainingData ?? []), ...Object.values(taskNotes).map((n) => n.train)])],
    licence: previous?.licence ?? 'the licence of the training data',
    notes: { ...notes, trainingSeconds: Math.round(seconds) },
    ...extrasManifest(extras),
  };
  if (parts.ser && parts.re) {
    const manifest: KieModelManifest = { ...base, classes: parts.ser.config.classes, ser: serManifestEntry(parts.ser) };
    const { lexicon, knownValues, recHead } = extras;
    await writeWholeModel(dir, { manifest, ser: parts.ser, re: parts.re, ...(lexicon ? { lexicon } : {}), ...(knownValues ? { knownValues } : {}), ...(recHead ? { recHead } : {}) });
    return;
  }
  await writeExtras(dir, extras);
  const serFiles = parts.ser ? await writeSerPart(dir, parts.ser) : [serFileName(0)];
  if (parts.re) await writeRePart(dir, parts.re);
  await writeManifest(dir, { ...base, classes: parts.ser?.config.classes ?? previous?.classes ?? [], ser: { files: serFiles } });
}
