import { describe, expect, it } from 'vitest';
import type { Polygon } from '../core/geometry.js';
import { matchByIou } from './match.js';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

describe('matchByIou', () => {
  it('matches one to one, highest IoU first', () => {
    // Gold 0 overlaps pred 0 (IoU 1) and pred 1 (IoU 0.6); gold 1 overlaps pred 1 only (IoU 2/3).
    const gold = [box(0, 0, 10, 10), box(4, 0, 14, 10)];
    const pred = [box(0, 0, 10, 10), box(2, 0, 12, 10)];
    const { matches, unmatchedGold, unmatchedPred } = matchByIou(gold, pred, 0.5);
    expect(matches.map((m) => [m.gold, m.pred])).toEqual([[0, 0], [1, 1]]);
    expect(matches[1]?.iou).toBeCloseTo(8 / 12, 12);
    expect(unmatchedGold).toEqual([]);
    expect(unmatchedPred).toEqual([]);
  });

  it('is greedy, not optimal, as the PaddleOCR protocol', () => {
    // Pred 0 best fits gold 1 (IoU 0.9), leaving gold 0 with nothing above the threshold.
    const gold = [box(0, 0, 10, 10), box(1, 0, 11, 10)];
    const pred = [box(1, 0, 10.9, 10)];
    const { matches, unmatchedGold } = matchByIou(gold, pred, 0.5);
    expect(matches.map((m) => [m.gold, m.pred])).toEqual([[1, 0]]);
    expect(unmatchedGold).toEqual([0]);
  });

  it('uses exact IoU for rotated quads and the threshold inclusively', () => {
    const diamond: Polygon = [[5, 0], [10, 5], [5, 10], [0, 5]];
    const square = box(0, 0, 10, 10);
    // The diamond is half the square: IoU exactly 0.5.
    expect(matchByIou([square], [diamond], 0.5).matches[0]?.iou).toBeCloseTo(0.5, 12);
    expect(matchByIou([square], [diamond], 0.5001).matches).toEqual([]);
  });

  it('skips empty and degenerate polygons', () => {
    const line: Polygon = [[0, 0], [10, 0], [10, 0], [0, 0]];
    expect(matchByIou([line], [line], 0.5).matches).toEqual([]);
    expect(matchByIou([], [box(0, 0, 1, 1)], 0.5).unmatchedPred).toEqual([0]);
  });
});
