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

describe('spacePairFeatures on lines of capitals', () => {
  const line = (word: string): OcrChar[] => Array.from(word, (c, i) => ch(c, i / word.length, (i + 0.8) / word.length));
  const feature = (chars: OcrChar[], name: (typeof SPACE_FEATURES)[number]): number[] =>
    spacePairFeatures(chars, chars.map(() => 0.01), []).map((p) => p.features[SPACE_FEATURES.indexOf(name)]!);
  it('marks pairs of two capitals on a line of capitals, with their space probability and gap ratio', () => {
    expect(feature(line('ALLO'), 'capitalsPair')).toEqual([1, 1, 1]);
    expect(feature(line('ALLO'), 'capitalsLogSpaceProb')[0]).toBeCloseTo(Math.log10(0.01 + 1e-4));
    // A digit or a mark is no capital.
    expect(feature(line('AB1'), 'capitalsPair')).toEqual([1, 0]);
  });
  it('leaves mixed-case lines out, capitals in them included, and lines with a doubtful character', () => {
    expect(feature(line('AllOther'), 'capitalsPair')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const doubtful = line('CONFECTEONERY').map((c, i) => (i === 7 ? { ...c, score: 0.43 } : c));
    expect(feature(doubtful, 'capitalsPair').every((v) => v === 0)).toBe(true);
  });
  it('keeps a line of capitals with one letter in ten somewhat doubtful, not with more', () => {
    const withScores = (word: string, low: Record<number, number>): OcrChar[] => line(word).map((c, i) => (i in low ? { ...c, score: low[i]! } : c));
    // `GREENVALLEYGROCERS` with its `N` read at 0.75: still clean print.
    expect(feature(withScores('GREENVALLEYGROCERS', { 4: 0.75 }), 'capitalsPair').every((v) => v === 1)).toBe(true);
    expect(feature(withScores('GREENVALLEYGROCERS', { 4: 0.75, 9: 0.7 }), 'capitalsPair').every((v) => v === 0)).toBe(true);
    expect(feature(withScores('GREENVALLEYGROCERSMARKETPLACE', { 4: 0.75, 19: 0.7 }), 'capitalsPair').every((v) => v === 1)).toBe(true);
  });
  it('marks a full stop or comma after a letter and before a capital or digit, not a decimal point or a mixed-case line', () => {
    expect(feature(line('UL.KRICHIM'), 'capitalsPunctPair')).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(feature(line('P.O.BOX'), 'capitalsPunctPair')).toEqual([0, 1, 0, 1, 0, 0]);
    expect(feature(line('NO,95'), 'capitalsPunctPair')).toEqual([0, 0, 1, 0]);
    expect(feature(line('RM1.50'), 'capitalsPunctPair').every((v) => v === 0)).toBe(true);
    expect(feature(line('No.95'), 'capitalsPunctPair').every((v) => v === 0)).toBe(true);
    // Its gap weight sees the same gap ratio as the other pairs.
    const chars = line('UL.KRICHIM');
    const [pair] = spacePairFeatures(chars, chars.map(() => 0.01), [{ start: 0.28, end: 0.32, size: 0.6 }]).filter((p) => p.left === 2);
    expect(pair!.features[SPACE_FEATURES.indexOf('capitalsPunctLogGapRatio')]).toBeCloseTo(pair!.features[SPACE_FEATURES.indexOf('logGapRatio')]!);
  });
  it('marks a full stop or comma after a word on a clean mixed-case line, not after an initial or on capitals', () => {
    expect(feature(line('Jaya,Selangor'), 'cleanPunctPair')).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(feature(line('Jaya,Selangor'), 'capitalsPunctPair').every((v) => v === 0)).toBe(true);
    expect(feature(line('W.Berman'), 'cleanPunctPair').every((v) => v === 0)).toBe(true);
    expect(feature(line('JAYA,SELANGOR'), 'cleanPunctPair').every((v) => v === 0)).toBe(true);
    const doubtful = line('Jaya,Selangor').map((c, i) => (i === 2 ? { ...c, score: 0.4 } : c));
    expect(feature(doubtful, 'cleanPunctPair').every((v) => v === 0)).toBe(true);
  });
  it('marks the comma of those marks apart', () => {
    expect(feature(line('JAYA,SELANGOR'), 'capitalsComma')).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(feature(line('UL.KRICHIM'), 'capitalsComma').every((v) => v === 0)).toBe(true);
  });
});

describe('spacePairFeatures: letter case', () => {
  const line = (word: string): OcrChar[] => Array.from(word, (c, i) => ch(c, i / word.length, (i + 0.8) / word.length));
  const feature = (chars: OcrChar[], name: (typeof SPACE_FEATURES)[number]): number[] =>
    spacePairFeatures(chars, chars.map(() => 0.01), []).map((p) => p.features[SPACE_FEATURES.indexOf(name)]!);
  it('marks a capital after a small letter, and a capital that a small letter follows after a capital', () => {
    expect(feature(line('ElmAve'), 'lowerUpper')).toEqual([0, 0, 1, 0, 0]);
    expect(feature(line('CTAms'), 'capitalStartsWord')).toEqual([0, 1, 0, 0]);
    expect(feature(line('CTAMS'), 'capitalStartsWord')).toEqual([0, 0, 0, 0]);
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
  it('break a line of capitals where the gap stands out though the recogniser gives the space a few percent (bold clean print)', () => {
    // `ALLOTHER` as a page's bold capitals read: letter gaps 0.15–0.24 ink heights, the word gap 0.4, its space class 2.5%.
    const word = 'ALLOTHER';
    const chars = Array.from(word, (c, i) => ch(c, i / word.length, (i + 0.8) / word.length));
    const gaps: BlankGap[] = chars.slice(0, -1).map((c, i) => ({ start: c.end, end: chars[i + 1]!.start, size: i === 2 ? 0.4 : 0.15 + (i % 3) * 0.04 }));
    const probs = chars.slice(0, -1).map((_, i) => (i === 2 ? 0.025 : 0.0003));
    expect(text(decideSpaces(chars, probs, gaps, SPACE_WEIGHTS))).toBe('ALL OTHER');
  });
  it('break a mixed-case line where a capital follows a small letter, with nothing else saying space (`ElmAvenue`)', () => {
    const respace = (word: string): string => {
      const chars = Array.from(word, (c, i) => ch(c, i / word.length, (i + 0.8) / word.length));
      const gaps: BlankGap[] = chars.slice(0, -1).map((c, i) => ({ start: c.end, end: chars[i + 1]!.start, size: 0.2 }));
      return text(decideSpaces(chars, chars.slice(0, -1).map(() => 0.01), gaps, SPACE_WEIGHTS));
    };
    expect(respace('ElmAvenue')).toBe('Elm Avenue');
    expect(respace('CTAmsterdam')).toBe('CT Amsterdam');
    expect(respace('Elmavenue')).toBe('Elmavenue');
  });
  it('space a full stop or comma on a line of capitals by its gap: tight where it is no wider than the letter gaps', () => {
    // `JAYA,SELANGOR` and `NO.17,JALAN` as clean print sets them tight, and the same with word gaps after the marks.
    const respace = (word: string, markGap: number): string => {
      const chars = Array.from(word, (c, i) => ch(c, i / word.length, (i + 0.8) / word.length));
      const gaps: BlankGap[] = chars.slice(0, -1).map((c, i) => ({ start: c.end, end: chars[i + 1]!.start, size: /[.,]/u.test(c.text) ? markGap : 0.15 }));
      return text(decideSpaces(chars, chars.slice(0, -1).map(() => 0.003), gaps, SPACE_WEIGHTS));
    };
    expect(respace('JAYA,SELANGOR', 0.15)).toBe('JAYA,SELANGOR');
    expect(respace('JAYA,SELANGOR', 0.5)).toBe('JAYA, SELANGOR');
    expect(respace('NO.17,JALAN', 0.15)).toBe('NO.17,JALAN');
    expect(respace('UL.KRICHIM', 0.5)).toBe('UL. KRICHIM');
  });
  it('never split a decimal number at its point', () => {
    const chars = [ch('3', 0, 0.2), ch('0', 0.2, 0.4), ch('.', 0.4, 0.5), ch('0', 0.6, 0.8), ch('0', 0.8, 1)];
    expect(text(decideSpaces(chars, [0, 0.001, 0.01, 0], [{ start: 0.5, end: 0.6, size: 0.5 }], SPACE_WEIGHTS))).toBe('30.00');
  });
});
