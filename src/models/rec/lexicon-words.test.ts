import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../core/lexicon.js';
import type { OcrChar } from '../../core/ocr.js';
import { ctcWordLogProbability, LETTER_COLUMNS, letterProbabilities, likeliestKnownWord, rereadWords, type FrameEvidence } from './lexicon-words.js';

/**
 * Evidence from frames written as `{letter: probability}` (`''`: the blank;
 * whatever is left over goes to the blank), with the greedy runs of the
 * frames' likeliest letters.
 */
function evidenceOf(frames: ReadonlyArray<Readonly<Record<string, number>>>): FrameEvidence {
  const letters = new Float32Array(frames.length * LETTER_COLUMNS);
  const runs: Array<[number, number]> = [];
  let previous = '';
  frames.forEach((frame, t) => {
    const rest = 1 - Object.values(frame).reduce((a, b) => a + b, 0);
    const all = { '': rest, ...frame };
    for (const [ch, p] of Object.entries(all)) letters[t * LETTER_COLUMNS + (ch === '' ? 0 : ch.charCodeAt(0) - 64)] = p;
    const best = Object.entries(all).sort((a, b) => b[1] - a[1])[0]![0];
    if (best !== '' && best !== previous) runs.push([t, t + 1]);
    else if (best !== '' && best === previous) runs[runs.length - 1]![1] = t + 1;
    previous = best;
  });
  return { letters, frames: frames.length, runs };
}

/** Frames reading `word` one letter per frame with a blank between letters; `doubt` adds a second choice at a position. */
function framesOf(word: string, doubt: Record<number, [string, number]> = {}): Array<Record<string, number>> {
  const frames: Array<Record<string, number>> = [{}];
  [...word].forEach((ch, i) => {
    const other = doubt[i];
    frames.push(other ? { [ch]: 0.55, [other[0]]: other[1] } : { [ch]: 0.97 });
    frames.push({});
  });
  return frames;
}

/** Chars as spaced text gives them: one per letter, evenly over the line. */
const charsOf = (text: string): OcrChar[] => Array.from(text, (ch, i) => ({ text: ch, start: i / text.length, end: (i + 1) / text.length, score: 0.9 }));

describe('letterProbabilities', () => {
  it('keeps the blank and sums each letter over its two cases', () => {
    const charset = ['', 'a', 'A', '1', 'b', ' '];
    const probs = Float32Array.from([0.1, 0.2, 0.3, 0.15, 0.05, 0.2]);
    const letters = letterProbabilities(probs, 1, charset.length, charset);
    expect(letters[0]).toBeCloseTo(0.1);
    expect(letters[1]).toBeCloseTo(0.5);
    expect(letters[2]).toBeCloseTo(0.05);
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

describe('likeliestKnownWord', () => {
  const lexicon = buildLexicon(['HARDWARE '.repeat(20), 'HARDY', 'ONE '.repeat(30)]);

  it('takes a frequent known word that the frames also allow', () => {
    // `HARLHARE`: the L frame also saw a D, the H frame a W.
    const evidence = evidenceOf(framesOf('HARLHARE', { 3: ['D', 0.4], 4: ['W', 0.35] }));
    expect(likeliestKnownWord('HARLHARE', evidence, 0, evidence.frames, lexicon)).toBe('HARDWARE');
  });

  it('keeps the reading when the frames leave no doubt, however frequent the near word', () => {
    const evidence = evidenceOf(framesOf('CNE'));
    expect(likeliestKnownWord('CNE', evidence, 0, evidence.frames, lexicon)).toBeUndefined();
    const doubtful = evidenceOf(framesOf('CNE', { 0: ['O', 0.4] }));
    expect(likeliestKnownWord('CNE', doubtful, 0, doubtful.frames, lexicon)).toBe('ONE');
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

  it('leaves known words, short words and letters touching digits as read', () => {
    const evidence = evidenceOf(framesOf('TOTALOOO', { 6: ['N', 0.4] }));
    const chars = charsOf('TOTAL 4OO');
    const runOf = new Map(chars.filter((c) => c.text !== ' ').map((c, i) => [c, i]));
    expect(rereadWords(chars, (c) => runOf.get(c), evidence, lexicon).map((c) => c.text).join('')).toBe('TOTAL 4OO');
  });

  it('leaves a word whose characters greedy decoding did not give (no frames to weigh)', () => {
    const chars = charsOf('BHT');
    expect(rereadWords(chars, () => undefined, evidenceOf(framesOf('BHT', { 2: ['D', 0.4] })), lexicon).map((c) => c.text).join('')).toBe('BHT');
  });
});
