/**
 * Accent marks read from the ink over a letter. PP-OCRv4's recogniser reads
 * `BOGOTÁ`, `Rīga` and `OÜ` as `BOGOTA`, `Riga` and `OU`: its charset has few
 * accented Latin letters and it gives them almost no probability. The mark is
 * there in the picture, a small blob of ink of its own over the letter's body;
 * its shape says which mark it is (two dots, a bar, a stroke rising or falling,
 * a hat, a wedge, a ring, a wave). Pure; works on a crop of the line taller than
 * the detector's box, whose top edge cuts the marks of capitals. Scans have specks
 * over letters far more often than documents have marks, so the guards are strict
 * and a word the lexicon knows without marks keeps none (measured in
 * docs/receipts-history.md, twenty-fourth round).
 */
import { floodFill } from '../../core/flood.js';
import type { RgbImage } from '../../core/image.js';
import type { OcrChar } from '../../core/ocr.js';
import { greyWindow } from '../../core/raster.js';

/** A connected blob of ink, with the sums its shape is measured from. */
interface Blob {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  area: number;
  sx: number;
  sy: number;
  sxx: number;
  syy: number;
  sxy: number;
  /** Pixel indexes (y * width + x), kept for the small blobs that may be marks. */
  pixels: number[];
}

/** Combining marks by the shape of their ink. */
const MARK = {
  acute: '\u0301',
  grave: '\u0300',
  circumflex: '\u0302',
  tilde: '\u0303',
  macron: '\u0304',
  dot: '\u0307',
  diaeresis: '\u0308',
  ring: '\u030a',
  caron: '\u030c',
} as const;

/** A mark's centre lies within this share of its letter's width from the letter's middle. */
const CENTRE_SHARE = 0.3;
/** The most blank rows between a mark and its letter, as a share of the box's height. */
const GAP_SHARE = 0.2;
/**
 * The fewest blank rows between a mark and its letter (crop rows, 48 to the box): a thermal printer's serif over an
 * `I` comes loose from its stem by one row, a mark stands clear.
 */
const MIN_GAP = 2;
/** The least ink of a mark, as a share of its letter's. */
const AREA_SHARE = 0.025;

/** Letters that take a dot above in the languages kie meets (`Ż`, `Ė`, `Ġ`, `Ċ`); on others a dot is more likely a speck. */
const DOTTED = /^[zZeEgGcC]$/u;

/** Ink darker than the midpoint of the crop's grey range, as findBlankGaps takes it; undefined for a blank crop. */
function inkMask(crop: RgbImage): Uint8Array | undefined {
  const { grey, lo, hi } = greyWindow(crop, 0, 0, crop.width, crop.height);
  if (hi - lo < 60) return undefined;
  const cut = (lo + hi) / 2;
  const ink = new Uint8Array(grey.length);
  for (let i = 0; i < ink.length; i++) ink[i] = grey[i]! < cut ? 1 : 0;
  return ink;
}

/** The 4-connected blobs of ink. */
function blobsOf(ink: Uint8Array, width: number, height: number): Blob[] {
  const seen = new Uint8Array(ink.length);
  const blobs: Blob[] = [];
  const isInk = (q: number): boolean => ink[q] === 1;
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    const b: Blob = { minX: width, maxX: -1, minY: height, maxY: -1, area: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0, pixels: [] };
    seen[start] = 1;
    floodFill([start], width, height, isInk, seen, 4, (p, x, y) => {
      b.area++;
      b.sx += x;
      b.sy += y;
      b.sxx += x * x;
      b.syy += y * y;
      b.sxy += x * y;
      if (b.pixels.length < 400) b.pixels.push(p);
      if (x < b.minX) b.minX = x;
      if (x > b.maxX) b.maxX = x;
      if (y < b.minY) b.minY = y;
      if (y > b.maxY) b.maxY = y;
    });
    blobs.push(b);
  }
  return blobs;
}

const blobWidth = (b: Blob): number => b.maxX - b.minX + 1;
const blobHeight = (b: Blob): number => b.maxY - b.minY + 1;
const centreX = (b: Blob): number => b.sx / b.area;

/** Elongation (major over minor axis) and the major axis's angle in degrees, 0 horizontal, positive rising to the right. */
function axis(b: Blob): { elongation: number; angle: number } {
  const mx = b.sx / b.area;
  const my = b.sy / b.area;
  // A pixel is a unit square: its own spread (1/12) keeps one-pixel-thin strokes from an infinite elongation.
  const cxx = b.sxx / b.area - mx * mx + 1 / 12;
  const cyy = b.syy / b.area - my * my + 1 / 12;
  const cxy = b.sxy / b.area - mx * my;
  const mean = (cxx + cyy) / 2;
  const spread = Math.sqrt(((cxx - cyy) / 2) ** 2 + cxy * cxy);
  const elongation = Math.sqrt((mean + spread) / Math.max(1e-6, mean - spread));
  // Image y grows downwards: negate it so that a stroke rising to the right has a positive angle.
  const angle = (Math.atan2(-2 * cxy, cxx - cyy) / 2) * (180 / Math.PI);
  return { elongation, angle };
}

/** Whether the blob's box holds background that does not reach the box's edge (the hole of a ring). */
function hasHole(b: Blob, width: number): boolean {
  const w = blobWidth(b);
  const h = blobHeight(b);
  if (w < 3 || h < 3 || b.pixels.length < b.area) return false;
  const mine = new Uint8Array(w * h);
  for (const p of b.pixels) mine[(Math.floor(p / width) - b.minY) * w + ((p % width) - b.minX)] = 1;
  const outside = new Uint8Array(w * h);
  const stack: number[] = [];
  for (let i = 0; i < w * h; i++) {
    const x = i % w;
    const y = (i - x) / w;
    if ((x === 0 || y === 0 || x === w - 1 || y === h - 1) && !mine[i]) {
      outside[i] = 1;
      stack.push(i);
    }
  }
  floodFill(stack, w, h, (q) => !mine[q], outside, 4);
  for (let i = 0; i < w * h; i++) if (!mine[i] && !outside[i]) return true;
  return false;
}

/**
 * Tops and bottoms of a blob's columns, averaged over its middle third and its outer thirds: a hat (`^`) is
 * highest in the middle, a wedge (`ˇ`) lowest there.
 */
function middleAgainstEnds(b: Blob, width: number): { top: number; bottom: number } {
  const w = blobWidth(b);
  const tops = new Array<number>(w).fill(Infinity);
  const bottoms = new Array<number>(w).fill(-Infinity);
  for (const p of b.pixels) {
    const x = (p % width) - b.minX;
    const y = Math.floor(p / width);
    if (y < tops[x]!) tops[x] = y;
    if (y > bottoms[x]!) bottoms[x] = y;
  }
  const third = Math.max(1, Math.floor(w / 3));
  const mean = (values: number[]): number => values.filter(Number.isFinite).reduce((s, v, _, a) => s + v / a.length, 0);
  const ends = (values: number[]): number => mean([...values.slice(0, third), ...values.slice(w - third)]);
  const middle = (values: number[]): number => mean(values.slice(third, w - third));
  // `top` positive: the middle's top is higher than the ends'; `bottom` positive: the middle's bottom is lower.
  return { top: ends(tops) - middle(tops), bottom: middle(bottoms) - ends(bottoms) };
}

/** Which mark a single blob over a letter is, if any. `stem`: the width of the letter's thinnest stroke, about. */
function markOfBlob(b: Blob, width: number, letter: string, stem: number): string | undefined {
  const w = blobWidth(b);
  const h = blobHeight(b);
  const { elongation, angle } = axis(b);
  const flat = Math.abs(angle) < 20;
  if (hasHole(b, width)) return MARK.ring;
  // A bar fills its box; a tilde's wave leaves half of it empty.
  if (flat && elongation >= 2.6 && w >= 1.6 * stem && b.area >= 0.6 * w * h) return MARK.macron;
  if (elongation >= 1.7 && angle >= 20 && angle <= 80) return MARK.acute;
  if (elongation >= 1.7 && angle <= -20 && angle >= -80) return MARK.grave;
  if (flat && w >= 1.4 * h && w >= 2 * stem) {
    const shape = middleAgainstEnds(b, width);
    // A hat's middle is higher than its feet at the top and the bottom alike; a wedge's lower.
    if (shape.top >= 0.25 * h && shape.bottom <= -0.25 * h) return MARK.circumflex;
    if (shape.top <= -0.25 * h && shape.bottom >= 0.25 * h) return MARK.caron;
    if (elongation >= 2) return MARK.tilde;
    return undefined;
  }
  if (elongation < 1.6 && w <= 1.8 * stem && DOTTED.test(letter)) return MARK.dot;
  return undefined;
}

/** `[start, end)` of each run of ASCII letters in a line's characters. */
function letterRuns(chars: readonly OcrChar[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  chars.forEach((c, i) => {
    const letter = /^[A-Za-z]$/u.test(c.text);
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, chars.length]);
  return runs;
}

/** Whether the letters `chars[start, end)` may take marks: no word the lexicon knows plain, no digit beside them. */
function runTakesMarks(chars: readonly OcrChar[], start: number, end: number, isPlainWord: (upperCaseWord: string) => boolean): boolean {
  if (/\d/u.test(chars[start - 1]?.text ?? '') || /\d/u.test(chars[end]?.text ?? '')) return false;
  return !isPlainWord(chars.slice(start, end).map((c) => c.text).join('').toUpperCase());
}

/**
 * Whether any letters of a line may take marks ({@link readAccentMarks} changes nothing else): a line of words the
 * lexicon knows plain need not be cropped again at all.
 */
export function mayTakeMarks(chars: readonly OcrChar[], isPlainWord: (upperCaseWord: string) => boolean): boolean {
  return letterRuns(chars).some(([start, end]) => runTakesMarks(chars, start, end, isPlainWord));
}

/** The accented letter, when the letter and mark make one precomposed Latin letter. */
function compose(letter: string, mark: string): string | undefined {
  const composed = (letter + mark).normalize('NFC');
  if (Array.from(composed).length !== 1) return undefined;
  const code = composed.codePointAt(0)!;
  return code >= 0xc0 && code <= 0x17f ? composed : undefined;
}

/**
 * Letters of a decoded line with the accent marks found over them: `chars` as
 * decoded (spans as fractions of the line's length), `crop` the line upright
 * with extra room over it, its box starting at row `lineTop`. Only ASCII letters
 * the recogniser read plainly are changed; a line whose letters break into
 * many blobs (dot-matrix print) or that carries little contrast is left alone,
 * and so is a word that `isPlainWord` knows (upper case, letters only).
 */
export function readAccentMarks(chars: readonly OcrChar[], crop: RgbImage, lineTop: number, isPlainWord: (upperCaseWord: string) => boolean): OcrChar[] {
  const letters = chars.filter((c) => /^[A-Za-z]$/u.test(c.text));
  if (letters.length === 0) return [...chars];
  const { width, height } = crop;
  const ink = inkMask(crop);
  if (!ink) return [...chars];
  const boxHeight = height - lineTop;
  const blobs = blobsOf(ink, width, height);
  // A body reaches the lower half of the line's box; whatever stays over it may be a mark.
  const bodies = blobs.filter((b) => b.maxY >= lineTop + 0.5 * boxHeight && b.minY >= lineTop - 0.1 * boxHeight);
  const solid = chars.filter((c) => c.text.trim() !== '').length;
  if (bodies.length === 0 || bodies.length > 1.5 * solid) return [...chars];
  const minArea = Math.max(3, 0.006 * boxHeight * boxHeight);
  // Ink cut by the crop's top edge is the line above reaching down, not a mark.
  const marks = blobs.filter((b) => !bodies.includes(b) && b.minY > 1 && b.area >= minArea && blobHeight(b) <= 0.45 * boxHeight && b.maxY < lineTop + 0.55 * boxHeight);
  if (marks.length === 0) return [...chars];
  // The letter each body belongs to: the one whose span its centre falls in.
  const letterOf = (b: Blob): OcrChar | undefined => {
    const x = centreX(b) / width;
    return letters.find((c) => x >= c.start && x <= c.end);
  };
  const bodyOf = new Map<OcrChar, Blob>();
  for (const b of bodies) {
    const c = letterOf(b);
    const had = c ? bodyOf.get(c) : undefined;
    if (c && (!had || b.area > had.area)) bodyOf.set(c, b);
  }
  const stem = Math.max(1, 0.09 * boxHeight);
  // The tops of the line's capitals and of its small letters without ascenders: a mark stands clear above the top of
  // its letter's kind (a thermal printer's `I` whose top serif came loose has it at the capitals' top).
  const topOf = (kind: RegExp, except: OcrChar): number | undefined => {
    const tops = [...bodyOf].filter(([c]) => c !== except && kind.test(c.text)).map(([, b]) => b.minY).sort((a, b) => a - b);
    return tops.length > 0 ? tops[tops.length >> 1] : undefined;
  };
  const changed = new Map<OcrChar, string>();
  for (const [letter, body] of bodyOf) {
    const bw = blobWidth(body);
    const over = marks.filter((m) => {
      const x = centreX(m);
      const gap = body.minY - m.maxY;
      // Over the letter, close over it, smaller than it.
      const centre = (body.minX + body.maxX) / 2;
      return Math.abs(x - centre) <= 0.5 * bw && gap >= MIN_GAP && gap <= GAP_SHARE * boxHeight && m.area <= 0.5 * body.area && m.area >= AREA_SHARE * body.area;
    });
    if (over.length === 0 || over.length > 2) continue;
    const kindTop = topOf(/^[A-Z]$/u.test(letter.text) ? /^[A-Z]$/u : /^[acemnorsuvwxz]$/u, letter);
    if (kindTop !== undefined && over.some((m) => m.maxY >= kindTop - 1)) continue;
    // One mark, or the middle of two, over the letter's middle: where type puts it (a speck lands anywhere).
    const middle = over.reduce((sum, m) => sum + centreX(m), 0) / over.length;
    if (Math.abs(middle - (body.minX + body.maxX) / 2) > CENTRE_SHARE * bw) continue;
    // Two blobs side by side at one height: a diaeresis. One: by its shape.
    let mark: string | undefined;
    if (over.length === 2) {
      const [a, b] = over as [Blob, Blob];
      const apart = Math.abs(centreX(a) - centreX(b));
      const level = Math.abs(a.sy / a.area - b.sy / b.area);
      if (apart >= 2 * stem && level <= 0.1 * boxHeight && a.area <= 2.5 * b.area && b.area <= 2.5 * a.area) mark = MARK.diaeresis;
    } else {
      mark = markOfBlob(over[0]!, width, letter.text, stem);
    }
    // An i or j has its own dot, which a scan blurs into a short stroke: only a bar or two dots there are a mark.
    if (mark && /^[ij]$/u.test(letter.text) && mark !== MARK.macron && mark !== MARK.diaeresis) mark = undefined;
    const accented = mark ? compose(letter.text, mark) : undefined;
    if (accented) changed.set(letter, accented);
  }
  // A mark on a word the lexicon knows without marks, or on letters run together with digits (`Tota1`, `Ja1an`: a
  // misread word), is a speck: scans have specks over letters far more often than type has marks on known words.
  for (const [start, end] of letterRuns(chars)) {
    const run = chars.slice(start, end);
    if (run.some((c) => changed.has(c)) && !runTakesMarks(chars, start, end, isPlainWord)) for (const c of run) changed.delete(c);
  }
  return chars.map((c) => {
    const text = changed.get(c);
    return text ? { ...c, text } : c;
  });
}
