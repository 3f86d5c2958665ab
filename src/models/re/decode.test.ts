import { describe, expect, it } from 'vitest';
import { decodeRe } from './decode.js';

describe('decodeRe', () => {
  const pairs = [
    { key: 0, value: 2 },
    { key: 1, value: 2 },
    { key: 0, value: 3 },
    { key: 1, value: 3 },
  ];

  it.each([
    ['best key per value', [0.6, 0.3, 0.2, 0.1], 0, 0.9, ['0>2', '0>3']],
    ['threshold drops weak best keys', [0.6, 0.3, 0.2, 0.1], 0.5, 0.9, ['0>2']],
    ['extra keys above the extra threshold', [0.95, 0.92, 0.2, 0.1], 0.5, 0.9, ['0>2', '1>2']],
  ])('%s', (_name, probs, threshold, extraThreshold, expected) => {
    const links = decodeRe(pairs, probs, { threshold, extraThreshold }).map((p) => `${p.key}>${p.value}`);
    expect(links).toEqual(expected);
  });

  it('returns nothing for no candidates', () => expect(decodeRe([], [], { threshold: 0, extraThreshold: 1 })).toEqual([]));
});
