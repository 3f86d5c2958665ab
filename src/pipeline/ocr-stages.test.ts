import { describe, expect, it } from 'vitest';
import type { Quad } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import { DEFAULT_REC_CONFIG } from '../models/rec/config.js';
import { cropLines } from './ocr-stages.js';

const image: RgbImage = { width: 400, height: 100, data: new Uint8Array(400 * 100 * 3).fill(255) };
const quad: Quad = [[10, 20], [210, 20], [210, 60], [10, 60]];

describe('cropLines', () => {
  it('crops a line to the recogniser height, its width following the aspect ratio', () => {
    const [line] = cropLines(image, [quad], DEFAULT_REC_CONFIG);
    expect(line!.crop.height).toBe(48);
    expect(line!.contentWidth).toBe(240);
    expect(line!.lineSpan).toBeUndefined();
  });
  it('reads past the line end with padRight but reports the line\'s own quad and its share of the crop', () => {
    const [line] = cropLines(image, [quad], { ...DEFAULT_REC_CONFIG, padRight: 0.5 });
    expect(line!.points).toEqual(quad);
    expect(line!.lineSpan!.start).toBe(0);
    expect(line!.lineSpan!.share).toBeCloseTo(200 / 220);
    expect(line!.contentWidth).toBe(264);
  });
  it('turns boxes much taller than wide to read vertical text', () => {
    const tall: Quad = [[10, 10], [40, 10], [40, 90], [10, 90]];
    const [line] = cropLines(image, [tall], DEFAULT_REC_CONFIG);
    expect(line!.points[0]).toEqual([40, 10]);
  });
});
