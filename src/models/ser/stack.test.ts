import { describe, expect, it } from 'vitest';
import { computeLayout } from '../kie/layout.js';
import type { KiePage, KieSegment } from '../kie/page.js';
import { stackFeatures, stackFeatureSize } from './stack.js';

const box = (id: number, x0: number, y0: number): KieSegment => ({
  id,
  text: String(id),
  points: [
    [x0, y0],
    [x0 + 20, y0],
    [x0 + 20, y0 + 10],
    [x0, y0 + 10],
  ],
});

describe('stackFeatures', () => {
  // One row 0 1 2, and 3 below 0.
  const page: KiePage = { width: 100, height: 100, segments: [box(0, 0, 0), box(1, 30, 0), box(2, 60, 0), box(3, 0, 30)] };
  const probs = Float32Array.from([0.1, 0.9, 0.2, 0.8, 0.7, 0.3, 0.5, 0.5]);
  const f = stackFeatures(probs, computeLayout(page), 2);
  const w = stackFeatureSize(2);
  const row = (i: number): number[] => Array.from(f.subarray(i * w, (i + 1) * w)).map((v) => Math.round(v * 10) / 10);

  it('holds own, left/right/above/below and row-maximum probabilities', () => {
    expect(w).toBe(12);
    expect(row(0)).toEqual([0.1, 0.9, 0, 0, 0.2, 0.8, 0, 0, 0.5, 0.5, 0.7, 0.8]);
    expect(row(1)).toEqual([0.2, 0.8, 0.1, 0.9, 0.7, 0.3, 0, 0, 0, 0, 0.7, 0.9]);
    expect(row(3)).toEqual([0.5, 0.5, 0, 0, 0, 0, 0.1, 0.9, 0, 0, 0, 0]);
  });
});
