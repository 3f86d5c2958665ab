import { describe, expect, it } from 'vitest';
import { createDataset } from '../core/document.js';
import { alteredDataset, EXPECTED } from '../../test/fixtures/altered.js';
import { syntheticDataset } from '../../test/fixtures/synthetic.js';
import { evaluateE2e } from './e2e-metrics.js';
import { evaluateOcr } from './ocr-metrics.js';
import { evaluateRe } from './re-metrics.js';
import { evaluateSer } from './ser-metrics.js';

/** Deep equality with floating-point tolerance. */
function close(expected: unknown): unknown {
  if (typeof expected === 'number') return expect.closeTo(expected, 12);
  if (expected && typeof expected === 'object') return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, close(v)]));
  return expected;
}

describe('metrics of a dataset against itself', () => {
  const gold = syntheticDataset();
  it('are all 1', () => {
    expect(evaluateSer(gold, gold).micro.hmean).toBe(1);
    expect(Object.values(evaluateSer(gold, gold).perClass).every((m) => m.hmean === 1)).toBe(true);
    expect(evaluateRe(gold, gold).hmean).toBe(1);
    expect(evaluateE2e(gold, gold)).toMatchObject({ hmean: { hmean: 1 }, characterAccuracy: 1, cer: 0 });
    expect(evaluateOcr(gold, gold)).toMatchObject({ detection: { hmean: 1 }, exactText: 1, cer: 0 });
  });
});

describe('metrics against a copy with known changes', () => {
  const gold = syntheticDataset();
  const pred = alteredDataset();
  it('SER', () => expect(evaluateSer(gold, pred)).toEqual(close(EXPECTED.ser)));
  it('RE', () => expect(evaluateRe(gold, pred)).toEqual(close(EXPECTED.re)));
  it('end-to-end', () => expect(evaluateE2e(gold, pred)).toEqual(close(EXPECTED.e2e)));
  it('OCR', () => expect(evaluateOcr(gold, pred)).toEqual(close(EXPECTED.ocr)));
});

describe('pairing', () => {
  const gold = syntheticDataset();
  it('counts a page missing from the predictions as missed, and extra pages as wrong', () => {
    const onlyA = createDataset([gold.documents[0]!]);
    // form-a has 5 foreground segments of 10.
    expect(evaluateSer(gold, onlyA).micro).toMatchObject({ tp: 5, gold: 10, pred: 5 });
    expect(evaluateSer(onlyA, gold).micro).toMatchObject({ tp: 5, gold: 5, pred: 10 });
    expect(evaluateE2e(gold, onlyA).hmean).toMatchObject({ tp: 5, gold: 10, pred: 5 });
  });

  it('pairs pages by image file name, whatever the folders', () => {
    const moved = createDataset(gold.documents.map((d) => ({ ...d, name: 'x', pages: d.pages.map((p) => ({ ...p, image: `other/dir/${p.image}` })) })));
    expect(evaluateSer(gold, moved).micro.hmean).toBe(1);
  });

  it('folds full-width characters unless told not to', () => {
    const wide = createDataset(gold.documents.map((d) => ({ ...d, pages: d.pages.map((p) => ({ ...p, segments: p.segments.map((s) => ({ ...s, text: s.text.replace(':', '：') })) })) })));
    expect(evaluateE2e(gold, wide).hmean.hmean).toBe(1);
    expect(evaluateE2e(gold, wide, { halfWidth: false }).hmean.hmean).toBeLessThan(1);
  });
});
