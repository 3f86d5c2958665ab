import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { essence, syntheticDataset, tempDir, withImages } from '../../../test/fixtures/synthetic.js';
import { readPpocrKie, writePpocrKie } from './ppocr-kie.js';

describe('ppocr-kie', () => {
  it('round-trips ids, points, texts, labels, links and flags, and reads sizes from the images', async () => {
    const dir = await tempDir();
    const dataset = await withImages(syntheticDataset(), join(dir, 'src'));
    const file = join(dir, 'out', 'train.json');
    await writePpocrKie(dataset, file, { images: 'copy' });
    const back = await readPpocrKie(file);
    expect(essence(back, { size: true })).toEqual(essence(dataset, { size: true }));
    expect(back.documents[0]?.pages[0]?.image).toBe('images/form-a.png');
    expect(back.documents[0]?.source).toEqual({ file, line: 1 });
  });

  it('writes the class list with OTHER first, wherever it sat', async () => {
    const dir = await tempDir();
    const dataset = { ...syntheticDataset(), classes: ['QUESTION', 'ANSWER', 'OTHER', 'HEADER'] };
    await writePpocrKie(dataset, join(dir, 'a.json'));
    expect(await readFile(join(dir, 'class_list.txt'), 'utf8')).toBe('OTHER\nQUESTION\nANSWER\nHEADER\n');
    const back = await readPpocrKie(join(dir, 'a.json'), { imageSizes: false });
    expect(back.classes).toEqual(['OTHER', 'QUESTION', 'ANSWER', 'HEADER']);
  });

  it('names the file and line of a bad line', async () => {
    const dir = await tempDir();
    const file = join(dir, 'bad.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, 'a.png\t[]\nb.png\t[{"transcription": "x", "points": [[0, 0], [1, "y"], [1, 1], [0, 1]]}]\n');
    await expect(readPpocrKie(file)).rejects.toMatchObject({ code: 'INVALID_DATA', message: expect.stringContaining(`${file}:2`) });
  });
});
