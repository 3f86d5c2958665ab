/**
 * End-to-end evaluation on a system's own OCR (PaddleOCR
 * `ppstructure/kie/tools/eval_with_label_end2end.py`): background segments are
 * dropped on both sides, predicted lines are matched to gold segments greedily at
 * polygon IoU >= 0.5, and a match is a hit when the texts are equal with spaces
 * removed and the classes are equal.
 *
 * One deliberate difference: PaddleOCR only visits images that have predictions, so
 * an image missing from the predictions costs nothing there; here its gold segments
 * count as missed. The two agree whenever every image has a prediction.
 */
import type { Dataset, Segment } from '../core/document.js';
import { isBackground, sameLabel } from '../core/labels.js';
import { editDistance } from '../core/text.js';
import { matchByIou, pairPages } from './match.js';
import { charCount, comparableText, type TextCompareOptions } from './ocr-metrics.js';
import { prf, type Prf } from './prf.js';

export interface E2eReport {
  /** Hits over predicted and gold non-background segments. */
  readonly hmean: Prf;
  /** PaddleOCR's `character_acc`: 1 − edits / gold characters, unmatched segments included. */
  readonly characterAccuracy: number;
  /** Character error rate of matched segments only. */
  readonly cer: number;
  readonly matched: number;
}

/**
 * Evaluates OCR + SER predictions against gold segments.
 *
 * @example
 * const { hmean } = evaluateE2e(gold, pred);
 */
export function evaluateE2e(gold: Dataset, pred: Dataset, options: TextCompareOptions = {}): E2eReport {
  let goldCount = 0;
  let predCount = 0;
  let hits = 0;
  let matched = 0;
  let edits = 0;
  let chars = 0;
  let matchedEdits = 0;
  let matchedChars = 0;
  const foreground = (segments: readonly Segment[] | undefined): Segment[] => (segments ?? []).filter((s) => !isBackground(s.label));
  for (const pair of pairPages(gold, pred)) {
    const g = foreground(pair.gold?.segments);
    const p = foreground(pair.pred?.segments);
    goldCount += g.length;
    predCount += p.length;
    const result = matchByIou(g.map((s) => s.points), p.map((s) => s.points), options.iouThreshold ?? 0.5);
    for (const m of result.matches) {
      const gs = g[m.gold] as Segment;
      const ps = p[m.pred] as Segment;
      const gt = comparableText(gs.text, options);
      const dt = comparableText(ps.text, options);
      const ed = editDistance(gt, dt);
      matched++;
      edits += ed;
      chars += charCount(gt);
      matchedEdits += ed;
      matchedChars += charCount(gt);
      if (gt === dt && sameLabel(gs.label, ps.label)) hits++;
    }
    for (const i of result.unmatchedPred) edits += charCount(comparableText((p[i] as Segment).text, options));
    for (const i of result.unmatchedGold) {
      const n = charCount(comparableText((g[i] as Segment).text, options));
      edits += n;
      chars += n;
    }
  }
  return {
    hmean: prf(hits, goldCount, predCount),
    characterAccuracy: chars > 0 ? 1 - edits / chars : edits === 0 ? 1 : 0,
    cer: matchedChars > 0 ? matchedEdits / matchedChars : 0,
    matched,
  };
}
