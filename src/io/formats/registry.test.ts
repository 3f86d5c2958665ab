import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDataset, tempDir, writeSyntheticFunsd } from '../../../test/fixtures/synthetic.js';
import { detectFormat, readDataset, writeDataset } from './registry.js';
import { FORMAT_NAMES } from './types.js';

describe('detectFormat', () => {
  it('recognises every written format from its contents', async () => {
    const dir = await tempDir();
    const targets: Record<string, string> = { kie: 'd.json', 'ppocr-kie': 'p.json', xanylabeling: 'xa', xfund: 'x.json', funsd: 'f', paddle: 'r.txt' };
    for (const [format, name] of Object.entries(targets)) {
      await writeDataset(syntheticDataset(), join(dir, name), { format });
      expect(await detectFormat(join(dir, name))).toBe(format);
      expect((await readDataset(join(dir, name), { imageSizes: false })).documents).toHaveLength(2);
    }
  });

  it('recognises SROIE, PPOCRLabel and FUNSD folders', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sroie', 'box'), { recursive: true });
    expect(await detectFormat(join(dir, 'sroie'))).toBe('sroie');
    await mkdir(join(dir, 'label'));
    await writeFile(join(dir, 'label', 'Label.txt'), 'a.png\t[]\n');
    expect(await detectFormat(join(dir, 'label'))).toBe('ppocrlabel');
    await writeFile(join(dir, 'k.txt'), 'a.png\t[{"transcription": "a", "points": [[0,0],[1,0],[1,1],[0,1]], "key_cls": "x"}]\n');
    expect(await detectFormat(join(dir, 'k.txt'))).toBe('ppocrlabel');
    await writeSyntheticFunsd(join(dir, 'funsd'));
    expect(await detectFormat(join(dir, 'funsd'))).toBe('funsd');
  });

  it('names the valid formats when it cannot tell', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'x.csv'), 'a,b\n');
    await expect(detectFormat(join(dir, 'x.csv'))).rejects.toMatchObject({ code: 'UNKNOWN_FORMAT', message: expect.stringContaining(FORMAT_NAMES.join(', ')) });
    await expect(readDataset(join(dir, 'nope'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});
