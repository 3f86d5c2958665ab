/**
 * Trains the shipped KIE model (`models/kie-forms/`) on FUNSD train + XFUND-zh
 * train: the SER model (partner network, first pass and members as set below,
 * see src/train/train-stack.ts) and the RE network. Run with
 * `npm run train:models` (deterministic; settings chosen on a validation split
 * of the training pages, docs/ser-re-experiments.md).
 */
import { join } from 'node:path';
import { saveKieModel, type KieModel } from '../src/models/kie/kie-model.js';
import { DEFAULT_RE_CONFIG } from '../src/models/re/config.js';
import { DEFAULT_SER_CONFIG, type SerConfig } from '../src/models/ser/config.js';
import { DEFAULT_PARTNER_CONFIG } from '../src/models/ser/partner.js';
import { DEFAULT_TRAIN_PARTNER } from '../src/train/train-partner.js';
import { DEFAULT_TRAIN_RE, trainRe } from '../src/train/train-re.js';
import { DEFAULT_TRAIN_SER } from '../src/train/train-ser.js';
import { trainSerModel } from '../src/train/train-stack.js';
import { loadFunsd, loadXfundZh } from './lib/datasets.js';

/**
 * Link-aware SER (partner features), two members averaged. The stacked first
 * pass (`stack: true`) helped FUNSD but not XFUND on the validation split: see
 * the ablation in docs/ser-re-experiments.md.
 */
const SER_CONFIG: SerConfig = { ...DEFAULT_SER_CONFIG, partner: true };
const SER_SEEDS = [1, 2];
const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'models', 'kie-forms');

const t0 = performance.now();
const train = [...(await loadFunsd('training_data')), ...(await loadXfundZh('zh_train'))];
const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const ser = trainSerModel(train, {
  config: SER_CONFIG,
  train: DEFAULT_TRAIN_SER,
  seeds: SER_SEEDS,
  partner: DEFAULT_PARTNER_CONFIG,
  partnerTrain: DEFAULT_TRAIN_PARTNER,
  folds: DEFAULT_TRAIN_PARTNER.folds,
  log: (message) => console.log(`${message} (${elapsed()})`),
});
const re = trainRe(train, DEFAULT_RE_CONFIG, DEFAULT_TRAIN_RE);
console.log(`RE trained (${elapsed()})`);
const seconds = (performance.now() - t0) / 1000;
const model: KieModel = {
  manifest: {
    schemaVersion: 1,
    name: 'kie-forms',
    version: '0.2.0',
    classes: SER_CONFIG.classes,
    ser: {
      files: SER_SEEDS.map((s) => `ser-${s}.kiew`),
      ...(ser.partner ? { partner: 'ser-partner.kiew' } : {}),
      ...(ser.firstPass ? { firstPass: { files: ['ser-first.kiew'] } } : {}),
    },
    re: { file: 're.kiew' },
    trainingData: [
      'FUNSD training_data, 149 forms (Jaume et al. 2019): non-commercial research and education use only',
      'XFUND zh_train, 149 forms (Xu et al. 2022): CC BY-NC-SA 4.0',
    ],
    licence:
      'Weights trained on FUNSD and XFUND inherit their non-commercial research licences (FUNSD: research/education, XFUND: CC BY-NC-SA 4.0). Do not use commercially; retrain on your own data for that (`kie train`).',
    notes: {
      trainingSeconds: Math.round(seconds),
      serTrain: DEFAULT_TRAIN_SER,
      serSeeds: SER_SEEDS,
      partnerTrain: DEFAULT_TRAIN_PARTNER,
      reTrain: DEFAULT_TRAIN_RE,
    },
  },
  ser,
  re,
};
await saveKieModel(OUT, model);
console.log(`wrote ${OUT} in ${elapsed()}`);
await (await import('./train-receipts.js')).trainReceiptsModel(); // models/receipts: SROIE fields (scripts/train-receipts.ts)
