import { describe, expect, it } from 'vitest';
import type { OcrChar } from '../../core/ocr.js';
import { decideSpaces, SPACE_FEATURES, spacePairFeatures, spaceProbability, type SpaceWeights } from './space-model.js';
import { SPACE_WEIGHTS } from './space-weights.js';
import type { BlankGap } from './spaces.js';

const ch = (text: string, start: number, end: number): OcrChar => ({ text, start, end, score: 0.9 });
const text = (chars: readonly OcrChar[]): string => chars.map((c) => c.text).join('');
const zero = Object.fromEntries(SPACE_FEATURES.map((f) => [f, 0])) as Record<(typeof SPACE_FEATURES)[number], number>;
/** A model that trusts only the recogniser's space probability (space above 0.1). */
const trustSpaceProb: SpaceWeights = { ...zero, bias: 10, logSpaceProb: 10 };

describe('spacePairFeatures', () => {
  it('gives one feature vector per pair of non-space, non-CJK neighbours', () => {
    const chars = [ch('a', 0, 0.2), ch(' ', 0.2, 0.3), ch('b', 0.3, 0.5), ch('中', 0.5, 0.7), ch('c', 0.7, 0.9)];
    const pairs = spacePairFeatures(chars, [0, 0, 0, 0], []);
    expect(pairs.map((p) => [p.left, p.right, p.modelSpace])).toEqual([[0, 2, true]]);
    expect(pairs[0]!.features).toHaveLength(SPACE_FEATURES.length);
  });
  it('measures the widest blank gap between the two characters in ink heights', () => {
    const gaps: BlankGap[] = [{ start: 0.2, end: 0.3, size: 0.8 }];
    const [pair] = spacePairFeatures([ch('a', 0, 0.2), ch('b', 0.3, 0.5)], [0.01], gaps);
    expect(pair!.features[SPACE_FEATURES.indexOf('gap')]).toBeCloseTo(0.8);
    expect(pair!.features[SPACE_FEATURES.indexOf('logSpaceProb')]).toBeCloseTo(Math.log10(0.01 + 1e-4));
  });
});

describe('decideSpaces', () => {
  it('inserts a space where the model says so and removes decoded spaces it rejects', () => {
    const chars = [ch('A', 0, 0.1), ch('B', 0.1, 0.2), ch('1', 0.2, 0.3), ch(' ', 0.3, 0.35), ch('.', 0.35, 0.4), ch('9', 0.4, 0.5)];
    // Space probabilities: A|B high (a word break greedy decoding missed), B|1 none, the rest irrelevant.
    const out = decideSpaces(chars, [0.5, 0.001, 0, 0, 0.001], [], { ...trustSpaceProb });
    // `1 .` is a decoded space: the pair (1, .) gets probability 1 → kept by this model.
    expect(text(out)).toBe('A B1 .9');
    const noDecodedSpaces: SpaceWeights = { ...trustSpaceProb, modelSpace: -100 };
    expect(text(decideSpaces(chars, [0.5, 0.001, 0, 0, 0.001], [], noDecodedSpaces))).toBe('A B1.9');
  });
  it('leaves CJK text alone', () => {
    const chars = [ch('中', 0, 0.3), ch('文', 0.3, 0.6)];
    expect(text(decideSpaces(chars, [0.9], [], trustSpaceProb))).toBe('中文');
  });
});

describe('the fitted space weights', () => {
  const gap = (size: number): BlankGap[] => [{ start: 0.19, end: 0.21, size }];
  const pairProbability = (a: string, b: string, spaceProb: number, gapSize: number): number => {
    const [pair] = spacePairFeatures([ch(a, 0, 0.2), ch(b, 0.2, 0.4)], [spaceProb], gap(gapSize));
    return spaceProbability(pair!.features, SPACE_WEIGHTS);
  };
  it('break words where the recogniser all but emitted a space and the gap is wide', () => {
    expect(pairProbability('Y', 'S', 0.4, 0.6)).toBeGreaterThan(0.5);
  });
  it('keep letters together when neither the recogniser nor the gap says space', () => {
    expect(pairProbability('E', 'N', 0.0001, 0.05)).toBeLessThan(0.5);
  });
  it('never split a decimal number at its point', () => {
    const chars = [ch('3', 0, 0.2), ch('0', 0.2, 0.4), ch('.', 0.4, 0.5), ch('0', 0.6, 0.8), ch('0', 0.8, 1)];
    expect(text(decideSpaces(chars, [0, 0.001, 0.01, 0], [{ start: 0.5, end: 0.6, size: 0.5 }], SPACE_WEIGHTS))).toBe('30.00');
  });
});
