import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataset, type Dataset, type Segment } from '../../core/document.js';
import { essence, syntheticDataset, tempDir, withImages } from '../../../test/fixtures/synthetic.js';
import { readXAnyLabeling, writeXAnyLabeling } from './xanylabeling.js';

function withShapes(dataset: Dataset): Dataset {
  const doc = dataset.documents[0]!;
  const page = doc.pages[0]!;
  const extra: Segment[] = [
    { id: 6, points: [[120, 20], [160, 24], [158, 34], [118, 30]], shape: { kind: 'rotation', angle: 5.7 }, text: 'rot', label: 'other', links: [], difficult: true, groupId: 3 },
    { id: 7, points: [[120, 40], [160, 42], [161, 52], [119, 50]], shape: { kind: 'quadrilateral' }, text: 'quad', label: 'other', links: [], difficult: false, confidence: 0.5 },
    { id: 8, points: [[120, 60], [140, 58], [160, 62], [160, 70], [120, 70]], shape: { kind: 'polygon' }, text: 'poly', label: 'other', links: [], difficult: false },
  ];
  return createDataset([{ ...doc, pages: [{ ...page, segments: [...page.segments, ...extra] }] }, ...dataset.documents.slice(1)]);
}

describe('xanylabeling', () => {
  it('round-trips every shape kind, ids, links, flags, group ids and sizes', async () => {
    const dir = await tempDir();
    const dataset = await withImages(withShapes(syntheticDataset()), join(dir, 'src'));
    const files = await writeXAnyLabeling(dataset, join(dir, 'out'), { images: 'copy' });
    expect(files.map((f) => f.split('/').pop())).toEqual(['form-a.json', 'form-b.json']);
    const back = await readXAnyLabeling(join(dir, 'out'));
    expect(essence(back, { size: true })).toEqual(essence(dataset, { size: true }));
    const segs = back.documents[0]!.pages[0]!.segments;
    expect(segs.map((s) => s.shape.kind)).toEqual([...Array(6).fill('rectangle'), 'rotation', 'quadrilateral', 'polygon']);
    const rot = segs[6]!;
    expect(rot.shape.kind === 'rotation' && rot.shape.angle).toBeCloseTo(5.7, 12);
    expect(rot.groupId).toBe(3);
    expect(segs[7]?.confidence).toBe(0.5);
  });

  it('writes the fields X-AnyLabeling reads for KIE', async () => {
    const dir = await tempDir();
    await writeXAnyLabeling(withShapes(syntheticDataset()), dir);
    const json = JSON.parse(await readFile(join(dir, 'form-a.json'), 'utf8'));
    expect(json).toMatchObject({ version: expect.any(String), flags: {}, imagePath: 'form-a.png', imageData: null, imageWidth: 200, imageHeight: 100 });
    expect(json.shapes[1]).toMatchObject({ label: 'question', description: 'Name:', group_id: 1, kie_linking: [[1, 2]], shape_type: 'rectangle', difficult: false });
    expect(json.shapes[6].direction).toBeCloseTo((5.7 * Math.PI) / 180, 12);
  });

  it('reads old two-point rectangles and skips non-text shapes', async () => {
    const dir = await tempDir();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      join(dir, 'x.json'),
      JSON.stringify({ imagePath: 'x.png', imageWidth: 10, imageHeight: 10, shapes: [{ label: 'a', points: [[8, 6], [2, 1]], shape_type: 'rectangle' }, { label: 'p', points: [[1, 1]], shape_type: 'point' }] }),
    );
    const back = await readXAnyLabeling(dir);
    expect(back.documents[0]?.pages[0]?.segments.map((s) => s.points)).toEqual([[[2, 1], [8, 1], [8, 6], [2, 6]]]);
  });
});
