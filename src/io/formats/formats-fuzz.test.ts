/**
 * Malformed input for every reader: each must give a KieError or a clean dataset,
 * quickly, never a crash (TypeError, RangeError) or a hang.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKieError } from '../../core/errors.js';
import { tempDir } from '../../../test/fixtures/synthetic.js';
import { getFormat } from './registry.js';
import type { FormatName } from './types.js';

/** Writes `segments` (the JSON text of an array's items) in a format's layout; returns the path to read. */
type Layout = (dir: string, segments: string) => Promise<string>;

const file = (name: string, wrap: (s: string) => string): Layout => async (dir, s) => {
  await writeFile(join(dir, name), wrap(s));
  return join(dir, name);
};

const LAYOUTS: Record<Exclude<FormatName, 'sroie'>, Layout> = {
  'ppocr-kie': file('l.txt', (s) => `x.png\t[${s}]\n`),
  ppocrlabel: file('Label.txt', (s) => `x.png\t[${s}]\n`),
  paddle: file('r.txt', (s) => `x.png\t{"ocr_info": [${s}]}\n`),
  xfund: file('x.json', (s) => `{"documents": [{"id": "a", "document": [${s}], "img": {"fname": "x.png"}}]}`),
  kie: file('k.json', (s) => `{"schemaVersion": 1, "documents": [{"name": "a", "pages": [{"image": "x.png", "segments": [${s}]}]}]}`),
  xanylabeling: async (dir, s) => {
    await writeFile(join(dir, 'x.json'), `{"imagePath": "x.png", "shapes": [${s}]}`);
    return dir;
  },
  funsd: async (dir, s) => {
    await mkdir(join(dir, 'annotations'));
    await writeFile(join(dir, 'annotations', 'x.json'), `{"form": [${s}]}`);
    return dir;
  },
};

const SEG = (points: string): string =>
  `{"transcription": "a", "text": "a", "description": "a", "label": "other", "points": ${points}, "id": 0, "linking": []}`;

const CASES: Record<string, string> = {
  valid: SEG('[[0, 0], [1, 0], [1, 1], [0, 1]]'),
  'huge number': SEG('[[0, 0], [1e999, 0], [1, 1], [0, 1]]'),
  'NaN literal': SEG('[[0, 0], [NaN, 0], [1, 1], [0, 1]]'),
  'NaN string': SEG('[["NaN", 0], [1, 0], [1, 1], [0, 1]]'),
  'null coordinate': SEG('[[null, 0], [1, 0], [1, 1], [0, 1]]'),
  'one point': SEG('[[0, 0]]'),
  'odd flat list': SEG('[0, 0, 1]'),
  'points object': SEG('{}'),
  'points string': SEG('"0,0,1,1"'),
  'segment number': '5',
  'segment null': 'null',
  'segment array': '[1, 2]',
  'wrong id': '{"points": [0, 0, 1, 1], "id": "x"}',
  'wrong links': '{"points": [0, 0, 1, 1], "linking": [[1]], "kie_linking": 3, "links": "x"}',
  'wrong text': '{"points": [0, 0, 1, 1], "transcription": {}, "text": [], "description": {}}',
  truncated: `${SEG('[[0, 0], [1, 0], [1, 1], [0, 1]]').slice(0, 40)}`,
};

async function expectClean(read: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  try {
    await read();
  } catch (error) {
    if (!isKieError(error)) throw error;
  }
  expect(Date.now() - started).toBeLessThan(15_000);
}

describe('readers on malformed input', () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(`${name}: every case gives a KieError or a dataset`, async () => {
      for (const [, segment] of Object.entries(CASES)) {
        const dir = await tempDir();
        const path = await layout(dir, segment);
        await expectClean(() => getFormat(name).read(path, {}));
      }
      // Whole-file damage: truncated, empty, not JSON at all, a JSON scalar.
      for (const text of ['', '{"docu', 'x.png\t[{"a"', 'null', '[]', '\u0000\u0001binary']) {
        const dir = await tempDir();
        const path = await layout(dir, '');
        await writeFile(path.endsWith('.json') || path.endsWith('.txt') ? path : join(path, name === 'funsd' ? 'annotations/x.json' : 'x.json'), text);
        await expectClean(() => getFormat(name).read(path, {}));
      }
    });
  }

  it('sroie: bad lines give a KieError', async () => {
    for (const text of ['1,2,3\n', 'a,b,c,d,e,f,g,h,text\n', '1,2,3,4,5,6,7,8\n', '1e999,0,1,0,1,1,0,1,x\n', '', '\n\n']) {
      const dir = await tempDir();
      await mkdir(join(dir, 'box'));
      await writeFile(join(dir, 'box', 'r.csv'), text);
      await expectClean(() => getFormat('sroie').read(dir, {}));
    }
  });

  it('10^6 segments on one page are refused quickly by every reader', async () => {
    const tiny = '{"points": [0, 0, 1, 1]}';
    const million = new Array<string>(1_000_000).fill(tiny).join(',');
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const dir = await tempDir();
      const path = await layout(dir, million);
      const started = Date.now();
      await expect(getFormat(name).read(path, {})).rejects.toMatchObject({ code: 'INVALID_DATA', message: expect.stringMatching(/1000000 segments/u) });
      expect(Date.now() - started).toBeLessThan(15_000);
    }
    const dir = await tempDir();
    await mkdir(join(dir, 'box'));
    await writeFile(join(dir, 'box', 'r.csv'), '0,0,1,0,1,1,0,1,a\n'.repeat(1_000_000));
    await expect(getFormat('sroie').read(dir, {})).rejects.toMatchObject({ code: 'INVALID_DATA' });
  }, 120_000);
});
