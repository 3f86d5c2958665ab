/**
 * Training lines for a recogniser head (train-rec-head.ts): kie's OCR lines of a
 * page paired with transcribed lines of the same page (a dataset's, or a user's
 * corrected ones), and the head to start from.
 */
import { readFile } from 'node:fs/promises';
import { KieError } from '../core/errors.js';
import type { Polygon, Quad } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import { editDistance, spacelessUpper } from '../core/text.js';
import { matchByIou } from '../eval/match.js';
import type { RecConfig } from '../models/rec/config.js';
import { restrictHead, type RecHead } from '../models/rec/rec-head.js';
import { cropLines, lineFeatures, type Recogniser } from '../pipeline/ocr-stages.js';
import { findCtcOutputLayer, readFloatInitializer } from '../runtime/onnx-graph.js';
import type { HeadLine } from './train-rec-head.js';

/** A line with its quad and text: one of kie's OCR lines or a transcribed line. */
export interface TextLine {
  readonly points: Polygon;
  readonly text: string;
}


/**
 * Pairs each OCR line of a page with the transcribed line it overlaps (box IoU
 * ≥ 0.5) and keeps the pairs whose texts are within `maxDistance` character
 * edits per character (spaces and case aside): a pair further apart is more
 * likely two different extents of text than a misreading. Returns the
 * recogniser's features of each kept line's crop with the transcription as its
 * target.
 */
export async function headLinesFromPage(
  recogniser: Recogniser,
  image: RgbImage,
  read: readonly TextLine[],
  transcribed: readonly TextLine[],
  rec: RecConfig,
  maxDistance = 0.3,
): Promise<HeadLine[]> {
  const { matches } = matchByIou(
    transcribed.map((l) => l.points),
    read.map((l) => l.points),
  );
  const kept = matches.filter((m) => {
    const target = spacelessUpper(transcribed[m.gold]!.text);
    return target.length > 0 && editDistance(spacelessUpper(read[m.pred]!.text), target) <= maxDistance * target.length;
  });
  if (kept.length === 0) return [];
  const crops = cropLines(
    image,
    kept.map((m) => read[m.pred]!.points as Quad),
    rec,
  );
  const features = await lineFeatures(recogniser, crops, rec);
  return kept.map((m, i) => ({ ...features[i]!, text: transcribed[m.gold]!.text }));
}

/**
 * The recogniser's own output layer restricted to Latin characters: where
 * head training starts. `MODEL_INVALID` when the model does not end in the CTC
 * output layer of PP-OCR recognisers.
 */
export async function startingHead(recPath: string, charset: readonly string[]): Promise<RecHead> {
  const model = new Uint8Array(await readFile(recPath));
  const layer = findCtcOutputLayer(model, recPath);
  if (!layer) throw new KieError('MODEL_INVALID', `${recPath} does not end in a MatMul, Add, Softmax output layer, so no head can be trained for it`);
  const weights = readFloatInitializer(model, layer.weights, recPath);
  const bias = readFloatInitializer(model, layer.bias, recPath);
  return restrictHead(charset, weights.data, bias.data);
}
