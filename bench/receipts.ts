/**
 * Receipts bench: per-field precision / recall / F1 with the SROIE task 3
 * protocol (src/eval/field-metrics.ts) on the 100 test receipts of the fixed
 * split (sorted file ids, the last 100 of ../shared/datasets/sroie), for the
 * rule-based fallback and, when `models/receipts` is installed, the receipts
 * model — on the dataset's own OCR lines and end-to-end with kie's OCR, images
 * as given (no clean-up; cached under .bench-cache/, so the first run takes a
 * few minutes). Also counts the
 * predicted values that fail their validators, and times OCR and extraction.
 * `--turned N`: the first N test receipts also rotated by 90/180/270° and
 * skewed by ±5°, read with the `default` clean-up (orientation + deskew, what
 * `kie extract` runs unless told otherwise), against the same receipts upright
 * with the same clean-up: the F1 drop per copy
 * (`--turned-preprocess SPEC` reads them with another clean-up, e.g. `orientation,deskew`).
 * `--photo N`: the first N test receipts upright and as phone photos (uneven
 * light, faded ink, blur, noise, JPEG: bench/lib/photo.ts), read the same way.
 * `--model DIR`: another receipts model directory (default models/receipts).
 * Usage: npm run bench:receipts [-- --no-ocr] [-- --limit N] [-- --model DIR] [-- --turned N] [-- --photo N] [-- --turned-preprocess SPEC]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KieDocument } from '../src/core/document.js';
import { evaluateFields, sroieForm, type FieldMetrics } from '../src/eval/field-metrics.js';
import { createKieModel, modelOcrSettings, type KieModel } from '../src/models/kie/kie-model.js';
import { computeLayout } from '../src/models/kie/layout.js';
import type { KiePage } from '../src/models/kie/page.js';
import { predictSer } from '../src/models/ser/predict.js';
import { extractFields, fieldValues, type ExtractedField, type FieldSegment } from '../src/pipeline/fields.js';
import { modelFieldOptions } from '../src/pipeline/extract-fields.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';
import { cleanupStepNames, pageInReadFrame, parseCleanupSpec, withCleanup } from '../src/pipeline/clean-up.js';
import type { OcrPage } from '../src/core/ocr.js';
import type { Lexicon } from '../src/core/lexicon.js';
import type { RgbImage } from '../src/core/image.js';
import { rotateImage, rotateQuarter } from '../src/core/image-transform.js';
import { loadImage } from '../src/io/image.js';
import { cachedOcr, ocrCacheSet, readCachedOcr, writeCachedOcr } from '../scripts/lib/ocr-cache.js';
import { loadSroieSplit } from '../scripts/lib/sroie.js';
import { photographed } from './lib/photo.js';
import { fixed, printTable, quantile } from './lib/stats.js';

const FIELDS = ['company', 'date', 'address', 'total'];

/**
 * Whether a receipt's truth value for a field appears in the dataset's own line
 * transcriptions (SROIE form): inside the lines joined in file order, with or
 * without a space, for the multi-line fields; inside one line for the others.
 * A value that does not (`NO. 1,` typed where every line says `NO.1,`) cannot
 * be matched from those lines, and rarely from the print they transcribe.
 */
function spelledByLines(doc: KieDocument, field: string): boolean {
  const truth = sroieForm(doc.fields?.[field]);
  if (!truth) return true;
  const lines = (doc.pages[0]?.segments ?? []).map((s) => sroieForm(s.text));
  if (field === 'company' || field === 'address') return lines.join(' ').includes(truth) || lines.join('').includes(truth);
  return lines.some((line) => line.includes(truth));
}
const args = process.argv.slice(2);
const withOcr = !args.includes('--no-ocr');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const turnedAt = args.indexOf('--turned');
const turnedCount = turnedAt >= 0 ? Number(args[turnedAt + 1]) : 0;
const presetAt = args.indexOf('--turned-preprocess');
const turnedPreset = presetAt >= 0 ? args[presetAt + 1]! : 'default';
const photoAt = args.indexOf('--photo');
const photoCount = photoAt >= 0 ? Number(args[photoAt + 1]) : 0;

const { schema, test } = await loadSroieSplit();
const docs = test.slice(0, limit);
const modelAt = args.indexOf('--model');
const modelDir = modelAt >= 0 ? args[modelAt + 1]! : join(import.meta.dirname, '..', 'models', 'receipts');
const model = existsSync(join(modelDir, 'model.json')) ? await createKieModel(modelDir) : undefined;
// Receipts are read with the model's OCR settings, as `kie extract --schema receipt` reads them.
const ocrSettings = model ? modelOcrSettings(model) : undefined;

/** SER labels of a page from the receipts model, with the probability of each label. */
function labelWithModel(m: KieModel, page: KiePage): FieldSegment[] {
  const { labels, probabilities } = predictSer(m.ser, page, computeLayout(page));
  const k = m.ser.config.classes.length;
  return page.segments.map((s, i) => {
    const label = labels[i] ?? 'other';
    const labelScore = probabilities[i * k + m.ser.config.classes.indexOf(label)] ?? 1;
    return { id: s.id, points: s.points, text: s.text, label, labelScore };
  });
}

const unlabelled = (page: KiePage): FieldSegment[] => page.segments.map((s) => ({ id: s.id, points: s.points, text: s.text, label: 'other', labelScore: 0 }));

type Pages = Map<string, KiePage>;
interface Scored {
  readonly metrics: FieldMetrics;
  /** Predicted values of the four fields that failed their validators, by reason. */
  readonly invalid: Map<string, number>;
  readonly msPerReceipt: number;
}
/** `model`: the receipts model with its lexicon and known values; `model, no known values`: without the latter. */
type How = 'rules' | 'model' | 'model, no known values';
/** `reread`: the pages were read by kie's OCR, which re-reads words against the model's lexicon (the dataset's lines were not). */
function score(pages: Pages, how: How, among: readonly KieDocument[] = docs, reread = true): Scored {
  const gold: Record<string, Record<string, string>> = {};
  const pred: Record<string, Record<string, string | null>> = {};
  const invalid = new Map<string, number>();
  const t0 = performance.now();
  for (const d of among) {
    gold[d.name] = d.fields ?? {};
    const page = pages.get(d.name);
    if (!page) continue;
    const withModel = how !== 'rules' && model;
    const segments = withModel ? labelWithModel(model, page) : unlabelled(page);
    const options = withModel ? { ...modelFieldOptions(model, 'auto', how === 'model'), ...(reread ? {} : { lexiconReread: false }) } : { mode: 'rules' as const };
    const fields = extractFields({ segments, width: page.width, height: page.height }, schema, options);
    pred[d.name] = fieldValues(fields);
    for (const name of FIELDS) {
      const f = fields[name] as ExtractedField | undefined;
      if (!f || f.value === null || f.valid) continue;
      const reason = `${name}: ${f.problems[0] ?? '?'}`.replace(/"[^"]*"/gu, '…');
      invalid.set(reason, (invalid.get(reason) ?? 0) + 1);
    }
  }
  const msPerReceipt = (performance.now() - t0) / Math.max(1, among.length);
  return { metrics: evaluateFields(gold, pred, { fields: FIELDS }), invalid, msPerReceipt };
}

const toPage = (result: OcrPage): KiePage => ({
  width: result.width,
  height: result.height,
  segments: result.lines.map((l, id) => ({ id, points: l.points, text: l.text })),
});

/** Copies of a receipt (the second argument seeds the photo's shadow and noise). */
type Copy = [string, (img: RgbImage, seed: number) => RgbImage | Promise<RgbImage>];
const UPRIGHT: Copy = ['upright', (img) => img];
const PHOTOGRAPHED: Copy = ['photographed', (img, seed) => photographed(img, seed)];
const TURNS: Copy[] = [
  UPRIGHT,
  ['rotated 90°', (img) => rotateQuarter(img, 1).image],
  ['rotated 180°', (img) => rotateQuarter(img, 2).image],
  ['rotated 270°', (img) => rotateQuarter(img, 3).image],
  ['skewed +5°', (img) => rotateImage(img, 5, { expand: true }).image],
  ['skewed -5°', (img) => rotateImage(img, -5, { expand: true }).image],
];
const copyTables: Array<[string, string[][]]> = [];
/** Bumped when the clean-up code reads turned copies differently (2: deskew samples within the pixel), so older readings are not reused. */
const CLEANUP_VERSION = 2;

/** Field F1 on copies read with the chosen clean-up (cached per copy), against the upright reading: one table row per copy. */
async function benchCopies(base: OcrEngine, among: readonly KieDocument[], copies: readonly Copy[]): Promise<string[][]> {
  const rows: string[][] = [];
  const steps = parseCleanupSpec(turnedPreset);
  const ocr = withCleanup(base, steps);
  const preset = `-${cleanupStepNames(steps).join('_') || 'none'}`;
  let upright = 0;
  // Named once: the name hashes the model's head and lexicon, and carries the clean-up code's version.
  const set = ocrCacheSet(`sroie-turned-c${CLEANUP_VERSION}`, ocrSettings);
  for (const [name, turn] of copies) {
    const pages: Pages = new Map();
    for (const [index, d] of among.entries()) {
      const key = `${d.name}-${name.replace(/[^a-z0-9+-]/giu, '')}${preset}.json`;
      let result = await readCachedOcr(set, key);
      if (!result) {
        result = await ocr.recognize(await turn(await loadImage(d.pages[0]!.imagePath!), index + 1), ocrSettings);
        await writeCachedOcr(set, key, result);
      }
      // Fields are read upright, in the frame clean-up read the copy in.
      pages.set(d.name, toPage(pageInReadFrame(result)));
    }
    const f1 = score(pages, model ? 'model' : 'rules', among).metrics.overall.hmean;
    if (name === 'upright') upright = f1;
    rows.push([name, fixed(f1), name === 'upright' ? '' : (100 * (upright - f1)).toFixed(1)]);
  }
  return rows;
}

const datasetPages: Pages = new Map(docs.map((d: KieDocument) => [d.name, d.pages[0]!]));
const runs: Array<[string, Pages]> = [['dataset OCR lines', datasetPages]];
const ocrMs: number[] = [];
if (withOcr) {
  const ocr: OcrEngine = await createOcr({ threads: 2 });
  const ocrPages: Pages = new Map();
  const t0 = performance.now();
  const set = ocrCacheSet('sroie', ocrSettings);
  for (const d of docs) {
    const page = d.pages[0]!;
    if (!page.imagePath) continue;
    const result = await cachedOcr(ocr, set, `${d.name}.jpg`, page.imagePath, ocrSettings);
    if (result.timings) ocrMs.push(result.timings.total);
    ocrPages.set(d.name, toPage(result));
  }
  const settings = ocrSettings ? `, settings of the model: ${JSON.stringify(ocrSettings, (key, value: unknown) => {
    if (key === 'head') return `trained head of ${(value as { chars: unknown[] }).chars.length} classes`;
    if (key === 'lexicon') return `lexicon of ${(value as Lexicon).counts.size} words`;
    return value;
  })}` : '';
  console.log(`kie OCR on ${ocrPages.size} receipts, no clean-up (cached after the first run${settings}): ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  runs.push(['kie OCR (end-to-end)', ocrPages]);
  if (turnedCount > 0) copyTables.push([`turned copies of the first ${turnedCount} test receipts`, await benchCopies(ocr, test.slice(0, turnedCount), TURNS)]);
  if (photoCount > 0) copyTables.push([`phone-photo copies of the first ${photoCount} test receipts`, await benchCopies(ocr, test.slice(0, photoCount), [UPRIGHT, PHOTOGRAPHED])]);
  await ocr.release();
}

console.log(`SROIE test part: ${docs.length} receipts (sorted ids, after the first 400); receipts model: ${model ? 'yes' : 'not installed'}\n`);
const rows: string[][] = [];
const reasons: string[] = [];
for (const [input, pages] of runs) {
  const ways: How[] = !model ? ['rules'] : model.knownValues ? ['rules', 'model, no known values', 'model'] : ['rules', 'model'];
  for (const how of ways) {
    const { metrics: m, invalid, msPerReceipt } = score(pages, how, docs, pages !== datasetPages);
    const cells = FIELDS.map((f) => {
      const p = m.perField[f]!;
      return `${fixed(p.precision)}/${fixed(p.recall)}/${fixed(p.hmean)}`;
    });
    const label = how === 'rules' ? 'rules only' : how === 'model' ? 'receipts model (+rules)' : 'receipts model (+rules), no known values';
    const invalidCount = [...invalid.values()].reduce((a, b) => a + b, 0);
    rows.push([input, label, ...cells, fixed(m.overall.hmean), String(invalidCount), msPerReceipt.toFixed(1)]);
    if (invalidCount > 0) reasons.push(`${input}, ${label}: ${[...invalid].map(([r, n]) => `${n}× ${r}`).join('; ')}`);
  }
}
printTable(['input', 'extraction', ...FIELDS.map((f) => `${f} P/R/F1`), 'overall F1', 'invalid values', 'fields ms/receipt'], rows);
if (model?.knownValues) {
  // Known values help only where a test receipt's vendor was in the train part: say how often that is.
  const seen = [...model.knownValues].map(([f, values]) => {
    const known = new Set(values);
    const n = docs.filter((d) => known.has(sroieForm(d.fields?.[f]))).length;
    return `${f} ${n}/${docs.length}`;
  });
  console.log(`\ntest values printed exactly as a known value of the model (train part): ${seen.join(', ')}`);
}
// How much of the truth no reading of the print can match: values the annotators' own line transcription does not spell.
const unspelled = FIELDS.map((f) => `${f} ${docs.filter((d) => !spelledByLines(d, f)).length}`);
console.log(`\ntest values that the dataset's own lines do not spell (joined in file order, with or without a space): ${unspelled.join(', ')} of ${docs.length} each`);
if (reasons.length > 0) console.log(`\nvalues failing their validators:\n${reasons.map((r) => `  ${r}`).join('\n')}`);
if (ocrMs.length > 0) console.log(`\nkie OCR per receipt (timed when cached, 2 threads): median ${quantile(ocrMs, 0.5).toFixed(0)} ms, p90 ${quantile(ocrMs, 0.9).toFixed(0)} ms`);
const cleanupNames = cleanupStepNames(parseCleanupSpec(turnedPreset)).join('+') || 'none';
for (const [title, copyRows] of copyTables) {
  console.log(`\n${title}, clean-up \`${turnedPreset}\` (${cleanupNames}), ${model ? 'receipts model (+rules)' : 'rules only'}:\n`);
  printTable(['copy', 'overall F1', 'drop from upright (points)'], copyRows);
}
