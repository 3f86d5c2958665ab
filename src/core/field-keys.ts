/**
 * Text and layout evidence for fields: key synonyms found in a line, and how
 * strongly a line's surroundings announce a field (a key on the same line, a
 * key to its left on the same row, a key just above). Shared by the weak
 * labeller and the rule-based extraction. Coordinates are image pixels.
 */
import { boundingBox, boxToQuad, type Box, type Polygon, type Quad } from './geometry.js';
import { fieldKeys, type FieldSpec } from './schema.js';
import { editDistance, isCjk, isDigit, isLetter, toHalfWidth } from './text.js';

/** A line of text with its outline, the minimal input of the field functions. */
export interface TextLine {
  readonly text: string;
  readonly points: Polygon;
}

/** Upper-case, half-width, white space collapsed: the form keys and values are compared in. */
export function matchForm(text: string): string {
  return toHalfWidth(text).toUpperCase().replace(/\s+/gu, ' ').trim();
}

/** {@link matchForm} without any white space (OCR inserts and drops spaces freely). */
export function compactForm(text: string): string {
  return matchForm(text).replace(/\s/gu, '');
}

/** Where a key was found in a line (code unit offsets in the {@link matchForm} of the line). */
export interface KeyHit {
  readonly key: string;
  readonly index: number;
  readonly end: number;
}

const LETTER = /[\p{L}\p{N}]/u;
/** A price with cents in a text (`341.00`, `1.234,50`). */
const PRICE = /(?<![\d.,])\d+(?:[.,]\d{3})*[.,]\d{2}(?![\d.,]*\d)/u;

/** Digits read for letters inside words, and the letters they stand for. */
const DIGIT_LETTER: Readonly<Record<string, string>> = { '1': 'L', '0': 'O', '5': 'S' };
/** Letters read for one another, each mapped to one of them. */
const LETTER_CLASS: Readonly<Record<string, string>> = { I: 'L', '|': 'L', N: 'M' };
/** Latin letters whose mark is no combining one (NFD leaves them whole). */
const BARRED: Readonly<Record<string, string>> = { Ł: 'L', Ø: 'O', Đ: 'D', Ħ: 'H' };

/** Whether a character is in Latin-1, Latin Extended-A/B or Latin Extended Additional (Vietnamese `Ổ`). */
const inLatinBlocks = (c: string): boolean => (c >= '\u00c0' && c <= '\u024f') || (c >= '\u1e00' && c <= '\u1eff');

/**
 * A Latin letter without its diacritics (`Ä` → `A`, `Ł` → `L`, `Ộ` → `O`),
 * else the character itself: receipts print `Rückgeld` and `Rueckgeld`,
 * `Tổng cộng` and `TONG CONG`, and the recogniser drops or swaps marks, so a
 * key is found whichever it reads. One code unit in, one out.
 */
function withoutMark(c: string): string {
  if (!inLatinBlocks(c)) return c;
  const base = BARRED[c] ?? c.normalize('NFD')[0]!;
  return base >= 'A' && base <= 'Z' ? base : c;
}

/**
 * A {@link matchForm} in which look-alikes the recogniser swaps meet: `I`, `L`
 * and `|` are one letter, as are `M` and `N`, a `1`, `0` or `5` touching a
 * letter and no other digit is read as `L`, `O`, `S` (`TOTA1` meets `TOTAL`,
 * `ANOUNT` meets `AMOUNT`), and Latin letters lose their diacritics (`ZAPŁATY`
 * meets `ZAPLATY`, `TỔNG` meets `TONG`). Each character maps to one, so offsets stay valid.
 */
function lookAlikeForm(form: string): string {
  const chars = Array.from(form, withoutMark);
  // Only single-unit characters are mapped, each to one, so code-unit offsets agree with matchForm.
  return chars
    .map((c, i) => {
      const asLetter = DIGIT_LETTER[c];
      if (asLetter && (isLetter(chars[i - 1]) || isLetter(chars[i + 1])) && !isDigit(chars[i - 1]) && !isDigit(chars[i + 1])) return asLetter;
      return LETTER_CLASS[c] ?? c;
    })
    .join('');
}

/**
 * A key with its value read onto it as one word (`TOTALRM15.40`, `TOTAL15.40`):
 * what follows is a number, or a letter currency mark and a number. Keys of
 * four or more characters only (`NO1` is a number).
 */
function valueGlued(key: string, rest: string): boolean {
  return key.replace(/\s/gu, '').length >= 4 && /^(RM|MYR|USD|SGD|EUR|GBP)?\d/u.test(rest);
}

/** A key as printed ({@link matchForm}), as searched (look-alikes met, no spaces), and whether it is CJK. */
interface KeyForm {
  readonly printed: string;
  readonly key: string;
  readonly cjk: boolean;
}
/** Key forms by key: a schema's few hundred keys are searched in every line, so each is worked out once. */
const keyForms = new Map<string, KeyForm>();
/** A long-running server meets many users' schemas: the cache starts over past this many keys. */
const MAX_KEY_FORMS = 10_000;
function keyForm(raw: string): KeyForm {
  let form = keyForms.get(raw);
  if (!form) {
    if (keyForms.size >= MAX_KEY_FORMS) keyForms.clear();
    const printed = matchForm(raw);
    const key = lookAlikeForm(printed).replace(/ /gu, '');
    form = { printed, key, cjk: key !== '' && (isCjk(key[0]!) || isCjk(key[key.length - 1]!)) };
    keyForms.set(raw, form);
  }
  return form;
}

/**
 * The longest of `keys` found in `text`, ignoring case, spacing and look-alike
 * characters (`TOTA1` is `TOTAL`, `Grand Tota 1RM14.20` has `GRAND TOTAL`). Keys
 * in Latin script must stand as whole words where they start and end (`TOTAL`
 * is not found in `SUBTOTAL`); spaces inside them are free, as OCR inserts and
 * drops them. CJK keys match anywhere. `limit` (an offset in the line's
 * {@link matchForm}) keeps the search before it, with look-alikes read in the
 * whole line's context (the `1` of `TOTA 1RM14.20` is an `L` beside the `R`).
 *
 * @example
 * findKey('Grand Total: 23.10', ['Total', 'Grand Total'])?.key // 'GRAND TOTAL'
 */
export function findKey(text: string, keys: readonly string[], limit = Infinity): KeyHit | undefined {
  const line = lookAlikeForm(matchForm(text)).slice(0, limit);
  // The line without its spaces, and where each of its characters sits in the line.
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] !== ' ') at.push(i);
  const compact = at.map((i) => line[i]).join('');
  let best: KeyHit | undefined;
  for (const raw of keys) {
    const { printed, key, cjk } = keyForm(raw);
    if (key === '' || (best && printed.length <= best.key.length)) continue;
    for (let from = 0; ; ) {
      const found = compact.indexOf(key, from);
      if (found < 0) break;
      const index = at[found]!;
      const end = at[found + key.length - 1]! + 1;
      const before = line[index - 1] ?? ' ';
      const after = line[end] ?? ' ';
      if (cjk || (!LETTER.test(before) && (!LETTER.test(after) || valueGlued(key, line.slice(end))))) {
        best = { key: printed, index, end };
        break;
      }
      from = found + 1;
    }
  }
  return best;
}

/**
 * Edit distance of `pattern` to its best-matching substring of `text` (the
 * pattern must be matched whole; text around it is free).
 *
 * @example
 * substringDistance('2018', 'DATE 19/10/2O18') // 1
 */
export function substringDistance(pattern: string, text: string): number {
  const p = Array.from(pattern);
  const t = Array.from(text);
  if (p.length === 0) return 0;
  if (t.length === 0) return p.length;
  let prev = new Array<number>(t.length + 1).fill(0);
  let cur = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= p.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = p[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return Math.min(...prev);
}

/** Similarity in [0, 1] of two texts: 1 - edit distance / longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max(Array.from(a).length, Array.from(b).length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

/** Vertical overlap of two boxes as a fraction of the smaller height. */
export function rowOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const h = Math.min(a.y1 - a.y0, b.y1 - b.y0);
  return h > 0 ? Math.max(0, overlap) / h : 0;
}

/** Horizontal overlap of two boxes as a fraction of the narrower width. */
export function columnOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const w = Math.min(a.x1 - a.x0, b.x1 - b.x0);
  return w > 0 ? Math.max(0, overlap) / w : 0;
}

/** Key evidence of one line for a field: a score in [-1, 1] and the key that gave it. */
export interface KeyEvidence {
  /** 1: key on the line before the value; 0.8: key to the left on the same row; 0.5: key just above; negative for negative keys. */
  readonly score: number;
  readonly key?: string;
  /** Index of the line holding the key (the line itself when on it). */
  readonly line?: number;
}

/**
 * How strongly the surroundings of `lines[index]` announce `field`: the nearest
 * key, positive or negative (`Subtotal` for a total), on the line itself (before
 * `valueStart`, an offset in its {@link matchForm}), to its left on the same row,
 * or on the line just above.
 *
 * @example
 * keyEvidence(lines, 13, totalField) // {score: 0.8, key: 'TOTAL', line: 12}
 */
export function keyEvidence(lines: readonly TextLine[], index: number, field: FieldSpec, valueStart?: number): KeyEvidence {
  const keys = fieldKeys(field);
  const line = lines[index];
  if (!line) return { score: 0 };
  const judge = (text: string, weight: number, at: number, end = Infinity): KeyEvidence | undefined => {
    const neg = findKey(text, field.negativeKeys, end);
    const pos = findKey(text, keys, end);
    // The more specific key wins (`TOTAL QTY` over `TOTAL`, `TOTAL INCL. GST` over `GST`); a tie counts as negative.
    if (neg && (!pos || neg.key.length >= pos.key.length)) return { score: -weight, key: neg.key, line: at };
    return pos ? { score: weight, key: pos.key, line: at } : undefined;
  };
  const own = judge(line.text, 1, index, valueStart);
  if (own) return own;
  const box = boundingBox(line.points);
  const height = Math.max(1, box.y1 - box.y0);
  const left: { at: number; gap: number }[] = [];
  const above: { at: number; gap: number }[] = [];
  lines.forEach((other, at) => {
    if (at === index) return;
    const b = boundingBox(other.points);
    if (rowOverlap(box, b) >= 0.5 && b.x1 <= box.x0 + height) left.push({ at, gap: box.x0 - b.x1 });
    else if (b.y1 <= box.y0 + height * 0.3 && box.y0 - b.y1 < height * 1.5 && columnOverlap(box, b) > 0) above.push({ at, gap: box.y0 - b.y1 });
  });
  // The nearest line with any key decides (`TOTAL QTY: 5 87.45`: the count between key and value is skipped); a
  // price between them is the key's own value, this one a column further (`TOTAL : 341.00 20.46`, the tax column).
  for (const { at } of left.sort((a, b) => a.gap - b.gap)) {
    const found = judge(lines[at]!.text, 0.8, at);
    if (found) return found;
    if (PRICE.test(lines[at]!.text)) break;
  }
  for (const { at } of above.sort((a, b) => a.gap - b.gap).slice(0, 2)) {
    const found = judge(lines[at]!.text, 0.5, at);
    if (found) return found;
  }
  return { score: 0 };
}

/** The quad of an outline: itself when it has four points, else its bounding box. */
export function quadOfPoints(points: Polygon): Quad {
  return points.length === 4 ? (points as Quad) : boxToQuad(boundingBox(points.length > 0 ? points : [[0, 0]]));
}
