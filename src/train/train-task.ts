/**
 * `kie train` as a library function: trains (or fine-tunes) the SER or the RE
 * network of a KIE model on any dataset and class list, scores the validation set
 * after every epoch and keeps the best epoch. Composition of the small functions
 * of this folder (serBatches / reBatches, initNetworkParams, fitEpoch).
 */
import { createDataset, type Dataset, type Page } from '../core/document.js';
import { KieError } from '../core/errors.js';
import { BACKGROUND_LABEL, collectClasses, normalizeLabel } from '../core/labels.js';
import { evaluateRe } from '../eval/re-metrics.js';
import { evaluateSer } from '../eval/ser-metrics.js';
import type { KieModel } from '../models/kie/kie-model.js';
import type { NetworkParams } from '../models/kie/network.js';
import { DEFAULT_RE_CONFIG, type ReConfig } from '../models/re/config.js';
import { predictRe, type ReModel } from '../models/re/predict.js';
import { DEFAULT_SER_CONFIG, type SerConfig } from '../models/ser/config.js';
import { predictSer, type SerModel } from '../models/ser/predict.js';
import { createAdamState, DEFAULT_ADAM, type AdamOptions } from './adam.js';
import { fitEpoch, initNetworkParams, type TrainBatch } from './fit.js';
import { cloneParams } from './model-parts.js';
import { createGrads } from './network-grad.js';
import { createRandom } from './random.js';
import { DEFAULT_TRAIN_RE, reBatches } from './train-re.js';
import { DEFAULT_TRAIN_SER, serBatches } from './train-ser.js';
import { serExtrasFromModel } from './train-stack.js';

export type TrainTask = 'ser' | 're';

/** Progress after one epoch. */
export interface EpochProgress {
  /** 1-based. */
  readonly epoch: number;
  readonly epochs: number;
  /** Mean training loss per item. */
  readonly loss: number;
  /** Validation Hmean in [0, 1]: SER entity-level, or RE on gold labels. */
  readonly metric: number;
  /** True when this epoch is the best so far (the checkpoint was replaced). */
  readonly best: boolean;
  readonly seconds: number;
}

export interface TrainTaskOptions<M> {
  readonly train: Dataset;
  readonly val: Dataset;
  /** SER classes (background is moved first); default: the train set's class list, else its labels. */
  readonly classes?: readonly string[];
  /** Fine-tune this model's network instead of starting from random weights. */
  readonly init?: KieModel;
  readonly epochs?: number;
  readonly seed?: number;
  /** Default: 2e-3 from scratch, 5e-4 when fine-tuning. */
  readonly learningRate?: number;
  readonly pagesPerBatch?: number;
  /** Called after each epoch; `model` is set when the epoch is the best so far (save it there). */
  readonly onEpoch?: (progress: EpochProgress, best: M | undefined) => void | Promise<void>;
}

export interface TrainTaskResult<M> {
  /** The model of the best epoch. */
  readonly model: M;
  readonly bestEpoch: number;
  readonly bestMetric: number;
  readonly history: readonly EpochProgress[];
  readonly seconds: number;
}

/** Pages with labels in canonical form (`QUESTION`, `O` → `question`, `other`). */
export function normalisedPages(dataset: Dataset): Page[] {
  return dataset.documents.flatMap((d) =>
    d.pages.map((p) => ({ ...p, segments: p.segments.map((s) => ({ ...s, label: normalizeLabel(s.label) })) })),
  );
}

/** A class list with the background class first (the SER network's class 0). */
export function serClassList(dataset: Dataset, given?: readonly string[]): string[] {
  const source = given ?? dataset.classes ?? collectClasses(normalisedPages(dataset).flatMap((p) => p.segments.map((s) => s.label)));
  const names = [...new Set(source.map(normalizeLabel))];
  return [BACKGROUND_LABEL, ...names.filter((c) => c !== BACKGROUND_LABEL)];
}

function mapPages(dataset: Dataset, f: (page: Page) => Page): Dataset {
  return createDataset(
    dataset.documents.map((d) => ({ ...d, pages: d.pages.map(f) })),
    dataset.classes,
  );
}

/** Validation SER Hmean of a model. */
export function serValMetric(model: SerModel, val: Dataset): number {
  const pred = mapPages(val, (page) => {
    const { labels } = predictSer(model, page);
    return { ...page, segments: page.segments.map((s, i) => ({ ...s, label: labels[i]!, links: [] })) };
  });
  return evaluateSer(val, pred).micro.hmean;
}

/** Validation RE Hmean of a model on gold labels. */
export function reValMetric(model: ReModel, val: Dataset): number {
  const pred = mapPages(val, (page) => {
    const links = predictRe(
      model,
      page,
      page.segments.map((s) => normalizeLabel(s.label)),
    );
    return { ...page, segments: page.segments.map((s) => ({ ...s, links: links.filter((l) => l.from === s.id || l.to === s.id).map((l) => [l.from, l.to] as const) })) };
  });
  return evaluateRe(val, pred).hmean;
}

/** Config without the partner (link-aware) and stacked features, which need networks this trainer does not build. */
function plainSerConfig(config: SerConfig, classes: readonly string[]): SerConfig {
  const { partner: _partner, stack: _stack, ...rest } = config;
  return { ...rest, classes };
}

/**
 * Trains or fine-tunes the SER network(s). From scratch: one network with the
 * default SER config and `classes` (no partner or stacked features). Fine-tuning:
 * every member of the init model's ensemble, with its config and classes; its
 * partner and first-pass networks, if any, stay as they are and feed the members.
 *
 * @example
 * const { model, bestMetric } = await trainSerTask({ train, val, epochs: 5, seed: 1 });
 */
export async function trainSerTask(options: TrainTaskOptions<SerModel>): Promise<TrainTaskResult<SerModel>> {
  const init = options.init?.ser;
  const classes = init ? [...init.config.classes] : serClassList(options.train, options.classes);
  if (init && options.classes && serClassList(options.train, options.classes).join() !== classes.join()) {
    throw new KieError('INVALID_ARGUMENT', `--labels differ from the classes of the model being fine-tuned (${classes.join(', ')})`);
  }
  const config = init ? init.config : plainSerConfig(DEFAULT_SER_CONFIG, classes);
  const pages = normalisedPages(options.train);
  // Link-aware / stacked SER: the init model's own partner and first-pass networks give the extra features
  // (kept fixed; only the members are fine-tuned).
  const extras = init && (init.config.partner || init.config.stack) ? serExtrasFromModel(init, pages) : undefined;
  const batches = serBatches(pages, config, options.pagesPerBatch ?? DEFAULT_TRAIN_SER.pagesPerBatch, extras);
  const random = createRandom(options.seed ?? DEFAULT_TRAIN_SER.seed);
  const members = init
    ? init.members.map(cloneParams)
    : [
        freshParams(batches, random, (dense) => ({
          buckets: config.buckets,
          dense,
          hidden: config.hidden,
          context: config.context ? 4 : 0,
          hidden2: config.hidden2,
          classes: classes.length,
        })),
      ];
  return runEpochs(members, batches, random, options, {
    defaultEpochs: DEFAULT_TRAIN_SER.epochs,
    dropout: DEFAULT_TRAIN_SER.dropout ?? 0,
    build: (params) => (init ? { ...init, members: params } : { config, members: params }),
    metric: (model) => serValMetric(model, options.val),
  });
}

/**
 * Trains or fine-tunes the RE network on the gold labels and links of `train`.
 *
 * @example
 * const { model } = await trainReTask({ train, val, epochs: 4 });
 */
export async function trainReTask(options: TrainTaskOptions<ReModel>): Promise<TrainTaskResult<ReModel>> {
  const init = options.init?.re;
  const config: ReConfig = init ? init.config : DEFAULT_RE_CONFIG;
  const pages = normalisedPages(options.train);
  const labels = new Set(pages.flatMap((p) => p.segments.map((s) => s.label)));
  if (!labels.has(config.keyClass) || !labels.has(config.valueClass)) {
    throw new KieError('INVALID_DATA', `RE needs "${config.keyClass}" and "${config.valueClass}" segments in the training data`);
  }
  const batches = reBatches(pages, config, options.pagesPerBatch ?? DEFAULT_TRAIN_RE.pagesPerBatch);
  const random = createRandom(options.seed ?? DEFAULT_TRAIN_RE.seed);
  const params = init
    ? cloneParams(init.params)
    : freshParams(batches, random, (dense) => ({ buckets: config.buckets, dense, hidden: config.hidden, context: 0, hidden2: config.hidden2, classes: 2 }));
  return runEpochs([params], batches, random, options, {
    defaultEpochs: DEFAULT_TRAIN_RE.epochs,
    dropout: DEFAULT_TRAIN_RE.dropout ?? 0,
    build: (p) => ({ config, params: p[0]! }),
    metric: (model) => reValMetric(model, options.val),
  });
}

type ShapeFor = (dense: number) => NetworkParams['shape'];

/** Random initial parameters, dense inputs standardised over every training item. */
function freshParams(batches: readonly TrainBatch[], random: () => number, shapeFor: ShapeFor): NetworkParams {
  const first = batches[0];
  if (!first) throw new KieError('INVALID_DATA', 'the training set has no page with segments to learn from');
  const dense = first.input.dense.length / Math.max(1, first.input.count);
  const all: number[] = [];
  for (const b of batches) for (const v of b.input.dense) all.push(v);
  return initNetworkParams(shapeFor(dense), random, Float32Array.from(all));
}

interface EpochPlan<M> {
  readonly defaultEpochs: number;
  readonly dropout: number;
  readonly build: (members: NetworkParams[]) => M;
  readonly metric: (model: M) => number;
}

async function runEpochs<M>(
  members: NetworkParams[],
  batches: readonly TrainBatch[],
  random: () => number,
  options: TrainTaskOptions<M>,
  plan: EpochPlan<M>,
): Promise<TrainTaskResult<M>> {
  if (batches.length === 0) throw new KieError('INVALID_DATA', 'the training set has no page with segments to learn from');
  const t0 = performance.now();
  const epochs = options.epochs ?? plan.defaultEpochs;
  const adam: AdamOptions = { ...DEFAULT_ADAM, learningRate: options.learningRate ?? (options.init ? 5e-4 : DEFAULT_ADAM.learningRate) };
  const states = members.map((p) => ({ adam: createAdamState(p), grads: createGrads(p) }));
  const history: EpochProgress[] = [];
  let best: { model: M; epoch: number; metric: number } | undefined;
  for (let e = 1; e <= epochs; e++) {
    let loss = 0;
    members.forEach((p, i) => {
      loss += fitEpoch(p, states[i]!.adam, states[i]!.grads, batches, random, { adam, dropout: plan.dropout }) / members.length;
    });
    const current = plan.build(members);
    const metric = plan.metric(current);
    const isBest = !best || metric > best.metric;
    // The live parameters keep training: the checkpoint is a copy.
    if (isBest) best = { model: plan.build(members.map(cloneParams)), epoch: e, metric };
    const progress: EpochProgress = { epoch: e, epochs, loss, metric, best: isBest, seconds: (performance.now() - t0) / 1000 };
    history.push(progress);
    await options.onEpoch?.(progress, isBest ? best!.model : undefined);
  }
  if (!best) throw new KieError('INVALID_ARGUMENT', 'epochs must be at least 1');
  return { model: best.model, bestEpoch: best.epoch, bestMetric: best.metric, history, seconds: (performance.now() - t0) / 1000 };
}
