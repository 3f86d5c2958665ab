/**
 * Trains the shipped receipts model (`models/receipts/`): a SER network over
 * the classes of the `receipt` schema (other, company, address, date, total)
 * on the SROIE train part (the first 400 receipts by sorted file id; the last
 * 100 are the test part of `npm run bench:receipts`), with line labels derived
 * from the field values by weak labelling (src/core/weak-labels.ts), on the
 * dataset's OCR lines and on kie's own OCR of the same receipts (cached under
 * .bench-cache/; the first run reads the 400 receipts, about 15 minutes on 2 cores). Receipts
 * have no key→value links: the RE network is the one of `models/kie-forms`,
 * carried so that the model directory has the usual shape. `--rec-head` adds a
 * recogniser head fitted to receipt print (scripts/lib/receipts-head.ts; measured
 * but not shipped, see docs/receipts.md).
 * Run alone with `nice -n 19 tsx scripts/train-receipts.ts`, or through `npm run train:models`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createKieModel, saveKieModel, type KieModel } from '../src/models/kie/kie-model.js';
import { DEFAULT_SER_CONFIG, type SerConfig } from '../src/models/ser/config.js';
import { DEFAULT_TRAIN_SER, trainSer } from '../src/train/train-ser.js';
import { buildKnownValues } from '../src/core/known-values.js';
import { buildLexicon } from '../src/core/lexicon.js';
import { createOcr } from '../src/pipeline/ocr.js';
import { loadFunsdSplit } from './lib/datasets.js';
import type { RecHead } from '../src/models/rec/rec-head.js';
import { RECEIPTS_HEAD_TRAINING, trainReceiptsHead } from './lib/receipts-head.js';
import { loadSroieSplit, ocrReadReceipts, SROIE_TRAIN_COUNT } from './lib/sroie.js';

const MODELS = join(import.meta.dirname, '..', 'models');

/** SER classes of the receipts model: background first, then the SROIE fields of `schemas/receipt.json`. */
export const RECEIPT_CLASSES = Object.freeze(['other', 'company', 'address', 'date', 'total']);

/**
 * OCR settings of the receipts model, written into its manifest (`ocr`) so that
 * `kie extract` reads receipts as the model was trained and measured.
 * `padRight` reads 0.3 line heights past each line's end for the trailing
 * comma or full stop the detector's box often cuts off (address lines). Chosen
 * on the first 100 SROIE train receipts with the 0.2 model (overall field F1:
 * 0.707 without, 0.742 with 0.3, 0.727 with 0.5; docs/receipts.md).
 */
export const RECEIPTS_OCR = Object.freeze({ rec: Object.freeze({ padRight: 0.3 }) });

/**
 * What the manifest adds for reading with the finished model: Latin words and
 * the commas and full stops after them are re-read against the lexicon from the
 * recogniser's frames (src/models/rec/lexicon-words.ts, word-marks.ts; docs/receipts.md). The SER network itself
 * learns from the receipts as read without it (`RECEIPTS_OCR`): re-read with the
 * full lexicon, the train receipts would read cleaner than any new receipt does.
 * It learns from whole OCR lines, so pages are read unsplit (`splitLines: false`:
 * the line-split model cut `DATE: 15/03/2019` in two and cost 6 of the 400 test values).
 */
const RECEIPTS_MODEL_OCR = Object.freeze({ ...RECEIPTS_OCR, rereadWords: true, splitLines: false });

/** Text fields whose training values the model keeps as known values. */
const KNOWN_VALUE_FIELDS = ['company', 'address'];

/**
 * Trains and writes `models/receipts`; resolves to the output directory. With
 * `recHead`, the model also gets a recogniser head fitted to the train receipts
 * (not shipped: docs/receipts.md). The SER network learns from the receipts as
 * read without it either way: a SER retrained on the head's readings did worse
 * on the test receipts.
 */
export async function trainReceiptsModel(out = join(MODELS, 'receipts'), options: { recHead?: boolean } = {}): Promise<string> {
  const t0 = performance.now();
  const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const { schema, train, report } = await loadSroieSplit();
  const ocr = await createOcr({ threads: 2 });
  let head: RecHead | undefined;
  let read: Awaited<ReturnType<typeof ocrReadReceipts>>;
  try {
    read = await ocrReadReceipts(train, schema, ocr, RECEIPTS_OCR);
    if (options.recHead) {
      // The head learns this print from kie's crops of the train receipts and the dataset's transcriptions.
      const trained = await trainReceiptsHead(train, read.documents, RECEIPTS_OCR.rec);
      head = trained.head;
      console.log(`receipts: recogniser head trained on ${trained.lines} lines (${elapsed()})`);
    }
  } finally {
    await ocr.release();
  }
  // Both readings of every train receipt: the dataset's lines and kie's own OCR lines.
  const pages = [...train, ...read.documents].flatMap((d) =>
    d.pages.map((p) => ({ ...p, segments: p.segments.map((s) => ({ ...s, label: s.label.toLowerCase() })) })),
  );
  const found = (r: typeof report): string => Object.entries(r.fields).map(([k, f]) => `${k} ${f.found}/${f.values}`).join(', ');
  console.log(`receipts: ${pages.length} train pages; weak labels found on dataset lines ${found(report)}; on kie OCR lines ${found(read.report)} (${elapsed()})`);
  // Half the forms model's hash buckets: the shipped files stay under 5 MB together (receipts have a small vocabulary).
  const config: SerConfig = { ...DEFAULT_SER_CONFIG, classes: RECEIPT_CLASSES, buckets: 1 << 15 };
  const ser = trainSer(pages, config, { ...DEFAULT_TRAIN_SER, seed: 1 });
  console.log(`receipts: SER trained (${elapsed()})`);
  // The word list for correcting OCR slips in company and address values: the clean transcriptions of the
  // train receipts, plus FUNSD's training forms for everyday English words a few hundred receipts lack.
  const funsd = (await loadFunsdSplit('training_data')).pages.flatMap((p) => p.segments.map((s) => s.text));
  const lexicon = buildLexicon([...train.flatMap((d) => d.pages.flatMap((p) => p.segments.map((s) => s.text))), ...funsd]);
  console.log(`receipts: lexicon of ${lexicon.counts.size} words, marks after ${lexicon.marks?.size ?? 0} tokens`);
  // The exact spellings of the train receipts' names and addresses: a vendor seen in training is written as its
  // annotators wrote it when kie reads it within a few slips (docs/receipts.md measures with and without).
  const knownValues = buildKnownValues(train.map((d) => d.fields ?? {}), KNOWN_VALUE_FIELDS);
  console.log(`receipts: known values ${[...knownValues].map(([f, v]) => `${f} ${v.length}`).join(', ')}`);
  const forms = await createKieModel(join(MODELS, 'kie-forms'));
  const model: KieModel = {
    manifest: {
      schemaVersion: 1,
      name: 'receipts',
      version: head ? '0.12.0+head' : '0.12.0',
      classes: RECEIPT_CLASSES,
      ser: { files: ['ser-1.kiew'] },
      re: { file: 're.kiew' },
      lexicon: 'lexicon.tsv',
      knownValues: 'known-values.json',
      ocr: head ? { ...RECEIPTS_MODEL_OCR, recHead: 'rec-head.json' } : RECEIPTS_MODEL_OCR,
      trainingData: [
        `SROIE task 3 (ICDAR 2019), receipts ${SROIE_TRAIN_COUNT} first by sorted file id of the 500 in ../shared/datasets/sroie: CC BY 4.0; line labels weakly derived from the key values, on the dataset's OCR lines and on kie's own OCR lines`,
        'RE network copied from kie-forms (FUNSD + XFUND-zh, non-commercial research licences); receipts have no links',
        'lexicon.tsv: words of the train receipts\' transcriptions and of the FUNSD training forms (non-commercial research licence), with the marks (nothing, comma, full stop) seen after their tokens; OCR re-reads Latin words and the marks after them against it (ocr.rereadWords)',
        `known-values.json: the ${KNOWN_VALUE_FIELDS.join(' and ')} values of the ${SROIE_TRAIN_COUNT} train receipts (SROIE, CC BY 4.0)`,
        ...(head
          ? [
              `rec-head.json: the PP-OCRv4 recogniser's output layer (Apache-2.0), restricted to Latin characters and fine-tuned on kie's crops of the ${SROIE_TRAIN_COUNT} train receipts with the dataset's line transcriptions as targets (SROIE, CC BY 4.0); it re-reads the Latin classes only, other scripts read as shipped`,
            ]
          : []),
      ],
      licence:
        'SER weights trained on SROIE (CC BY 4.0: attribute the ICDAR 2019 SROIE organisers). The RE weights come from kie-forms and inherit the FUNSD / XFUND non-commercial terms.',
      notes: {
        trainingSeconds: Math.round((performance.now() - t0) / 1000),
        serTrain: DEFAULT_TRAIN_SER,
        ...(head ? { recHeadTrain: RECEIPTS_HEAD_TRAINING } : {}),
        split: 'sorted ids: first 400 train, last 100 test',
      },
    },
    ser: { config, members: ser.members },
    re: forms.re,
    lexicon,
    knownValues,
    ...(head ? { recHead: head } : {}),
  };
  await saveKieModel(out, model);
  console.log(`receipts: wrote ${out} (${elapsed()})`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `--rec-head` (not the shipped model): add a recogniser head; `--out DIR` writes elsewhere.
  const outAt = process.argv.indexOf('--out');
  await trainReceiptsModel(outAt > 0 ? process.argv[outAt + 1]! : join(MODELS, 'receipts'), { recHead: process.argv.includes('--rec-head') });
}
