/** Weights of the word-space model, written by scripts/train-spaces.ts (212299 pairs). Do not edit by hand. */
import type { SpaceWeights } from './space-model.js';

export const SPACE_WEIGHTS: SpaceWeights = {
  bias: 4.465,
  logSpaceProb: 2.5954,
  gap: 2.366,
  gapOverLetterMax: -0.1543,
  logGapRatio: 0.6579,
  modelSpace: 0.7336,
  digitDigit: -1.8015,
  letterLetter: -1.7824,
  letterDigit: 0.8567,
  closingPunctAfter: -1.6533,
  openingBefore: 0.5451,
  decimalPoint: -3.3656,
  commaColonBeforeLetter: 0.009,
  dotBetweenLetters: -0.5021,
  singleLetterSide: -0.7427,
  capitalsPair: 5.6026,
  capitalsLogSpaceProb: 2.1784,
  capitalsLogGapRatio: 2.1158,
};
