import { describe, expect, it } from 'vitest';
import { decodeSer } from './predict.js';

describe('decodeSer', () => {
  const classes = ['other', 'question', 'answer'];
  const probs = Float32Array.from([0.4, 0.5, 0.1, 0.2, 0.3, 0.5, 0.7, 0.2, 0.1]);

  it.each([
    [1, ['question', 'answer', 'other']],
    [1.5, ['other', 'answer', 'other']],
    [3, ['other', 'other', 'other']],
  ])('weights the background class by %s', (scale, expected) => {
    expect(decodeSer(probs, classes, scale)).toEqual(expected);
  });

  it('defaults to the plain arg-max', () => expect(decodeSer(probs, classes)).toEqual(['question', 'answer', 'other']));
});
