import { describe, expect, it } from 'vitest';
import { computeLayout } from '../kie/layout.js';
import { forwardNetwork, softmaxRows } from '../kie/network.js';
import type { KiePage, KieSegment } from '../kie/page.js';
import { initNetworkParams } from '../../train/fit.js';
import { createRandom } from '../../train/random.js';
import { DEFAULT_RE_CONFIG } from './config.js';
import { RE_DENSE_SIZE, reFactoredFeatures, reFeatures, rePairs } from './features.js';
import { scorePairs } from './predict.js';

const seg = (id: number, text: string, x0: number, y0: number): KieSegment => ({
  id,
  text,
  points: [
    [x0, y0],
    [x0 + 80, y0],
    [x0 + 80, y0 + 20],
    [x0, y0 + 20],
  ],
});

describe('factored RE features', () => {
  const page: KiePage = {
    width: 400,
    height: 400,
    segments: [seg(0, 'Name:', 0, 0), seg(1, 'Ada', 100, 0), seg(2, 'Date:', 0, 40), seg(3, '2024-01-02', 100, 40)],
  };
  const labels = ['question', 'answer', 'question', 'answer'];
  const config = { ...DEFAULT_RE_CONFIG, buckets: 512, hidden: 8, hidden2: 4 };
  const layout = computeLayout(page);
  const pairs = rePairs(labels, layout, config);
  const shape = { buckets: 512, dense: RE_DENSE_SIZE, hidden: 8, context: 0, hidden2: 4, classes: 2 };
  const params = initNetworkParams(shape, createRandom(1), new Float32Array(0), 0.5);

  it('scores pairs as the unfactored rows do', () => {
    const full = softmaxRows(forwardNetwork(params, reFeatures(page, layout, pairs, config)).logits, 2);
    const factored = scorePairs(params, reFactoredFeatures(page, layout, pairs, config), pairs);
    expect(pairs).toHaveLength(4);
    pairs.forEach((_, i) => expect(factored[i]!).toBeCloseTo(full[2 * i + 1]!, 5));
  });
});
