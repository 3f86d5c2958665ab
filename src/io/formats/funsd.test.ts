import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { essence, syntheticDataset, tempDir, writeSyntheticFunsd } from '../../../test/fixtures/synthetic.js';
import { readFunsd, writeFunsd } from './funsd.js';

describe('funsd', () => {
  it('reads annotations/ and images/, sizes from the image headers', async () => {
    const dir = await tempDir();
    await writeSyntheticFunsd(dir);
    const dataset = await readFunsd(dir);
    expect(dataset.documents.map((d) => d.name)).toEqual(['form-a', 'form-b']);
    expect(essence(dataset, { size: true })).toEqual(essence(syntheticDataset(), { size: true }));
    expect(dataset.documents[0]?.pages[0]?.segments[2]?.words?.map((w) => w.text)).toEqual(['Ann', 'Lee']);
  });

  it('round-trips through its writer, copying images', async () => {
    const dir = await tempDir();
    await writeSyntheticFunsd(join(dir, 'in'));
    const dataset = await readFunsd(join(dir, 'in'));
    await writeFunsd(dataset, join(dir, 'out'));
    expect(await readdir(join(dir, 'out', 'images'))).toEqual(['form-a.png', 'form-b.png']);
    const back = await readFunsd(join(dir, 'out'));
    expect(essence(back, { words: true, size: true })).toEqual(essence(dataset, { words: true, size: true }));
  });
});
