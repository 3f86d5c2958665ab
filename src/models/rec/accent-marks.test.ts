import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Canvas, GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Quad } from '../../core/geometry.js';
import { buildLexicon } from '../../core/lexicon.js';
import type { OcrLine } from '../../core/ocr.js';
import { ensureFont } from '../../io/render.js';
import { restoreAccentMarks } from '../../pipeline/accents.js';

/** Liberation Sans, shipped with pdf.js: a second font beside the bundled Noto Sans (which has no caron letters). */
function liberationSans(): string {
  const pdfjs = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs');
  GlobalFonts.registerFromPath(join(dirname(dirname(dirname(pdfjs))), 'standard_fonts', 'LiberationSans-Regular.ttf'), 'KieTestLiberationSans');
  return 'KieTestLiberationSans';
}
const FONTS = { noto: ensureFont(), liberation: liberationSans() };
type FontName = keyof typeof FONTS;

/**
 * `printed` rendered on a page, and the line as the OCR gives it: the text `read`
 * (one character per printed one), a box around the ink of the plain letters
 * (the detector's box, which the marks of capitals stick out of), and each
 * character's span along it.
 */
function page(printed: string, read: string, options: { size?: number; bold?: boolean; font?: FontName } = {}): { image: { width: number; height: number; data: Uint8Array }; line: OcrLine } {
  const size = options.size ?? 28;
  const font = `${options.bold ? 'bold ' : ''}${size}px ${FONTS[options.font ?? 'noto']}`;
  const width = Math.ceil(size * printed.length * 0.9) + 40;
  const height = size * 3;
  const canvas = new Canvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = font;
  const [x, baseline] = [20, size * 2];
  ctx.fillText(printed, x, baseline);
  const plain = ctx.measureText(read);
  const margin = 0.1 * (plain.actualBoundingBoxAscent + plain.actualBoundingBoxDescent);
  const top = baseline - plain.actualBoundingBoxAscent - margin;
  const bottom = baseline + plain.actualBoundingBoxDescent + margin;
  const [left, right] = [x - 2, x + plain.width + 2];
  const points: Quad = [[left, top], [right, top], [right, bottom], [left, bottom]];
  const printedChars = Array.from(printed);
  const readChars = Array.from(read);
  const chars = printedChars.map((_, i) => {
    const start = x + ctx.measureText(printedChars.slice(0, i).join('')).width;
    const end = x + ctx.measureText(printedChars.slice(0, i + 1).join('')).width;
    return { text: readChars[i]!, start: (start - left) / (right - left), end: (end - left) / (right - left), score: 0.99 };
  });
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) for (let k = 0; k < 3; k++) data[i * 3 + k] = rgba[i * 4 + k]!;
  return { image: { width, height, data }, line: { points, text: read, score: 0.99, detScore: 0.9, chars } };
}

/** Words a lexicon knows without marks. */
const LEXICON = buildLexicon(['TOTAL CASH CAFE ROAD']);

const marked = (printed: string, read: string, options?: { size?: number; bold?: boolean; font?: FontName }): string => {
  const { image, line } = page(printed, read, options);
  return restoreAccentMarks(image, [line], LEXICON)[0]!.text;
};

const ACCENTED: Array<[string, string]> = [
  ['BOGOTÁ D.C.', 'BOGOTA D.C.'],
  ['SIA LATGALES PĀRTIKA', 'SIA LATGALES PARTIKA'],
  ['KOHVIK OÜ', 'KOHVIK OU'],
  ['RUE DU FOSSÉ', 'RUE DU FOSSE'],
  ['S.À R.L.', 'S.A R.L.'],
  ['CÔTE', 'COTE'],
  ['ÅRHUS', 'ARHUS'],
  ['ESPAÑA', 'ESPANA'],
  ['Brīvības iela 68, Rīga', 'Brivibas iela 68, Riga'],
  ['Bogotá', 'Bogota'],
  ['Müller', 'Muller'],
];
const PLAIN = ['BOGOTA D.C.', 'Riga, jij', 'SIA LATGALES PARTIKA', 'TOTAL RM 12.50', "O'REILLY \"KAVA\"", 'Mississippi', 'Jalan Ipoh'];

describe('restoreAccentMarks', () => {
  it.each(ACCENTED)('reads the marks of %s in Noto Sans', (printed, read) => {
    expect(marked(printed, read)).toBe(printed);
  });

  // Liberation Sans joins the ring of its Å to the letter: one blob, which the ink alone cannot part.
  const inLiberation = [...ACCENTED.filter(([printed]) => printed !== 'ÅRHUS'), ['ČESKÁ', 'CESKA'], ['ŠKODA', 'SKODA'], ['ŽILINA', 'ZILINA']];
  it.each(inLiberation)('reads the marks of %s in Liberation Sans', (printed, read) => {
    expect(marked(printed, read, { font: 'liberation' })).toBe(printed);
  });

  it('keeps marks off words the lexicon knows plain and off letters run into digits', () => {
    expect(marked('CAFÉ', 'CAFE')).toBe('CAFE');
    expect(marked('TÓTA1', 'TOTA1')).toBe('TOTA1');
    expect(marked('CAFÉ BOGOTÁ', 'CAFE BOGOTA')).toBe('CAFE BOGOTÁ');
  });

  it.each(PLAIN)('leaves %s plain', (text) => {
    expect(marked(text, text)).toBe(text);
    expect(marked(text, text, { font: 'liberation' })).toBe(text);
    expect(marked(text, text, { bold: true })).toBe(text);
  });
});
