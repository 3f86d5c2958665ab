/**
 * tesseract.js as the side-by-side reference of the OCR benchmark, run fully
 * offline from the `@tesseract.js-data/eng` package.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import type { Segment } from '../src/core/document.js';
import { boxToQuad } from '../src/core/geometry.js';

export async function createTesseract(): Promise<Worker> {
  const require = createRequire(import.meta.url);
  const dataDir = dirname(require.resolve('@tesseract.js-data/eng/package.json'));
  return createWorker('eng', OEM.LSTM_ONLY, {
    langPath: join(dataDir, '4.0.0_best_int'),
    gzip: true,
    cacheMethod: 'none',
  });
}

/** Tesseract's text lines of an image as predicted segments. */
export async function tesseractLines(worker: Worker, image: string): Promise<Segment[]> {
  const { data } = await worker.recognize(image, {}, { blocks: true });
  const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  return lines
    .filter((l) => l.text.trim() !== '')
    .map((l, id) => ({
      id,
      points: boxToQuad(l.bbox),
      shape: { kind: 'rectangle' },
      text: l.text.trim(),
      label: 'other',
      links: [],
      difficult: false,
      confidence: l.confidence / 100,
    }));
}
