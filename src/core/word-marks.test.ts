import { describe, expect, it } from 'vitest';
import { countWordMarks, markLogPriors, markSites, tokenClass } from './word-marks.js';

describe('markSites', () => {
  it('finds each token followed by a comma, a full stop or nothing, then a space or the end', () => {
    const sites = markSites('JAYA . 81750 MASAI, JOHOR.');
    expect(sites.map((s) => [s.token, s.mark, s.spaceBefore, s.atEnd])).toEqual([
      ['JAYA', '.', true, false],
      ['81750', '', false, false],
      ['MASAI', ',', false, false],
      ['JOHOR', '.', false, true],
    ]);
    expect(sites[0]!.next).toBe('JAYA . '.length);
  });

  it('finds none inside amounts and codes, nor before other marks', () => {
    expect(markSites('RM12.50 U13/X TEL:03 A-1').map((s) => s.token)).toEqual(['50', 'X', '03', '1']);
    expect(markSites('TOTAL : 9')).toEqual([expect.objectContaining({ token: '9', atEnd: true })]);
  });
});

describe('countWordMarks / markLogPriors', () => {
  const table = countWordMarks(['NO. 3, JALAN PETALING, 47301 PETALING JAYA', 'PETALING, SELANGOR.', 'NO.5 JALAN']);

  it('counts marks after each token and its class, within a line and at its end', () => {
    expect(table.get('PETALING')).toEqual([1, 2, 0, 0, 0, 0]);
    expect(table.get('SELANGOR')).toEqual([0, 0, 0, 0, 0, 1]);
    expect(table.get('NO')).toEqual([0, 0, 1, 0, 0, 0]);
    expect(table.get('#digits')).toEqual([2, 1, 0, 0, 0, 0]);
    expect(tokenClass('U13')).toBe('#mixed');
  });

  it('gives a token its own marks, smoothed toward its class, and a class prior to unseen tokens', () => {
    const [none, comma, stop] = markLogPriors(table, 'Petaling', false).map(Math.exp);
    expect(none! + comma! + stop!).toBeCloseTo(1);
    expect(comma).toBeGreaterThan(none!);
    expect(comma).toBeGreaterThan(stop!);
    const unseen = markLogPriors(table, 'KLANG', false).map(Math.exp);
    expect(unseen.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(markLogPriors(new Map(), 'X', true).map(Math.exp)).toEqual([1 / 3, 1 / 3, 1 / 3].map((p) => expect.closeTo(p)));
  });
});
