import { describe, expect, it } from 'vitest';
import { decodeCtc, parseCharset } from './decode.js';

const charset = parseCharset('a\nb\nc\n');

/** One-hot-ish probabilities for a frame sequence of class indices. */
function probsOf(indices: readonly number[], classes: number, peak = 0.9): Float32Array {
  const out = new Float32Array(indices.length * classes).fill((1 - peak) / (classes - 1));
  indices.forEach((k, t) => (out[t * classes + k] = peak));
  return out;
}

describe('parseCharset', () => {
  it('puts the blank first and the space last', () => {
    expect(charset.chars).toEqual(['', 'a', 'b', 'c', ' ']);
  });
});

describe('decodeCtc', () => {
  const classes = charset.chars.length;
  it.each([
    { frames: [1, 1, 0, 2, 2, 0, 0, 3], text: 'abc' },
    { frames: [1, 0, 1], text: 'aa' },
    { frames: [1, 1, 1], text: 'a' },
    { frames: [0, 0, 0], text: '' },
    { frames: [1, 4, 2], text: 'a b' },
  ])('$frames → "$text"', ({ frames, text }) => {
    expect(decodeCtc(probsOf(frames, classes), frames.length, classes, charset).text).toBe(text);
  });

  it('gives each character its frame span as a fraction of the content', () => {
    const result = decodeCtc(probsOf([0, 1, 1, 0, 2, 0, 0, 0], classes), 8, classes, charset, 4);
    expect(result.chars.map((c) => [c.text, c.start, c.end])).toEqual([
      ['a', 0.25, 0.75],
      ['b', 1, 1],
    ]);
  });

  it('scores a line by the mean probability of its characters', () => {
    const probs = probsOf([1, 2], classes);
    probs[1 * classes + 2] = 0.5;
    expect(decodeCtc(probs, 2, classes, charset).score).toBeCloseTo(0.7, 5);
  });
});
