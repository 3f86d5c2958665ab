import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writePng } from '../../../test/fixtures/synthetic.js';
import { readPpocrLabel } from './ppocrlabel.js';

describe('ppocrlabel', () => {
  it('upgrades key_cls to label, numbers ids and starts with no links', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'imgs'));
    await writePng(join(dir, 'imgs', 'a.png'), 50, 60);
    const items = [
      { transcription: 'Name:', points: [[1, 1], [9, 1], [9, 5], [1, 5]], difficult: false, key_cls: 'question' },
      { transcription: 'Ann', points: [[11, 1], [19, 1], [19, 5], [11, 5]], difficult: true, key_cls: 'None' },
    ];
    await writeFile(join(dir, 'imgs', 'Label.txt'), `imgs/a.png\t${JSON.stringify(items)}\n`);
    const dataset = await readPpocrLabel(join(dir, 'imgs'));
    const page = dataset.documents[0]!.pages[0]!;
    expect(page).toMatchObject({ width: 50, height: 60 });
    expect(page.segments.map((s) => [s.id, s.label, s.links.length, s.difficult])).toEqual([
      [0, 'question', 0, false],
      [1, 'other', 0, true],
    ]);
  });
});
