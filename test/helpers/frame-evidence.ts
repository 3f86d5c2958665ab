/**
 * Recogniser evidence for unit tests of re-reading (src/models/rec/lexicon-words.ts,
 * word-marks.ts): frames written as `{character: probability}` instead of a real
 * recogniser's output.
 */
import type { OcrChar } from '../../src/core/ocr.js';
import { LETTER_COLUMNS, MARK_COLUMNS, type FrameEvidence } from '../../src/models/rec/lexicon-words.js';

const columnOf = (ch: string): number => (ch === '' ? 0 : (MARK_COLUMNS[ch] ?? ch.charCodeAt(0) - 64));

/**
 * Evidence from frames written as `{char: probability}` (`''`: the blank;
 * whatever is left over goes to the blank; letters A–Z, `,`, `.`, ` `), with the
 * greedy runs of the frames' likeliest characters.
 */
export function evidenceOf(frames: ReadonlyArray<Readonly<Record<string, number>>>): FrameEvidence {
  const letters = new Float32Array(frames.length * LETTER_COLUMNS);
  const runs: Array<[number, number]> = [];
  let previous = '';
  frames.forEach((frame, t) => {
    const rest = 1 - Object.values(frame).reduce((a, b) => a + b, 0);
    const all = { '': rest, ...frame };
    for (const [ch, p] of Object.entries(all)) letters[t * LETTER_COLUMNS + columnOf(ch)] = p;
    const best = Object.entries(all).sort((a, b) => b[1] - a[1])[0]![0];
    if (best !== '' && best !== previous) runs.push([t, t + 1]);
    else if (best !== '' && best === previous) runs[runs.length - 1]![1] = t + 1;
    previous = best;
  });
  return { letters, frames: frames.length, runs };
}

/** Frames reading `text` one character per frame with a blank between; `doubt` adds a second choice at a position. */
export function framesOf(text: string, doubt: Record<number, [string, number]> = {}): Array<Record<string, number>> {
  const frames: Array<Record<string, number>> = [{}];
  [...text].forEach((ch, i) => {
    const other = doubt[i];
    frames.push(other ? { [ch]: 0.55, [other[0]]: other[1] } : { [ch]: 0.97 });
    frames.push({});
  });
  return frames;
}

/** Chars as spaced text gives them: one per character, evenly over the line. */
export const charsOf = (text: string): OcrChar[] => Array.from(text, (ch, i) => ({ text: ch, start: i / text.length, end: (i + 1) / text.length, score: 0.9 }));
