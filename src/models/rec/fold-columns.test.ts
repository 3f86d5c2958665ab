import { describe, expect, it } from 'vitest';
import { decodeCtc, parseCharset } from './decode.js';
import { foldProbabilities, halfWidthFolds } from './fold-columns.js';

const charset = parseCharset(['A', ')', '）', '：', ':', 'Ｑ', '　'].join('\n'));

describe('halfWidthFolds', () => {
  it('folds full-width ASCII forms onto half-width classes the alphabet has', () => {
    const at = (c: string): number => charset.chars.indexOf(c);
    // `Ｑ` has no half-width class here, and the ideographic space stays for the space model.
    expect(halfWidthFolds(charset.chars)).toEqual([
      [at('）'), at(')')],
      [at('：'), at(':')],
    ]);
  });

  it('finds nothing to fold in a Latin alphabet', () => {
    expect(halfWidthFolds(parseCharset('A\nB\n)').chars)).toEqual([]);
  });
});

describe('foldProbabilities', () => {
  it('reads a bracket whose probability the recogniser split between its two forms', () => {
    const classes = charset.chars.length;
    const frame = (p: Record<string, number>): number[] => charset.chars.map((c, k) => p[k === 0 ? 'blank' : c] ?? 0);
    // A, then a faint bracket: the blank's 0.4 beats `)` 0.3 and `）` 0.3 alone, not their sum.
    const probs = Float32Array.from([...frame({ A: 0.9, blank: 0.1 }), ...frame({ blank: 0.4, ')': 0.3, '）': 0.3 }), ...frame({ blank: 1 })]);
    expect(decodeCtc(probs, 3, classes, charset).text).toBe('A');
    const folded = foldProbabilities(probs, 3, classes, halfWidthFolds(charset.chars));
    expect(decodeCtc(folded, 3, classes, charset).text).toBe('A)');
    // Each frame still sums to what it did, and the input is left as it was.
    for (let t = 0; t < 3; t++) {
      const sum = (a: Float32Array): number => a.subarray(t * classes, (t + 1) * classes).reduce((s, p) => s + p, 0);
      expect(sum(folded)).toBeCloseTo(sum(probs), 6);
    }
    expect(probs[classes + charset.chars.indexOf('）')]).toBeCloseTo(0.3, 6);
  });
});
