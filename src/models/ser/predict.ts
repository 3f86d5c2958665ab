/** SER inference: a forward pass over a page's features and an argmax decode. */
import { KieError } from '../../core/errors.js';
import { computeLayout, type PageLayout } from '../kie/layout.js';
import { forwardNetwork, softmaxRows, type NetworkParams } from '../kie/network.js';
import type { KiePage } from '../kie/page.js';
import type { SerConfig } from './config.js';
import { serFeatures, type SerExtras } from './features.js';
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
  const probabilities = serProbabilities(model, page, placed, serExtras(model, page, placed));
  return { labels: decodeSer(probabilities, model.config.classes), probabilities };
}

/** Averaged class probabilities of the members (`[segments, classes]`) for given extra features. */
export function serProbabilities(model: SerModel, page: KiePage, layout: PageLayout, extras: SerExtras): Float32Array {
  const input = serFeatures(page, model.config, layout, extras);
  const C = model.config.classes.length;
  const probabilities = new Float32Array(page.segments.length * C);
  for (const params of model.members) {
    const p = softmaxRows(forwardNetwork(params, input).logits, C);
    for (let i = 0; i < p.length; i++) probabilities[i]! += p[i]! / model.members.length;
  }
  return probabilities;
}

/** The partner and first-pass features that `model.config` asks for. */
export function serExtras(model: SerModel, page: KiePage, layout: PageLayout): SerExtras {
  let partner: Float32Array | undefined;
  let stack: Float32Array | undefined;
  if (model.config.partner) {
    if (!model.partner) throw new KieError('MODEL_INVALID', 'the SER config uses partner features but the model has no partner network');
    partner = partnerFeatures(model.partner, page, layout);
  }
  if (model.config.stack) {
    if (!model.firstPass) throw new KieError('MODEL_INVALID', 'the SER config is a second pass but the model has no first pass');
    const first = predictSer(model.firstPass, page, layout).probabilities;
    stack = stackFeatures(first, layout, model.firstPass.config.classes.length);
  }
  return { partner, stack };
}

/** Arg-max class per row of `[n, classes]` probabilities. */
export function decodeSer(probabilities: Float32Array, classes: readonly string[]): string[] {
  const C = classes.length;
  const out: string[] = [];
  for (let r = 0; r < probabilities.length; r += C) {
    let best = 0;
    for (let c = 1; c < C; c++) if (probabilities[r + c]! > probabilities[r + best]!) best = c;
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
