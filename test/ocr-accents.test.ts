/**
 * Accent marks in the real OCR pipeline (src/pipeline/accents.ts): a rendered
 * receipt's `BOGOTÁ` and `PĀRTIKA`, which the recogniser reads without their
 * marks, come back with them when the OCR reads with a lexicon (the receipts
 * model's), and stay as read without one or with `accents: false`.
 */
import { join } from 'node:path';
import { Canvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RgbImage } from '../src/core/image.js';
import type { Lexicon } from '../src/core/lexicon.js';
import type { OcrPage } from '../src/core/ocr.js';
import { ensureFont } from '../src/io/render.js';
import { createKieModel } from '../src/models/kie/kie-model.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';

/** A receipt's head in the bundled font, 24 px capitals, as the world receipts bench draws them. */
function receipt(lines: readonly string[]): RgbImage {
  const [width, height] = [520, 60 + 40 * lines.length];
  const canvas = new Canvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f6f3ec';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1d1d24';
  ctx.font = `24px ${ensureFont()}`;
  ctx.textBaseline = 'top';
  lines.forEach((text, i) => ctx.fillText(text, 40, 30 + 40 * i));
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) for (let k = 0; k < 3; k++) data[i * 3 + k] = rgba[i * 4 + k]!;
  return { width, height, data };
}

const PRINTED = ['SIA LATGALES PĀRTIKA', 'CRA. 7 # 45-12 LOCAL 3', 'BOGOTÁ D.C.', 'TOTAL 12.50'];
const textOf = (page: OcrPage): string => page.lines.map((l) => l.text).join('\n');
let ocr: OcrEngine;
let plainOcr: OcrEngine;
let lexicon: Lexicon;
const image = receipt(PRINTED);

beforeAll(async () => {
  ocr = await createOcr({ threads: 1 });
  plainOcr = await createOcr({ threads: 1, accents: false });
  lexicon = (await createKieModel(join(import.meta.dirname, '..', 'models', 'receipts'))).lexicon!;
});
afterAll(async () => {
  await ocr?.release();
  await plainOcr?.release();
});

describe('accent marks in the OCR', () => {
  it('reads the marks the recogniser drops when it reads with a lexicon', async () => {
    const read = textOf(await ocr.recognize(image, { rec: { lexicon } }));
    expect(read).toContain('PĀRTIKA');
    expect(read).toContain('BOGOTÁ');
    expect(read).toContain('TOTAL 12.50');
  });

  it('leaves them out without a lexicon, and with accents: false', async () => {
    const bare = textOf(await ocr.recognize(image));
    expect(bare).toContain('PARTIKA');
    expect(bare).toContain('BOGOTA');
    expect(textOf(await plainOcr.recognize(image, { rec: { lexicon } }))).toContain('BOGOTA');
  });
});
