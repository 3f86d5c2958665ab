/**
 * Benchmark of the KIE pipeline on XFUND-zh val and FUNSD test (../shared/datasets):
 * SER and RE Hmean on gold OCR, end-to-end Hmean on kie's own OCR (PaddleOCR's
 * protocol, src/eval/e2e-metrics.ts) with and without line joining / splitting, beside the
 * published anchors; SER+RE and whole-pipeline time per page; model sizes; the
 * recorded training times.
 *
 * Usage: npm run bench:kie [-- --pages N] [--ocr-cache] [--model DIR] [--split-model FILE] [--merge-model FILE] [--timing-pages N]
 *   --ocr-cache  reuse (and fill) the OCR results under .bench-cache/ocr (scripts/cache-ocr.ts)
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { imageKey, type Dataset, type Page } from '../src/core/document.js';
import type { OcrPage } from '../src/core/ocr.js';
import { evaluateE2e } from '../src/eval/e2e-metrics.js';
import { evaluateRe } from '../src/eval/re-metrics.js';
import { evaluateSer } from '../src/eval/ser-metrics.js';
import { computeLayout } from '../src/models/kie/layout.js';
import { loadSplitModel } from '../src/models/split/model-file.js';
import { defaultOcrModelPaths } from '../src/runtime/model-paths.js';
import { toPredictionDataset } from '../src/pipeline/extract-json.js';
import { createExtractor, type Extractor } from '../src/pipeline/kie.js';
import { labelSegments, linkSegments } from '../src/pipeline/kie-stages.js';
import { DEFAULT_KIE_MODEL, resolveModelDir } from '../src/pipeline/model-resolve.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';
import { createLineSplitter, DEFAULT_MERGE_MODEL, DEFAULT_SPLIT_MODEL } from '../src/pipeline/split-lines.js';
import { createLineMerger } from '../src/pipeline/merge-lines.js';
import { loadFunsdSplit, loadXfundZhSplit, type LoadedSplit } from '../scripts/lib/datasets.js';
import { cachedOcr } from '../scripts/lib/ocr-cache.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const maxPages = Number(value('--pages') ?? Infinity);
const timingPages = Number(value('--timing-pages') ?? 3);
const modelDir = await resolveModelDir(value('--model') ?? DEFAULT_KIE_MODEL);
const splitFile = value('--split-model') ?? DEFAULT_SPLIT_MODEL;
const useCache = flag('--ocr-cache');

const mergeFile = value('--merge-model') ?? DEFAULT_MERGE_MODEL;
const split = await loadSplitModel(splitFile).catch(() => undefined);
if (!split) console.error(`no line-split model at ${splitFile}: end-to-end without splitting only`);
const merge = await loadSplitModel(mergeFile, 'line-merge').catch(() => undefined);
const ocr: OcrEngine = await createOcr({ threads: 1 });
const plain = await createExtractor({ model: modelDir, ocr, splitLines: false });
const splitting = split ? await createExtractor({ model: plain.model, ocr, splitLines: createLineSplitter(split) }) : undefined;
const splitter = split ? createLineSplitter(split) : undefined;
const merger = merge ? createLineMerger(merge) : undefined;
const joining =
  splitter && merger ? await createExtractor({ model: plain.model, ocr, splitLines: (lines) => splitter(merger(lines)) }) : undefined;

interface SetScores {
  ser: number;
  re: number;
  e2e: number;
  e2eSplit: number | undefined;
  e2eJoin: number | undefined;
  pages: number;
}

/** Keeps the first `n` documents. */
function firstPages(dataset: Dataset, n: number): Dataset {
  return Number.isFinite(n) ? { ...dataset, documents: dataset.documents.slice(0, n) } : dataset;
}

function mapPages(gold: Dataset, f: (page: Page) => Page): Dataset {
  return { ...gold, documents: gold.documents.map((d) => ({ ...d, pages: d.pages.map(f) })) };
}

const serRe: number[] = [];

/** SER and RE Hmean on gold OCR (RE on gold labels), timing SER+RE per page. */
function goldScores(extractor: Extractor, gold: Dataset): { ser: number; re: number } {
  const model = extractor.model;
  const serPred = mapPages(gold, (page) => {
    const t = performance.now();
    const layout = computeLayout(page);
    const { labels } = labelSegments(model, page, layout);
    linkSegments(model, page, labels, layout);
    serRe.push(performance.now() - t);
    return { ...page, segments: page.segments.map((s, i) => ({ ...s, label: labels[i]!, links: [] })) };
  });
  const rePred = mapPages(gold, (page) => {
    const links = linkSegments(
      model,
      page,
      page.segments.map((s) => s.label.toLowerCase()),
    );
    return { ...page, segments: page.segments.map((s) => ({ ...s, links: links.filter((l) => l.from === s.id || l.to === s.id).map((l) => [l.from, l.to] as const) })) };
  });
  return { ser: evaluateSer(gold, serPred).micro.hmean, re: evaluateRe(gold, rePred).hmean };
}

async function ocrOf(set: string, page: Page): Promise<OcrPage> {
  if (!page.imagePath) throw new Error(`${set}: image of ${page.image} not found`);
  return useCache ? cachedOcr(ocr, set, imageKey(page.image), page.imagePath) : ocr.recognize(page.imagePath);
}

/** End-to-end Hmean of an extractor over OCR pages. */
async function e2eScore(extractor: Extractor, gold: Dataset, ocrPages: readonly OcrPage[]): Promise<number> {
  const pages = gold.documents.flatMap((d) => d.pages);
  const extracted = [];
  for (const [i, page] of pages.entries()) extracted.push({ image: page.image, result: await extractor.extract(ocrPages[i]!) });
  return evaluateE2e(gold, toPredictionDataset(extracted)).hmean.hmean;
}

async function scoreSet(set: string, loaded: LoadedSplit): Promise<SetScores> {
  const gold = firstPages(loaded.dataset, maxPages);
  const { ser, re } = goldScores(plain, gold);
  const ocrPages: OcrPage[] = [];
  const pages = gold.documents.flatMap((d) => d.pages);
  for (const [i, page] of pages.entries()) {
    ocrPages.push(await ocrOf(set, page));
    if ((i + 1) % 10 === 0) console.error(`${set}: OCR ${i + 1}/${pages.length}`);
  }
  const e2e = await e2eScore(plain, gold, ocrPages);
  const e2eSplit = splitting ? await e2eScore(splitting, gold, ocrPages) : undefined;
  const e2eJoin = joining ? await e2eScore(joining, gold, ocrPages) : undefined;
  return { ser, re, e2e, e2eSplit, e2eJoin, pages: pages.length };
}

/** Whole pipeline (decode + OCR + split + SER + RE + key-values) on live pages, 1 OCR thread. */
async function pipelineTimes(sets: readonly LoadedSplit[]): Promise<number[]> {
  const times: number[] = [];
  const extractor = joining ?? splitting ?? plain;
  for (const { pages } of sets) {
    for (const page of pages.slice(0, timingPages)) {
      const t = performance.now();
      await extractor.extract(page.imagePath!);
      times.push(performance.now() - t);
    }
  }
  return times;
}

async function dirSize(dir: string): Promise<number> {
  let bytes = 0;
  for (const f of await readdir(dir)) bytes += (await stat(join(dir, f))).size;
  return bytes;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const pct = (x: number | undefined): string => (x === undefined ? '—' : (100 * x).toFixed(2)).padStart(6);

const sets: [string, LoadedSplit][] = [
  ['xfund-val', await loadXfundZhSplit('zh_val')],
  ['funsd-test', await loadFunsdSplit('testing_data')],
];
const t0 = performance.now();
const [xfund, funsd] = [await scoreSet(sets[0]![0], sets[0]![1]), await scoreSet(sets[1]![0], sets[1]![1])];
const pipeline = await pipelineTimes(sets.map(([, s]) => s));
await plain.release();
await ocr.release();

const ocrPaths = defaultOcrModelPaths();
const ocrBytes = (await Promise.all([ocrPaths.det, ocrPaths.rec, ocrPaths.cls].map(async (p) => (await stat(p)).size))).reduce((a, b) => a + b, 0);
const kieBytes = await dirSize(modelDir);
const splitBytes = (split ? (await stat(splitFile)).size : 0) + (merge ? (await stat(mergeFile)).size : 0);
const notes = plain.model.manifest.notes as { trainingSeconds?: number } | undefined;
const splitNotes = split?.meta.notes as { trainingSeconds?: number } | undefined;
const mergeNotes = merge?.meta.notes as { trainingSeconds?: number } | undefined;

console.log(`kie KIE benchmark: model ${modelDir}; XFUND-zh val ${xfund.pages} pages, FUNSD test ${funsd.pages} pages`);
console.log('Hmean (%)            | XFUND-zh SER | XFUND-zh RE | XFUND-zh E2E | FUNSD SER | FUNSD RE | FUNSD E2E');
console.log('---------------------|--------------|-------------|--------------|-----------|----------|----------');
const row = (name: string, v: (number | undefined)[]): string =>
  `${name.padEnd(21)}| ${pct(v[0]).padStart(12)} | ${pct(v[1]).padStart(11)} | ${pct(v[2]).padStart(12)} | ${pct(v[3]).padStart(9)} | ${pct(v[4]).padStart(8)} | ${pct(v[5]).padStart(9)}`;
console.log(row('kie (join + split)', [xfund.ser, xfund.re, xfund.e2eJoin, funsd.ser, funsd.re, funsd.e2eJoin]));
console.log(row('kie (split only)', [xfund.ser, xfund.re, xfund.e2eSplit, funsd.ser, funsd.re, funsd.e2eSplit]));
console.log(row('kie (no split)', [xfund.ser, xfund.re, xfund.e2e, funsd.ser, funsd.re, funsd.e2e]));
console.log(row('LayoutXLM-base', [0.9038, 0.7483, undefined, 0.8228, 0.5313, undefined]));
console.log(row('VI-LayoutXLM', [0.9319, 0.8392, undefined, 0.8779, 0.7487, undefined]));
console.log(row('must reach', [0.9, 0.88, undefined, 0.82, 0.9, undefined]));
console.log('SER and RE on gold OCR (RE on gold labels); E2E on kie\'s own OCR (PP-OCRv4), IoU >= 0.5, text and class equal, `other` ignored.');
console.log(`\nSER+RE time per page (1 thread, gold segments): median ${median(serRe).toFixed(1)} ms over ${serRe.length} pages`);
console.log(`whole pipeline per page (decode + OCR 1 thread + join + split + SER + RE): median ${(median(pipeline) / 1000).toFixed(2)} s over ${pipeline.length} pages`);
console.log(`model sizes: KIE ${(kieBytes / 1e6).toFixed(2)} MB, line split + merge ${(splitBytes / 1e6).toFixed(2)} MB, OCR (det + rec + cls) ${(ocrBytes / 1e6).toFixed(2)} MB`);
console.log(`training time (model manifests): KIE ${notes?.trainingSeconds ?? '?'} s, line split ${splitNotes?.trainingSeconds ?? '?'} s, line merge ${mergeNotes?.trainingSeconds ?? '?'} s`);
console.log(`bench wall time ${((performance.now() - t0) / 1000).toFixed(0)} s${useCache ? ' (OCR from cache)' : ''}`);
