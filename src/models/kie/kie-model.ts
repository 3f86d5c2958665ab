/**
 * The shipped KIE model: a directory with a `model.json` manifest, the SER
 * network(s) and the RE network in the `*.kiew` format. Loading needs no ML
 * runtime; inference is plain TypeScript over Float32Arrays.
 */
import { formatKnownValues, parseKnownValues, type KnownValues } from '../../core/known-values.js';
import { formatLexicon, parseLexicon, type Lexicon } from '../../core/lexicon.js';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { KieError } from '../../core/errors.js';
import type { ReConfig } from '../re/config.js';
import { DEFAULT_REC_CONFIG, type RecConfig } from '../rec/config.js';
import { formatRecHead, parseRecHead, type RecHead } from '../rec/rec-head.js';
import { predictRe, type ReModel } from '../re/predict.js';
import type { SerConfig } from '../ser/config.js';
import type { PartnerConfig, PartnerModel } from '../ser/partner.js';
import { predictSer, type SerModel } from '../ser/predict.js';
import { computeLayout } from './layout.js';
import type { KieLink, KiePage } from './page.js';
import { decodeWeights, encodeWeights, type DecodedWeights } from './weights-format.js';

/** Contents of `model.json`. */
export interface KieModelManifest {
  readonly schemaVersion: 1;
  readonly name: string;
  readonly version: string;
  /** SER classes, background first. */
  readonly classes: readonly string[];
  readonly ser: {
    readonly files: readonly string[];
    /** The partner network of link-aware SER (`config.partner`), since 0.2. */
    readonly partner?: string;
    /** The first pass of stacked SER (`config.stack`), since 0.2. */
    readonly firstPass?: { readonly files: readonly string[] };
  };
  readonly re: { readonly file: string };
  /**
   * Word list (`word<TAB>count` lines) learned from the training texts, used to
   * correct OCR slips in extracted text fields (src/core/lexicon.ts); since 0.2 of receipts.
   */
  readonly lexicon?: string;
  /**
   * Known values of text fields (`{"company": [...]}` JSON) seen in the training
   * documents: an extracted value a few OCR slips from one takes its spelling
   * (src/core/known-values.ts); since 0.4 of receipts.
   */
  readonly knownValues?: string;
  /**
   * OCR settings the model was trained and measured with; `createExtractor`
   * reads each page with them (since 0.3 of receipts: `rec.padRight`).
   */
  readonly ocr?: {
    readonly rec?: Partial<Omit<RecConfig, 'head' | 'lexicon'>>;
    /** File of a recogniser head fitted to the model's documents (src/models/rec/rec-head.ts); since 0.5 of receipts. */
    readonly recHead?: string;
    /**
     * Re-read the OCR's Latin words, and the commas and full stops after them, against the
     * model's lexicon, from the recogniser's frame probabilities (src/models/rec/lexicon-words.ts,
     * word-marks.ts); since 0.6 of receipts, marks since 0.7.
     */
    readonly rereadWords?: boolean;
    /**
     * Whether the model reads OCR lines cut where a key and its value stand together (the shipped
     * line-split model), as it was trained: absent or true for models trained on such segments
     * (kie-forms, annotated documents), false for models trained on whole OCR lines (receipts, since 0.8.1).
     */
    readonly splitLines?: boolean;
  };
  /** Free-form provenance: training data, their licences, scores, training time. */
  readonly trainingData: readonly string[];
  readonly licence: string;
  readonly notes?: Record<string, unknown>;
}

/** A loaded SER + RE model. */
export interface KieModel {
  readonly manifest: KieModelManifest;
  readonly ser: SerModel;
  readonly re: ReModel;
  readonly lexicon?: Lexicon;
  readonly knownValues?: KnownValues;
  readonly recHead?: RecHead;
}

/** SER labels and RE links of one page. */
export interface KiePrediction {
  /** One label per segment, in `page.segments` order. */
  readonly labels: string[];
  /** Key→value links by segment id. */
  readonly links: KieLink[];
}

/**
 * Loads a model directory. A missing file is a `MODEL_NOT_FOUND` naming its
 * path; a malformed one `MODEL_INVALID`.
 *
 * @example
 * const model = await createKieModel('models/kie-forms');
 * const { labels, links } = predictKie(model, page);
 */
export async function createKieModel(dir: string): Promise<KieModel> {
  const manifestPath = join(dir, 'model.json');
  const manifest = JSON.parse(new TextDecoder().decode(await readModelFile(manifestPath))) as KieModelManifest;
  if (manifest.schemaVersion !== 1 || !Array.isArray(manifest.ser?.files) || typeof manifest.re?.file !== 'string') {
    throw new KieError('MODEL_INVALID', 'model.json is not a kie model manifest (schemaVersion 1)', { path: manifestPath });
  }
  checkOcrSettings(manifest.ocr, manifestPath);
  const load = async (file: string): Promise<DecodedWeights> => {
    const path = join(dir, file);
    return decodeWeights(await readModelFile(path), path);
  };
  const loadSer = async (files: readonly string[]): Promise<SerModel> => {
    const members = await Promise.all(files.map(load));
    const first = members[0];
    if (!first) throw new KieError('MODEL_INVALID', 'model.json lists no SER weights', { path: manifestPath });
    return { config: first.meta as SerConfig, members: members.map((m) => m.params) };
  };
  let partner: PartnerModel | undefined;
  if (manifest.ser.partner) {
    const p = await load(manifest.ser.partner);
    partner = { config: p.meta as PartnerConfig, params: p.params };
  }
  const withPartner = (m: SerModel): SerModel => (partner ? { ...m, partner } : m);
  const firstPass = manifest.ser.firstPass ? withPartner(await loadSer(manifest.ser.firstPass.files)) : undefined;
  const ser = withPartner(await loadSer(manifest.ser.files));
  const re = await load(manifest.re.file);
  const model: KieModel = {
    manifest,
    ser: firstPass ? { ...ser, firstPass } : ser,
    re: { config: re.meta as ReConfig, params: re.params },
  };
  return { ...model, ...(await loadWordLists(dir, manifest)), ...(await loadRecHead(dir, manifest)) };
}

/** The recogniser head a manifest names (`ocr.recHead`), read from the model directory. */
export async function loadRecHead(dir: string, manifest: KieModelManifest): Promise<Pick<KieModel, 'recHead'>> {
  const file = manifest.ocr?.recHead;
  if (file === undefined) return {};
  return { recHead: parseRecHead(await readModelText(dir, file), join(dir, file)) };
}

/** A text file of a model directory (`MODEL_NOT_FOUND` when missing). */
async function readModelText(dir: string, file: string): Promise<string> {
  return new TextDecoder().decode(await readModelFile(join(dir, file)));
}

/**
 * The OCR settings to read pages with for `model`: its manifest's `ocr.rec`, and
 * its recogniser head when it has one. Undefined when it has none.
 */
export function modelOcrSettings(model: Pick<KieModel, 'manifest' | 'recHead' | 'lexicon'>): { rec: Partial<RecConfig> } | undefined {
  const rec = {
    ...model.manifest.ocr?.rec,
    ...(model.recHead ? { head: model.recHead } : {}),
    ...(model.manifest.ocr?.rereadWords && model.lexicon ? { lexicon: model.lexicon } : {}),
  };
  return Object.keys(rec).length > 0 ? { rec } : undefined;
}

/** Whether `model` reads OCR lines split where a key and its value stand together (its manifest's `ocr.splitLines`, default true). */
export function modelSplitsLines(model: Pick<KieModel, 'manifest'>): boolean {
  return model.manifest.ocr?.splitLines !== false;
}

/**
 * The lexicon and known values a manifest names, read from the model directory
 * (a file that is named but missing or malformed is an error, not dropped).
 */
export async function loadWordLists(dir: string, manifest: KieModelManifest): Promise<Pick<KieModel, 'lexicon' | 'knownValues'>> {
  const lexicon = manifest.lexicon ? parseLexicon(await readModelText(dir, manifest.lexicon)) : undefined;
  const knownValues = manifest.knownValues ? parseKnownValues(await readModelText(dir, manifest.knownValues)) : undefined;
  if (manifest.knownValues && !knownValues) {
    throw new KieError('MODEL_INVALID', `${manifest.knownValues}: known values must be a JSON object of string lists ({"company": ["..."]})`, {
      path: join(dir, manifest.knownValues),
    });
  }
  return { ...(lexicon ? { lexicon } : {}), ...(knownValues ? { knownValues } : {}) };
}

/** Rejects `ocr.rec` settings the recogniser does not have, or of the wrong type, naming the valid ones. */
function checkOcrSettings(ocr: KieModelManifest['ocr'], path: string): void {
  if (ocr === undefined) return;
  if (ocr.recHead !== undefined && typeof ocr.recHead !== 'string') throw new KieError('MODEL_INVALID', 'model.json: ocr.recHead must be a file name', { path });
  if (ocr.rereadWords !== undefined && typeof ocr.rereadWords !== 'boolean') throw new KieError('MODEL_INVALID', 'model.json: ocr.rereadWords must be true or false', { path });
  if (ocr.splitLines !== undefined && typeof ocr.splitLines !== 'boolean') throw new KieError('MODEL_INVALID', 'model.json: ocr.splitLines must be true or false', { path });
  const rec: unknown = ocr.rec ?? {};
  if (typeof rec !== 'object' || rec === null) throw new KieError('MODEL_INVALID', 'model.json: ocr.rec must be an object', { path });
  for (const [key, value] of Object.entries(rec)) {
    const known = (DEFAULT_REC_CONFIG as unknown as Record<string, unknown>)[key];
    if (known === undefined || key === 'head' || key === 'lexicon' || typeof value !== typeof known) {
      const valid = Object.entries(DEFAULT_REC_CONFIG).map(([k, v]) => `${k} (${typeof v})`).join(', ');
      throw new KieError('MODEL_INVALID', `model.json: ocr.rec.${key} is not a recogniser setting of that type; valid: ${valid}`, { path });
    }
  }
}

/** Writes a model directory (manifest + weights) as read by {@link createKieModel}. */
export async function saveKieModel(dir: string, model: KieModel): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { manifest } = model;
  if (manifest.ser.files.length !== model.ser.members.length) {
    throw new KieError('INVALID_ARGUMENT', 'manifest.ser.files must name one file per SER member');
  }
  for (const [i, file] of manifest.ser.files.entries()) {
    await writeFile(join(dir, file), encodeWeights(model.ser.members[i]!, model.ser.config));
  }
  const { partner, firstPass } = model.ser;
  if (Boolean(manifest.ser.partner) !== Boolean(partner) || Boolean(manifest.ser.firstPass) !== Boolean(firstPass)) {
    throw new KieError('INVALID_ARGUMENT', 'manifest.ser.partner / firstPass must name the networks the SER model has');
  }
  if (partner && manifest.ser.partner) await writeFile(join(dir, manifest.ser.partner), encodeWeights(partner.params, partner.config));
  if (firstPass && manifest.ser.firstPass) {
    if (manifest.ser.firstPass.files.length !== firstPass.members.length) {
      throw new KieError('INVALID_ARGUMENT', 'manifest.ser.firstPass.files must name one file per first-pass member');
    }
    for (const [i, file] of manifest.ser.firstPass.files.entries()) {
      await writeFile(join(dir, file), encodeWeights(firstPass.members[i]!, firstPass.config));
    }
  }
  await writeFile(join(dir, manifest.re.file), encodeWeights(model.re.params, model.re.config));
  await writeWordListsAndHead(dir, manifest, model);
  await writeFile(join(dir, 'model.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Writes a model's lexicon, known values and recogniser head into `dir` under
 * the file names its manifest gives them; a manifest that names one the model
 * lacks (or lacks one the model has) is refused.
 */
export async function writeWordListsAndHead(
  dir: string,
  manifest: Pick<KieModelManifest, 'lexicon' | 'knownValues' | 'ocr'>,
  model: Pick<KieModel, 'lexicon' | 'knownValues' | 'recHead'>,
): Promise<void> {
  if (Boolean(manifest.lexicon) !== Boolean(model.lexicon)) throw new KieError('INVALID_ARGUMENT', 'manifest.lexicon must name the lexicon the model has');
  if (Boolean(manifest.knownValues) !== Boolean(model.knownValues)) {
    throw new KieError('INVALID_ARGUMENT', 'manifest.knownValues must name the known values the model has');
  }
  const headFile = manifest.ocr?.recHead;
  if (Boolean(headFile) !== Boolean(model.recHead)) throw new KieError('INVALID_ARGUMENT', 'manifest.ocr.recHead must name the recogniser head the model has');
  await mkdir(dir, { recursive: true });
  if (manifest.lexicon && model.lexicon) await writeFile(join(dir, manifest.lexicon), formatLexicon(model.lexicon));
  if (manifest.knownValues && model.knownValues) await writeFile(join(dir, manifest.knownValues), formatKnownValues(model.knownValues));
  if (headFile && model.recHead) await writeFile(join(dir, headFile), formatRecHead(model.recHead));
}

/** SER then RE on one page (RE uses the SER labels). */
export function predictKie(model: KieModel, page: KiePage): KiePrediction {
  const layout = computeLayout(page);
  const { labels } = predictSer(model.ser, page, layout);
  return { labels, links: predictRe(model.re, page, labels, layout) };
}

async function readModelFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new KieError('MODEL_NOT_FOUND', `model file not found: ${path}`, { path, cause });
  }
}
