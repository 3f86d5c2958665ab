import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../core/lexicon.js';
import { charsOf, evidenceOf, framesOf } from '../../../test/helpers/frame-evidence.js';
import { COMMA_COLUMN, ctcLogProbability, DEFAULT_LEXICON_WORDS, ctcWordLogProbability, FULL_STOP_COLUMN, LETTER_COLUMNS, SPACE_COLUMN, letterProbabilities, likeliestKnownWord, rereadWords } from './lexicon-words.js';

describe('letterProbabilities', () => {
  it('keeps the blank and the marks, and sums each letter over its two cases', () => {
    const charset = ['', 'a', 'A', '1', 'b', ',', '.', ' '];
    const probs = Float32Array.from([0.1, 0.2, 0.3, 0.15, 0.05, 0.06, 0.04, 0.1]);
    const letters = letterProbabilities(probs, 1, charset.length, charset);
    expect(letters[0]).toBeCloseTo(0.1);
    expect(letters[1]).toBeCloseTo(0.5);
    expect(letters[2]).toBeCloseTo(0.05);
    expect([letters[COMMA_COLUMN], letters[FULL_STOP_COLUMN], letters[SPACE_COLUMN]].map((p) => p!.toFixed(2))).toEqual(['0.06', '0.04', '0.10']);
    expect(letters.length).toBe(LETTER_COLUMNS);
  });
});

describe('ctcWordLogProbability', () => {
  it('gives the word the frames show nearly all the probability, and a different word almost none', () => {
    const evidence = evidenceOf(framesOf('BHD'));
    expect(ctcWordLogProbability(evidence, 0, evidence.frames, 'BHD')).toBeGreaterThan(Math.log(0.8));
    expect(ctcWordLogProbability(evidence, 0, evidence.frames, 'BHT')).toBeLessThan(Math.log(0.01));
  });

  it('needs a blank between two equal letters, as CTC does', () => {
    const doubled = evidenceOf([{ O: 0.97 }, { O: 0.97 }]);
    expect(ctcWordLogProbability(doubled, 0, 2, 'O')).toBeGreaterThan(Math.log(0.9));
    expect(ctcWordLogProbability(doubled, 0, 2, 'OO')).toBeLessThan(Math.log(0.01));
  });

  it('cannot fit more letters than frames, nor anything but letters', () => {
    const evidence = evidenceOf([{ A: 0.9 }]);
    expect(ctcWordLogProbability(evidence, 0, 1, 'AB')).toBe(-Infinity);
    expect(ctcWordLogProbability(evidence, 0, 1, 'A1')).toBe(-Infinity);
    expect(ctcWordLogProbability(evidence, 0, 0, 'A')).toBe(-Infinity);
  });
});

describe('ctcLogProbability', () => {
  it('scores any columns, marks and spaces too; no columns is all blanks', () => {
    const evidence = evidenceOf(framesOf('A, B'));
    const A = 1;
    const B = 2;
    expect(ctcLogProbability(evidence, 0, evidence.frames, [A, COMMA_COLUMN, SPACE_COLUMN, B])).toBeGreaterThan(Math.log(0.8));
    expect(ctcLogProbability(evidence, 0, evidence.frames, [A, FULL_STOP_COLUMN, SPACE_COLUMN, B])).toBeLessThan(Math.log(0.01));
    const blanks = evidenceOf([{}, {}]);
    expect(ctcLogProbability(blanks, 0, 2, [])).toBeCloseTo(0);
    expect(ctcLogProbability(evidence, 3, 3, [])).toBe(-Infinity);
  });
});

describe('likeliestKnownWord', () => {
  const lexicon = buildLexicon(['HARDWARE '.repeat(20), 'HARDY', 'ONE '.repeat(30)]);

  it('takes a frequent known word that the frames also allow', () => {
    // `HARLHARE`: the L frame also saw a D, the H frame a W.
    const evidence = evidenceOf(framesOf('HARLHARE', { 3: ['D', 0.4], 4: ['W', 0.35] }));
    expect(likeliestKnownWord('HARLHARE', evidence, 0, evidence.frames, lexicon)).toBe('HARDWARE');
  });

  it('weighs a known word as read by its own count: a rare one gives way to a frequent one the frames allow', () => {
    const withRare = buildLexicon(['BOOT '.repeat(30), 'BOLT']);
    const doubtful = evidenceOf(framesOf('BOLT', { 2: ['O', 0.4] }));
    expect(likeliestKnownWord('BOLT', doubtful, 0, doubtful.frames, withRare)).toBe('BOOT');
    const clear = evidenceOf(framesOf('BOLT'));
    expect(likeliestKnownWord('BOLT', clear, 0, clear.frames, withRare)).toBeUndefined();
    const often = buildLexicon(['BOOT '.repeat(30), 'BOLT '.repeat(30)]);
    expect(likeliestKnownWord('BOLT', doubtful, 0, doubtful.frames, often)).toBeUndefined();
  });

  it('keeps the reading when the frames leave no doubt, however frequent the near word', () => {
    const evidence = evidenceOf(framesOf('CNE'));
    expect(likeliestKnownWord('CNE', evidence, 0, evidence.frames, lexicon)).toBeUndefined();
    const doubtful = evidenceOf(framesOf('CNE', { 0: ['O', 0.4] }));
    expect(likeliestKnownWord('CNE', doubtful, 0, doubtful.frames, lexicon)).toBe('ONE');
  });

  it('does not drop a letter the recogniser read surely, however frequent the shorter word', () => {
    // `TAXI`: the lexicon's odds for `TAX` (700 against an unknown word's 0.5) outweigh the I's clear frames.
    const taxes = buildLexicon(['TAX '.repeat(700)]);
    const evidence = evidenceOf(framesOf('TAXI'));
    expect(likeliestKnownWord('TAXI', evidence, 0, evidence.frames, taxes)).toBe('TAX');
    expect(likeliestKnownWord('TAXI', evidence, 0, evidence.frames, taxes, DEFAULT_LEXICON_WORDS, [0.97, 0.97, 0.97, 0.97])).toBeUndefined();
    // A doubtful last letter (a speck read as I) may still go.
    expect(likeliestKnownWord('TAXI', evidence, 0, evidence.frames, taxes, DEFAULT_LEXICON_WORDS, [0.97, 0.97, 0.97, 0.6])).toBe('TAX');
  });
});

describe('rereadWords', () => {
  const lexicon = buildLexicon(['SDN BHD '.repeat(10), 'TOTAL '.repeat(10)]);

  it('re-reads an unknown word, keeping its case style and its span', () => {
    // `Sdn Bht`: one run per letter, the spaces decided later (no run).
    const evidence = evidenceOf([...framesOf('SDN'), ...framesOf('BHT', { 2: ['D', 0.4] })]);
    const chars = charsOf('Sdn Bht');
    const runOf = new Map(chars.filter((c) => c.text !== ' ').map((c, i) => [c, i]));
    const out = rereadWords(chars, (c) => runOf.get(c), evidence, lexicon);
    expect(out.map((c) => c.text).join('')).toBe('Sdn Bhd');
    expect(out[6]!.start).toBeCloseTo(chars[6]!.start);
    expect(out[6]!.end).toBeCloseTo(chars[6]!.end);
  });

  it('leaves clearly read known words, short words and letters touching digits as read', () => {
    const evidence = evidenceOf(framesOf('TOTALOOO', { 6: ['N', 0.4] }));
    const chars = charsOf('TOTAL 4OO');
    const runOf = new Map(chars.filter((c) => c.text !== ' ').map((c, i) => [c, i]));
    expect(rereadWords(chars, (c) => runOf.get(c), evidence, lexicon).map((c) => c.text).join('')).toBe('TOTAL 4OO');
  });

  it('keeps a surely read letter that only a shorter known word would drop (Plot, not Lot)', () => {
    const lots = buildLexicon(['LOT '.repeat(140)]);
    const evidence = evidenceOf(framesOf('PLOT'));
    const chars = charsOf('Plot');
    const runOf = new Map(chars.map((c, i) => [c, i]));
    expect(rereadWords(chars, (c) => runOf.get(c), evidence, lots).map((c) => c.text).join('')).toBe('Plot');
  });

  it('leaves a word whose characters greedy decoding did not give (no frames to weigh)', () => {
    const chars = charsOf('BHT');
    expect(rereadWords(chars, () => undefined, evidenceOf(framesOf('BHT', { 2: ['D', 0.4] })), lexicon).map((c) => c.text).join('')).toBe('BHT');
  });
});
