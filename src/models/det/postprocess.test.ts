import { describe, expect, it } from 'vitest';
import { boundingBox, quadAngle, quadSize } from '../../core/geometry.js';
import type { FloatMap } from '../../core/image.js';
import { DEFAULT_DET_CONFIG } from './config.js';
import { findComponents, postprocessDet } from './postprocess.js';
import { detInputSize } from './preprocess.js';

/** A map with `value` inside each (optionally rotated) rectangle and 0 elsewhere. */
function syntheticMap(
  width: number,
  height: number,
  rects: ReadonlyArray<{ cx: number; cy: number; w: number; h: number; angle?: number; value?: number }>,
): FloatMap {
  const data = new Float32Array(width * height);
  for (const r of rects) {
    const rad = ((r.angle ?? 0) * Math.PI) / 180;
    const cos = Math.cos(rad);
    const sin = Math.sin(rad);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const dx = x - r.cx;
        const dy = y - r.cy;
        const u = dx * cos + dy * sin;
        const v = -dx * sin + dy * cos;
        if (Math.abs(u) <= r.w / 2 && Math.abs(v) <= r.h / 2) data[y * width + x] = r.value ?? 0.9;
      }
    }
  }
  return { width, height, data };
}

describe('findComponents', () => {
  it('separates blobs and averages their probabilities', () => {
    const map = syntheticMap(40, 20, [
      { cx: 8, cy: 8, w: 8, h: 4, value: 0.8 },
      { cx: 30, cy: 8, w: 6, h: 4, value: 0.5 },
    ]);
    const comps = findComponents(map, 0.3).sort((a, b) => b.size - a.size);
    expect(comps).toHaveLength(2);
    expect(comps[0]!.score).toBeCloseTo(0.8, 5);
    expect(comps[1]!.score).toBeCloseTo(0.5, 5);
  });
});

describe('postprocessDet', () => {
  const config = DEFAULT_DET_CONFIG;

  it('turns each text kernel into a grown box in original-image pixels', () => {
    const map = syntheticMap(100, 50, [{ cx: 30, cy: 20, w: 40, h: 8 }]);
    const boxes = postprocessDet(map, 200, 100, config);
    expect(boxes).toHaveLength(1);
    const box = boundingBox(boxes[0]!.points);
    // Kernel 41x9 px (x 10..50, y 16..24) → unclip by area*1.5/perimeter ≈ 5.5 px each side, then ×2.
    expect(box.x0).toBeGreaterThan(2 * (10 - 7));
    expect(box.x0).toBeLessThan(2 * 10);
    expect(box.x1).toBeGreaterThan(2 * 50);
    expect(box.x1).toBeLessThan(2 * (50 + 8));
    expect(box.y1 - box.y0).toBeGreaterThan(2 * 9);
    expect(boxes[0]!.score).toBeCloseTo(0.9, 5);
  });

  it('keeps the angle of a rotated line', () => {
    const map = syntheticMap(120, 80, [{ cx: 60, cy: 40, w: 80, h: 10, angle: 12 }]);
    const [box] = postprocessDet(map, 120, 80, config);
    expect(box).toBeDefined();
    expect(quadAngle(box!.points)).toBeCloseTo(12, 0);
    expect(quadSize(box!.points).width).toBeGreaterThan(80);
  });

  it('drops components under the box threshold and specks under the minimum size', () => {
    const map = syntheticMap(100, 50, [
      { cx: 30, cy: 20, w: 40, h: 8, value: 0.45 },
      { cx: 80, cy: 40, w: 1, h: 1 },
    ]);
    expect(postprocessDet(map, 100, 50, config)).toHaveLength(0);
  });

  it('caps the number of candidates, largest first', () => {
    const rects = Array.from({ length: 5 }, (_, i) => ({ cx: 10 + i * 20, cy: 10, w: 6 + i * 2, h: 6 }));
    const boxes = postprocessDet(syntheticMap(110, 20, rects), 110, 20, { ...config, maxCandidates: 2 });
    expect(boxes).toHaveLength(2);
    expect(boundingBox(boxes[0]!.points).x0).toBeGreaterThan(80);
  });
});

describe('detInputSize', () => {
  it.each([
    { w: 2480, h: 3508, limit: 1280, out: { width: 896, height: 1280 } },
    { w: 754, h: 1000, limit: 1280, out: { width: 768, height: 992 } },
    { w: 10, h: 10, limit: 960, out: { width: 32, height: 32 } },
  ])('$w x $h at $limit', ({ w, h, limit, out }) => expect(detInputSize(w, h, limit)).toEqual(out));
});
