/**
 * SER experiment with the partner network and/or the stacked first pass
 * (`src/train/train-stack.ts`): prints SER Hmean on the validation split (or the
 * test sets with KIE_TEST=1, see scripts/lib/exp-data.ts) after each epoch of
 * each member, and for the ensemble.
 * Usage: nice -n 19 npx tsx scripts/exp-link-ser.ts '{"partner":true,"stack":true}' '{trainSer}' '{partnerConfig}' '{trainPartner}' [seeds, e.g. 1,2]
 */
import { DEFAULT_SER_CONFIG, type SerConfig } from '../src/models/ser/config.js';
import { DEFAULT_PARTNER_CONFIG, type PartnerConfig } from '../src/models/ser/partner.js';
import { predictSer, type SerModel } from '../src/models/ser/predict.js';
import { DEFAULT_TRAIN_PARTNER, type TrainPartnerOptions } from '../src/train/train-partner.js';
import { DEFAULT_TRAIN_SER, type TrainSerOptions } from '../src/train/train-ser.js';
import { trainSerModel } from '../src/train/train-stack.js';
import { loadExpData } from './lib/exp-data.js';
import { addSerCounts, emptyPrf, scores } from './lib/gold-metrics.js';

const arg = <T>(i: number): Partial<T> => JSON.parse(process.argv[i] ?? '{}') as Partial<T>;
const config: SerConfig = { ...DEFAULT_SER_CONFIG, ...arg<SerConfig>(2) };
const train: TrainSerOptions = { ...DEFAULT_TRAIN_SER, ...arg<TrainSerOptions>(3) };
const partner: PartnerConfig = { ...DEFAULT_PARTNER_CONFIG, ...arg<PartnerConfig>(4) };
const partnerTrain: TrainPartnerOptions = { ...DEFAULT_TRAIN_PARTNER, ...arg<TrainPartnerOptions>(5) };
const seeds = (process.argv[6] ?? '1').split(',').map(Number);

const data = await loadExpData();
const t0 = performance.now();
const secs = (): string => `${((performance.now() - t0) / 1000).toFixed(0)}s`;

function evalSer(model: SerModel): string {
  return data.evalSets
    .map(([name, pages]) => {
      const c = emptyPrf();
      for (const p of pages) addSerCounts(c, p.segments.map((s) => s.label ?? 'other'), predictSer(model, p).labels);
      return `${name} ${scores(c).f1.toFixed(2)}`;
    })
    .join('  ');
}

console.log(JSON.stringify({ partner: config.partner ?? false, stack: config.stack ?? false, train: arg(3), p: arg(4), pt: arg(5), seeds }));
const model = trainSerModel(data.fit, {
  config,
  train,
  seeds,
  partner,
  partnerTrain,
  folds: partnerTrain.folds,
  log: (m) => console.log(`${m} ${secs()}`),
  onEpoch: (e, loss, m) => {
    if (e >= 2) console.log(`epoch ${e + 1} loss ${loss.toFixed(4)} ${secs()}  ${evalSer(m)}`);
  },
});
if (model.firstPass) console.log(`first pass alone: ${evalSer(model.firstPass)}`);
console.log(`final (${seeds.length} members): ${evalSer(model)}`);
// Ensembles of the first k members, and the background-class decode weight.
for (let k = 1; k <= seeds.length; k++) {
  for (const backgroundScale of [1, 1.25, 1.5, 2, 3]) {
    const m: SerModel = { ...model, members: model.members.slice(0, k), config: { ...model.config, backgroundScale } };
    console.log(`members ${k} backgroundScale ${backgroundScale}: ${evalSer(m)}`);
  }
}
