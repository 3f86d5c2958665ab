import { describe, expect, it } from 'vitest';
import { prf } from './prf.js';

describe('prf', () => {
  it.each([
    [3, 4, 6, 0.5, 0.75, 0.6],
    [0, 0, 0, 1, 1, 1],
    [0, 5, 0, 0, 0, 0],
    [0, 0, 5, 0, 0, 0],
    [4, 4, 4, 1, 1, 1],
  ])('prf(%i, %i, %i)', (tp, gold, pred, p, r, h) => {
    const m = prf(tp, gold, pred);
    expect([m.precision, m.recall, m.hmean]).toEqual([p, r, h].map((v) => expect.closeTo(v, 12)));
  });
});
