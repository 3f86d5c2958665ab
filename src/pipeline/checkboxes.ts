/**
 * The checkbox stage of OCR: lines whose checkbox the detector left out get it
 * back (`清算` → `□清算`), as a `□` or `☑` character at that end of the text,
 * the line's box grown over it. Only near-horizontal lines are searched (forms).
 */
import { boundingBox, boxToQuad, quadAngle, type Box } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import type { OcrChar, OcrLine } from '../core/ocr.js';
import { CHECKBOX_CHECKED, CHECKBOX_EMPTY, findCheckboxBeside, type FoundCheckbox } from '../models/rec/checkboxes.js';

const BOXES = new Set([CHECKBOX_EMPTY, CHECKBOX_CHECKED, '☐', '■']);

/** Characters re-expressed as fractions of a wider span `[from, to]` (pixels along x) of which the old span is a part. */
function rescale(chars: readonly OcrChar[], old: Box, from: number, to: number): OcrChar[] {
  const w = to - from;
  const at = (f: number): number => (old.x0 + f * (old.x1 - old.x0) - from) / w;
  return chars.map((c) => ({ ...c, start: at(c.start), end: at(c.end) }));
}

function withCheckbox(line: OcrLine, found: FoundCheckbox, side: 'left' | 'right'): OcrLine {
  const old = boundingBox(line.points);
  const grown: Box = {
    x0: Math.min(old.x0, found.box.x0 - 1),
    y0: Math.min(old.y0, found.box.y0 - 1),
    x1: Math.max(old.x1, found.box.x1 + 1),
    y1: Math.max(old.y1, found.box.y1 + 1),
  };
  const chars = rescale(line.chars, old, grown.x0, grown.x1);
  const w = grown.x1 - grown.x0;
  const mark: OcrChar = {
    text: found.checked ? CHECKBOX_CHECKED : CHECKBOX_EMPTY,
    start: (found.box.x0 - grown.x0) / w,
    end: (found.box.x1 - grown.x0) / w,
    score: line.score,
  };
  const all = side === 'left' ? [mark, ...chars] : [...chars, mark];
  return { ...line, points: boxToQuad(grown), text: all.map((c) => c.text).join(''), chars: all };
}

/**
 * Adds the checkboxes found just beyond either end of each near-horizontal line
 * (see findCheckboxBeside). A line that already opens (or ends) with a box
 * glyph is not searched at that end.
 */
export function restoreCheckboxes(image: RgbImage, lines: readonly OcrLine[]): OcrLine[] {
  const boxes = lines.map((l) => boundingBox(l.points));
  return lines.map((line, i) => {
    if (Math.abs(quadAngle(line.points)) > 3 || line.chars.length === 0) return line;
    const others = boxes.filter((_, k) => k !== i);
    let out = line;
    for (const side of ['left', 'right'] as const) {
      const end = side === 'left' ? out.chars[0] : out.chars[out.chars.length - 1];
      if (!end || BOXES.has(end.text)) continue;
      const box = boundingBox(out.points);
      // The search may reach into the box up to where the end character's span begins (it was read, the box was not).
      const w = box.x1 - box.x0;
      const inside = side === 'left' ? end.start * w : (1 - end.end) * w;
      const found = findCheckboxBeside(image, { line: box, side, inside, others });
      if (found) out = withCheckbox(out, found, side);
    }
    return out;
  });
}
