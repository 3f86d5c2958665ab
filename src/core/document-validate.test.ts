import { describe, expect, it } from 'vitest';
import { createDataset, type Segment } from './document.js';
import { fixDataset } from './document-fix.js';
import { validateDataset } from './document-validate.js';

const box = (x0: number, y0: number, x1: number, y1: number): Segment['points'] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

function seg(id: number, label: string, links: Array<[number, number]>, points = box(0, 0, 10, 10), text = 't'): Segment {
  return { id, points, shape: { kind: 'rectangle' }, text, label, links, difficult: false };
}

const broken = createDataset([
  {
    name: 'doc',
    source: { file: 'train.txt', line: 7 },
    pages: [
      {
        image: 'a.png',
        width: 100,
        height: 50,
        segments: [
          seg(1, 'question', [[1, 2], [1, 9]]), // 9 is missing; [1,2] is not on 2
          seg(2, 'answer', []),
          seg(2, 'total', [], box(20, 20, 120, 30)), // duplicate id, unknown label, outside
          seg(3, 'other', [], [[0, 0], [5, 5], [10, 10], [0, 0]], ''), // degenerate, empty
        ],
      },
    ],
  },
]);

describe('validateDataset', () => {
  it('reports every kind of problem with file, line, document and id', () => {
    const issues = validateDataset(broken, { classes: ['OTHER', 'QUESTION', 'ANSWER'] });
    expect(issues.map((i) => `${i.severity} ${i.code} ${i.segmentId ?? ''}`).sort()).toEqual(
      [
        'error DUPLICATE_ID 2',
        'error LINK_MISSING_ID 1',
        'warning LINK_ONE_SIDED 1',
        'error UNKNOWN_LABEL 2',
        'warning POINT_OUTSIDE 2',
        'error DEGENERATE_POLYGON 3',
        'warning EMPTY_TEXT 3',
      ].sort(),
    );
    expect(issues[0]).toMatchObject({ file: 'train.txt', line: 7, document: 'doc', page: 0 });
    expect(issues.find((i) => i.code === 'UNKNOWN_LABEL')?.message).toContain('valid: OTHER, QUESTION, ANSWER');
  });

  it('finds nothing wrong in a clean dataset', () => {
    const clean = createDataset([{ name: 'd', pages: [{ image: 'a.png', width: 20, height: 20, segments: [seg(0, 'question', [[0, 1]]), seg(1, 'answer', [[0, 1]])] }] }]);
    expect(validateDataset(clean)).toEqual([]);
  });
});

describe('fixDataset', () => {
  it('repairs links, duplicate ids and points, and says what it did', () => {
    const { dataset, actions } = fixDataset(broken);
    const segments = dataset.documents[0]!.pages[0]!.segments;
    expect(segments.map((s) => s.id)).toEqual([1, 2, 4, 3]);
    expect(segments[0]?.links).toEqual([[1, 2]]);
    expect(segments[1]?.links).toEqual([[1, 2]]);
    expect(segments[2]?.points).toEqual(box(20, 20, 100, 30));
    expect(actions).toEqual([
      'train.txt:7: doc: renumbered duplicate id 2 to 4',
      'train.txt:7: doc: id 1: dropped link [1, 9] to a missing id',
      'train.txt:7: doc: id 2: added the missing end of link [1, 2]',
      'train.txt:7: doc: id 4: clamped points into the 100x50 image',
    ]);
    const left = validateDataset(dataset).map((i) => i.code);
    expect(left.sort()).toEqual(['DEGENERATE_POLYGON', 'EMPTY_TEXT']);
  });
});
