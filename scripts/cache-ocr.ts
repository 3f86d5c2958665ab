/**
 * Runs kie's OCR once on the pages of the shared datasets and caches the results
 * under `.bench-cache/ocr/` (see scripts/lib/ocr-cache.ts), for `npm run bench:kie
 * -- --ocr-cache` and the line-splitter training. Pages already cached are skipped.
 * Usage: nice -n 19 tsx scripts/cache-ocr.ts [xfund-val funsd-test xfund-train funsd-train sroie] [--threads N]
 */
import { createDataset, imageKey } from '../src/core/document.js';
import { createOcr } from '../src/pipeline/ocr.js';
import { loadFunsdSplit, loadXfundZhSplit, type LoadedSplit } from './lib/datasets.js';
import { cachedOcr, readCachedOcr } from './lib/ocr-cache.js';
import { loadSroieSplit } from './lib/sroie.js';

/** The named page sets: cache set name → loader. */
export const OCR_SETS: Readonly<Record<string, () => Promise<LoadedSplit>>> = {
  'xfund-val': () => loadXfundZhSplit('zh_val'),
  'funsd-test': () => loadFunsdSplit('testing_data'),
  'xfund-train': () => loadXfundZhSplit('zh_train'),
  'funsd-train': () => loadFunsdSplit('training_data'),
  // All 500 receipts (train and test parts), keyed like bench/receipts.ts.
  sroie: async () => {
    const { train, test } = await loadSroieSplit();
    const documents = [...train, ...test];
    return { dataset: createDataset(documents), pages: documents.map((d) => ({ ...d.pages[0]!, name: d.name })) };
  },
};

const args = process.argv.slice(2);
const threadsAt = args.indexOf('--threads');
const threads = threadsAt >= 0 ? Number(args[threadsAt + 1]) : 1;
const names = args.filter((a, i) => !a.startsWith('--') && (threadsAt < 0 || i !== threadsAt + 1));
const sets = names.length > 0 ? names : Object.keys(OCR_SETS);
const ocr = await createOcr({ threads });
try {
  for (const set of sets) {
    const load = OCR_SETS[set];
    if (!load) throw new Error(`unknown set ${set} (valid: ${Object.keys(OCR_SETS).join(', ')})`);
    const { pages } = await load();
    let done = 0;
    const t0 = performance.now();
    for (const page of pages) {
      const key = imageKey(page.image);
      if (!(await readCachedOcr(set, key))) {
        if (!page.imagePath) throw new Error(`${set}: image of ${page.image} not found`);
        await cachedOcr(ocr, set, key, page.imagePath);
      }
      done++;
      if (done % 10 === 0 || done === pages.length) {
        console.error(`${set}: ${done}/${pages.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
  }
} finally {
  await ocr.release();
}
