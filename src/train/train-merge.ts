/**
 * Targets and training of the line-merge model: neighbouring OCR lines of training
 * pages that the geometry allows to join, labelled 1 when most characters of both
 * lie in the same gold segment (see split-align.ts for the character alignment).
 */
import type { OcrLine } from '../core/ocr.js';
import type { SplitConfig } from '../models/split/config.js';
import { MERGE_DENSE_SIZE, mergeFeatures } from '../models/split/merge-features.js';
import { concatNetworkInputs } from '../models/kie/network-input.js';
import { joinLines, type MergeModel } from '../pipeline/merge-lines.js';
import { type TrainBatch } from './fit.js';
import { createRandom } from './random.js';
import type { TrainSplitOptions } from './train-split.js';
import { trainTwoClassNetwork } from './train-two-class.js';

/** Joinable neighbour pairs of one page with their targets. */
export interface MergeExamples {
  readonly pairs: (readonly [OcrLine, OcrLine])[];
  readonly targets: number[];
}

/** The gold segment holding at least `share` of a line's visible characters, or -1. */
export function dominantOwner(line: OcrLine, owner: readonly number[], share = 0.6): number {
  const counts = new Map<number, number>();
  let visible = 0;
  owner.forEach((o, k) => {
    if (line.chars[k]!.text.trim() === '') return;
    visible++;
    if (o >= 0) counts.set(o, (counts.get(o) ?? 0) + 1);
  });
  for (const [o, n] of counts) if (n >= share * visible && visible > 0) return o;
  return -1;
}

/** Pairs of consecutive lines (reading order) that can be joined and whose lines are both aligned. */
export function mergeExamples(lines: readonly OcrLine[], owners: readonly (readonly number[])[]): MergeExamples {
  const pairs: (readonly [OcrLine, OcrLine])[] = [];
  const targets: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const oa = dominantOwner(a, owners[i - 1]!);
    const ob = dominantOwner(b, owners[i]!);
    if (oa < 0 || ob < 0 || !joinLines(a, b)) continue;
    pairs.push([a, b]);
    targets.push(oa === ob ? 1 : 0);
  }
  return { pairs, targets };
}

/** Trains a line-merge model; deterministic for a seed. */
export function trainMerge(examples: readonly MergeExamples[], config: SplitConfig, options: TrainSplitOptions): MergeModel {
  const random = createRandom(options.seed);
  const batches: TrainBatch[] = [];
  const flat = examples.filter((e) => e.pairs.length > 0);
  for (let b = 0; b < flat.length; b += 4) {
    const group = flat.slice(b, b + 4);
    batches.push({
      input: concatNetworkInputs(
        group.map((e) => mergeFeatures(e.pairs, config)),
        MERGE_DENSE_SIZE,
        0,
      ),
      targets: Int32Array.from(group.flatMap((e) => e.targets)),
    });
  }
  return trainTwoClassNetwork(batches, MERGE_DENSE_SIZE, config, random, options);
}
