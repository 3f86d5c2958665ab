/**
 * A KIE model directory read and written part by part, so that `kie train --task
 * ser` and `--task re` can fill one directory in two runs (each keeps the other's
 * part). Uses the weights format of `models/kie/weights-format.ts` as it is.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../core/document.js';
import { isKieError, KieError } from '../core/errors.js';
import { buildKnownValues, type KnownValues } from '../core/known-values.js';
import { buildLexicon, type Lexicon } from '../core/lexicon.js';
import type { DocumentSchema } from '../core/schema.js';
import { createKieModel, loadRecHead, loadWordLists, saveKieModel, writeWordListsAndHead, type KieModel, type KieModelManifest } from '../models/kie/kie-model.js';
import type { RecHead } from '../models/rec/rec-head.js';
import { decodeWeights, encodeWeights } from '../models/kie/weights-format.js';
import type { NetworkParams } from '../models/kie/network.js';
import type { ReConfig } from '../models/re/config.js';
import type { ReModel } from '../models/re/predict.js';
import type { SerConfig } from '../models/ser/config.js';
import type { SerModel } from '../models/ser/predict.js';

/** Whatever parts a model directory holds. */
export interface ModelParts {
  readonly manifest?: KieModelManifest;
  readonly ser?: SerModel;
  readonly re?: ReModel;
}

/** File names used by `kie train`. */
export const RE_FILE = 're.kiew';
export const serFileName = (member: number): string => `ser-${member + 1}.kiew`;

async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}

/**
 * Reads the parts present in `dir` (none when it holds no `model.json`). A part
 * whose files are all present is loaded; a malformed file is `MODEL_INVALID`.
 */
export async function readModelParts(dir: string): Promise<ModelParts> {
  const manifestBytes = await readIfPresent(join(dir, 'model.json'));
  if (!manifestBytes) return {};
  // A complete model goes through the model's own loader (partner and stacked SER networks included).
  try {
    return await createKieModel(dir);
  } catch (error) {
    if (!isKieError(error) || error.code !== 'MODEL_NOT_FOUND') throw error;
  }
  let manifest: KieModelManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as KieModelManifest;
  } catch (cause) {
    throw new KieError('MODEL_INVALID', `${join(dir, 'model.json')} is not JSON`, { cause, path: dir });
  }
  const members: NetworkParams[] = [];
  let serConfig: SerConfig | undefined;
  for (const file of manifest.ser?.files ?? []) {
    const bytes = await readIfPresent(join(dir, file));
    if (!bytes) {
      members.length = 0;
      break;
    }
    const decoded = decodeWeights(bytes, join(dir, file));
    serConfig = decoded.meta as SerConfig;
    members.push(decoded.params);
  }
  const reBytes = manifest.re?.file ? await readIfPresent(join(dir, manifest.re.file)) : undefined;
  const re = reBytes ? decodeWeights(reBytes, join(dir, manifest.re.file)) : undefined;
  return {
    manifest,
    ...(serConfig && members.length > 0 ? { ser: { config: serConfig, members } } : {}),
    ...(re ? { re: { config: re.meta as ReConfig, params: re.params } } : {}),
  };
}

/** File names of a SER model in a manifest: members, and the partner / first-pass networks it carries. */
export function serManifestEntry(ser: SerModel): KieModelManifest['ser'] {
  return {
    files: ser.members.map((_, i) => serFileName(i)),
    ...(ser.partner ? { partner: 'ser-partner.kiew' } : {}),
    ...(ser.firstPass ? { firstPass: { files: ser.firstPass.members.map((_, i) => `ser-first-${i + 1}.kiew`) } } : {}),
  };
}

/** Writes a complete model with the model's own writer (all of its networks). */
export async function writeWholeModel(dir: string, model: KieModel): Promise<void> {
  await saveKieModel(dir, model);
}

/** Writes the SER part of a plain SER model (one file per ensemble member); returns the file names. */
export async function writeSerPart(dir: string, ser: SerModel): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = ser.members.map((_, i) => serFileName(i));
  for (const [i, params] of ser.members.entries()) await writeFile(join(dir, files[i]!), encodeWeights(params, ser.config));
  return files;
}

/** Writes the RE part; returns its file name. */
export async function writeRePart(dir: string, re: ReModel): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, RE_FILE), encodeWeights(re.params, re.config));
  return RE_FILE;
}

/** Writes `model.json`. */
export async function writeManifest(dir: string, manifest: KieModelManifest): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'model.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A deep copy of network parameters (fine-tuning must not touch the loaded model). */
export function cloneParams(p: NetworkParams): NetworkParams {
  return {
    shape: { ...p.shape },
    emb: p.emb.slice(),
    denseW: p.denseW.slice(),
    b0: p.b0.slice(),
    w1: p.w1.slice(),
    b1: p.b1.slice(),
    w2: p.w2.slice(),
    b2: p.b2.slice(),
    denseMean: p.denseMean.slice(),
    denseScale: p.denseScale.slice(),
  };
}

/** What a fine-tuned model keeps of its base besides the networks: word list, known values, OCR settings. */
export interface ModelExtras {
  readonly lexicon?: Lexicon;
  readonly knownValues?: KnownValues;
  readonly ocr?: KieModelManifest['ocr'];
  /** The recogniser head that `ocr.recHead` names. */
  readonly recHead?: RecHead;
}

const LEXICON_FILE = 'lexicon.tsv';
const KNOWN_VALUES_FILE = 'known-values.json';

/**
 * The extras a model fine-tuned from `base` on `train` carries: the base's word
 * list and OCR settings as they are, and its known values with the training
 * documents' own values of the same fields added (`KieDocument.fields`, as
 * `kie convert --from sroie` writes them), those first.
 */
export function fineTunedExtras(base: KieModel, train: Dataset): ModelExtras {
  const { lexicon, knownValues, recHead } = base;
  const ocr = base.manifest.ocr;
  let known: KnownValues | undefined;
  if (knownValues) {
    const fields = [...knownValues.keys()];
    const own = buildKnownValues(
      train.documents.map((d) => d.fields ?? {}),
      fields,
    );
    known = new Map(fields.map((f) => [f, [...new Set([...(own.get(f) ?? []), ...(knownValues.get(f) ?? [])])]]));
  }
  return { ...(lexicon ? { lexicon } : {}), ...(known ? { knownValues: known } : {}), ...(ocr ? { ocr } : {}), ...(recHead ? { recHead } : {}) };
}

/**
 * The word lists a model trained from scratch for a document schema reads with:
 * a lexicon of the training pages' words, and the known values of the schema's
 * text fields from the documents' field tables (`KieDocument.fields`, as `kie
 * convert --from sroie` writes them; none when no document has one).
 *
 * @example
 * const extras = schemaWordLists(train, await loadDocumentSchema('receipt'));
 * extras.knownValues?.get('company') // ['ACME TRADING SDN BHD', ...]
 */
export function schemaWordLists(train: Dataset, schema: DocumentSchema): ModelExtras {
  const pages = train.documents.flatMap((d) => d.pages);
  const lexicon = buildLexicon(pages.flatMap((p) => p.segments.map((s) => s.text)));
  const textFields = schema.fields.filter((f) => f.type === 'text').map((f) => f.name);
  const known = buildKnownValues(
    train.documents.map((d) => d.fields ?? {}),
    textFields,
  );
  const seen = [...known].filter(([, values]) => values.length > 0);
  return { lexicon, ...(seen.length > 0 ? { knownValues: new Map(seen) } : {}) };
}

/** The manifest entries that name the extras' files (and carry the OCR settings). */
export function extrasManifest(extras: ModelExtras): Pick<KieModelManifest, 'lexicon' | 'knownValues' | 'ocr'> {
  return {
    ...(extras.lexicon ? { lexicon: LEXICON_FILE } : {}),
    ...(extras.knownValues ? { knownValues: KNOWN_VALUES_FILE } : {}),
    ...(extras.ocr ? { ocr: extras.ocr } : {}),
  };
}

/** Writes the extras' files into a model directory, as {@link extrasManifest} names them. */
export async function writeExtras(dir: string, extras: ModelExtras): Promise<void> {
  await writeWordListsAndHead(dir, extrasManifest(extras), extras);
}

/** The extras a model directory already has (a second `kie train` run into it keeps them). */
export async function readExtras(dir: string, manifest: KieModelManifest): Promise<ModelExtras> {
  return { ...(await loadWordLists(dir, manifest)), ...(await loadRecHead(dir, manifest)), ...(manifest.ocr ? { ocr: manifest.ocr } : {}) };
}
