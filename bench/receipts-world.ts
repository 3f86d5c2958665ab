/**
 * Receipts from places SROIE never shows (bench/lib/world-receipts.ts), rendered
 * with the bundled font and read by the whole pipeline (`kie extract --schema
 * receipt`, shipped receipts model): which fields come out as a reader expects.
 * Company and address count when equal after collapsing white space (the SROIE
 * protocol), date and total when their normalised values are equal; a field
 * that is not printed counts when it comes out missing.
 *
 * Usage: npm run bench:receipts-world [-- --unseen | --unseen-2 | --unseen-3 | --unseen-4 | --unseen-5 | --unseen-6 | --unseen-7 | --unseen-8 | --unseen-9] [--out DIR] [--turned] [--photo] [--preprocess SPEC]
 *   --unseen           read the twelve receipts drawn after the rules (bench/lib/world-receipts-unseen.ts) instead
 *   --unseen-2         read the second twelve drawn after them (bench/lib/world-receipts-unseen-2.ts) instead
 *   --unseen-3         read the third twelve, drawn in the nineteenth round (bench/lib/world-receipts-unseen-3.ts) instead
 *   --unseen-4         read the fourth twelve, drawn after the third's changes (bench/lib/world-receipts-unseen-4.ts) instead
 *   --unseen-5         read the fifth twelve, drawn in the twentieth round after its changes (bench/lib/world-receipts-unseen-5.ts) instead
 *   --unseen-6         read the sixth twelve, drawn in the twenty-first round (bench/lib/world-receipts-unseen-6.ts) instead
 *   --unseen-7         read the seventh twelve, drawn in the twenty-first round after its changes (bench/lib/world-receipts-unseen-7.ts) instead
 *   --unseen-8         read the eighth twelve, drawn at the end of the twenty-first round (bench/lib/world-receipts-unseen-8.ts) instead
 *   --unseen-9         read the ninth twelve, drawn at the start of the twenty-second round (bench/lib/world-receipts-unseen-9.ts) instead
 *   --out DIR          keep the rendered pictures
 *   --turned           read each receipt turned by 90, 180 and 270 degrees too (default clean-up turns it back)
 *   --photo            read a phone-photo copy of each receipt too (uneven light, faded ink, blur, noise; bench/lib/photo.ts)
 *   --preprocess SPEC  clean-up as `kie extract --preprocess` takes it (default: `default`)
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Canvas } from '@napi-rs/canvas';
import type { RgbImage } from '../src/core/image.js';
import { rotateQuarter } from '../src/core/image-transform.js';
import { loadImage, writePng } from '../src/io/image.js';
import { encodeCanvas, ensureFont } from '../src/io/render.js';
import { loadDocumentSchema } from '../src/io/schema-file.js';
import { modelFieldOptions, resultFields } from '../src/pipeline/extract-fields.js';
import type { ExtractedField, ExtractedFields } from '../src/pipeline/fields.js';
import { createExtractor } from '../src/pipeline/kie.js';
import { parseCleanupSpec } from '../src/pipeline/clean-up.js';
import { photographed } from './lib/photo.js';
import { printTable, quantile } from './lib/stats.js';
import { WORLD_RECEIPTS, type WorldReceipt } from './lib/world-receipts.js';
import { UNSEEN_RECEIPTS } from './lib/world-receipts-unseen.js';
import { UNSEEN_RECEIPTS_2 } from './lib/world-receipts-unseen-2.js';
import { UNSEEN_RECEIPTS_3 } from './lib/world-receipts-unseen-3.js';
import { UNSEEN_RECEIPTS_4 } from './lib/world-receipts-unseen-4.js';
import { UNSEEN_RECEIPTS_5 } from './lib/world-receipts-unseen-5.js';
import { UNSEEN_RECEIPTS_6 } from './lib/world-receipts-unseen-6.js';
import { UNSEEN_RECEIPTS_7 } from './lib/world-receipts-unseen-7.js';
import { UNSEEN_RECEIPTS_8 } from './lib/world-receipts-unseen-8.js';
import { UNSEEN_RECEIPTS_9 } from './lib/world-receipts-unseen-9.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args[outAt + 1] : undefined;
const turned = args.includes('--turned');
const photo = args.includes('--photo');
const presetAt = args.indexOf('--preprocess');
const preset = presetAt >= 0 ? args[presetAt + 1]! : 'default';
const receipts = args.includes('--unseen-9') ? UNSEEN_RECEIPTS_9 : args.includes('--unseen-8') ? UNSEEN_RECEIPTS_8 : args.includes('--unseen-7') ? UNSEEN_RECEIPTS_7 : args.includes('--unseen-6') ? UNSEEN_RECEIPTS_6 : args.includes('--unseen-5') ? UNSEEN_RECEIPTS_5 : args.includes('--unseen-4') ? UNSEEN_RECEIPTS_4 : args.includes('--unseen-3') ? UNSEEN_RECEIPTS_3 : args.includes('--unseen-2') ? UNSEEN_RECEIPTS_2 : args.includes('--unseen') ? UNSEEN_RECEIPTS : WORLD_RECEIPTS;
const heldOut = receipts !== WORLD_RECEIPTS;
const FIELDS = ['company', 'date', 'address', 'total'] as const;

/** A picture of the receipt's lines on its paper (520 × 560 unless it says). */
async function render(receipt: WorldReceipt): Promise<RgbImage> {
  const font = ensureFont();
  const { width, height, paper = '#f6f3ec' } = receipt.page ?? { width: 520, height: 560 };
  const canvas = new Canvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1d1d24';
  ctx.textBaseline = 'top';
  for (const [text, x, y, size = 20, bold = false] of receipt.lines) {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${font}`;
    ctx.fillText(text, x, y);
  }
  // Through JPEG, as a photographed or scanned receipt arrives.
  return loadImage(await encodeCanvas(canvas, 'jpeg', 88));
}

const squash = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/gu, ' ').trim());

type FieldName = (typeof FIELDS)[number];
/** What a field is compared on: its normalised value for dates and totals, its text for the rest. */
const compared = (name: FieldName, field: ExtractedField): string | null => (name === 'date' || name === 'total' ? field.normalized : field.value);

function matches(name: FieldName, field: ExtractedField, expected: string | null): boolean {
  if (expected === null) return field.value === null;
  return name === 'date' || name === 'total' ? compared(name, field) === expected : squash(compared(name, field)) === squash(expected);
}

/** The fields of one reading that come out as the receipt expects, names first. */
function fieldsRight(fields: ExtractedFields, receipt: WorldReceipt): FieldName[] {
  return FIELDS.filter((name) => matches(name, fields[name] as ExtractedField, receipt.expected[name]));
}

const schema = await loadDocumentSchema('receipt');
// As `kie extract --schema receipt` reads: default clean-up (orientation + deskew) unless told, no line splitting.
const extractor = await createExtractor({ model: 'receipts', ocr: { threads: 2, preprocess: parseCleanupSpec(preset) }, splitLines: false });
const options = modelFieldOptions(extractor.model, 'auto');
if (outDir) await mkdir(outDir, { recursive: true });
const rows: string[][] = [];
const hits = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<FieldName, number>;
const times: number[] = [];
const misses: string[] = [];
const turnedHits: number[] = [];
const photoRows: string[][] = [];
let photoHits = 0;
for (const [index, receipt] of receipts.entries()) {
  const image = await render(receipt);
  if (outDir) await writePng(image, join(outDir, `${receipt.name}.png`));
  const started = performance.now();
  const result = await extractor.extract(image);
  const fields = resultFields(result, schema, options);
  times.push(performance.now() - started);
  const right = fieldsRight(fields, receipt);
  const cells = FIELDS.map((name) => {
    const ok = right.includes(name);
    if (ok) hits[name]++;
    else misses.push(`${receipt.name} ${name}: expected ${JSON.stringify(receipt.expected[name])}, got ${JSON.stringify(compared(name, fields[name] as ExtractedField))}`);
    return ok ? 'ok' : 'MISS';
  });
  rows.push([receipt.name, ...cells, receipt.what]);
  if (photo) {
    const copy = await photographed(image, index + 1);
    if (outDir) await writePng(copy, join(outDir, `${receipt.name}-photo.png`));
    const photoFields = resultFields(await extractor.extract(copy), schema, options);
    const photoRight = fieldsRight(photoFields, receipt);
    photoHits += photoRight.length;
    const wrong = FIELDS.filter((name) => !photoRight.includes(name));
    if (wrong.length > 0) photoRows.push([receipt.name, wrong.map((name) => `${name}: ${JSON.stringify(compared(name, photoFields[name] as ExtractedField))}`).join('; ')]);
  }
  if (turned) {
    for (const quarters of [1, 2, 3]) {
      const copy = await extractor.extract(rotateQuarter(image, quarters).image);
      const turnedFields = resultFields(copy, schema, options);
      turnedHits[quarters] = (turnedHits[quarters] ?? 0) + fieldsRight(turnedFields, receipt).length;
    }
  }
}
await extractor.release();

const n = receipts.length;
console.log(`kie receipts model on ${n} rendered receipts from places SROIE lacks${heldOut ? ' (drawn after the rules)' : ''} (OCR: 2 threads, clean-up \`${preset}\`)`);
printTable(['receipt', ...FIELDS, 'what it tries'], rows);
const total = FIELDS.reduce((s, f) => s + hits[f], 0);
console.log(`\nfields right: ${FIELDS.map((f) => `${f} ${hits[f]}/${n}`).join(', ')}; all ${total}/${4 * n} (${((100 * total) / (4 * n)).toFixed(1)}%)`);
console.log(`time per receipt (OCR + SER + fields): median ${Math.round(quantile(times, 0.5))} ms`);
if (turned) console.log(`turned copies, fields right: ${[1, 2, 3].map((q) => `${q * 90}° ${turnedHits[q] ?? 0}/${4 * n}`).join(', ')} (upright ${total}/${4 * n})`);
if (photo) {
  console.log(`phone-photo copies, fields right: ${photoHits}/${4 * n} (upright ${total}/${4 * n})`);
  if (photoRows.length > 0) printTable(['photo copy', 'fields missed'], photoRows);
}
if (misses.length > 0) console.log(`\nmisses:\n${misses.map((m) => `  ${m}`).join('\n')}`);
