/**
 * `kie extract` and `createExtractor` on the bundled examples (OCR → SER → RE →
 * key-values with the shipped model), its output formats, and its errors. OCR runs
 * once per example with one engine; the CLI runs are fed its results where they can.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/cli/exit-codes.js';
import type { OcrPage } from '../src/core/ocr.js';
import { EXTRACT_SCHEMA_VERSION, type ExtractJson } from '../src/pipeline/extract-json.js';
import { createExtractor, type ExtractResult, type Extractor } from '../src/pipeline/kie.js';
import { PACKAGE_MODELS_DIR } from '../src/pipeline/model-resolve.js';
import { toOcrJson } from '../src/pipeline/ocr-json.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';
import { loadLineSplitter } from '../src/pipeline/split-lines.js';
import { tempDir } from './fixtures/synthetic.js';
import { runKie } from './helpers/run-kie.js';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const HAS_MODEL = existsSync(join(PACKAGE_MODELS_DIR, 'kie-forms', 'model.json'));

const kie = runKie;

/** Pairs the shipped model gets right on the clean generated forms, with margin (checked over runs). */
const EXPECTED_PAIRS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  'form-en.png': [
    ['Name:', 'Jane Doe'],
    ['Date of Birth:', '12/04/1988'],
    ['Phone:', '(555) 013-2047'],
    ['Email:', 'jane.doe@example.com'],
    ['Address:', '42 Harbor Lane, Springfield'],
    ['Membership Type:', 'Annual'],
  ],
  'form-zh.png': [
    ['姓名:', '张伟'],
    ['性别:', '男'],
    ['出生日期:', '1990年5月12日'],
    ['联系电话:', '13812345678'],
    ['住址:', '北京市海淀区中关村大街1号'],
    ['工作单位:', '星辰科技有限公司'],
  ],
};

describe.skipIf(!HAS_MODEL)('kie extract on the bundled examples', () => {
  let ocr: OcrEngine;
  let extractor: Extractor;
  const ocrPages = new Map<string, OcrPage>();
  const results = new Map<string, ExtractResult>();

  beforeAll(async () => {
    ocr = await createOcr({ threads: 1 });
    extractor = await createExtractor({ ocr });
    for (const name of ['form-en.png', 'form-zh.png', 'receipt.jpg']) {
      const page = await ocr.recognize(join(EXAMPLES, name));
      ocrPages.set(name, page);
      results.set(name, await extractor.extract(page));
    }
  });
  afterAll(async () => {
    await extractor?.release();
    await ocr?.release();
  });

  it('finds the key-value pairs of the forms', () => {
    for (const [name, pairs] of Object.entries(EXPECTED_PAIRS)) {
      const got = results.get(name)!.keyValues.map((kv) => [kv.key, kv.value]);
      for (const pair of pairs) expect(got, name).toContainEqual(pair);
    }
    // The receipt has no question/answer ground truth: show what the form model makes of it.
    for (const kv of results.get('receipt.jpg')!.keyValues) console.log(`receipt.jpg: ${kv.key} → ${kv.value} (${kv.score.toFixed(2)})`);
  });

  it('returns scored segments, links and pairs that refer to each other', () => {
    for (const result of results.values()) {
      const ids = new Set(result.segments.map((s) => s.id));
      expect(ids.size).toBe(result.segments.length);
      for (const s of result.segments) expect(s.labelScore).toBeGreaterThan(0);
      for (const l of result.links) {
        expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
        expect(l.score).toBeGreaterThanOrEqual(0);
        expect(l.score).toBeLessThanOrEqual(1);
      }
      for (const kv of result.keyValues) for (const id of [...kv.keyIds, ...kv.valueIds]) expect(ids.has(id)).toBe(true);
    }
  });

  it('reads each page with the OCR settings of the model (the receipts model reads past line ends and re-reads words)', async () => {
    const asked: unknown[] = [];
    const watched: OcrEngine = {
      recognize: (image, options) => {
        asked.push(options);
        return ocr.recognize(image, options);
      },
      release: async () => {},
    };
    const receipts = await createExtractor({ model: 'receipts', ocr: watched });
    const result = await receipts.extract(join(EXAMPLES, 'receipt.jpg'));
    expect(receipts.model.manifest.ocr?.rec?.padRight).toBeGreaterThan(0);
    // Its manifest's rec settings, and its lexicon for re-reading words (ocr.rereadWords).
    expect(asked).toEqual([{ rec: { ...receipts.model.manifest.ocr?.rec, lexicon: receipts.model.lexicon } }]);
    expect((asked[0] as { rec: { lexicon: unknown } }).rec.lexicon).toBe(receipts.model.lexicon);
    expect(result.segments.map((s) => s.text)).toContain('SUNRISE MART SDN BHD');
    await receipts.release();
  });

  it('splits OCR lines where the model was trained on split lines: kie-forms cuts a key from its value, the receipts model reads whole lines', async () => {
    const receipt = await ocr.recognize(join(EXAMPLES, 'receipt.jpg'));
    expect(receipt.lines.map((l) => l.text)).toContain('DATE: 15/03/2019');
    const texts = async (options: Parameters<typeof createExtractor>[0]): Promise<string[]> => {
      const extractor = await createExtractor(options);
      const result = await extractor.extract(receipt);
      await extractor.release();
      return result.segments.map((s) => s.text);
    };
    const forms = await texts({ model: 'kie-forms' });
    expect(forms).toEqual(expect.arrayContaining(['DATE:', '15/03/2019']));
    const receipts = await texts({ model: 'receipts' });
    expect(receipts).toContain('DATE: 15/03/2019');
    expect(receipts).toHaveLength(receipt.lines.length);
    // --split (or a splitter given) overrides the model, --no-split too.
    const splitLines = await loadLineSplitter();
    expect(await texts({ model: 'receipts', ...(splitLines ? { splitLines } : {}) })).toEqual(expect.arrayContaining(['DATE:', '15/03/2019']));
    expect(await texts({ model: 'kie-forms', splitLines: false })).toContain('DATE: 15/03/2019');
  });

  it('reads kie ocr JSON with --ocr-json and writes the versioned JSON and the pictures', async () => {
    const dir = await tempDir();
    await copyFile(join(EXAMPLES, 'form-zh.png'), join(dir, 'form-zh.png'));
    const ocrJson = { file: 'form-zh.png', ...toOcrJson(ocrPages.get('form-zh.png')!, { chars: true }) };
    await writeFile(join(dir, 'ocr.json'), JSON.stringify(ocrJson));
    const run = await kie(dir, 'extract', '--ocr-json', 'ocr.json', '--vis', 'vis', '--out', 'out.json');
    expect(run.code, run.err).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as ExtractJson;
    expect(json.schemaVersion).toBe(EXTRACT_SCHEMA_VERSION);
    expect(json.model.name).toBe('kie-forms');
    const page = json.pages[0]!;
    expect(page.image).toBe('form-zh.png');
    expect(page.keyValues.map((kv) => [kv.key, kv.value])).toContainEqual(['姓名:', '张伟']);
    expect(Object.keys(page.segments[0]!).sort()).toEqual(['id', 'label', 'labelScore', 'points', 'text']);
    for (const suffix of ['ser', 're']) {
      const png = await readFile(join(dir, 'vis', `form-zh.${suffix}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });

  it('numbers the pictures of same-named images from two folders instead of writing one over the other', async () => {
    const dir = await tempDir();
    const ocr = toOcrJson(ocrPages.get('form-zh.png')!, { chars: true });
    for (const sub of ['a', 'b']) {
      await mkdir(join(dir, sub));
      await copyFile(join(EXAMPLES, 'form-zh.png'), join(dir, sub, 'form-zh.png'));
    }
    await writeFile(join(dir, 'ocr.json'), JSON.stringify([{ file: 'a/form-zh.png', ...ocr }, { file: 'b/form-zh.png', ...ocr }]));
    const run = await kie(dir, 'extract', '--ocr-json', 'ocr.json', '--vis', 'vis', '--out', 'out.json');
    expect(run.code, run.err).toBe(0);
    expect((await readdir(join(dir, 'vis'))).sort()).toEqual(['form-zh-2.re.png', 'form-zh-2.ser.png', 'form-zh.re.png', 'form-zh.ser.png']);
  });

  it('runs OCR itself on an image given on the command line', async () => {
    const run = await kie(ROOT, 'extract', 'examples/form-en.png', '--threads', '1');
    expect(run.code, run.err).toBe(0);
    const json = JSON.parse(run.out) as ExtractJson;
    expect(json.pages[0]!.keyValues.map((kv) => [kv.key, kv.value])).toContainEqual(['Name:', 'Jane Doe']);
  });

  it('keeps the given ids, runs RE on gold labels and writes PP-OCR KIE that kie eval reads', async () => {
    const dir = await tempDir();
    const gold = join(EXAMPLES, 'labels.txt');
    const run = await kie(dir, 'extract', '--ocr-json', gold, '--gold-labels', '--format', 'ppocr-kie', '--out', 'pred/pred.txt');
    expect(run.code, run.err).toBe(0);
    const evaluated = await kie(dir, 'eval', '--gold', gold, '--pred', 'pred/pred.txt', '--json');
    expect(evaluated.code, evaluated.err).toBe(0);
    const report = JSON.parse(evaluated.out) as { re: { hmean: number }; ser: { micro: { hmean: number } } };
    // Gold labels are kept, so SER is perfect; the forms' links are simple enough for RE to get all.
    expect(report.ser.micro.hmean).toBe(1);
    expect(report.re.hmean).toBe(1);
    const paddle = await kie(dir, 'extract', '--ocr-json', gold, '--format', 'paddle', '--out', 'paddle.txt');
    expect(paddle.code, paddle.err).toBe(0);
    expect((await readFile(join(dir, 'paddle.txt'), 'utf8')).split('\n')[0]).toMatch(/form-en\.png\t\{"ocr_info":\[/u);
  });
});

describe.skipIf(!HAS_MODEL)('kie train --init on the shipped model', () => {
  it('fine-tunes its RE, keeps its other networks, and the result extracts', async () => {
    const dir = await tempDir();
    const labels = join(EXAMPLES, 'labels.txt');
    const run = await kie(dir, 'train', '--task', 're', '--train', labels, '--val', labels, '--out', 'tuned', '--init', 'kie-forms', '--epochs', '1');
    expect(run.code, run.err).toBe(0);
    const extracted = await kie(dir, 'extract', '--ocr-json', labels, '--model', './tuned');
    expect(extracted.code, extracted.err).toBe(0);
    const pages = (JSON.parse(extracted.out) as ExtractJson).pages;
    expect(pages[0]!.keyValues.map((kv) => [kv.key, kv.value])).toContainEqual(['Name:', 'Jane Doe']);
  });

  it('fine-tunes its SER members (other networks kept) on the forms', async () => {
    const dir = await tempDir();
    const forms = (await readFile(join(EXAMPLES, 'labels.txt'), 'utf8')).split('\n').filter((l) => l.startsWith('form-'));
    await writeFile(join(dir, 'forms.txt'), `${forms.join('\n')}\n`);
    for (const name of ['form-en.png', 'form-zh.png']) await copyFile(join(EXAMPLES, name), join(dir, name));
    const run = await kie(dir, 'train', '--task', 'ser', '--train', 'forms.txt', '--val', 'forms.txt', '--out', 'tuned', '--init', 'kie-forms', '--epochs', '1');
    expect(run.code, run.err).toBe(0);
    expect(Number(/val SER Hmean (\d+\.\d+)/u.exec(run.out)?.[1])).toBeGreaterThan(90);
    const extracted = await kie(dir, 'extract', '--ocr-json', 'forms.txt', '--model', './tuned');
    expect(extracted.code, extracted.err).toBe(0);
  });
});

describe('kie extract errors', () => {
  it('names the valid models for an unknown one', async () => {
    const run = await kie(ROOT, 'extract', 'examples/form-en.png', '--model', 'no-such-model');
    expect(run.code).toBe(EXIT_CODES.MODEL_NOT_FOUND);
    expect(run.err).toMatch(/unknown model "no-such-model" \(valid: .*\)/u);
  });

  it('refuses a corrupt model file with MODEL_INVALID', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'bad-json'));
    await writeFile(join(dir, 'bad-json', 'model.json'), '{"schemaVersion": 1, "ser": ');
    const badJson = await kie(dir, 'extract', 'x.png', '--model', './bad-json');
    expect(badJson.code).toBe(EXIT_CODES.MODEL_INVALID);
    expect(badJson.err).toContain('bad-json');
    await mkdir(join(dir, 'bad-weights'));
    const manifest = { schemaVersion: 1, name: 'x', version: '0', classes: ['other'], ser: { files: ['ser.kiew'] }, re: { file: 're.kiew' } };
    await writeFile(join(dir, 'bad-weights', 'model.json'), JSON.stringify(manifest));
    await writeFile(join(dir, 'bad-weights', 'ser.kiew'), 'garbage, not weights');
    const badWeights = await kie(dir, 'extract', 'x.png', '--model', './bad-weights');
    expect(badWeights.code).toBe(EXIT_CODES.MODEL_INVALID);
    expect(badWeights.err).toMatch(/not a kie weights file/u);
    await mkdir(join(dir, 'bad-ocr'));
    await writeFile(join(dir, 'bad-ocr', 'model.json'), JSON.stringify({ ...manifest, ocr: { rec: { padRigth: 0.5 } } }));
    const badOcr = await kie(dir, 'extract', 'x.png', '--model', './bad-ocr');
    expect(badOcr.code).toBe(EXIT_CODES.MODEL_INVALID);
    expect(badOcr.err).toMatch(/ocr\.rec\.padRigth .*valid: .*padRight \(number\)/u);
    await mkdir(join(dir, 'bad-reread'));
    await writeFile(join(dir, 'bad-reread', 'model.json'), JSON.stringify({ ...manifest, ocr: { rereadWords: 'yes' } }));
    const badReread = await kie(dir, 'extract', 'x.png', '--model', './bad-reread');
    expect(badReread.code).toBe(EXIT_CODES.MODEL_INVALID);
    expect(badReread.err).toMatch(/ocr\.rereadWords must be true or false/u);
    await mkdir(join(dir, 'bad-split'));
    await writeFile(join(dir, 'bad-split', 'model.json'), JSON.stringify({ ...manifest, ocr: { splitLines: 'no' } }));
    const badSplit = await kie(dir, 'extract', 'x.png', '--model', './bad-split');
    expect(badSplit.code).toBe(EXIT_CODES.MODEL_INVALID);
    expect(badSplit.err).toMatch(/ocr\.splitLines must be true or false/u);
  });

  it.skipIf(!HAS_MODEL)('refuses an OCR file whose ids are broken with INVALID_DATA naming the id', async () => {
    const dir = await tempDir();
    const item = (id: number, linking: number[][] = []): object => ({
      transcription: 'x',
      label: 'question',
      points: [[0, 0], [10, 0], [10, 10], [0, 10]],
      id,
      linking,
    });
    await writeFile(join(dir, 'dup.txt'), `a.png\t${JSON.stringify([item(1), item(1)])}\n`);
    const dup = await kie(dir, 'extract', '--ocr-json', 'dup.txt');
    expect(dup.code).toBe(EXIT_CODES.INVALID_DATA);
    expect(dup.err).toContain('segment id 1 is used twice');
    await writeFile(join(dir, 'dangling.txt'), `a.png\t${JSON.stringify([item(1, [[1, 7]])])}\n`);
    const dangling = await kie(dir, 'extract', '--ocr-json', 'dangling.txt');
    expect(dangling.code).toBe(EXIT_CODES.INVALID_DATA);
    expect(dangling.err).toContain('links to id 7');
    await writeFile(join(dir, 'lines.json'), JSON.stringify({ width: 10, height: 10, lines: [{ points: 'nope', text: 'a' }] }));
    expect((await kie(dir, 'extract', '--ocr-json', 'lines.json')).code).toBe(EXIT_CODES.INVALID_DATA);
  });

  it('asks for --out when the format writes files', async () => {
    const run = await kie(ROOT, 'extract', 'examples/form-en.png', '--format', 'ppocr-kie');
    expect(run.code).toBe(EXIT_CODES.INVALID_ARGUMENT);
    expect(run.err).toContain('--out');
  });
});
