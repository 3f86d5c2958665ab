import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../core/lexicon.js';
import { createKieModel, predictKie, saveKieModel, type KieModel } from '../models/kie/kie-model.js';
import type { KiePage, KieSegment } from '../models/kie/page.js';
import { decodeWeights, encodeWeights } from '../models/kie/weights-format.js';
import { DEFAULT_RE_CONFIG, type ReConfig } from '../models/re/config.js';
import { predictRe } from '../models/re/predict.js';
import { DEFAULT_SER_CONFIG, type SerConfig } from '../models/ser/config.js';
import { predictSer } from '../models/ser/predict.js';
import { createRandom } from './random.js';
import { trainRe } from './train-re.js';
import { trainSer } from './train-ser.js';

const KEYS = ['Name', 'Date', 'Total', 'City', '姓名', '日期', '金额', 'Phone'];

/** A generated form: a header, rows of `key:` + value on the same row, a footer note. */
function makePage(random: () => number): KiePage {
  const segments: KieSegment[] = [];
  const rect = (x0: number, y0: number, x1: number, y1: number): KieSegment['points'] => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  segments.push({ id: 0, text: 'APPLICATION FORM', label: 'header', points: rect(200, 20, 500, 50), links: [] });
  const rows = 3 + Math.floor(random() * 4);
  for (let r = 0; r < rows; r++) {
    const y = 100 + r * 50 + Math.floor(random() * 10);
    const k = 1 + 2 * r;
    const key = KEYS[Math.floor(random() * KEYS.length)]!;
    const x = 200 + Math.floor(random() * 100);
    segments.push({ id: k, text: `${key}:`, label: 'question', points: rect(20, y, 150, y + 20), links: [[k, k + 1]] });
    segments.push({
      id: k + 1,
      text: String(Math.floor(random() * 100000)),
      label: 'answer',
      points: rect(x, y + 2, x + 120, y + 22),
      links: [[k, k + 1]],
    });
  }
  segments.push({ id: 99, text: 'page 1 of 1', label: 'other', points: rect(500, 700, 600, 720), links: [] });
  return { width: 700, height: 800, segments };
}

const serConfig: SerConfig = { ...DEFAULT_SER_CONFIG, buckets: 4096, hidden: 16, hidden2: 16 };
const reConfig: ReConfig = { ...DEFAULT_RE_CONFIG, buckets: 4096, hidden: 16, hidden2: 8 };

describe('SER and RE training on a generated dataset', () => {
  const random = createRandom(7);
  const train = Array.from({ length: 30 }, () => makePage(random));
  const test = Array.from({ length: 10 }, () => makePage(random));
  const options = { epochs: 8, pagesPerBatch: 2, seed: 3, dropout: 0.1 };
  const ser = trainSer(train, serConfig, options);
  const re = trainRe(train, reConfig, options);

  it('learns the labels', () => {
    let right = 0;
    let total = 0;
    for (const page of test) {
      const { labels, probabilities } = predictSer(ser, page);
      expect(probabilities.length).toBe(page.segments.length * serConfig.classes.length);
      page.segments.forEach((s, i) => {
        total++;
        if (labels[i] === s.label) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.95);
  });

  it('learns the links', () => {
    for (const page of test) {
      const links = predictRe(
        re,
        page,
        page.segments.map((s) => s.label ?? 'other'),
      );
      const gold = page.segments.filter((s) => s.label === 'question').map((s) => ({ from: s.id, to: s.id + 1 }));
      expect(links).toEqual(gold);
    }
  });

  it('is deterministic for a seed', () => {
    const again = trainSer(train.slice(0, 6), serConfig, { ...options, epochs: 1 });
    const once = trainSer(train.slice(0, 6), serConfig, { ...options, epochs: 1 });
    expect(Array.from(again.members[0]!.w2)).toEqual(Array.from(once.members[0]!.w2));
  });

  it('round-trips through the weights format and a model directory', async () => {
    const bytes = encodeWeights(ser.members[0]!, ser.config);
    const { params, meta } = decodeWeights(bytes);
    expect(meta).toEqual(JSON.parse(JSON.stringify(ser.config)));
    expect(Array.from(params.w1)).toEqual(Array.from(ser.members[0]!.w1));
    const maxErr = params.emb.reduce((m, v, i) => Math.max(m, Math.abs(v - ser.members[0]!.emb[i]!)), 0);
    expect(maxErr).toBeLessThan(0.01);

    const dir = await mkdtemp(join(tmpdir(), 'kie-model-'));
    try {
      const model: KieModel = {
        manifest: {
          schemaVersion: 1,
          name: 'test',
          version: '0',
          classes: ser.config.classes,
          ser: { files: ['ser-1.kiew'] },
          re: { file: 're.kiew' },
          lexicon: 'lexicon.tsv',
          trainingData: ['generated'],
          licence: 'none',
        },
        ser,
        re,
        lexicon: buildLexicon(['TOTAL AMOUNT', 'TOTAL']),
      };
      await saveKieModel(dir, model);
      const loaded = await createKieModel(dir);
      expect(loaded.lexicon?.counts.get('TOTAL')).toBe(2);
      const page = test[0]!;
      expect(predictKie(loaded, page).labels).toEqual(predictSer(ser, page).labels);
      await expect(createKieModel(join(dir, 'missing'))).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
      expect(() => decodeWeights(new Uint8Array(4))).toThrow(/not a kie weights file/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
