import { describe, expect, it } from 'vitest';
import { addListwiseGradient } from './fit.js';

describe('addListwiseGradient', () => {
  // Two groups: [pair 0 (linked), pair 1] and [pair 2] with no link.
  const logits = Float32Array.from([0, 1, 0, 0, 0, -1]);
  const targets = Int32Array.from([1, 0, 0]);
  const groups = Int32Array.from([5, 5, 9]);

  it('returns the mean -log probability of the linked candidate (or of "no key")', () => {
    const d = new Float32Array(6);
    const loss = addListwiseGradient(logits, targets, groups, 1, d);
    const g1 = -Math.log(Math.E / (1 + Math.E + 1));
    const g2 = -Math.log(1 / (1 + Math.exp(-1)));
    expect(loss).toBeCloseTo((g1 + g2) / 2, 5);
  });

  it('matches a finite-difference gradient', () => {
    const d = new Float32Array(6);
    addListwiseGradient(logits, targets, groups, 1, d);
    for (let i = 0; i < 6; i++) {
      const up = Float32Array.from(logits);
      const down = Float32Array.from(logits);
      up[i]! += 1e-3;
      down[i]! -= 1e-3;
      const numeric =
        (addListwiseGradient(up, targets, groups, 1, new Float32Array(6)) -
          addListwiseGradient(down, targets, groups, 1, new Float32Array(6))) /
        2e-3;
      expect(d[i]!).toBeCloseTo(numeric, 3);
    }
  });
});
