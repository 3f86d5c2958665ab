/**
 * The receipts model's recogniser head: the shipped PP-OCRv4 output layer,
 * restricted to Latin characters and fine-tuned on the train receipts' lines
 * (kie's OCR crops, the dataset's transcriptions as targets; docs/receipts.md).
 */
import { readFile } from 'node:fs/promises';
import type { KieDocument } from '../../src/core/document.js';
import { loadImage } from '../../src/io/image.js';
import { DEFAULT_REC_CONFIG, type RecConfig } from '../../src/models/rec/config.js';
import { parseCharset } from '../../src/models/rec/decode.js';
import type { RecHead } from '../../src/models/rec/rec-head.js';
import { createRecogniser } from '../../src/pipeline/ocr.js';
import { headLinesFromPage, startingHead } from '../../src/train/rec-head-data.js';
import { trainRecHead, type HeadLine, type HeadTrainOptions } from '../../src/train/train-rec-head.js';
import { defaultOcrModelPaths } from '../../src/runtime/model-paths.js';

/** Training settings of the shipped head (docs/receipts.md: chosen on train receipts 351–400 held out). */
export const RECEIPTS_HEAD_TRAINING: Partial<HeadTrainOptions> = Object.freeze({ epochs: 4, learningRate: 1e-3, anchor: 1e-3, seed: 1 });

/**
 * Trains the head on `transcribed` receipts (dataset lines) and `read` (the
 * same receipts as kie read them with `rec` settings, in the same order).
 */
export async function trainReceiptsHead(
  transcribed: readonly KieDocument[],
  read: readonly KieDocument[],
  rec: Partial<RecConfig>,
  log: (line: string) => void = console.log,
): Promise<{ head: RecHead; lines: number }> {
  const paths = defaultOcrModelPaths();
  const charset = parseCharset(await readFile(paths.dict, 'utf8'));
  const recogniser = await createRecogniser(paths.rec, charset, 2);
  const config = { ...DEFAULT_REC_CONFIG, ...rec };
  const lines: HeadLine[] = [];
  try {
    const byName = new Map(read.map((d) => [d.name, d]));
    for (const [n, doc] of transcribed.entries()) {
      const page = doc.pages[0];
      const readPage = byName.get(doc.name)?.pages[0];
      if (!page?.imagePath || !readPage) continue;
      const image = await loadImage(page.imagePath);
      lines.push(...(await headLinesFromPage(recogniser, image, readPage.segments, page.segments, config)));
      if ((n + 1) % 100 === 0) log(`  head lines: ${n + 1}/${transcribed.length} receipts, ${lines.length} lines`);
    }
  } finally {
    await recogniser.session.release();
  }
  const start = await startingHead(paths.rec, charset.chars);
  const { head, used } = trainRecHead(start, lines, {
    ...RECEIPTS_HEAD_TRAINING,
    onEpoch: (epoch, loss) => log(`  head epoch ${epoch}: CTC loss ${loss.toFixed(3)} per line`),
  });
  return { head, lines: used };
}
