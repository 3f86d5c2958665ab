/**
 * The receipts model's recogniser head: the shipped PP-OCRv4 output layer,
 * restricted to Latin characters and fine-tuned on the train receipts' lines
 * (kie's OCR crops, the dataset's transcriptions as targets; docs/receipts.md).
 */
import { createDataset, type KieDocument } from '../../src/core/document.js';
import type { RecConfig } from '../../src/models/rec/config.js';
import type { RecHead } from '../../src/models/rec/rec-head.js';
import type { HeadTrainOptions } from '../../src/train/train-rec-head.js';
import { trainRecTask } from '../../src/train/train-rec-task.js';

/** Training settings of the head (docs/receipts.md: chosen on train receipts 351–400 held out). */
export const RECEIPTS_HEAD_TRAINING: Partial<HeadTrainOptions> = Object.freeze({ epochs: 4, learningRate: 1e-3, anchor: 1e-3, seed: 1 });

/**
 * Trains the head on `transcribed` receipts (dataset lines) and `read` (the
 * same receipts as kie read them with `rec` settings, cached).
 */
export async function trainReceiptsHead(
  transcribed: readonly KieDocument[],
  read: readonly KieDocument[],
  rec: Partial<RecConfig>,
  log: (line: string) => void = console.log,
): Promise<{ head: RecHead; lines: number }> {
  const byName = new Map(read.map((d) => [d.name, d]));
  const { head, lines } = await trainRecTask({
    train: createDataset(transcribed),
    val: createDataset([]),
    rec,
    training: RECEIPTS_HEAD_TRAINING,
    log: (line) => log(`  ${line}`),
    readPage: async (doc) => byName.get(doc.name)?.pages[0]?.segments ?? [],
  });
  return { head, lines };
}
