/**
 * `kie train --task rec`: fits a recogniser head to the print of a user's own
 * documents. Each page is read by kie's OCR; its lines are paired with the
 * dataset's transcribed lines (rec-head-data.ts) and the head learns from the
 * pairs (train-rec-head.ts). The validation documents are scored by character
 * error rate before and after.
 */
import { readFile } from 'node:fs/promises';
import type { Dataset, KieDocument, Page } from '../core/document.js';
import type { RgbImage } from '../core/image.js';
import { KieError } from '../core/errors.js';
import { editDistance, spacelessUpper } from '../core/text.js';
import { loadImage } from '../io/image.js';
import { DEFAULT_REC_CONFIG, type RecConfig } from '../models/rec/config.js';
import { decodeCtc, parseCharset } from '../models/rec/decode.js';
import { headProbabilities, type RecHead } from '../models/rec/rec-head.js';
import { createOcr, createRecogniser } from '../pipeline/ocr.js';
import type { Recogniser } from '../pipeline/ocr-stages.js';
import { defaultOcrModelPaths } from '../runtime/model-paths.js';
import { headLinesFromPage, startingHead, type TextLine } from './rec-head-data.js';
import { DEFAULT_HEAD_TRAINING, headTarget, trainRecHead, type HeadLine, type HeadTrainOptions } from './train-rec-head.js';

export interface RecTaskOptions {
  readonly train: Dataset;
  readonly val: Dataset;
  /** The recogniser settings pages are read with (a model's `ocr.rec`), without a head. */
  readonly rec?: Partial<Omit<RecConfig, 'head'>>;
  /** Head to start from (a model's own); default: the shipped layer restricted to Latin characters. */
  readonly start?: RecHead;
  readonly training?: Partial<HeadTrainOptions>;
  readonly threads?: number;
  /** Progress lines. */
  readonly log?: (line: string) => void;
  /**
   * kie's reading of a page, when the caller has it already (e.g. cached);
   * default: the page's image read by kie's OCR with `rec`.
   */
  readonly readPage?: (doc: KieDocument, page: Page, image: RgbImage) => Promise<readonly TextLine[]>;
}

export interface RecTaskResult {
  readonly head: RecHead;
  /** Training lines used. */
  readonly lines: number;
  /** Character error rate on the validation lines (spaces and case aside), before and after. */
  readonly val: { readonly lines: number; readonly before: number; readonly after: number };
  readonly seconds: number;
}

/** Reads every page that has an image and pairs its OCR lines with the page's transcriptions. */
async function collectLines(dataset: Dataset, recogniser: Recogniser, rec: RecConfig, readPage: NonNullable<RecTaskOptions['readPage']>): Promise<HeadLine[]> {
  const lines: HeadLine[] = [];
  for (const doc of dataset.documents) {
    for (const page of doc.pages) {
      if (!page.imagePath) continue;
      const image = await loadImage(page.imagePath);
      lines.push(...(await headLinesFromPage(recogniser, image, await readPage(doc, page, image), page.segments, rec)));
    }
  }
  return lines;
}

/** Greedy reading of a line by `head`, as compared for the character error rate. */
function readWith(head: RecHead, line: HeadLine): string {
  const probs = headProbabilities(head, line.features, line.frames);
  return decodeCtc(probs, line.frames, head.chars.length, { chars: head.chars }).text;
}

/** Character error rate of `head` on `lines`, spaces and case aside. */
export function headErrorRate(head: RecHead, lines: readonly HeadLine[]): number {
  let edits = 0;
  let chars = 0;
  for (const line of lines) {
    const target = spacelessUpper(line.text);
    edits += editDistance(spacelessUpper(readWith(head, line)), target);
    chars += target.length;
  }
  return chars > 0 ? edits / chars : 0;
}

/**
 * Trains a recogniser head on the transcribed lines of `train` (pages need their
 * images) and scores it on `val`.
 */
export async function trainRecTask(options: RecTaskOptions): Promise<RecTaskResult> {
  const t0 = performance.now();
  const log = options.log ?? (() => undefined);
  const threads = options.threads ?? 2;
  const paths = defaultOcrModelPaths();
  const charset = parseCharset(await readFile(paths.dict, 'utf8'));
  const rec: RecConfig = { ...DEFAULT_REC_CONFIG, ...options.rec };
  const recogniser = await createRecogniser(paths.rec, charset, threads);
  const ocr = options.readPage ? undefined : await createOcr({ threads, rec });
  const readPage = options.readPage ?? (async (_doc: KieDocument, _page: Page, image: RgbImage) => (await ocr!.recognize(image)).lines);
  let train: HeadLine[];
  let val: HeadLine[];
  try {
    train = await collectLines(options.train, recogniser, rec, readPage);
    val = await collectLines(options.val, recogniser, rec, readPage);
  } finally {
    await Promise.all([recogniser.session.release(), ocr?.release()]);
  }
  if (train.length === 0) {
    throw new KieError(
      'INVALID_ARGUMENT',
      'no training lines: kie train --task rec needs pages with their images and transcribed lines that kie\'s OCR finds (box overlap ≥ 0.5, text within 30% edits)',
    );
  }
  const start = options.start ?? (await startingHead(paths.rec, charset.chars));
  // Only lines the head can write are scored (a Latin head on a Chinese line says nothing of the head).
  val = val.filter((line) => headTarget(start, line.text, true) !== undefined);
  log(`recogniser head: ${train.length} training lines, ${val.length} validation lines`);
  const { head, used } = trainRecHead(start, train, {
    ...DEFAULT_HEAD_TRAINING,
    ...options.training,
    onEpoch: (epoch, loss) => log(`epoch ${epoch}  CTC loss ${loss.toFixed(4)} per line  ${((performance.now() - t0) / 1000).toFixed(1)} s`),
  });
  return {
    head,
    lines: used,
    val: { lines: val.length, before: headErrorRate(start, val), after: headErrorRate(head, val) },
    seconds: (performance.now() - t0) / 1000,
  };
}
