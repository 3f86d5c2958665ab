import { describe, expect, it } from 'vitest';
import { editDistance, isCjk, isDigit, isLetter, overlapsAny, stripSpaces, toHalfWidth, withinEdits } from './text.js';

describe('toHalfWidth', () => {
  it.each([
    ['姓名：夏艳辰', '姓名:夏艳辰'],
    ['（１２３）ＡＢ', '(123)AB'],
    ['a\u3000b', 'a b'],
    ['。、《》', '。、《》'],
  ])('%s → %s', (input, output) => expect(toHalfWidth(input)).toBe(output));
});

describe('editDistance', () => {
  it.each([
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['夏艳辰', '夏艳', 1],
    ['𠀀a', 'a', 1],
  ])('%s / %s = %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('small helpers', () => {
  it('stripSpaces and isCjk', () => {
    expect(stripSpaces(' a b\tc ')).toBe('abc');
    expect(isCjk('中')).toBe(true);
    expect(isCjk('a')).toBe(false);
  });
  it('overlapsAny: spans that share a character, not spans that touch', () => {
    expect(overlapsAny(3, 8, [[0, 4]])).toBe(true);
    expect(overlapsAny(4, 8, [[0, 4], [8, 9]])).toBe(false);
    expect(overlapsAny(0, 10, [[4, 5]])).toBe(true);
    expect(overlapsAny(0, 1, [])).toBe(false);
  });
});

describe('withinEdits', () => {
  it('agrees with editDistance at the limit and stops early past it', () => {
    expect(withinEdits('HARLHARE', 'HARDWARE', 2)).toBe(true);
    expect(withinEdits('HARLHARE', 'HARDWARE', 1)).toBe(false);
    expect(withinEdits('BHD', 'BHD', 0)).toBe(true);
    expect(withinEdits('CNE', 'ONE', 1)).toBe(true);
    expect(withinEdits('AB', 'ABCD', 1)).toBe(false);
    expect(withinEdits('', 'AB', 2)).toBe(true);
    for (const [a, b] of [['KITTEN', 'SITTING'], ['FLAW', 'LAWN'], ['SELANGOR', 'SETANGOR.']] as const) {
      const d = editDistance(a, b);
      expect([withinEdits(a, b, d), withinEdits(a, b, d - 1)]).toEqual([true, false]);
    }
  });

  it('may replace but not drop the characters it is told to keep', () => {
    expect(withinEdits('PLOT', 'LOT', 1)).toBe(true);
    expect(withinEdits('PLOT', 'LOT', 1, (i) => i === 0)).toBe(false);
    // Within two edits the P may become the L and the L be dropped; with every letter kept nothing is dropped.
    expect(withinEdits('PLOT', 'LOT', 2, (i) => i === 0)).toBe(true);
    expect(withinEdits('PLOT', 'LOT', 2, () => true)).toBe(false);
    expect(withinEdits('PLOT', 'LOT', 1, (i) => i !== 0)).toBe(true);
    expect(withinEdits('ANOUNT', 'AMOUNT', 1, () => true)).toBe(true);
    expect(withinEdits('TAXI', 'TAX', 1, (i) => i === 3)).toBe(false);
    // Another way round a kept character still counts: `LOOT` → `LOT` drops either O.
    expect(withinEdits('LOOT', 'LOT', 1, (i) => i === 1)).toBe(true);
  });
});

describe('isLetter and isDigit', () => {
  it('take one character of any script, and nothing past a string end', () => {
    expect(['a', 'Ü', '中', 'я'].every(isLetter)).toBe(true);
    expect([undefined, '', '1', '.', ' ', 'ab'].some(isLetter)).toBe(false);
    expect(['0', '٣'].every(isDigit)).toBe(true);
    expect([undefined, '', 'a', '12', '½'].some(isDigit)).toBe(false);
  });
});
