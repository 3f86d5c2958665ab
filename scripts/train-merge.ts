/**
 * Trains the line-merge model (`models/line-split/line-merge.kiew`) from kie's own
 * OCR of the XFUND-zh and FUNSD TRAIN pages (cached by scripts/cache-ocr.ts):
 * neighbouring lines on one row are positive when most of both lie in one gold
 * segment. A fifth of the pages (by name hash) is held out to choose the threshold.
 * Usage: nice -n 19 tsx scripts/train-merge.ts [--out FILE] [--epochs N]
 */
import { join } from 'node:path';
import { imageKey } from '../src/core/document.js';
import { boundingBox } from '../src/core/geometry.js';
import { fnv1a } from '../src/models/kie/text-hash.js';
import { DEFAULT_SPLIT_CONFIG, type SplitConfig } from '../src/models/split/config.js';
import { saveSplitModel } from '../src/models/split/model-file.js';
import { mergeProbability, type MergeModel } from '../src/pipeline/merge-lines.js';
import { alignChars } from '../src/train/split-align.js';
import { mergeExamples, trainMerge, type MergeExamples } from '../src/train/train-merge.js';
import { DEFAULT_TRAIN_SPLIT } from '../src/train/train-split.js';
import { loadFunsd, loadXfundZh, type NamedPage } from './lib/datasets.js';
import { readCachedOcr } from './lib/ocr-cache.js';

const outAt = process.argv.indexOf('--out');
const OUT = outAt >= 0 ? process.argv[outAt + 1]! : join(import.meta.dirname, '..', 'models', 'line-split', 'line-merge.kiew');
const epochsAt = process.argv.indexOf('--epochs');
// Pairs are few (about 4,400): more epochs than the split model's 4 (chosen on the held-out pages).
const TRAIN = { ...DEFAULT_TRAIN_SPLIT, epochs: epochsAt >= 0 ? Number(process.argv[epochsAt + 1]) : 20 };
const t0 = performance.now();

async function examplesOf(set: string, pages: readonly NamedPage[]): Promise<{ name: string; examples: MergeExamples }[]> {
  const out: { name: string; examples: MergeExamples }[] = [];
  for (const page of pages) {
    const ocr = await readCachedOcr(set, imageKey(page.image));
    if (!ocr) continue;
    const boxes = page.segments.map((s) => boundingBox(s.points));
    const owners = ocr.lines.map((line) => alignChars(line, page.segments, boxes));
    out.push({ name: page.name, examples: mergeExamples(ocr.lines, owners) });
  }
  return out;
}

const byPage = [
  ...(await examplesOf('xfund-train', await loadXfundZh('zh_train'))),
  ...(await examplesOf('funsd-train', await loadFunsd('training_data'))),
];
const pairs = byPage.reduce((s, p) => s + p.examples.pairs.length, 0);
const joins = byPage.reduce((s, p) => s + p.examples.targets.filter((t) => t === 1).length, 0);
console.log(`${byPage.length} pages: ${pairs} joinable neighbour pairs, ${joins} of them one gold segment`);

function table(model: MergeModel, held: readonly MergeExamples[], thresholds: readonly number[]): { t: number; f1: number; line: string }[] {
  const scored = held.flatMap((e) => e.pairs.map((p, i) => ({ p: mergeProbability(model, p[0], p[1]), gold: e.targets[i] === 1 })));
  return thresholds.map((t) => {
    const tp = scored.filter((s) => s.p >= t && s.gold).length;
    const fp = scored.filter((s) => s.p >= t && !s.gold).length;
    const fn = scored.filter((s) => s.p < t && s.gold).length;
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    return { t, f1, line: `threshold ${t.toFixed(2)}: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f1).toFixed(1)}` };
  });
}

const config: SplitConfig = DEFAULT_SPLIT_CONFIG;
const held = (name: string): boolean => fnv1a(name) % 5 === 0;
const probe = trainMerge(
  byPage.filter((p) => !held(p.name)).map((p) => p.examples),
  config,
  TRAIN,
);
const rows = table(
  probe,
  byPage.filter((p) => held(p.name)).map((p) => p.examples),
  [0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
);
console.log(`held-out pages:\n  ${rows.map((r) => r.line).join('\n  ')}`);
const best = rows.reduce((a, b) => (b.f1 > a.f1 ? b : a));
const model = trainMerge(
  byPage.map((p) => p.examples),
  { ...config, threshold: best.t },
  TRAIN,
);
const seconds = (performance.now() - t0) / 1000;
await saveSplitModel(
  OUT,
  model,
  { trainingSeconds: Math.round(seconds), heldOutF1: Number(best.f1.toFixed(4)), pairs, joins, train: TRAIN },
  'line-merge',
);
console.log(`threshold ${best.t}; wrote ${OUT} in ${seconds.toFixed(1)} s`);
