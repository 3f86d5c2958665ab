/**
 * Trains the shipped KIE model (`models/kie-forms/`) on FUNSD train + XFUND-zh
 * train: an ensemble of SER networks (different seeds) and one RE network.
 * Run with `npm run train:models` (about 3 minutes on one core, deterministic).
 */
import { join } from 'node:path';
import { saveKieModel, type KieModel } from '../src/models/kie/kie-model.js';
import { DEFAULT_RE_CONFIG } from '../src/models/re/config.js';
import { DEFAULT_SER_CONFIG } from '../src/models/ser/config.js';
import { DEFAULT_TRAIN_RE, trainRe } from '../src/train/train-re.js';
import { DEFAULT_TRAIN_SER, trainSer } from '../src/train/train-ser.js';
import { loadFunsd, loadXfundZh } from './lib/datasets.js';

/** SER ensemble seeds: averaging networks gave +0.5-0.8 F1; two keep SER+RE under 20 ms a page (docs/ser-re-experiments.md). */
const SER_SEEDS = [1, 2];
const OUT = join(import.meta.dirname, '..', 'models', 'kie-forms');

const t0 = performance.now();
const train = [...(await loadFunsd('training_data')), ...(await loadXfundZh('zh_train'))];
const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const members = SER_SEEDS.map((seed) => {
  const m = trainSer(train, DEFAULT_SER_CONFIG, { ...DEFAULT_TRAIN_SER, seed });
  console.log(`SER seed ${seed} trained (${elapsed()})`);
  return m.members[0]!;
});
const re = trainRe(train, DEFAULT_RE_CONFIG, DEFAULT_TRAIN_RE);
console.log(`RE trained (${elapsed()})`);
const seconds = (performance.now() - t0) / 1000;
const model: KieModel = {
  manifest: {
    schemaVersion: 1,
    name: 'kie-forms',
    version: '0.1.0',
    classes: DEFAULT_SER_CONFIG.classes,
    ser: { files: SER_SEEDS.map((s) => `ser-${s}.kiew`) },
    re: { file: 're.kiew' },
    trainingData: [
      'FUNSD training_data, 149 forms (Jaume et al. 2019): non-commercial research and education use only',
      'XFUND zh_train, 149 forms (Xu et al. 2022): CC BY-NC-SA 4.0',
    ],
    licence:
      'Weights trained on FUNSD and XFUND inherit their non-commercial research licences (FUNSD: research/education, XFUND: CC BY-NC-SA 4.0). Do not use commercially; retrain on your own data for that (`kie train`).',
    notes: { trainingSeconds: Math.round(seconds), serTrain: DEFAULT_TRAIN_SER, reTrain: DEFAULT_TRAIN_RE },
  },
  ser: { config: DEFAULT_SER_CONFIG, members },
  re,
};
await saveKieModel(OUT, model);
console.log(`wrote ${OUT} in ${elapsed()}`);
