/** RE inference: candidate pairs, a forward pass, and the constrained decode. */
import { computeLayout, type PageLayout } from '../kie/layout.js';
import { forwardNetwork, softmaxRows, type NetworkParams } from '../kie/network.js';
import type { KieLink, KiePage } from '../kie/page.js';
import type { ReConfig } from './config.js';
import { decodeRe } from './decode.js';
import { reFeatures, rePairs, type RePair } from './features.js';

/** A trained RE model. */
export interface ReModel {
  readonly config: ReConfig;
  readonly params: NetworkParams;
}

/** Probability that each candidate pair is linked. */
export function scoreRePairs(model: ReModel, page: KiePage, layout: PageLayout, pairs: readonly RePair[]): Float32Array {
  if (pairs.length === 0) return new Float32Array(0);
  const prob = softmaxRows(forwardNetwork(model.params, reFeatures(page, layout, pairs, model.config)).logits, 2);
  const out = new Float32Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) out[i] = prob[2 * i + 1]!;
  return out;
}

/**
 * Links keys to values given each segment's class (`labels`, indexed like
 * `page.segments`, e.g. from `predictSer` or gold labels). Returns links
 * by segment id.
 *
 * @example
 * const links = predictRe(model, page, ['question', 'answer']); // [{ from: 3, to: 4 }]
 */
export function predictRe(model: ReModel, page: KiePage, labels: readonly string[], layout?: PageLayout): KieLink[] {
  const placed = layout ?? computeLayout(page);
  const pairs = rePairs(labels, placed, model.config);
  const probabilities = scoreRePairs(model, page, placed, pairs);
  return decodeRe(pairs, probabilities, model.config).map((p) => ({
    from: page.segments[p.key]!.id,
    to: page.segments[p.value]!.id,
  }));
}
