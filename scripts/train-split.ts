/**
 * Trains the shipped line-split model (`models/line-split/line-split.kiew`) from
 * kie's own OCR of the XFUND-zh and FUNSD TRAIN pages aligned to their gold
 * segments (OCR cached by scripts/cache-ocr.ts; pages not cached are skipped).
 * A fifth of the pages (by a hash of their names) is held out to choose the decision threshold;
 * the shipped model is then trained on all pages. Test and val pages are never
 * used here: `npm run bench:kie` scores them.
 * Usage: npm run train:split [-- --out FILE] [--epochs N] [--batch LINES] [--dropout P] [--buckets N]
 */
import { join } from 'node:path';
import { imageKey } from '../src/core/document.js';
import { boundingBox } from '../src/core/geometry.js';
import { fnv1a } from '../src/models/kie/text-hash.js';
import { DEFAULT_SPLIT_CONFIG, type SplitConfig } from '../src/models/split/config.js';
import { saveSplitModel } from '../src/models/split/model-file.js';
import { scoreSplits, type SplitModel } from '../src/models/split/predict.js';
import { alignChars, splitExample, type SplitExample } from '../src/train/split-align.js';
import { DEFAULT_TRAIN_SPLIT, trainSplit } from '../src/train/train-split.js';
import { loadFunsd, loadXfundZh, type NamedPage } from './lib/datasets.js';
import { readCachedOcr } from './lib/ocr-cache.js';

const outAt = process.argv.indexOf('--out');
const OUT = outAt >= 0 ? process.argv[outAt + 1]! : join(import.meta.dirname, '..', 'models', 'line-split', 'line-split.kiew');
const epochsAt = process.argv.indexOf('--epochs');
const batchAt = process.argv.indexOf('--batch');
const dropoutAt = process.argv.indexOf('--dropout');
const bucketsAt = process.argv.indexOf('--buckets');
const TRAIN = {
  ...DEFAULT_TRAIN_SPLIT,
  ...(epochsAt >= 0 ? { epochs: Number(process.argv[epochsAt + 1]) } : {}),
  ...(batchAt >= 0 ? { linesPerBatch: Number(process.argv[batchAt + 1]) } : {}),
  ...(dropoutAt >= 0 ? { dropout: Number(process.argv[dropoutAt + 1]) } : {}),
};
const t0 = performance.now();

/** Aligned examples of every cached page of a set, grouped by page (with the page's name). */
async function examplesOf(set: string, pages: readonly NamedPage[]): Promise<{ name: string; examples: SplitExample[] }[]> {
  const out: { name: string; examples: SplitExample[] }[] = [];
  for (const page of pages) {
    const ocr = await readCachedOcr(set, imageKey(page.image));
    if (!ocr) continue;
    const boxes = page.segments.map((s) => boundingBox(s.points));
    const examples: SplitExample[] = [];
    for (const line of ocr.lines) {
      const example = splitExample(line, alignChars(line, page.segments, boxes));
      if (example) examples.push(example);
    }
    out.push({ name: page.name, examples });
  }
  console.log(`${set}: ${out.length}/${pages.length} pages with cached OCR`);
  return out;
}

const byPage = [
  ...(await examplesOf('xfund-train', await loadXfundZh('zh_train'))),
  ...(await examplesOf('funsd-train', await loadFunsd('training_data'))),
];
const all = byPage.flatMap((p) => p.examples);
const positives = all.reduce((s, e) => s + e.targets.filter((t) => t === 1).length, 0);
const candidates = all.reduce((s, e) => s + e.targets.length, 0);
const splitLines = all.filter((e) => e.targets.includes(1)).length;
console.log(`${all.length} aligned lines, ${splitLines} hold more than one gold segment; ${candidates} candidates, ${positives} cuts`);

/** Candidate-level precision / recall / F1 at each threshold. */
function thresholdTable(model: SplitModel, examples: readonly SplitExample[], thresholds: readonly number[]): { t: number; f1: number; line: string }[] {
  const scored = examples.map((e) => ({ e, p: scoreSplits(model, e.line) }));
  return thresholds.map((t) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { e, p } of scored) {
      const prob = new Map(p.candidates.map((k, i) => [k, p.probabilities[i]!]));
      e.candidates.forEach((k, i) => {
        const cut = (prob.get(k) ?? 0) >= t;
        const gold = e.targets[i] === 1;
        if (cut && gold) tp++;
        else if (cut) fp++;
        else if (gold) fn++;
      });
    }
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    return { t, f1, line: `threshold ${t.toFixed(2)}: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f1).toFixed(1)}` };
  });
}

const config: SplitConfig = { ...DEFAULT_SPLIT_CONFIG, ...(bucketsAt >= 0 ? { buckets: Number(process.argv[bucketsAt + 1]) } : {}) };
// Held out by name, so that the same pages stay out while more of them get cached.
const held = (name: string): boolean => fnv1a(name) % 5 === 0;
const heldPages = byPage.filter((p) => held(p.name));
const probe = trainSplit(
  byPage.filter((p) => !held(p.name)).flatMap((p) => p.examples),
  config,
  TRAIN,
);
const table = thresholdTable(
  probe,
  heldPages.flatMap((p) => p.examples),
  [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6],
);
console.log(`held-out pages (${heldPages.length}):\n  ${table.map((r) => r.line).join('\n  ')}`);
const best = table.reduce((a, b) => (b.f1 > a.f1 ? b : a));
const finalConfig: SplitConfig = { ...config, threshold: best.t };
const model = trainSplit(all, finalConfig, TRAIN);
const seconds = (performance.now() - t0) / 1000;
await saveSplitModel(OUT, model, {
  trainingSeconds: Math.round(seconds),
  trainingData: ['kie OCR of FUNSD training_data and XFUND zh_train aligned to their gold segments (non-commercial research licences)'],
  heldOutF1: Number(best.f1.toFixed(4)),
  lines: all.length,
  cuts: positives,
  train: TRAIN,
});
console.log(`threshold ${best.t}; wrote ${OUT} in ${seconds.toFixed(1)} s`);
