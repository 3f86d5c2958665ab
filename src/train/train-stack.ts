/**
 * Training of the full SER model: optional partner network (link-aware
 * features), optional first pass (stacking), then the SER members. Every
 * feature that one network feeds to another is computed out of fold on the
 * training pages (page `i` is in fold `i % folds`), so that the receiving
 * network learns how reliable it is on pages the feeding network never saw.
 */
import { computeLayout } from '../models/kie/layout.js';
import type { KiePage } from '../models/kie/page.js';
import type { SerConfig } from '../models/ser/config.js';
import type { SerExtras } from '../models/ser/features.js';
import { partnerFeatures, type PartnerConfig } from '../models/ser/partner.js';
import { predictSer, serProbabilities, type SerModel } from '../models/ser/predict.js';
import { stackFeatures } from '../models/ser/stack.js';
import { outOfFoldPartnerFeatures, trainPartner, type TrainPartnerOptions } from './train-partner.js';
import { trainSer, type TrainSerOptions } from './train-ser.js';

export interface TrainSerModelOptions {
  /** `config.partner` / `config.stack` select the partner network and the first pass. */
  readonly config: SerConfig;
  readonly train: TrainSerOptions;
  /** Seeds of the (final pass) members, averaged at inference. */
  readonly seeds: readonly number[];
  readonly partner: PartnerConfig;
  readonly partnerTrain: TrainPartnerOptions;
  /** Folds of the out-of-fold features. */
  readonly folds: number;
  /** Progress messages. */
  readonly log?: (message: string) => void;
  /** Called with each final member's model after each epoch (experiments). */
  readonly onEpoch?: TrainSerOptions['onEpoch'];
}

/**
 * Trains a SER model with its partner network and first pass as configured;
 * deterministic for the seeds.
 *
 * @example
 * const ser = trainSerModel(pages, { config: { ...DEFAULT_SER_CONFIG, partner: true, stack: true }, ... });
 */
export function trainSerModel(pages: readonly KiePage[], o: TrainSerModelOptions): SerModel {
  const log = o.log ?? ((): void => undefined);
  const folds = o.folds;
  let partnerOof: Float32Array[] | undefined;
  let partner: SerModel['partner'];
  if (o.config.partner) {
    partnerOof = outOfFoldPartnerFeatures(pages, o.partner, { ...o.partnerTrain, folds });
    log('partner: out-of-fold features done');
    partner = trainPartner(pages, o.partner, o.partnerTrain);
    log('partner: trained');
  }
  const extrasOf = (i: number, stack?: Float32Array): SerExtras => ({ partner: partnerOof?.[i], stack });
  let firstPass: SerModel | undefined;
  let stackOof: Float32Array[] | undefined;
  if (o.config.stack) {
    const firstConfig: SerConfig = { ...o.config, stack: false };
    const firstTrain = { ...o.train, onEpoch: undefined };
    stackOof = pages.map(() => new Float32Array(0));
    for (let f = 0; f < folds; f++) {
      const index = pages.map((_, i) => i).filter((i) => i % folds !== f);
      const m = trainSer(
        index.map((i) => pages[i]!),
        firstConfig,
        { ...firstTrain, seed: o.train.seed + 1000 * (f + 1), extras: index.map((i) => extrasOf(i)) },
      );
      pages.forEach((page, i) => {
        if (i % folds !== f) return;
        const layout = computeLayout(page);
        const probs = serProbabilities(m, page, layout, extrasOf(i));
        stackOof![i] = stackFeatures(probs, layout, firstConfig.classes.length);
      });
      log(`first pass: fold ${f + 1}/${folds} done`);
    }
    const first = trainSer(pages, firstConfig, { ...firstTrain, extras: pages.map((_, i) => extrasOf(i)) });
    firstPass = { ...first, ...(partner ? { partner } : {}) };
    log('first pass: trained');
  }
  const members = o.seeds.map((seed) => {
    const m = trainSer(pages, o.config, {
      ...o.train,
      seed,
      extras: pages.map((_, i) => extrasOf(i, stackOof?.[i])),
      ...(o.onEpoch
        ? { onEpoch: (e: number, loss: number, model: SerModel) => o.onEpoch!(e, loss, { ...model, partner, firstPass }) }
        : {}),
    });
    log(`SER member seed ${seed}: trained`);
    return m.members[0]!;
  });
  return { config: o.config, members, ...(partner ? { partner } : {}), ...(firstPass ? { firstPass } : {}) };
}

/**
 * Partner / first-pass features of `pages` from an existing model's networks,
 * for fine-tuning its SER members on new data (`trainSer`/`serBatches`
 * `extras`). On pages those networks never saw this is what out-of-fold
 * features approximate, so no folds are needed.
 *
 * @example
 * const batches = serBatches(pages, model.ser.config, 2, serExtrasFromModel(model.ser, pages));
 */
export function serExtrasFromModel(model: SerModel, pages: readonly KiePage[]): SerExtras[] {
  return pages.map((page) => {
    const layout = computeLayout(page);
    const partner = model.config.partner && model.partner ? partnerFeatures(model.partner, page, layout) : undefined;
    let stack: Float32Array | undefined;
    if (model.config.stack && model.firstPass) {
      const first = predictSer(model.firstPass, page, layout).probabilities;
      stack = stackFeatures(first, layout, model.firstPass.config.classes.length);
    }
    return { partner, stack };
  });
}
