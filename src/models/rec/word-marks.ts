/**
 * Re-reading the comma or full stop after each word with the recogniser's own
 * evidence. A comma is a small mark in a wide cell: greedy decoding loses it
 * (`JALAN ANGSA TAMAN`) or takes it for a full stop (`PETALING. 57000`). At each
 * place where a mark may follow a token (src/core/word-marks.ts), the frames
 * between the token and the next one are scored for nothing, a comma and a full
 * stop (CTC forward, a space before or after allowed), each times how often the
 * lexicon's texts had that mark after that token (or tokens of its kind). A
 * mark read is only ever swapped for the other, never dropped: text counts
 * that a word usually ends a line bare are no evidence that this one does (on
 * the SROIE train receipts, dropping cost 35 field values). Pure.
 */
import type { OcrChar } from '../../core/ocr.js';
import { markLogPriors, markSites, WORD_MARKS, type WordMark, type WordMarkTable } from '../../core/word-marks.js';
import { ctcLogProbability, MARK_COLUMNS, SPACE_COLUMN, type FrameEvidence } from './lexicon-words.js';

/** Log of a sum of probabilities given as logs. */
function logSumExp(values: readonly number[]): number {
  const max = Math.max(...values);
  if (max === -Infinity) return max;
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

/** Log probability that frames `[from, to)` show `mark` ('' for none) with or without a space before or after it. */
export function markLogProbability(evidence: FrameEvidence, from: number, to: number, mark: WordMark): number {
  if (mark === '') return logSumExp([ctcLogProbability(evidence, from, to, []), ctcLogProbability(evidence, from, to, [SPACE_COLUMN])]);
  const m = MARK_COLUMNS[mark]!;
  const shapes = [[m], [m, SPACE_COLUMN], [SPACE_COLUMN, m], [SPACE_COLUMN, m, SPACE_COLUMN]];
  return logSumExp(shapes.map((columns) => ctcLogProbability(evidence, from, to, columns)));
}

/**
 * Re-reads the marks after the tokens of a recognised line (see the module
 * comment). `chars` is the line as spaced (words may already be re-read);
 * `runOf` gives the index in `evidence.runs` of each character that greedy
 * decoding produced. A mark keeps its span and loses a space before it
 * (`CHERAS , SELANGOR` → `CHERAS, SELANGOR`); an added one sits at the end of
 * its token.
 */
export function rereadMarks(
  chars: readonly OcrChar[],
  runOf: (char: OcrChar) => number | undefined,
  evidence: FrameEvidence,
  marks: WordMarkTable,
): OcrChar[] {
  // Index in `chars` of each UTF-16 offset of the line's text.
  const charAt: number[] = [];
  chars.forEach((c, i) => {
    for (let k = 0; k < c.text.length; k++) charAt.push(i);
  });
  const text = chars.map((c) => c.text).join('');
  const replace = new Map<number, OcrChar | undefined>();
  const insertAfter = new Map<number, OcrChar>();
  for (const site of markSites(text)) {
    const last = charAt[site.end - 1]!;
    const lastRun = runOf(chars[last]!);
    const nextRun = site.atEnd ? undefined : runOf(chars[charAt[site.next]!]!);
    if (lastRun === undefined || (!site.atEnd && nextRun === undefined)) continue;
    const from = evidence.runs[lastRun]![1];
    const to = nextRun === undefined ? evidence.frames : evidence.runs[nextRun]![0];
    const priors = markLogPriors(marks, site.token, site.atEnd);
    const scores = WORD_MARKS.map((m, k) => markLogProbability(evidence, from, to, m) + priors[k]!);
    const current = WORD_MARKS.indexOf(site.mark);
    let best = current;
    // Only marks compete with what was read: a mark read stays a mark.
    for (const k of [1, 2]) if (scores[k]! > scores[best]!) best = k;
    if (site.mark === '') {
      const after = chars[last]!;
      if (best !== current) insertAfter.set(last, { text: WORD_MARKS[best]!, start: after.end, end: after.end, score: after.score });
      continue;
    }
    const markIndex = charAt[site.end + (site.spaceBefore ? 1 : 0)]!;
    if (best !== current) replace.set(markIndex, { ...chars[markIndex]!, text: WORD_MARKS[best]! });
    // A mark's cell is wide, so a space is often decided before it; the texts rarely have one (SROIE: 4% of commas).
    if (site.spaceBefore) replace.set(charAt[site.end]!, undefined);
  }
  if (replace.size === 0 && insertAfter.size === 0) return [...chars];
  const out: OcrChar[] = [];
  chars.forEach((c, i) => {
    const swapped = replace.has(i) ? replace.get(i) : c;
    if (swapped) out.push(swapped);
    const added = insertAfter.get(i);
    if (added) out.push(added);
  });
  return out;
}
