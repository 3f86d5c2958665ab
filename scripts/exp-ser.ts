/**
 * SER experiment: trains on FUNSD train + XFUND-zh train and prints the gold
 * entity-level Hmean on FUNSD test and XFUND-zh val.
 * Usage: nice -n 19 npx tsx scripts/exp-ser.ts '{"context":false}' '{"epochs":20}'
 */
import type { NetworkParams } from '../src/models/kie/network.js';
import { DEFAULT_SER_CONFIG, type SerConfig } from '../src/models/ser/config.js';
import { predictSer } from '../src/models/ser/predict.js';
import { DEFAULT_TRAIN_SER, trainSer, type TrainSerOptions } from '../src/train/train-ser.js';
import { loadFunsd, loadXfundZh, type NamedPage } from './lib/datasets.js';
import { addSerCounts, emptyPrf, scores } from './lib/gold-metrics.js';

const config: SerConfig = { ...DEFAULT_SER_CONFIG, ...(JSON.parse(process.argv[2] ?? '{}') as Partial<SerConfig>) };
const options: TrainSerOptions = { ...DEFAULT_TRAIN_SER, ...(JSON.parse(process.argv[3] ?? '{}') as Partial<TrainSerOptions>) };
const only = process.argv[4] ?? 'both';

const [fTrain, fTest, xTrain, xVal] = await Promise.all([
  loadFunsd('training_data'),
  loadFunsd('testing_data'),
  loadXfundZh('zh_train'),
  loadXfundZh('zh_val'),
]);
const train = only === 'funsd' ? fTrain : only === 'xfund' ? xTrain : [...fTrain, ...xTrain];
let currentParams: NetworkParams | undefined;
const t0 = performance.now();
const model = trainSer(train, config, {
  ...options,
  onEpoch: (e, loss, m) => {
    currentParams = m.members[0];
    if (e < 6 || e % 5 === 4 || e === options.epochs - 1) {
      console.log(`epoch ${e + 1} loss ${loss.toFixed(4)} ${((performance.now() - t0) / 1000).toFixed(1)}s  ${evalAll()}`);
    }
  },
});
void model;

function evalSet(pages: readonly NamedPage[]): number {
  const c = emptyPrf();
  for (const p of pages) {
    const { labels } = predictSer({ config, members: [modelParams()] }, p);
    addSerCounts(c, p.segments.map((s) => s.label ?? 'other'), labels);
  }
  return scores(c).f1;
}
function evalAll(): string {
  return `FUNSD ${evalSet(fTest).toFixed(2)} XFUND ${evalSet(xVal).toFixed(2)}`;
}
function modelParams(): NetworkParams {
  return currentParams!;
}

if (process.env.CONFUSION) {
  const { classes } = config;
  for (const [name, pages] of [['FUNSD', fTest], ['XFUND', xVal]] as const) {
    const m = classes.map(() => classes.map(() => 0));
    for (const p of pages) {
      const { labels } = predictSer({ config, members: [currentParams!] }, p);
      p.segments.forEach((s, i) => m[classes.indexOf(s.label ?? 'other')]![classes.indexOf(labels[i]!)]!++);
    }
    console.log(name, 'rows=truth cols=pred', classes.join(' '));
    m.forEach((r, i) => console.log(classes[i]!.padEnd(9), r.map((v) => String(v).padStart(5)).join('')));
  }
}
