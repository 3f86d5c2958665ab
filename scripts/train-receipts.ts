/**
 * Trains the shipped receipts model (`models/receipts/`): a SER network over
 * the classes of the `receipt` schema (other, company, address, date, total)
 * on the SROIE train part (the first 400 receipts by sorted file id; the last
 * 100 are the test part of `npm run bench:receipts`), with line labels derived
 * from the field values by weak labelling (src/core/weak-labels.ts). Receipts
 * have no key→value links: the RE network is the one of `models/kie-forms`,
 * carried so that the model directory has the usual shape.
 * Run alone with `nice -n 19 tsx scripts/train-receipts.ts`, or through `npm run train:models`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createKieModel, saveKieModel, type KieModel } from '../src/models/kie/kie-model.js';
import { DEFAULT_SER_CONFIG, type SerConfig } from '../src/models/ser/config.js';
import { DEFAULT_TRAIN_SER, trainSer } from '../src/train/train-ser.js';
import { loadSroieSplit, SROIE_TRAIN_COUNT } from './lib/sroie.js';

const MODELS = join(import.meta.dirname, '..', 'models');

/** SER classes of the receipts model: background first, then the SROIE fields of `schemas/receipt.json`. */
export const RECEIPT_CLASSES = Object.freeze(['other', 'company', 'address', 'date', 'total']);

/** Trains and writes `models/receipts`; resolves to the output directory. */
export async function trainReceiptsModel(out = join(MODELS, 'receipts')): Promise<string> {
  const t0 = performance.now();
  const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const { train, report } = await loadSroieSplit();
  const pages = train.flatMap((d) =>
    d.pages.map((p) => ({ ...p, segments: p.segments.map((s) => ({ ...s, label: s.label.toLowerCase() })) })),
  );
  const found = Object.entries(report.fields).map(([k, f]) => `${k} ${f.found}/${f.values}`).join(', ');
  console.log(`receipts: ${pages.length} train pages, weak labels found ${found} (${elapsed()})`);
  // Half the forms model's hash buckets: the shipped files stay under 5 MB together (receipts have a small vocabulary).
  const config: SerConfig = { ...DEFAULT_SER_CONFIG, classes: RECEIPT_CLASSES, buckets: 1 << 15 };
  const ser = trainSer(pages, config, { ...DEFAULT_TRAIN_SER, seed: 1 });
  console.log(`receipts: SER trained (${elapsed()})`);
  const forms = await createKieModel(join(MODELS, 'kie-forms'));
  const model: KieModel = {
    manifest: {
      schemaVersion: 1,
      name: 'receipts',
      version: '0.1.0',
      classes: RECEIPT_CLASSES,
      ser: { files: ['ser-1.kiew'] },
      re: { file: 're.kiew' },
      trainingData: [
        `SROIE task 3 (ICDAR 2019), receipts ${SROIE_TRAIN_COUNT} first by sorted file id of the 500 in ../shared/datasets/sroie: CC BY 4.0; line labels weakly derived from the key values`,
        'RE network copied from kie-forms (FUNSD + XFUND-zh, non-commercial research licences); receipts have no links',
      ],
      licence:
        'SER weights trained on SROIE (CC BY 4.0: attribute the ICDAR 2019 SROIE organisers). The RE weights come from kie-forms and inherit the FUNSD / XFUND non-commercial terms.',
      notes: { trainingSeconds: Math.round((performance.now() - t0) / 1000), serTrain: DEFAULT_TRAIN_SER, split: 'sorted ids: first 400 train, last 100 test' },
    },
    ser: { config, members: ser.members },
    re: forms.re,
  };
  await saveKieModel(out, model);
  console.log(`receipts: wrote ${out} (${elapsed()})`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await trainReceiptsModel();
