import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../test/fixtures/synthetic.js';
import { datasetStats, distribution } from './document-stats.js';

describe('datasetStats', () => {
  it('counts labels and link kinds once per link, stored on one or both ends', () => {
    const stats = datasetStats(syntheticDataset());
    expect(stats).toMatchObject({ documents: 2, pages: 2, segments: 11 });
    expect(stats.labels).toEqual({ header: 2, question: 4, answer: 4, other: 1 });
    expect(stats.links).toEqual({ 'question→answer': 4, 'question→question': 0, 'header→question': 1, other: 0 });
    expect(stats.textLength).toEqual({ count: 11, min: 4, median: 5, p90: 7, max: 10 });
  });

  it.each([
    [[], { count: 0, min: 0, median: 0, p90: 0, max: 0 }],
    [[3], { count: 1, min: 3, median: 3, p90: 3, max: 3 }],
    [[4, 1, 3, 2], { count: 4, min: 1, median: 2.5, p90: 4, max: 4 }],
    [[...Array(10).keys()].map((i) => i + 1), { count: 10, min: 1, median: 5.5, p90: 9, max: 10 }],
  ])('distribution(%j)', (values, expected) => {
    expect(distribution(values)).toEqual(expected);
  });
});
