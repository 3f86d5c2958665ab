/**
 * Generated folders of form images for the label app tests: white PNGs with dark
 * bars where text would be, and a fake predictor that "reads" those bars.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Segment } from '../../src/core/document.js';
import type { Predictor } from '../../src/server/label/predictor.js';

export const FORM_WIDTH = 400;
export const FORM_HEIGHT = 240;

/** Dark bars: a question on the left and its answer on the right, per row. */
export const BARS: ReadonlyArray<readonly [number, number, number, number]> = [
  [40, 40, 140, 60],
  [200, 40, 340, 60],
  [40, 100, 140, 120],
  [200, 100, 320, 120],
];

/** A form-like PNG. */
export async function formPng(): Promise<Buffer> {
  const bars = BARS.map(([x0, y0, x1, y1]) => ({
    input: { create: { width: x1 - x0, height: y1 - y0, channels: 3 as const, background: '#222222' } },
    left: x0,
    top: y0,
  }));
  return sharp({ create: { width: FORM_WIDTH, height: FORM_HEIGHT, channels: 3, background: '#ffffff' } })
    .composite(bars)
    .png()
    .toBuffer();
}

/** A fresh folder with `names` form images. */
export async function imageFolder(names: readonly string[] = ['form-1.png', 'form-2.png', 'form-3.png']): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kie-label-'));
  const png = await formPng();
  for (const name of names) await writeFile(join(dir, name), png);
  return dir;
}

/** A predictor that returns the bars as `other` lines, counting its calls. */
export function fakePredictor(delayMs = 0): Predictor & { calls: string[] } {
  const calls: string[] = [];
  return {
    name: 'fake',
    calls,
    async predict(imagePath) {
      calls.push(imagePath);
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const segments: Segment[] = BARS.map(([x0, y0, x1, y1], id) => ({
        id,
        points: [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
        ],
        shape: { kind: 'rectangle' },
        text: `text ${id}`,
        label: 'other',
        links: [],
        difficult: false,
        confidence: 0.9,
      }));
      return { width: FORM_WIDTH, height: FORM_HEIGHT, segments };
    },
    async recognize() {
      return { text: 'read again', score: 0.8 };
    },
    async release() {},
  };
}
