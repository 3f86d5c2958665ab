import { describe, expect, it } from 'vitest';
import { fnv1a, normaliseForHash, pushTextTokens, textShape, textTokens, type SparseRow } from './text-hash.js';

describe('textShape', () => {
  it.each([
    ['Date: 12/03', 'Aa: 0/0'],
    ['姓名:', 'C:'],
    ['ABC123', 'A0'],
    ['', ''],
  ])('%j -> %j', (text, shape) => expect(textShape(text)).toBe(shape));
});

describe('text tokens', () => {
  it('normalises width, case and digits', () => {
    expect(normaliseForHash(' Ａb（12） ')).toBe('ab(00)');
  });

  it('gives the same tokens for any script and marks empty text', () => {
    expect(textTokens('').map((t) => t.token)).toEqual(['empty']);
    const zh = textTokens('姓名:').map((t) => t.token);
    expect(zh).toContain('u:姓');
    expect(zh).toContain('b:名:');
    expect(zh).toContain('l::');
    expect(textTokens('Name:').map((t) => t.token)).toContain('w:name');
  });

  it('hashes deterministically into the bucket range, prefixes separate roles', () => {
    expect(fnv1a('abc')).toBe(fnv1a('abc'));
    const a: SparseRow = { indices: [], values: [] };
    const b: SparseRow = { indices: [], values: [] };
    pushTextTokens(a, 'Total', 's.', 1024);
    pushTextTokens(b, 'Total', 'L.', 1024);
    expect(a.indices.every((i) => i >= 0 && i < 1024)).toBe(true);
    expect(a.indices).not.toEqual(b.indices);
    expect(a.values).toEqual(b.values);
  });
});
