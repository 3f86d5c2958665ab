import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../core/document.js';
import { essence, syntheticDataset, tempDir } from '../../../test/fixtures/synthetic.js';
import { readKieJson, writeKieJson } from './kie-json.js';

describe('kie json', () => {
  it('round-trips everything, written in the current schema version', async () => {
    const dir = await tempDir();
    const dataset = { ...syntheticDataset(), classes: ['other', 'question', 'answer', 'header'] };
    await writeKieJson(dataset, join(dir, 'd.kie.json'));
    const raw = JSON.parse(await readFile(join(dir, 'd.kie.json'), 'utf8'));
    expect(raw.schemaVersion).toBe(SCHEMA_VERSION);
    const back = await readKieJson(join(dir, 'd.kie.json'));
    expect(essence(back, { words: true, shape: true, size: true })).toEqual(essence(dataset, { words: true, shape: true, size: true }));
    expect(back.classes).toEqual(dataset.classes);
  });

  it('migrates version 0 files (one page per document, boxes, transcription)', async () => {
    const dir = await tempDir();
    const v0 = { documents: [{ name: 'a', image: 'a.png', width: 10, height: 10, segments: [{ box: [1, 1, 5, 5], transcription: 'x', label: 'Q', linking: [[0, 0]] }] }] };
    await writeFile(join(dir, 'old.json'), JSON.stringify(v0));
    const back = await readKieJson(join(dir, 'old.json'));
    expect(back.schemaVersion).toBe(1);
    expect(back.documents[0]?.pages[0]).toMatchObject({ image: 'a.png', width: 10, height: 10 });
    expect(back.documents[0]?.pages[0]?.segments[0]).toMatchObject({ id: 0, text: 'x', label: 'Q', shape: { kind: 'rectangle' } });
  });

  it('refuses a newer schema version with a clear message', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'new.json'), JSON.stringify({ schemaVersion: 99, documents: [] }));
    await expect(readKieJson(join(dir, 'new.json'))).rejects.toMatchObject({ code: 'INVALID_DATA', message: expect.stringContaining('schemaVersion 99') });
  });
});
