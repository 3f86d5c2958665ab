/** SER inference: a forward pass over a page's features and an argmax decode. */
import { KieError } from '../../core/errors.js';
import { computeLayout, type PageLayout } from '../kie/layout.js';
import { forwardNetwork, softmaxRows, type NetworkInput, type NetworkParams } from '../kie/network.js';
import type { KiePage } from '../kie/page.js';
import type { SerConfig } from './config.js';
import { serBaseFeatures, serFeatures, withSerExtras, type SerExtras } from './features.js';
import { partnerFeatures, type PartnerModel } from './partner.js';
import { stackFeatures } from './stack.js';

/** A trained SER model: one network or an ensemble whose probabilities are averaged. */
export interface SerModel {
  readonly config: SerConfig;
  readonly members: readonly NetworkParams[];
  /** The partner network whose link scores are features (present when `config.partner`). */
  readonly partner?: PartnerModel;
  /** The first pass whose probabilities feed this one (present when `config.stack`). */
  readonly firstPass?: SerModel;
}

/** SER output of a page, indexed like `page.segments`. */
export interface SerResult {
  readonly labels: string[];
  /** `[segments, classes]` probabilities in `config.classes` order. */
  readonly probabilities: Float32Array;
}

/**
 * Labels every segment of a page.
 *
 * @example
 * const { labels } = predictSer(model, page); // ['question', 'answer', ...]
 */
export function predictSer(model: SerModel, page: KiePage, layout?: PageLayout): SerResult {
  if (page.segments.length === 0) return { labels: [], probabilities: new Float32Array(0) };
  const placed = layout ?? computeLayout(page);
  const probabilities = runSer(model, page, placed, new Map(), new Map());
  return { labels: decodeSer(probabilities, model.config.classes, model.config.backgroundScale), probabilities };
}

/**
 * Probabilities of a (possibly stacked) model. The base features and the
 * partner features are computed once per page and shared by both passes
 * (`bases` is keyed by the token settings, `partners` by network).
 */
function runSer(
  model: SerModel,
  page: KiePage,
  layout: PageLayout,
  bases: Map<string, NetworkInput>,
  partners: Map<PartnerModel, Float32Array>,
): Float32Array {
  const { config } = model;
  const key = JSON.stringify([config.buckets, config.ownTokens, config.neighbourTokens, config.context]);
  let base = bases.get(key);
  if (!base) bases.set(key, (base = serBaseFeatures(page, config, layout)));
  let partner: Float32Array | undefined;
  let stack: Float32Array | undefined;
  if (config.partner) {
    if (!model.partner) throw new KieError('MODEL_INVALID', 'the SER config uses partner features but the model has no partner network');
    partner = partners.get(model.partner);
    if (!partner) partners.set(model.partner, (partner = partnerFeatures(model.partner, page, layout)));
  }
  if (config.stack) {
    if (!model.firstPass) throw new KieError('MODEL_INVALID', 'the SER config is a second pass but the model has no first pass');
    const first = runSer(model.firstPass, page, layout, bases, partners);
    stack = stackFeatures(first, layout, model.firstPass.config.classes.length);
  }
  return averageMembers(model, withSerExtras(base, config, { partner, stack }));
}

/** Averaged class probabilities of the members (`[segments, classes]`) for given extra features. */
export function serProbabilities(model: SerModel, page: KiePage, layout: PageLayout, extras: SerExtras): Float32Array {
  return averageMembers(model, serFeatures(page, model.config, layout, extras));
}

function averageMembers(model: SerModel, input: NetworkInput): Float32Array {
  const C = model.config.classes.length;
  const probabilities = new Float32Array(input.count * C);
  for (const params of model.members) {
    const p = softmaxRows(forwardNetwork(params, input).logits, C);
    for (let i = 0; i < p.length; i++) probabilities[i]! += p[i]! / model.members.length;
  }
  return probabilities;
}

/**
 * Arg-max class per row of `[n, classes]` probabilities, the background class
 * (index 0) weighted by `backgroundScale`.
 *
 * @example
 * decodeSer(Float32Array.from([0.4, 0.6]), ['other', 'question'], 2) // ['other']
 */
export function decodeSer(probabilities: Float32Array, classes: readonly string[], backgroundScale = 1): string[] {
  const C = classes.length;
  const out: string[] = [];
  for (let r = 0; r < probabilities.length; r += C) {
    let best = 0;
    let bestP = probabilities[r]! * backgroundScale;
    for (let c = 1; c < C; c++) {
      if (probabilities[r + c]! > bestP) {
        best = c;
        bestP = probabilities[r + c]!;
      }
    }
    out.push(classes[best]!);
  }
  return out;
}

/** Index of `label` in `classes` (case-insensitive), or an `UNKNOWN_LABEL` error naming the choices. */
export function classIndex(classes: readonly string[], label: string): number {
  const i = classes.indexOf(label.toLowerCase());
  if (i < 0) throw new KieError('UNKNOWN_LABEL', `unknown label "${label}"; expected one of ${classes.join(', ')}`);
  return i;
}
