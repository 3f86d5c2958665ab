import { describe, expect, it } from 'vitest';
import { headProbabilities, restrictHead, type RecHead } from '../models/rec/rec-head.js';
import { headTarget, trainRecHead, type HeadLine } from './train-rec-head.js';

// Toy recogniser features per frame: [glyph A, glyph B, gap]. Its shipped layer reads A and B the wrong way round.
const charset = ['', 'A', 'B', 'a', 'b', ' '];
const swapped = restrictHead(
  charset,
  // rows: feature → class logits [blank, A, B, a, b, space]
  Float32Array.of(0, 0, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0, 1),
  new Float32Array(6),
  ['A', 'B', 'a', 'b'],
);

function frames(text: string): HeadLine {
  const rows: number[] = [];
  for (const ch of text) rows.push(...(ch === 'A' ? [1, 0, 0] : ch === 'B' ? [0, 1, 0] : [0, 0, 1]), 0, 0, 1);
  return { features: Float32Array.from(rows), frames: rows.length / 3, text };
}

function greedy(head: RecHead, line: HeadLine): string {
  const probs = headProbabilities(head, line.features, line.frames);
  const k = head.chars.length;
  let out = '';
  let prev = -1;
  for (let t = 0; t < line.frames; t++) {
    let best = 0;
    for (let j = 1; j < k; j++) if (probs[t * k + j]! > probs[t * k + best]!) best = j;
    if (best !== prev && best > 0) out += head.chars[best];
    prev = best;
  }
  return out;
}

describe('headTarget', () => {
  it('gives each character its classes (both cases when asked), without spaces', () => {
    expect(headTarget(swapped, 'Ab a', true)).toEqual([[1, 3], [2, 4], [1, 3]]);
    expect(headTarget(swapped, 'Ab', false)).toEqual([[1], [4]]);
    expect(headTarget(swapped, 'A?', true)).toBeUndefined();
    expect(headTarget(swapped, '  ', true)).toBeUndefined();
  });
});

describe('trainRecHead', () => {
  it('learns to read the print its lines show, from targets in capitals', () => {
    const lines = ['AB', 'BA', 'AAB', 'ABB', 'BAB', 'A', 'B'].map(frames);
    expect(greedy(swapped, frames('ABBA'))).toBe('BAAB');
    const losses: number[] = [];
    const { head, used } = trainRecHead(swapped, lines, { epochs: 60, batchSize: 4, learningRate: 0.05, anchor: 0, onEpoch: (_, loss) => losses.push(loss) });
    expect(used).toBe(7);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 10);
    expect(greedy(head, frames('ABBA')).toUpperCase()).toBe('ABBA');
    // The starting head is left as it was.
    expect(greedy(swapped, frames('ABBA'))).toBe('BAAB');
  });

  it('skips lines it cannot learn from: unknown characters, too few frames', () => {
    const short: HeadLine = { features: Float32Array.of(1, 0, 0), frames: 1, text: 'AB' };
    const { used } = trainRecHead(swapped, [frames('A?'), short, frames('AB')], { epochs: 1 });
    expect(used).toBe(1);
  });
});
