/** Line-split inference: where to cut an OCR line into entities. */
import type { OcrLine } from '../../core/ocr.js';
import { forwardNetwork, softmaxRows, type NetworkParams } from '../kie/network.js';
import type { SplitConfig } from './config.js';
import { splitCandidates, splitFeatures } from './features.js';

/** A trained line-split model. */
export interface SplitModel {
  readonly config: SplitConfig;
  readonly params: NetworkParams;
}

/** Split probability of each candidate of a line, with the candidates (see `splitCandidates`). */
export function scoreSplits(model: SplitModel, line: OcrLine): { candidates: number[]; probabilities: Float32Array } {
  const candidates = splitCandidates(line);
  if (candidates.length === 0) return { candidates, probabilities: new Float32Array(0) };
  const prob = softmaxRows(forwardNetwork(model.params, splitFeatures(line, candidates, model.config)).logits, 2);
  const probabilities = new Float32Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) probabilities[i] = prob[2 * i + 1]!;
  return { candidates, probabilities };
}

/**
 * The cut positions of a line (ascending): candidates whose probability reaches
 * the model's threshold.
 *
 * @example
 * predictSplits(model, line) // [3] for `姓名:张伟`: cut after `:`
 */
export function predictSplits(model: SplitModel, line: OcrLine, threshold = model.config.threshold): number[] {
  const { candidates, probabilities } = scoreSplits(model, line);
  return candidates.filter((_, i) => probabilities[i]! >= threshold);
}
