import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { essence, syntheticDataset, tempDir } from '../../../test/fixtures/synthetic.js';
import { readPaddle, writePaddle } from './paddle.js';

describe('paddle', () => {
  it('round-trips predictions with ids and links', async () => {
    const dir = await tempDir();
    const dataset = syntheticDataset();
    await writePaddle(dataset, join(dir, 'infer.txt'));
    const back = await readPaddle(join(dir, 'infer.txt'));
    expect(essence(back)).toEqual(essence(dataset));
  });

  it("writes PaddleOCR's ocr_info with pred_id numbered as its B- tags", async () => {
    const dir = await tempDir();
    await writePaddle({ ...syntheticDataset(), classes: ['QUESTION', 'OTHER', 'ANSWER', 'HEADER'] }, join(dir, 'infer.txt'));
    const line = (await readFile(join(dir, 'infer.txt'), 'utf8')).split('\n')[0]!;
    const [image, json] = line.split('\t');
    expect(image).toBe('form-a.png');
    const items = JSON.parse(json!).ocr_info;
    expect(items[1]).toMatchObject({ transcription: 'Name:', bbox: [10, 20, 40, 30], pred: 'question', pred_id: 1 });
    expect(items.map((i: { pred_id: number }) => i.pred_id)).toEqual([5, 1, 3, 1, 3, 0]);
  });

  it('reads the older ser_resule key and text/poly spellings', async () => {
    const dir = await tempDir();
    const item = { text: 'Name:', poly: [[1, 1], [9, 1], [9, 5], [1, 5]], pred: 'QUESTION', pred_id: 1 };
    await writeFile(join(dir, 'r.txt'), `img/x.jpg\t${JSON.stringify({ ser_resule: [item] })}\n`);
    const back = await readPaddle(join(dir, 'r.txt'));
    expect(back.documents[0]?.pages[0]?.segments[0]).toMatchObject({ id: 0, text: 'Name:', label: 'QUESTION' });
    expect(back.documents[0]?.name).toBe('x.jpg');
  });
});
