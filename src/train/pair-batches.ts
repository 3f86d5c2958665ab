/**
 * Training batches of candidate (source, target) segment pairs, shared by the
 * pair networks that score links (RE, the link-aware SER partner): which pairs
 * are candidates and which are gold is all that differs between them.
 */
import { computeLayout, type PageLayout } from '../models/kie/layout.js';
import { concatNetworkInputs } from '../models/kie/network-input.js';
import type { KiePage } from '../models/kie/page.js';
import { RE_DENSE_SIZE, reFeatures, type PairTokenConfig, type RePair } from '../models/re/features.js';
import type { TrainBatch } from './fit.js';

/**
 * Batches of `pagesPerBatch` pages: each page's candidate pairs (`pairsOf`) with
 * target 1 when `"key>value"` is in the page's gold set (`goldOf`), else 0, grouped
 * by target segment for the listwise loss. Pages without candidates are skipped.
 */
export function pairBatches(
  pages: readonly KiePage[],
  config: PairTokenConfig,
  pagesPerBatch: number,
  pairsOf: (page: KiePage, layout: PageLayout) => RePair[],
  goldOf: (page: KiePage) => ReadonlySet<string>,
): TrainBatch[] {
  const batches: TrainBatch[] = [];
  for (let b = 0; b < pages.length; b += pagesPerBatch) {
    const inputs = [];
    const targets: number[] = [];
    const groups: number[] = [];
    for (const page of pages.slice(b, b + pagesPerBatch)) {
      const base = groups.length === 0 ? 0 : groups[groups.length - 1]! + 1;
      const layout = computeLayout(page);
      const pairs = pairsOf(page, layout);
      if (pairs.length === 0) continue;
      const gold = goldOf(page);
      inputs.push(reFeatures(page, layout, pairs, config));
      for (const p of pairs) {
        targets.push(gold.has(`${p.key}>${p.value}`) ? 1 : 0);
        groups.push(base + p.value);
      }
    }
    if (inputs.length > 0) {
      batches.push({
        input: concatNetworkInputs(inputs, RE_DENSE_SIZE, 0),
        targets: Int32Array.from(targets),
        groups: Int32Array.from(groups),
      });
    }
  }
  return batches;
}
