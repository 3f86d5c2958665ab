import { foldProbabilities, type ColumnFold } from '../models/rec/fold-columns.js';
import { KieError } from '../core/errors.js';
import { distance, type Quad } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import type { OcrChar } from '../core/ocr.js';
import { rotate180, resizeBilinear, warpQuad } from '../core/raster.js';
import type { DetConfig } from '../models/det/config.js';
import { postprocessDet, type DetectedBox } from '../models/det/postprocess.js';
import { preprocessDet } from '../models/det/preprocess.js';
import type { ClsConfig, RecConfig } from '../models/rec/config.js';
import { decodeCtc, type Charset } from '../models/rec/decode.js';
import { charsWithinLine, toLineFraction, type LineSpan } from '../models/rec/line-span.js';
import { headColumns, headProbabilities, patchProbabilities } from '../models/rec/rec-head.js';
import { batchByWidth, packCrops, recWidth } from '../models/rec/preprocess.js';
import { letterProbabilities, rereadWords, type FrameEvidence } from '../models/rec/lexicon-words.js';
import { rereadMarks } from '../models/rec/word-marks.js';
import { decideSpaces } from '../models/rec/space-model.js';
import { capitalIForSmallL } from '../models/rec/capital-i.js';
import { SPACE_WEIGHTS } from '../models/rec/space-weights.js';
import { DEFAULT_SPACE_RULE, findBlankGaps, insertSpacesAtGaps, spreadCharSpans, type BlankGap } from '../models/rec/spaces.js';
import type { ModelSession } from '../runtime/session.js';

/** Runs the DB detector on an image and returns boxes in its pixels. */
export async function detectText(session: ModelSession, image: RgbImage, config: DetConfig): Promise<DetectedBox[]> {
  const input = preprocessDet(image, config);
  const outputs = await session.run({ [session.inputNames[0]!]: input });
  const out = outputs[session.outputNames[0]!];
  if (!out) throw new Error('detector returned no output');
  const [, , h, w] = out.dims;
  return postprocessDet({ width: w!, height: h!, data: out.data }, image.width, image.height, config);
}

/** A text line prepared for recognition: its quad oriented as read, and its upright crop. */
export interface LineCrop {
  points: Quad;
  crop: RgbImage;
  /** Width of the real content in `crop` (before any padding to a minimum width). */
  contentWidth: number;
  /** Where the line itself lies in the crop, when `rec.padRight` widened it beyond the quad. */
  lineSpan?: LineSpan;
}

/**
 * Rectifies each quad into an upright crop of the recogniser's height. Quads
 * clearly taller than wide are read as vertical text: turned 90° so that the
 * crop runs along the text (PaddleOCR's rule, ratio 1.5).
 */
export function cropLines(image: RgbImage, quads: readonly Quad[], rec: RecConfig): LineCrop[] {
  return quads.map((quad) => {
    let q = quad;
    let w = Math.max(distance(q[0], q[1]), distance(q[3], q[2]));
    let h = Math.max(distance(q[0], q[3]), distance(q[1], q[2]));
    if (h >= 1.5 * w) {
      q = [q[1], q[2], q[3], q[0]];
      [w, h] = [h, w];
    }
    // With `padRight`, read a little past the line's end (a trailing comma often sits at the box's edge); the line keeps its own quad.
    const pad = rec.padRight * h;
    const width = recWidth(w + pad, h, rec);
    const crop = warpQuad(image, pad > 0 ? extendRight(q, pad / Math.max(1e-6, w)) : q, width, rec.height);
    return pad > 0 ? { points: q, crop, contentWidth: width, lineSpan: { start: 0, share: w / (w + pad) } } : { points: q, crop, contentWidth: width };
  });
}

/** The quad lengthened past its right edge by `share` of its top edge's length. */
function extendRight([tl, tr, br, bl]: Quad, share: number): Quad {
  const dx = (tr[0] - tl[0]) * share;
  const dy = (tr[1] - tl[1]) * share;
  return [tl, [tr[0] + dx, tr[1] + dy], [br[0] + dx, br[1] + dy], bl];
}

/**
 * Finds lines that are upside down with the direction classifier and turns them
 * (crop rotated 180°, quad corners re-ordered so the top-left is where reading starts).
 */
export async function orientLines(session: ModelSession, lines: LineCrop[], cls: ClsConfig): Promise<number> {
  let flipped = 0;
  for (let start = 0; start < lines.length; start += cls.batchSize) {
    const batch = lines.slice(start, start + cls.batchSize);
    const crops = batch.map(({ crop }) => {
      const w = Math.min(cls.width, Math.max(1, Math.ceil((cls.height * crop.width) / crop.height)));
      return resizeBilinear(crop, w, cls.height);
    });
    const input = packCrops(crops, cls.width);
    const outputs = await session.run({ [session.inputNames[0]!]: input });
    const out = outputs[session.outputNames[0]!];
    if (!out) throw new Error('classifier returned no output');
    batch.forEach((line, i) => {
      const p180 = out.data[i * 2 + 1]!;
      if (p180 > out.data[i * 2]! && p180 >= cls.thresh) {
        line.crop = rotate180(line.crop);
        const [tl, tr, br, bl] = line.points;
        line.points = [br, bl, tl, tr];
        // The extra room read past the line's end is now at the crop's front.
        if (line.lineSpan) line.lineSpan = { start: 1 - line.lineSpan.start - line.lineSpan.share, share: line.lineSpan.share };
        flipped++;
      }
    });
  }
  return flipped;
}

/** Recognised text of one line. */
export interface RecognisedText {
  readonly text: string;
  readonly score: number;
  readonly chars: readonly OcrChar[];
}

/** A line as decoded, before word spaces are decided: what spacing works from. */
export interface DecodedLine {
  /** Characters with spread spans (decoded spaces included). */
  readonly chars: readonly OcrChar[];
  readonly score: number;
  /** Space-class probability between neighbouring characters (see decodeCtc). */
  readonly spaceProbs: readonly number[];
  /** Blank gaps of the crop. */
  readonly gaps: readonly BlankGap[];
  /**
   * The frames behind `chars` (`chars[i]` is `evidence.runs[firstRun + i]`),
   * kept only when `rec.lexicon` will re-read words from them.
   */
  readonly evidence?: FrameEvidence & { readonly firstRun: number };
}

/** The text recogniser as the stages use it: its session, charset and (when exposed) its frame-feature output. */
export interface Recogniser {
  readonly session: ModelSession;
  readonly charset: Charset;
  /** Output name of the per-frame features that a trained head (`rec.head`) reads. */
  readonly features?: string;
  /** Classes read as one before decoding (full-width forms onto half-width ones, fold-columns.ts). */
  readonly folds?: readonly ColumnFold[];
}

/** Runs the recogniser on the crops in batches of similar width; calls `each` with every line's output rows. */
async function runRecogniser(
  recogniser: Recogniser,
  lines: readonly LineCrop[],
  rec: RecConfig,
  each: (lineIndex: number, frames: number, contentFrames: number, rows: (name: string) => { data: Float32Array; size: number }) => void,
): Promise<void> {
  const { session } = recogniser;
  const widths = lines.map((l) => Math.max(l.crop.width, rec.minWidth));
  for (const batch of batchByWidth(widths, rec.batchSize)) {
    const width = Math.max(...batch.map((i) => widths[i]!));
    const input = packCrops(
      batch.map((i) => lines[i]!.crop),
      width,
    );
    const outputs = await session.run({ [session.inputNames[0]!]: input });
    batch.forEach((lineIndex, b) => {
      const line = lines[lineIndex]!;
      const rows = (name: string): { data: Float32Array; size: number } => {
        const out = outputs[name];
        if (!out) throw new KieError('MODEL_INVALID', `recogniser returned no output ${name}`);
        const [, frames, size] = out.dims as [number, number, number];
        return { data: out.data.subarray(b * frames * size, (b + 1) * frames * size), size };
      };
      const frames = (outputs[session.outputNames[0]!]?.dims[1] as number | undefined) ?? 0;
      each(lineIndex, frames, Math.max(1, Math.min(frames, (line.contentWidth / width) * frames)), rows);
    });
  }
}

/**
 * Recognises the crops in batches of similar width and CTC-decodes them, without
 * deciding spaces. With `rec.head`, the trained head reads the recogniser's frame
 * features in place of its own output layer.
 */
export async function decodeLines(recogniser: Recogniser, lines: readonly LineCrop[], rec: RecConfig): Promise<DecodedLine[]> {
  const results: DecodedLine[] = new Array(lines.length);
  const { head } = rec;
  if (head && !recogniser.features) throw new KieError('MODEL_INVALID', 'this recogniser model does not expose frame features, so rec.head cannot be used with it');
  const columns = head ? headColumns(head, recogniser.charset.chars) : undefined;
  await runRecogniser(recogniser, lines, rec, (lineIndex, frames, contentFrames, rows) => {
    const line = lines[lineIndex]!;
    const out = rows(recogniser.session.outputNames[0]!);
    const { charset } = recogniser;
    if (out.size !== charset.chars.length) throw new KieError('MODEL_INVALID', `recogniser has ${out.size} classes but the dictionary gives ${charset.chars.length}`);
    let probs = out.data;
    if (head && columns) {
      const features = rows(recogniser.features!);
      if (features.size !== head.inputSize) throw new KieError('MODEL_INVALID', `rec.head reads ${head.inputSize} features per frame, the recogniser gives ${features.size}`);
      // The head re-reads its own classes; spaces (which the space model was fitted to) and other scripts stay the recogniser's.
      probs = patchProbabilities(out.data, frames, out.size, headProbabilities(head, features.data, frames), columns);
    }
    if (recogniser.folds && recogniser.folds.length > 0) probs = foldProbabilities(probs, frames, out.size, recogniser.folds);
    const decoded = decodeCtc(probs, frames, out.size, charset, contentFrames);
    const span = line.lineSpan;
    const { chars, spaceProbs, first } = span ? charsWithinLine(decoded.chars, decoded.spaceProbs, span) : { ...decoded, first: 0 };
    const gaps = findBlankGaps(line.crop, line.contentWidth);
    results[lineIndex] = {
      chars: spreadCharSpans(chars),
      score: decoded.score,
      spaceProbs,
      gaps: span ? gaps.map((g) => ({ ...g, start: toLineFraction(g.start, span), end: toLineFraction(g.end, span) })) : gaps,
      ...(rec.lexicon ? { evidence: { letters: letterProbabilities(probs, frames, out.size, charset.chars), frames, runs: decoded.runs, firstRun: first } } : {}),
    };
  });
  return results;
}

/**
 * The recogniser's frame features of each crop (`frames × size`, the frames that
 * cover the crop's content): what a head is trained on.
 */
export async function lineFeatures(recogniser: Recogniser, lines: readonly LineCrop[], rec: RecConfig): Promise<Array<{ features: Float32Array; frames: number }>> {
  if (!recogniser.features) throw new KieError('MODEL_INVALID', 'this recogniser model does not expose frame features');
  const out: Array<{ features: Float32Array; frames: number }> = new Array(lines.length);
  await runRecogniser(recogniser, lines, rec, (lineIndex, _frames, contentFrames, rows) => {
    const { data, size } = rows(recogniser.features!);
    const frames = Math.ceil(contentFrames);
    out[lineIndex] = { features: data.slice(0, frames * size), frames };
  });
  return out;
}

/**
 * Recognises the crops and decides the word spaces between Latin characters:
 * with the learned space model (`rec.spaces: 'model'`, the default), from the
 * recogniser's space probabilities and the crop's blank gaps; or (`'gaps'`) at
 * wide blank gaps only; or (`'decoded'`) as greedy decoding gave them.
 */
export async function recognizeLines(recogniser: Recogniser, lines: readonly LineCrop[], rec: RecConfig): Promise<RecognisedText[]> {
  const decoded = await decodeLines(recogniser, lines, rec);
  return decoded.map((line) => {
    let chars: readonly OcrChar[] = line.chars;
    if (rec.spaces === 'model') chars = decideSpaces(chars, line.spaceProbs, line.gaps, SPACE_WEIGHTS);
    else if (rec.spaces === 'gaps') chars = insertSpacesAtGaps(chars, line.gaps, { ...DEFAULT_SPACE_RULE, minGap: rec.spaceGap });
    // Words and their marks are re-read once spaced: a word is what the lexicon knows.
    if (rec.lexicon && line.evidence) {
      const { evidence } = line;
      const runIndex = new Map(line.chars.map((c, i) => [c, evidence.firstRun + i]));
      const runOf = (c: OcrChar): number | undefined => runIndex.get(c);
      // Marks first: their counts are of tokens as printed, and a re-read word's letters have no frames of their own.
      if (rec.lexicon.marks) chars = rereadMarks(chars, runOf, evidence, rec.lexicon.marks);
      chars = rereadWords(chars, runOf, evidence, rec.lexicon);
    }
    // A word-initial `l` that only a capital `I` can be (`lstanbul`, `lnvoice`): one glyph in sans-serif print.
    chars = capitalIForSmallL(chars);
    return { text: chars.map((c) => c.text).join(''), score: line.score, chars };
  });
}
