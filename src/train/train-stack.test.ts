import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKieModel, predictKie, saveKieModel } from '../models/kie/kie-model.js';
import type { KiePage, KieSegment } from '../models/kie/page.js';
import { DEFAULT_RE_CONFIG } from '../models/re/config.js';
import { DEFAULT_SER_CONFIG, type SerConfig } from '../models/ser/config.js';
import { DEFAULT_PARTNER_CONFIG } from '../models/ser/partner.js';
import { predictSer } from '../models/ser/predict.js';
import { createRandom } from './random.js';
import { DEFAULT_TRAIN_PARTNER } from './train-partner.js';
import { trainRe } from './train-re.js';
import { serExtrasFromModel, trainSerModel } from './train-stack.js';
import { serBatches } from './train-ser.js';

const rect = (x0: number, y0: number, x1: number, y1: number): KieSegment['points'] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/**
 * A generated form where the label depends on a partner: `Key:` followed by a
 * value on its row is a question, the same text with nothing beside it is
 * `other` (a key left blank), as in XFUND.
 */
function makePage(random: () => number): KiePage {
  const segments: KieSegment[] = [];
  const rows = 4 + Math.floor(random() * 4);
  for (let r = 0; r < rows; r++) {
    const y = 40 + r * 50;
    const k = 2 * r;
    const filled = random() < 0.6;
    const links: [number, number][] = filled ? [[k, k + 1]] : [];
    segments.push({ id: k, text: 'Name:', label: filled ? 'question' : 'other', points: rect(20, y, 150, y + 20), links });
    if (filled) {
      const x = 200 + Math.floor(random() * 100);
      segments.push({ id: k + 1, text: String(Math.floor(random() * 1e5)), label: 'answer', points: rect(x, y, x + 100, y + 20), links });
    }
  }
  return { width: 600, height: 600, segments };
}

describe('link-aware, stacked SER on a generated dataset', () => {
  const random = createRandom(11);
  const train = Array.from({ length: 24 }, () => makePage(random));
  const test = Array.from({ length: 8 }, () => makePage(random));
  const config: SerConfig = { ...DEFAULT_SER_CONFIG, buckets: 2048, hidden: 16, hidden2: 16, partner: true, stack: true };
  const small = { buckets: 2048, hidden: 8, hidden2: 8 };
  const ser = trainSerModel(train, {
    config,
    train: { epochs: 6, pagesPerBatch: 2, seed: 1, dropout: 0.1 },
    seeds: [1, 2],
    partner: { ...DEFAULT_PARTNER_CONFIG, ...small },
    partnerTrain: { ...DEFAULT_TRAIN_PARTNER, epochs: 6 },
    folds: 2,
  });

  it('labels keys with and without a value', () => {
    let right = 0;
    let total = 0;
    for (const page of test) {
      const { labels } = predictSer(ser, page);
      page.segments.forEach((s, i) => {
        total++;
        if (labels[i] === s.label) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.9);
  });

  it("computes fine-tuning features from the model's own partner and first pass", () => {
    const extras = serExtrasFromModel(ser, test);
    expect(extras).toHaveLength(test.length);
    expect(extras[0]!.partner).toHaveLength(test[0]!.segments.length * 4);
    const batches = serBatches(test, config, 2, extras);
    expect(batches.reduce((n, b) => n + b.input.count, 0)).toBe(test.reduce((n, p) => n + p.segments.length, 0));
  });

  it('round-trips the partner and first-pass networks through a model directory', async () => {
    const re = trainRe(train, { ...DEFAULT_RE_CONFIG, ...small }, { epochs: 1, pagesPerBatch: 2, seed: 1 });
    const dir = await mkdtemp(join(tmpdir(), 'kie-stack-'));
    try {
      await saveKieModel(dir, {
        manifest: {
          schemaVersion: 1,
          name: 'test',
          version: '0',
          classes: config.classes,
          ser: { files: ['a.kiew', 'b.kiew'], partner: 'partner.kiew', firstPass: { files: ['first.kiew'] } },
          re: { file: 're.kiew' },
          trainingData: ['generated'],
          licence: 'none',
        },
        ser,
        re,
      });
      const loaded = await createKieModel(dir);
      for (const page of test) {
        const a = predictSer(ser, page).probabilities;
        const b = predictSer(loaded.ser, page).probabilities;
        // int8 embeddings: probabilities agree to about 1e-2.
        a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThan(0.05));
        expect(predictKie(loaded, page).labels).toHaveLength(page.segments.length);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
