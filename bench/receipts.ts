/**
 * Receipts bench: per-field precision / recall / F1 with the SROIE task 3
 * protocol (src/eval/field-metrics.ts) on the 100 test receipts of the fixed
 * split (sorted file ids, the last 100 of ../shared/datasets/sroie), for the
 * rule-based fallback and, when `models/receipts` is installed, the receipts
 * model — on the dataset's own OCR lines and end-to-end with kie's OCR (cached
 * under .bench-cache/, so the first run takes a few minutes).
 * Usage: npm run bench:receipts [-- --no-ocr] [-- --limit N]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KieDocument } from '../src/core/document.js';
import { evaluateFields, type FieldMetrics } from '../src/eval/field-metrics.js';
import { createKieModel, type KieModel } from '../src/models/kie/kie-model.js';
import { computeLayout } from '../src/models/kie/layout.js';
import type { KiePage } from '../src/models/kie/page.js';
import { predictSer } from '../src/models/ser/predict.js';
import { extractFields, fieldValues, type FieldSegment } from '../src/pipeline/fields.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';
import { cachedOcr } from '../scripts/lib/ocr-cache.js';
import { loadSroieSplit } from '../scripts/lib/sroie.js';
import { fixed, printTable } from './lib/stats.js';

const FIELDS = ['company', 'date', 'address', 'total'];
const args = process.argv.slice(2);
const withOcr = !args.includes('--no-ocr');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;

const { schema, test } = await loadSroieSplit();
const docs = test.slice(0, limit);
const modelDir = join(import.meta.dirname, '..', 'models', 'receipts');
const model = existsSync(join(modelDir, 'model.json')) ? await createKieModel(modelDir) : undefined;

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
function score(pages: Pages, how: 'rules' | 'model'): FieldMetrics {
  const gold: Record<string, Record<string, string>> = {};
  const pred: Record<string, Record<string, string | null>> = {};
  for (const d of docs) {
    gold[d.name] = d.fields ?? {};
    const page = pages.get(d.name);
    if (!page) continue;
    const segments = how === 'model' && model ? labelWithModel(model, page) : unlabelled(page);
    const fields = extractFields({ segments, width: page.width, height: page.height }, schema, { mode: how === 'model' ? 'auto' : 'rules' });
    pred[d.name] = fieldValues(fields);
  }
  return evaluateFields(gold, pred, { fields: FIELDS });
}

const datasetPages: Pages = new Map(docs.map((d: KieDocument) => [d.name, d.pages[0]!]));
const runs: Array<[string, Pages]> = [['dataset OCR lines', datasetPages]];
if (withOcr) {
  const ocr: OcrEngine = await createOcr({ threads: 2 });
  const ocrPages: Pages = new Map();
  const t0 = performance.now();
  for (const d of docs) {
    const page = d.pages[0]!;
    if (!page.imagePath) continue;
    const result = await cachedOcr(ocr, 'sroie', `${d.name}.jpg`, page.imagePath);
    ocrPages.set(d.name, {
      width: result.width,
      height: result.height,
      segments: result.lines.map((l, id) => ({ id, points: l.points, text: l.text })),
    });
  }
  await ocr.release();
  console.log(`kie OCR on ${ocrPages.size} receipts (cached after the first run): ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  runs.push(['kie OCR (end-to-end)', ocrPages]);
}

console.log(`SROIE test part: ${docs.length} receipts (sorted ids, after the first 400); receipts model: ${model ? 'yes' : 'not installed'}\n`);
const rows: string[][] = [];
for (const [input, pages] of runs) {
  for (const how of model ? (['rules', 'model'] as const) : (['rules'] as const)) {
    const m = score(pages, how);
    const cells = FIELDS.map((f) => {
      const p = m.perField[f]!;
      return `${fixed(p.precision)}/${fixed(p.recall)}/${fixed(p.hmean)}`;
    });
    rows.push([input, how === 'model' ? 'receipts model (+rules)' : 'rules only', ...cells, fixed(m.overall.hmean)]);
  }
}
printTable(['input', 'extraction', ...FIELDS.map((f) => `${f} P/R/F1`), 'overall F1'], rows);
