/** RE inference: candidate pairs, a forward pass, and the constrained decode. */
import { computeLayout, type PageLayout } from '../kie/layout.js';
import { embedRows, forwardNetwork, softmaxRows, type NetworkParams } from '../kie/network.js';
import type { KieLink, KiePage } from '../kie/page.js';
import type { ReConfig } from './config.js';
import { decodeRe } from './decode.js';
import { reFactoredFeatures, rePairs, type FactoredReFeatures, type RePair } from './features.js';

/** A trained RE model. */
export interface ReModel {
  readonly config: ReConfig;
  readonly params: NetworkParams;
}

/**
 * Probability that each candidate pair is linked. Each segment's token
 * embeddings are summed once per role (key, value) and added to every pair it
 * takes part in: the same function as the training rows, a few times faster.
 */
export function scoreRePairs(model: ReModel, page: KiePage, layout: PageLayout, pairs: readonly RePair[]): Float32Array {
  if (pairs.length === 0) return new Float32Array(0);
  return scorePairs(model.params, reFactoredFeatures(page, layout, pairs, model.config), pairs);
}

/** Linked-class probability of `pairs` from their factored features (RE and partner networks). */
export function scorePairs(
  params: NetworkParams,
  features: FactoredReFeatures,
  pairs: readonly RePair[],
): Float32Array {
  const H = params.shape.hidden;
  const keys = embedRows(params, features.keyRows);
  const values = embedRows(params, features.valueRows);
  const addend = new Float32Array(pairs.length * H);
  pairs.forEach((p, i) => {
    const k = p.key * H;
    const v = p.value * H;
    for (let h = 0; h < H; h++) addend[i * H + h] = keys[k + h]! + values[v + h]!;
  });
  const prob = softmaxRows(forwardNetwork(params, features.pairs, undefined, addend).logits, 2);
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
