/**
 * Learned joining of OCR lines that the detector cut in two (`2014 年` + `(肆)`):
 * neighbours on one row that the geometry allows to join (`mergeLineFragments`
 * with wide limits) are joined when the line-merge model says they are one entity.
 */
import type { OcrLine } from '../core/ocr.js';
import { forwardNetwork, softmaxRows, type NetworkParams } from '../models/kie/network.js';
import type { SplitConfig } from '../models/split/config.js';
import { mergeFeatures } from '../models/split/merge-features.js';
import { mergeLineFragments } from './merge-fragments.js';
import type { LineSplitter } from './split-lines.js';

/** A trained line-merge model (the split model's network shape over pair features). */
export interface MergeModel {
  readonly config: SplitConfig;
  readonly params: NetworkParams;
}

/** Geometric limits of a join: on one row, at most 3 line heights apart, any lengths. */
const JOINABLE = { maxGap: 3, maxShortChars: 10_000, maxLongChars: 10_000 } as const;

/** The two lines joined into one, or undefined when they are not neighbours on one row. */
export function joinLines(a: OcrLine, b: OcrLine): OcrLine | undefined {
  const joined = mergeLineFragments([a, b], JOINABLE);
  return joined.length === 1 ? joined[0] : undefined;
}

/** Probability that `a` and `b` (left, right) are one entity. */
export function mergeProbability(model: MergeModel, a: OcrLine, b: OcrLine): number {
  const prob = softmaxRows(forwardNetwork(model.params, mergeFeatures([[a, b]], model.config)).logits, 2);
  return prob[1]!;
}

/**
 * A {@link LineSplitter}-shaped pass that joins, in reading order, each line to
 * the one before it when they are joinable and the model's probability reaches
 * `threshold` (default: the model's own).
 */
export function createLineMerger(model: MergeModel, threshold = model.config.threshold): LineSplitter {
  return (lines) => {
    const out: OcrLine[] = [];
    for (const line of lines) {
      const prev = out[out.length - 1];
      const joined = prev && mergeProbability(model, prev, line) >= threshold ? joinLines(prev, line) : undefined;
      if (joined) out[out.length - 1] = joined;
      else out.push(line);
    }
    return out;
  };
}
