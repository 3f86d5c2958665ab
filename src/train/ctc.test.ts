import { describe, expect, it } from 'vitest';
import { ctcLoss } from './ctc.js';

/** Softmax of each frame of `logits` (`frames × classes`). */
function softmax(logits: number[], classes: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let t = 0; t < logits.length / classes; t++) {
    const row = logits.slice(t * classes, (t + 1) * classes);
    const max = Math.max(...row);
    const sum = row.reduce((a, x) => a + Math.exp(x - max), 0);
    row.forEach((x, k) => (out[t * classes + k] = Math.exp(x - max) / sum));
  }
  return out;
}

/** p(target) by brute force over every frame-wise path (collapse repeats, drop blanks). */
function bruteForce(probs: Float32Array, frames: number, classes: number, target: number[][]): number {
  let total = 0;
  const path = new Array<number>(frames).fill(0);
  const visit = (t: number, p: number): void => {
    if (t === frames) {
      const labels = path.filter((k, i) => k !== 0 && k !== path[i - 1]);
      // Repeats are merged per class; a group match accepts any of its classes.
      if (labels.length === target.length && labels.every((k, i) => target[i]!.includes(k))) total += p;
      return;
    }
    for (let k = 0; k < classes; k++) {
      path[t] = k;
      visit(t + 1, p * probs[t * classes + k]!);
    }
  };
  visit(0, 1);
  return total;
}

describe('ctcLoss', () => {
  it('gives -log of the summed probability of every path that reads the target', () => {
    expect(ctcLoss(Float32Array.of(0.5, 0.5, 0.5, 0.5), 2, 2, [[1]]).loss).toBeCloseTo(-Math.log(0.75), 6);
    const probs = softmax([0.3, 1.2, -0.5, 0.1, 0.9, -0.4, 2.0, 0.2, 0.1, -1.0, 0.5, 0.7, 0.4, 0.4, 0.4], 3);
    for (const target of [[[1]], [[1], [2]], [[2], [2]], [[1], [1], [2]]]) {
      expect(ctcLoss(probs, 5, 3, target).loss).toBeCloseTo(-Math.log(bruteForce(probs, 5, 3, target)), 5);
    }
  });

  it('lets a target symbol stand for several classes (either case of a letter)', () => {
    const probs = softmax([0.3, 1.2, -0.5], 3);
    expect(ctcLoss(probs, 1, 3, [[1, 2]]).loss).toBeCloseTo(-Math.log(probs[1]! + probs[2]!), 6);
    // Two frames: every path of non-blank group classes and blanks, less the all-blank one.
    const two = softmax([0.3, 1.2, -0.5, 0.1, 0.9, -0.4], 3);
    const g = (t: number): number => two[t * 3 + 1]! + two[t * 3 + 2]!;
    expect(ctcLoss(two, 2, 3, [[1, 2]]).loss).toBeCloseTo(-Math.log(g(0) * g(1) + g(0) * two[3]! + two[0]! * g(1)), 6);
  });

  it('matches the numerical gradient with respect to the logits', () => {
    const logits = [0.3, 1.2, -0.5, 0.1, 0.9, -0.4, 2.0, 0.2, 0.1, -1.0, 0.5, 0.7];
    const target = [[1], [2, 1]];
    const { grad } = ctcLoss(softmax(logits, 3), 4, 3, target);
    const h = 1e-3;
    logits.forEach((_, i) => {
      const up = logits.map((x, j) => (j === i ? x + h : x));
      const down = logits.map((x, j) => (j === i ? x - h : x));
      const numeric = (ctcLoss(softmax(up, 3), 4, 3, target).loss - ctcLoss(softmax(down, 3), 4, 3, target).loss) / (2 * h);
      expect(grad![i]).toBeCloseTo(numeric, 3);
    });
  });

  it('is infinite, without a gradient, when the target cannot fit the frames', () => {
    const probs = softmax([0, 1, 0, 1], 2);
    // "aa" needs a blank between the two a's: three frames at least.
    expect(ctcLoss(probs, 2, 2, [[1], [1]])).toEqual({ loss: Infinity });
    expect(ctcLoss(probs, 2, 2, [[1], [1], [1]])).toEqual({ loss: Infinity });
  });
});
