import type { OcrChar } from '../../core/ocr.js';

/** The recogniser's alphabet: index 0 is the CTC blank, then the dictionary, then space. */
export interface Charset {
  readonly chars: readonly string[];
}

/**
 * Builds the CTC alphabet from a PaddleOCR dictionary file's text (one character
 * per line): blank first, the dictionary, and a trailing space (`use_space_char`).
 */
export function parseCharset(dictText: string): Charset {
  const lines = dictText.split(/\r?\n/u);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { chars: ['', ...lines, ' '] };
}

export interface CtcResult {
  readonly text: string;
  /** Mean probability of the emitted characters (0 for an empty line). */
  readonly score: number;
  /** Positions as fractions of the decoded width (frames × 8 / content width). */
  readonly chars: OcrChar[];
  /**
   * For each pair of neighbouring characters, the highest probability the
   * recogniser gave its space class on the frames from the first character to the
   * second: soft evidence of a word break even where greedy decoding dropped the
   * space (0 when the alphabet has no space).
   */
  readonly spaceProbs: number[];
  /** `[start, end)` frames of each character in `chars`. */
  readonly runs: Array<[number, number]>;
}

/**
 * Greedy CTC decoding of one sequence: argmax per frame, merge repeats, drop blanks.
 * `probs` holds `frames × classes` probabilities. `contentFrames` is the number of
 * frames that cover real image content (the rest is padding); character positions
 * are returned as fractions of it.
 */
export function decodeCtc(
  probs: Float32Array,
  frames: number,
  classes: number,
  charset: Charset,
  contentFrames = frames,
): CtcResult {
  const chars: OcrChar[] = [];
  const runs: Array<[number, number]> = [];
  let text = '';
  let sum = 0;
  let prev = -1;
  let runStart = 0;
  let runScore = 0;
  let runLen = 0;
  const flush = (end: number): void => {
    if (prev <= 0) return;
    const ch = charset.chars[prev] ?? '';
    const score = runScore / runLen;
    chars.push({ text: ch, start: runStart / contentFrames, end: Math.min(1, end / contentFrames), score });
    runs.push([runStart, end]);
    text += ch;
    sum += score;
  };
  for (let t = 0; t < frames; t++) {
    let best = 0;
    let bestP = -Infinity;
    const base = t * classes;
    for (let k = 0; k < classes; k++) {
      const p = probs[base + k]!;
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== prev) {
      flush(t);
      prev = best;
      runStart = t;
      runScore = 0;
      runLen = 0;
    }
    runScore += bestP;
    runLen++;
  }
  flush(frames);
  const space = charset.chars[classes - 1] === ' ' ? classes - 1 : -1;
  const spaceProbs = runs.slice(1).map(([, end], i) => {
    if (space < 0) return 0;
    let best = 0;
    for (let t = runs[i]![0]; t < end; t++) best = Math.max(best, probs[t * classes + space]!);
    return best;
  });
  // A character's score is the peak-run mean; the line score averages characters (PaddleOCR's mean of max probs).
  return { text, score: chars.length > 0 ? sum / chars.length : 0, chars, spaceProbs, runs };
}
