import { describe, expect, it } from 'vitest';
import { computeLayout } from '../kie/layout.js';
import type { KiePage, KieSegment } from '../kie/page.js';
import { pairScoresToFeatures, partnerPairs, PARTNER_FEATURES } from './partner.js';

const box = (id: number, x0: number, y0: number, x1: number, y1: number): KieSegment => ({
  id,
  text: String(id),
  points: [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ],
});

describe('partnerPairs', () => {
  // 0 and 1 share a row; 2 is far below.
  const page: KiePage = { width: 200, height: 200, segments: [box(0, 0, 0, 20, 10), box(1, 30, 0, 60, 10), box(2, 0, 150, 20, 160)] };

  it('takes the nearest other segments of every segment, nearest first', () => {
    expect(partnerPairs(computeLayout(page), 1)).toEqual([
      { key: 1, value: 0 },
      { key: 0, value: 1 },
      { key: 0, value: 2 },
    ]);
  });

  it('never pairs a segment with itself', () => {
    const pairs = partnerPairs(computeLayout(page), 8);
    expect(pairs).toHaveLength(6);
    expect(pairs.every((p) => p.key !== p.value)).toBe(true);
  });
});

describe('pairScoresToFeatures', () => {
  it('keeps the best and the log-summed scores in each direction', () => {
    const f = pairScoresToFeatures(
      3,
      [
        { key: 0, value: 1 },
        { key: 0, value: 2 },
        { key: 2, value: 1 },
      ],
      [0.9, 0.5, 0.2],
    );
    const row = (i: number): number[] => Array.from(f.subarray(i * PARTNER_FEATURES, (i + 1) * PARTNER_FEATURES));
    expect(row(0)[0]).toBe(0);
    expect(row(0)[1]).toBeCloseTo(0.9);
    expect(row(0)[3]).toBeCloseTo(Math.log1p(1.4));
    expect(row(1)[0]).toBeCloseTo(0.9);
    expect(row(1)[2]).toBeCloseTo(Math.log1p(1.1));
    expect(row(2)[0]).toBeCloseTo(0.5);
    expect(row(2)[1]).toBeCloseTo(0.2);
  });
});
