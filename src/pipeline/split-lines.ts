/**
 * Line splitting for end-to-end extraction: kie's OCR often reads a key and its
 * value as one line (`姓名:夏艳辰`) where datasets and users expect two entities.
 * A small learned model picks the cut points from the characters and their
 * positions along the line; this module cuts the line's text and box there.
 */
import { join } from 'node:path';
import { subQuad } from '../core/geometry.js';
import { exists } from '../io/formats/files.js';
import type { OcrChar, OcrLine } from '../core/ocr.js';
import { loadSplitModel } from '../models/split/model-file.js';
import { predictSplits, type SplitModel } from '../models/split/predict.js';
import { createLineMerger } from './merge-lines.js';
import { PACKAGE_MODELS_DIR } from './model-resolve.js';

/** Splits OCR lines into entity-sized pieces (e.g. `姓名:张伟` → `姓名:`, `张伟`). */
export type LineSplitter = (lines: readonly OcrLine[]) => OcrLine[];

/** The shipped line-split model, trained by `npm run train:split`. */
export const DEFAULT_SPLIT_MODEL = join(PACKAGE_MODELS_DIR, 'line-split', 'line-split.kiew');

/**
 * Cuts a line before each character index in `cuts` (ascending, within
 * `1..chars.length - 1`). Each piece keeps its characters (positions re-based to
 * the piece) and gets the part of the line's quad they cover: the outer edges stay
 * the line's, inner edges sit half a character beyond the recogniser's character
 * positions (CTC places a character's peak inside the glyph, not at its edges),
 * never past the middle of the gap. Pieces with no visible character are dropped.
 *
 * @example
 * cutLine(line, [3]) // `姓名:张伟` → [`姓名:`, `张伟`]
 */
export function cutLine(line: OcrLine, cuts: readonly number[]): OcrLine[] {
  const chars = line.chars;
  if (cuts.length === 0 || chars.length < 2) return [line];
  const bounds = [0, ...cuts.filter((k) => k > 0 && k < chars.length), chars.length];
  const span = (chars[chars.length - 1]!.end - chars[0]!.start) / Math.max(1, chars.length - 1);
  const half = Math.max(0, span) / 2;
  const pieces: OcrLine[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const a = bounds[p]!;
    const b = bounds[p + 1]!;
    const own = chars.slice(a, b);
    const text = own.map((c) => c.text).join('').trim();
    if (text === '') continue;
    const start = a === 0 ? 0 : Math.max((chars[a - 1]!.end + chars[a]!.start) / 2, chars[a]!.start - half);
    const end = b === chars.length ? 1 : Math.min((chars[b - 1]!.end + chars[b]!.start) / 2, chars[b - 1]!.end + half);
    const width = Math.max(1e-6, end - start);
    const rebased = own.map((c): OcrChar => ({ ...c, start: (c.start - start) / width, end: (c.end - start) / width }));
    const score = own.reduce((s, c) => s + c.score, 0) / own.length;
    pieces.push({ points: subQuad(line.points, start, end), text, score, detScore: line.detScore, chars: rebased });
  }
  return pieces.length > 0 ? pieces : [line];
}

/**
 * A {@link LineSplitter} over a split model: each line is cut where the model's
 * split probability reaches `threshold` (default: the model's own).
 */
export function createLineSplitter(model: SplitModel, threshold = model.config.threshold): LineSplitter {
  return (lines) => lines.flatMap((line) => cutLine(line, predictSplits(model, line, threshold)));
}

/** The shipped line-merge model (`npm run train:split`), applied before splitting when installed. */
export const DEFAULT_MERGE_MODEL = join(PACKAGE_MODELS_DIR, 'line-split', 'line-merge.kiew');

/**
 * The line segmentation pass of a split model file (default: the shipped one),
 * or undefined when the default model is not installed; a named file that is
 * missing is an error. With the default, the shipped line-merge model (when
 * installed) first joins lines the detector cut apart, then the splitter cuts
 * keys from values: on XFUND-zh val that took end-to-end Hmean from 62.1
 * (split only) to 64.9 (docs/extract.md).
 */
export async function loadLineSplitter(file?: string): Promise<LineSplitter | undefined> {
  const path = file ?? DEFAULT_SPLIT_MODEL;
  if (file === undefined && !(await exists(path))) return undefined;
  const split = createLineSplitter(await loadSplitModel(path));
  if (file !== undefined || !(await exists(DEFAULT_MERGE_MODEL))) return split;
  const merge = createLineMerger(await loadSplitModel(DEFAULT_MERGE_MODEL, 'line-merge'));
  return (lines) => split(merge(lines));
}
