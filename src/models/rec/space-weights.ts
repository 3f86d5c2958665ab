/** Weights of the word-space model, written by scripts/train-spaces.ts (213400 pairs). Do not edit by hand. */
import type { SpaceWeights } from './space-model.js';

export const SPACE_WEIGHTS: SpaceWeights = {
  bias: 4.3607,
  logSpaceProb: 2.5566,
  gap: 2.4792,
  gapOverLetterMax: -0.1248,
  logGapRatio: 0.5697,
  modelSpace: 0.4043,
  digitDigit: -1.8354,
  letterLetter: -1.8707,
  letterDigit: 0.8179,
  closingPunctAfter: -1.6359,
  openingBefore: 0.4028,
  decimalPoint: -3.3404,
  commaColonBeforeLetter: 0.2992,
  dotBetweenLetters: -0.5095,
  singleLetterSide: -0.7384,
  capitalsPair: 5.962,
  capitalsLogSpaceProb: 2.3017,
  capitalsLogGapRatio: 1.8861,
  lowerUpper: 2.2316,
  capitalStartsWord: 2.5226,
  capitalsPunctPair: 2.4677,
  capitalsPunctLogGapRatio: 0.397,
};
