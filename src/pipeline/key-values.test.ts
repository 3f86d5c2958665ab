import { describe, expect, it } from 'vitest';
import { buildKeyValues, joinTexts } from './key-values.js';

describe('joinTexts', () => {
  it.each([
    [['北京市海淀区', '中关村大街1号'], '北京市海淀区中关村大街1号'],
    [['42 Harbor Lane,', 'Springfield'], '42 Harbor Lane, Springfield'],
    [['北京', 'Road 1'], '北京 Road 1'],
    [[' a ', '', 'b'], 'a b'],
    [[], ''],
  ])('%j → %s', (texts, joined) => {
    expect(joinTexts(texts)).toBe(joined);
  });
});

describe('buildKeyValues', () => {
  const segments = [
    { id: 10, text: 'Address:' },
    { id: 11, text: 'Springfield' },
    { id: 12, text: '42 Harbor Lane,' },
    { id: 13, text: 'Name:' },
    { id: 14, text: 'Jane' },
  ];
  it('groups values by key, both in reading order, with the mean link score', () => {
    const links = [
      { from: 10, to: 11, score: 0.8 },
      { from: 10, to: 12, score: 0.6 },
      { from: 13, to: 14, score: 0.9 },
    ];
    expect(buildKeyValues(segments, links, [13, 14, 10, 12, 11])).toEqual([
      { key: 'Name:', value: 'Jane', keyIds: [13], valueIds: [14], score: 0.9 },
      { key: 'Address:', value: '42 Harbor Lane, Springfield', keyIds: [10], valueIds: [12, 11], score: 0.7 },
    ]);
  });
  it('ignores links to unknown ids and keeps one link per pair', () => {
    const links = [
      { from: 13, to: 99, score: 1 },
      { from: 13, to: 14, score: 0.5 },
      { from: 13, to: 14, score: 0.7 },
    ];
    expect(buildKeyValues(segments, links, [])).toEqual([{ key: 'Name:', value: 'Jane', keyIds: [13], valueIds: [14], score: 0.7 }]);
  });
});
