import { describe, expect, it } from 'vitest';
import { formatRecHead, headColumns, headProbabilities, parseRecHead, patchProbabilities, restrictHead } from './rec-head.js';

// A toy recogniser: 2 features, charset [blank, 'a', '中', 'b', ' '].
const charset = ['', 'a', '中', 'b', ' '];
const weights = Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
const bias = Float32Array.of(0.1, 0.2, 0.3, 0.4, 0.5);

describe('restrictHead', () => {
  it('keeps the blank and the alphabet’s columns, in that order, without the space', () => {
    const head = restrictHead(charset, weights, bias, ['b', 'a', 'z']);
    expect(head.chars).toEqual(['', 'b', 'a']);
    expect(head.inputSize).toBe(2);
    expect([...head.weights]).toEqual([1, 4, 2, 6, 9, 7]);
    expect([...head.bias].map((x) => +x.toFixed(2))).toEqual([0.1, 0.4, 0.2]);
  });

  it('rejects a layer whose size does not fit the charset', () => {
    expect(() => restrictHead(charset, weights.subarray(0, 7), bias)).toThrow(/7 weights/u);
  });
});

describe('headProbabilities', () => {
  it('is the softmax of the restricted layer, frame by frame', () => {
    const head = restrictHead(charset, weights, bias, ['a', 'b']);
    const features = Float32Array.of(1, 0, 0.5, -1);
    const probs = headProbabilities(head, features, 2);
    const logits = [
      [1 + 0.1, 2 + 0.2, 4 + 0.4],
      [0.5 * 1 - 6 + 0.1, 0.5 * 2 - 7 + 0.2, 0.5 * 4 - 9 + 0.4],
    ];
    logits.forEach((row, t) => {
      const sum = row.reduce((a, x) => a + Math.exp(x), 0);
      row.forEach((x, k) => expect(probs[t * 3 + k]).toBeCloseTo(Math.exp(x) / sum, 5));
    });
  });
});

describe('patchProbabilities', () => {
  it("shares the recogniser's probability of the head's classes as the head says, and keeps every other class", () => {
    // Recogniser classes: blank, A, 中, B, space. Head classes: blank, A, B.
    const head = { chars: ['', 'A', 'B'], inputSize: 1, weights: new Float32Array(3), bias: new Float32Array(3) };
    const columns = headColumns(head, ['', 'A', '中', 'B', ' ']);
    expect([...columns]).toEqual([0, 1, 3]);
    const original = Float32Array.of(0.1, 0.5, 0.1, 0.2, 0.1, /* a Chinese frame */ 0.05, 0.02, 0.9, 0.02, 0.01);
    const headProbs = Float32Array.of(0.1, 0.1, 0.8, /* */ 0.2, 0.4, 0.4);
    const patched = [...patchProbabilities(original, 2, 5, headProbs, columns)].map((x) => +x.toFixed(3));
    // Frame 1: the Latin mass 0.8 goes mostly to B; 中 and the space keep theirs.
    expect(patched.slice(0, 5)).toEqual([0.08, 0.08, 0.1, 0.64, 0.1]);
    // Frame 2: 中 stays the best class whatever the head says.
    expect(patched.slice(5)).toEqual([0.018, 0.036, 0.9, 0.036, 0.01]);
  });

  it('refuses a head with a character the recogniser lacks', () => {
    const head = { chars: ['', 'Z'], inputSize: 1, weights: new Float32Array(2), bias: new Float32Array(2) };
    expect(() => headColumns(head, ['', 'A'])).toThrow(/"Z"/u);
  });
});

describe('formatRecHead / parseRecHead', () => {
  it('round-trips a head exactly', () => {
    const head = restrictHead(charset, weights, Float32Array.of(0.1, -2.5e-8, 3, 1e20, 0));
    const back = parseRecHead(formatRecHead(head));
    expect(back.chars).toEqual(head.chars);
    expect(back.inputSize).toBe(2);
    expect([...back.weights]).toEqual([...head.weights]);
    expect([...back.bias]).toEqual([...head.bias]);
  });

  it('names what is wrong with a malformed file', () => {
    const good = JSON.parse(formatRecHead(restrictHead(charset, weights, bias))) as Record<string, unknown>;
    const bad = (patch: Record<string, unknown>): string => JSON.stringify({ ...good, ...patch });
    expect(() => parseRecHead('{', 'h.json')).toThrow(/h.json is not JSON/u);
    expect(() => parseRecHead(bad({ format: 'x' }))).toThrow(/"format": "kie-rec-head"/u);
    expect(() => parseRecHead(bad({ chars: ['a', 'b'] }))).toThrow(/chars must be/u);
    expect(() => parseRecHead(bad({ chars: ['', 'a', ' '] }))).toThrow(/no space/u);
    expect(() => parseRecHead(bad({ weights: 'AAAAAA==' }))).toThrow(/weights holds 4 bytes, expected 24 \(6 float32\)/u);
    expect(() => parseRecHead(bad({ bias: '%%%' }))).toThrow(/bias is not base64/u);
  });
});
