import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writePng } from '../../../test/fixtures/synthetic.js';
import { parseSroieBoxes, readSroie } from './sroie.js';

describe('sroie', () => {
  it('keeps commas in the text after the eighth comma', () => {
    const [s] = parseSroieBoxes('\uFEFF1,2,9,2,9,8,1,8,27, JALAN 13, JOHOR\r\n\n', 'a.csv');
    expect(s).toMatchObject({ id: 0, text: '27, JALAN 13, JOHOR', label: 'other', points: [[1, 2], [9, 2], [9, 8], [1, 8]] });
  });

  it('reads box/, key/ and img/ (fields kept on the document, sizes from the image)', async () => {
    const dir = await tempDir();
    for (const sub of ['box', 'key', 'img']) await mkdir(join(dir, sub));
    await writeFile(join(dir, 'box', 'r1.csv'), '1,2,9,2,9,8,1,8,SHOP\n1,12,9,12,9,18,1,18,TOTAL 1,00\n');
    await writeFile(join(dir, 'key', 'r1.json'), JSON.stringify({ company: 'SHOP', total: '1,00' }));
    await writePng(join(dir, 'img', 'r1.jpg'), 30, 40);
    const dataset = await readSroie(dir);
    const doc = dataset.documents[0]!;
    expect(doc.fields).toEqual({ company: 'SHOP', total: '1,00' });
    expect(doc.pages[0]).toMatchObject({ image: 'img/r1.jpg', width: 30, height: 40 });
    expect(doc.pages[0]?.segments.map((s) => s.text)).toEqual(['SHOP', 'TOTAL 1,00']);
  });

  it('names the file and line of a bad box line', () => {
    expect(() => parseSroieBoxes('1,2,x,2,9,8,1,8,A\n', 'b.csv')).toThrow(/b\.csv:1/u);
  });
});
