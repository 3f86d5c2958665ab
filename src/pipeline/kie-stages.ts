/**
 * The SER and RE stages of the KIE pipeline over one page, with the scores that
 * the plain `predictKie` leaves out: each label's probability and each link's.
 * Composition of the model functions only (no model logic here).
 */
import { normalizeLabel } from '../core/labels.js';
import type { KieModel } from '../models/kie/kie-model.js';
import { computeLayout, type PageLayout } from '../models/kie/layout.js';
import type { KiePage } from '../models/kie/page.js';
import { decodeRe } from '../models/re/decode.js';
import { rePairs } from '../models/re/features.js';
import { scoreRePairs } from '../models/re/predict.js';
import { predictSer } from '../models/ser/predict.js';
import type { ScoredLink } from './key-values.js';

/** SER output indexed like `page.segments`. */
export interface LabelledSegments {
  readonly labels: readonly string[];
  /** Probability of each chosen label, in [0, 1]. */
  readonly scores: readonly number[];
}

/** Labels every segment with the model's SER classes. */
export function labelSegments(model: KieModel, page: KiePage, layout: PageLayout = computeLayout(page)): LabelledSegments {
  const { labels, probabilities } = predictSer(model.ser, page, layout);
  const classes = model.ser.config.classes;
  const scores = labels.map((label, i) => probabilities[i * classes.length + classes.indexOf(label)] ?? 0);
  return { labels, scores };
}

/** The labels a page already carries (the RE protocol: gold entities), each with score 1. */
export function givenLabels(page: KiePage): LabelledSegments {
  return { labels: page.segments.map((s) => normalizeLabel(s.label ?? '')), scores: page.segments.map(() => 1) };
}

/**
 * Key→value links by segment id with their probabilities, decoded as the model's
 * RE config says (each value takes its best key, plus any key above the extra
 * threshold).
 */
export function linkSegments(
  model: KieModel,
  page: KiePage,
  labels: readonly string[],
  layout: PageLayout = computeLayout(page),
): ScoredLink[] {
  const pairs = rePairs(labels, layout, model.re.config);
  const probabilities = scoreRePairs(model.re, page, layout, pairs);
  const score = new Map<string, number>();
  pairs.forEach((p, i) => score.set(`${p.key}>${p.value}`, probabilities[i]!));
  return decodeRe(pairs, probabilities, model.re.config).map((p) => ({
    from: page.segments[p.key]!.id,
    to: page.segments[p.value]!.id,
    score: score.get(`${p.key}>${p.value}`) ?? 0,
  }));
}
