import { describe, expect, it } from 'vitest';
import { collectClasses, formatClassList, isBackground, normalizeLabel, parseClassList, resolveLabel, sameLabel } from './labels.js';

describe('labels', () => {
  it.each([
    ['QUESTION', 'question'],
    [' Answer ', 'answer'],
    ['O', 'other'],
    ['OTHERS', 'other'],
    ['', 'other'],
    ['company', 'company'],
  ])('normalizeLabel(%j) = %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('compares labels without case', () => {
    expect(sameLabel('QUESTION', 'question')).toBe(true);
    expect(isBackground('Other')).toBe(true);
  });

  it('treats OTHER as background wherever it sits, for any number of classes', () => {
    expect(formatClassList(['DATE', 'TOTAL', 'OTHER', 'COMPANY', 'ADDRESS'])).toBe('OTHER\nDATE\nTOTAL\nCOMPANY\nADDRESS\n');
    expect(formatClassList(['key', 'value'])).toBe('OTHER\nkey\nvalue\n');
    expect(collectClasses(['answer', 'other', 'question', 'answer'])).toEqual(['OTHER', 'ANSWER', 'QUESTION']);
  });

  it('parses class lists and names repeats with their lines', () => {
    expect(parseClassList('OTHER\r\nQUESTION\n\nANSWER\n')).toEqual(['OTHER', 'QUESTION', 'ANSWER']);
    expect(() => parseClassList('A\nB\na\n', 'c.txt')).toThrow(/c\.txt:3: class "a" repeats line 1/u);
  });

  it('resolves labels against a list and names the valid ones', () => {
    expect(resolveLabel('question', ['OTHER', 'QUESTION'])).toBe('QUESTION');
    expect(() => resolveLabel('total', ['OTHER', 'QUESTION'])).toThrow(/unknown label "total" \(valid: OTHER, QUESTION\)/u);
  });
});
