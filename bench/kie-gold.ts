/**
 * Gold-OCR benchmark of the shipped SER + RE model (`models/kie-forms`):
 * SER and RE precision / recall / Hmean on XFUND-zh val and FUNSD test with the
 * protocol of ../shared/datasets/README.md (metrics from src/eval), the median
 * SER+RE time per page on one thread, model sizes and the recorded training time.
 * Usage: npm run bench:kie-gold [-- models/kie-forms]
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset, Page } from '../src/core/document.js';
import { evaluateRe } from '../src/eval/re-metrics.js';
import { evaluateSer } from '../src/eval/ser-metrics.js';
import { createKieModel, predictKie, type KieModel } from '../src/models/kie/kie-model.js';
import { predictRe } from '../src/models/re/predict.js';
import { predictSer } from '../src/models/ser/predict.js';
import { loadFunsdSplit, loadXfundZhSplit, type LoadedSplit } from '../scripts/lib/datasets.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'models', 'kie-forms');
const model = await createKieModel(dir);
const sets: [string, LoadedSplit][] = [
  ['XFUND-zh val', await loadXfundZhSplit('zh_val')],
  ['FUNSD test', await loadFunsdSplit('testing_data')],
];

/** Replaces every page of `gold` by `f(page)`. */
function mapPages(gold: Dataset, f: (page: Page) => Page): Dataset {
  return { ...gold, documents: gold.documents.map((d) => ({ ...d, pages: d.pages.map(f) })) };
}

function serPrediction(m: KieModel, gold: Dataset): Dataset {
  return mapPages(gold, (page) => {
    const { labels } = predictSer(m.ser, page);
    return { ...page, segments: page.segments.map((s, i) => ({ ...s, label: labels[i]!, links: [] })) };
  });
}

function rePrediction(m: KieModel, gold: Dataset): Dataset {
  return mapPages(gold, (page) => {
    const links = predictRe(
      m.re,
      page,
      page.segments.map((s) => s.label.toLowerCase()),
    );
    const byId = new Map<number, [number, number][]>();
    for (const l of links) {
      for (const id of [l.from, l.to]) byId.set(id, [...(byId.get(id) ?? []), [l.from, l.to]]);
    }
    return { ...page, segments: page.segments.map((s) => ({ ...s, links: byId.get(s.id) ?? [] })) };
  });
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const rows: string[] = [];
const times: number[] = [];
for (const [name, { dataset, pages }] of sets) {
  const ser = evaluateSer(dataset, serPrediction(model, dataset)).micro;
  const re = evaluateRe(dataset, rePrediction(model, dataset));
  rows.push(
    `| ${name.padEnd(13)} | ${pct(ser.precision)} | ${pct(ser.recall)} | ${pct(ser.hmean)} | ${pct(re.precision)} | ${pct(re.recall)} | ${pct(re.hmean)} |`,
  );
  for (const page of pages) predictKie(model, page); // warm-up
  // Best of 3 runs per page: the machines are shared, and a single run's p90 mostly measures
  // other processes' bursts (the median moves little).
  for (const page of pages) {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      predictKie(model, page);
      best = Math.min(best, performance.now() - t);
    }
    times.push(best);
  }
}
times.sort((a, b) => a - b);
let bytes = 0;
const { ser: serFiles } = model.manifest;
const files = [
  'model.json',
  ...(serFiles.partner ? [serFiles.partner] : []),
  ...(serFiles.firstPass?.files ?? []),
  ...serFiles.files,
  model.manifest.re.file,
];
for (const f of files) bytes += (await stat(join(dir, f))).size;

console.log(`kie gold-OCR benchmark: ${dir}`);
console.log('| set           | SER P  | SER R  | SER H  | RE P   | RE R   | RE H   |');
console.log('|---------------|--------|--------|--------|--------|--------|--------|');
console.log(rows.join('\n'));
console.log('\nanchors (Hmean)        XFUND-zh SER  XFUND-zh RE  FUNSD SER  FUNSD RE');
console.log('simple baselines             86.6         83.5       78.1      88.8');
console.log('must reach                   90.0         88.0       82.0      90.0');
console.log('goal                         94.0         92.0       90.0      92.0');
console.log(
  `\nSER+RE time per page (SER labels feed RE, 1 thread, best of 3 runs per page): median ${times[times.length >> 1]!.toFixed(2)} ms, ` +
    `p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(2)} ms over ${times.length} pages`,
);
console.log(`model files: ${files.length}, ${(bytes / 1e6).toFixed(2)} MB (${files.join(', ')})`);
const notes = model.manifest.notes as { trainingSeconds?: number } | undefined;
console.log(`training time (recorded by npm run train:models): ${notes?.trainingSeconds ?? '?'} s`);
