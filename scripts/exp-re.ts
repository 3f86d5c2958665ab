/**
 * RE experiment (gold segments and labels): trains on 80% of FUNSD train +
 * XFUND-zh train and prints pair F1 on the other 20% (the validation split;
 * with KIE_TEST=1: trains on all and scores FUNSD test and XFUND-zh val, see
 * scripts/lib/exp-data.ts), then the decode thresholds.
 * Usage: nice -n 19 npx tsx scripts/exp-re.ts '{"maxCandidates":8}' '{"epochs":10,"listwise":1}'
 */
import { DEFAULT_RE_CONFIG, type ReConfig } from '../src/models/re/config.js';
import { predictRe, type ReModel } from '../src/models/re/predict.js';
import { DEFAULT_TRAIN_RE, trainRe, type TrainReOptions } from '../src/train/train-re.js';
import type { NamedPage } from './lib/datasets.js';
import { loadExpData } from './lib/exp-data.js';
import { addReCounts, emptyPrf, goldPairs, scores } from './lib/gold-metrics.js';

const config: ReConfig = { ...DEFAULT_RE_CONFIG, ...(JSON.parse(process.argv[2] ?? '{}') as Partial<ReConfig>) };
const options: TrainReOptions = { ...DEFAULT_TRAIN_RE, ...(JSON.parse(process.argv[3] ?? '{}') as Partial<TrainReOptions>) };
const data = await loadExpData();
const train = data.fit;
const evalAll = (m: ReModel): string => data.evalSets.map(([name, pages]) => `${name} ${evalSet(m, pages)}`).join('  ');
const t0 = performance.now();
const model = trainRe(train, config, {
  ...options,
  onEpoch: (e, loss, m) => {
    if (e < 4 || e % 3 === 2 || e === options.epochs - 1) {
      console.log(`epoch ${e + 1} loss ${loss.toFixed(4)} ${((performance.now() - t0) / 1000).toFixed(1)}s  ${evalAll(m)}`);
    }
  },
});

function evalSet(model: ReModel, pages: readonly NamedPage[]): string {
  const c = emptyPrf();
  for (const p of pages) {
    const labels = p.segments.map((s) => s.label ?? 'other');
    addReCounts(c, goldPairs(p), predictRe(model, p, labels));
  }
  const s = scores(c);
  return `${s.f1.toFixed(2)} (P ${s.p.toFixed(1)} R ${s.r.toFixed(1)})`;
}

for (const threshold of [0, 0.05, 0.15]) {
  for (const extraThreshold of [0.7, 0.9, 0.95, 0.98, 1.1]) {
    const m: ReModel = { ...model, config: { ...config, threshold, extraThreshold } };
    console.log(`threshold ${threshold} extra ${extraThreshold}: ${evalAll(m)}`);
  }
}
