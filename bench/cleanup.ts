/**
 * Clean-up bench: OCR detection Hmean and exact text (src/eval/ocr-metrics.ts,
 * IoU 0.5) on SROIE test pages (the last 100 by sorted id; the first N here),
 * as given and on turned copies (90°, 180°, 5° skew), with and without each
 * clean-up step. Gold lines are the dataset's own boxes, moved with the copy.
 * Usage: npm run bench:cleanup [-- --pages N]   (default 4 pages: OCR dominates)
 */
import { createDataset, segmentsFromOcrLines, type Dataset, type Segment } from '../src/core/document.js';
import type { Point } from '../src/core/geometry.js';
import type { RgbImage } from '../src/core/image.js';
import { applyAffine, IDENTITY, rotateImage, rotateQuarter, type Affine } from '../src/core/image-transform.js';
import { evaluateOcr } from '../src/eval/ocr-metrics.js';
import { loadImage } from '../src/io/image.js';
import { DEFAULT_CLEANUP, withCleanup, type CleanupOptions } from '../src/pipeline/clean-up.js';
import { createOcr, type OcrEngine } from '../src/pipeline/ocr.js';
import { loadSroieSplit } from '../scripts/lib/sroie.js';
import { fixed, printTable } from './lib/stats.js';

const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const count = at >= 0 ? Number(args[at + 1]) : 4;

const VARIANTS: Array<[string, (img: RgbImage) => { image: RgbImage; forward: Affine }]> = [
  ['original', (img) => ({ image: img, forward: IDENTITY })],
  ['rotated 90°', (img) => rotateQuarter(img, 1)],
  ['rotated 180°', (img) => rotateQuarter(img, 2)],
  ['skewed 5°', (img) => rotateImage(img, 5, { expand: true })],
];
const NONE: CleanupOptions = { orientation: false, deskew: false, contrast: false, denoise: false };
const CONFIGS: Array<[string, CleanupOptions, readonly string[]]> = [
  ['none', NONE, VARIANTS.map((v) => v[0])],
  ['orientation', { ...NONE, orientation: true }, ['original', 'rotated 90°', 'rotated 180°']],
  ['deskew', { ...NONE, deskew: true }, ['original', 'skewed 5°']],
  ['contrast', { ...NONE, contrast: true }, ['original']],
  ['denoise', { ...NONE, denoise: true }, ['original']],
  ['orientation+deskew', { ...NONE, orientation: true, deskew: true }, VARIANTS.map((v) => v[0])],
  ['default preset', DEFAULT_CLEANUP, ['skewed 5°']],
];

const { test } = await loadSroieSplit();
const docs = test.slice(0, count);
const base: OcrEngine = await createOcr({ threads: 2 });
const gold = new Map<string, Dataset>();
const inputs = new Map<string, RgbImage[]>();
for (const d of docs) {
  const page = d.pages[0]!;
  const image = await loadImage(page.imagePath!);
  VARIANTS.forEach(([name, make], v) => {
    const { image: turned, forward } = make(image);
    (inputs.get(name) ?? inputs.set(name, []).get(name)!).push(turned);
    const segments: Segment[] = page.segments.map((s) => ({ ...s, points: s.points.map((p: Point) => applyAffine(forward, p)) }));
    const g = gold.get(name) ?? createDataset([]);
    gold.set(name, { ...g, documents: [...g.documents, { name: `${d.name}-${v}`, pages: [{ ...page, image: `${d.name}.jpg`, width: turned.width, height: turned.height, segments }] }] });
  });
}

const rows: string[][] = [];
for (const [config, options, variants] of CONFIGS) {
  const ocr = withCleanup({ recognize: (img) => base.recognize(img), release: async () => {} }, options);
  for (const variant of variants) {
    const g = gold.get(variant)!;
    const t0 = performance.now();
    const documents = [];
    for (const [i, doc] of g.documents.entries()) {
      const result = await ocr.recognize(inputs.get(variant)![i]!);
      documents.push({ name: doc.name, pages: [{ ...doc.pages[0]!, segments: segmentsFromOcrLines(result.lines) }] });
    }
    const report = evaluateOcr(g, createDataset(documents), { iouThreshold: 0.5 });
    const seconds = (performance.now() - t0) / 1000 / g.documents.length;
    rows.push([variant, config, fixed(report.detection.hmean), fixed(report.exactText), fixed(report.cer), seconds.toFixed(1)]);
    console.error(`${variant} / ${config}: done`);
  }
}
await base.release();
console.log(`SROIE test pages: ${docs.length} (first of the test part); gold = dataset boxes moved with each copy\n`);
printTable(['input', 'clean-up', 'det Hmean', 'exact text', 'CER', 's/page'], rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0)));
