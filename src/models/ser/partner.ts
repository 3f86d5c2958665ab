/**
 * The label-free partner scorer that makes SER link-aware. In forms a key and
 * its value are labelled `question` / `answer` because they are linked; a
 * key-like text with no value (or a value with no key) is `other`. This network
 * scores, for every segment and each of its nearest segments, "is there a link
 * from that segment to this one?" without knowing any label, and the best
 * scores in each direction become SER features (see {@link partnerFeatures}).
 * It is the RE pair network (same features, same factored inference) over
 * label-free candidates.
 */
import type { PageLayout } from '../kie/layout.js';
import type { NetworkParams } from '../kie/network.js';
import type { KiePage } from '../kie/page.js';
import type { TextTokenKinds } from '../kie/text-hash.js';
import { boxGap, reFactoredFeatures, type RePair } from '../re/features.js';
import { scorePairs } from '../re/predict.js';

/** Settings of the partner network. */
export interface PartnerConfig {
  /** Each segment considers its nearest `maxCandidates` segments as link sources. */
  readonly maxCandidates: number;
  readonly buckets: number;
  readonly hidden: number;
  readonly hidden2: number;
  /** Token groups of both ends' texts. */
  readonly tokens: TextTokenKinds;
}

export const DEFAULT_PARTNER_CONFIG: Readonly<PartnerConfig> = Object.freeze({
  maxCandidates: 8,
  buckets: 1 << 15,
  hidden: 32,
  hidden2: 32,
  tokens: Object.freeze({ unigrams: false, bigrams: true, trigrams: false, words: true, shape: true, ends: true }),
});

/** A trained partner network. */
export interface PartnerModel {
  readonly config: PartnerConfig;
  readonly params: NetworkParams;
}

/** Number of features per segment returned by {@link partnerFeatures}. */
export const PARTNER_FEATURES = 4;

/**
 * Candidate pairs `source → target` by segment index: for each segment (as
 * target, `value`) its `maxCandidates` nearest other segments (as source,
 * `key`) by box gap, nearest first.
 */
export function partnerPairs(layout: PageLayout, maxCandidates: number): RePair[] {
  const { placed } = layout;
  const n = placed.length;
  const pairs: RePair[] = [];
  const gaps: [number, number][] = [];
  for (let v = 0; v < n; v++) {
    gaps.length = 0;
    const pv = placed[v]!;
    for (let k = 0; k < n; k++) if (k !== v) gaps.push([boxGap(placed[k]!, pv), k]);
    gaps.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let r = 0; r < Math.min(maxCandidates, gaps.length); r++) pairs.push({ key: gaps[r]![1], value: v });
  }
  return pairs;
}

/** Link probability of every candidate pair of a page. */
export function scorePartnerPairs(model: PartnerModel, page: KiePage, layout: PageLayout, pairs: readonly RePair[]): Float32Array {
  if (pairs.length === 0) return new Float32Array(0);
  return scorePairs(model.params, reFactoredFeatures(page, layout, pairs, model.config), pairs);
}

/**
 * Per segment `[best incoming, best outgoing, sum incoming, sum outgoing]` link
 * probabilities (`[segments, PARTNER_FEATURES]`): "something links to me" (a
 * value), "I link to something" (a key), and how many (table headers own many).
 */
export function pairScoresToFeatures(n: number, pairs: readonly RePair[], probabilities: ArrayLike<number>): Float32Array {
  const out = new Float32Array(n * PARTNER_FEATURES);
  pairs.forEach((p, i) => {
    const prob = probabilities[i]!;
    const v = p.value * PARTNER_FEATURES;
    const k = p.key * PARTNER_FEATURES;
    out[v] = Math.max(out[v]!, prob);
    out[k + 1] = Math.max(out[k + 1]!, prob);
    out[v + 2]! += prob;
    out[k + 3]! += prob;
  });
  for (let i = 0; i < n; i++) {
    out[i * PARTNER_FEATURES + 2] = Math.log1p(out[i * PARTNER_FEATURES + 2]!);
    out[i * PARTNER_FEATURES + 3] = Math.log1p(out[i * PARTNER_FEATURES + 3]!);
  }
  return out;
}

/**
 * The SER partner features of a page (see {@link pairScoresToFeatures}).
 *
 * @example
 * const f = partnerFeatures(model, page, computeLayout(page));
 * const hasKey = f[i * PARTNER_FEATURES]; // probability that some segment links to segment i
 */
export function partnerFeatures(model: PartnerModel, page: KiePage, layout: PageLayout): Float32Array {
  const pairs = partnerPairs(layout, model.config.maxCandidates);
  return pairScoresToFeatures(page.segments.length, pairs, scorePartnerPairs(model, page, layout, pairs));
}
