import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../core/document.js';
import { essence, syntheticDataset, tempDir, withImages } from '../../../test/fixtures/synthetic.js';
import { readXfund, writeXfund } from './xfund.js';

describe('xfund', () => {
  it('round-trips boxes, words, links and image sizes', async () => {
    const dir = await tempDir();
    const dataset = await withImages(syntheticDataset(), join(dir, 'src'));
    await writeXfund(dataset, join(dir, 'out', 'zh.val.json'), { images: 'copy' });
    const back = await readXfund(join(dir, 'out', 'zh.val.json'));
    expect(essence(back, { words: true, size: true })).toEqual(essence(dataset, { words: true, size: true }));
    expect(back.documents.map((d) => d.name)).toEqual(['form-a', 'form-b']);
  });

  it('keeps polygons that are not boxes in `points`', async () => {
    const dir = await tempDir();
    const quad = [[0, 0], [10, 1], [10, 5], [0, 4]] as const;
    const dataset = createDataset([
      { name: 'q', pages: [{ image: 'q.png', width: 20, height: 20, segments: [{ id: 0, points: quad, shape: { kind: 'quadrilateral' }, text: 't', label: 'other', links: [], difficult: false }] }] },
    ]);
    await writeXfund(dataset, join(dir, 'q.json'));
    const back = await readXfund(join(dir, 'q.json'), { imageSizes: false });
    expect(back.documents[0]?.pages[0]?.segments[0]?.points).toEqual(quad);
  });
});
