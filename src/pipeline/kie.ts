/**
 * The KIE pipeline: OCR → reading order → (line splitting) → SER → RE →
 * key-values. Composition only; the models live in `src/models`.
 */
import { KieError } from '../core/errors.js';
import type { Polygon } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import { applyAffine } from '../core/image-transform.js';
import type { OcrPage, ReadFrame } from '../core/ocr.js';
import type { ImageSource } from '../io/image.js';
import { modelOcrSettings, modelSplitsLines, type KieModel } from '../models/kie/kie-model.js';
import { computeLayout } from '../models/kie/layout.js';
import type { KiePage } from '../models/kie/page.js';
import { segmentsFromOcr, segmentsFromPage, type SegmentPage } from './kie-input.js';
import { givenLabels, labelSegments, linkSegments } from './kie-stages.js';
import { buildKeyValues, type KeyValue, type ScoredLink } from './key-values.js';
import { DEFAULT_KIE_MODEL, loadKieModel } from './model-resolve.js';
import { DEFAULT_CLEANUP, pageInReadFrame } from './clean-up.js';
import { createOcr, type OcrEngine, type OcrOptions } from './ocr.js';
import { loadLineSplitter, type LineSplitter } from './split-lines.js';

export type { LineSplitter } from './split-lines.js';

export interface ExtractorOptions {
  /** A loaded model, a shipped model's name, or a model directory. Default `kie-forms`. */
  readonly model?: KieModel | string;
  /**
   * An OCR engine to use (the caller keeps ownership and releases it), or options
   * for one that the extractor creates on the first image and releases in `release()`.
   * Each image is read with the model's own OCR settings (its manifest's `ocr`) over these.
   * Options without `preprocess` get the default clean-up (orientation + deskew), as
   * `kie extract` and `kie serve` read; `preprocess: false` reads images as given.
   */
  readonly ocr?: OcrEngine | OcrOptions;
  /**
   * Splits OCR lines that hold a key and its value before SER; default: the shipped
   * line-split model when it is installed and the model was trained on split lines
   * (its manifest's `ocr.splitLines` is not false: the receipts model reads whole
   * lines); `false` for none. Pages given with segments are never split (their ids are kept).
   */
  readonly splitLines?: LineSplitter | false;
  /** Directory that relative model paths are resolved against. */
  readonly cwd?: string;
}

export interface ExtractOptions {
  /**
   * Keep the labels of a given page and run RE only (the RE protocol on gold
   * entities). Only for pages given with labelled segments.
   */
  readonly goldLabels?: boolean;
}

/** What `extract` accepts: an image (path, bytes, decoded), an OCR result, or a page of segments. */
export type ExtractInput = ImageSource | RgbImage | OcrPage | KiePage;

/** A segment of the result. Coordinates are image pixels. */
export interface ExtractedSegment {
  readonly id: number;
  readonly points: Polygon;
  readonly text: string;
  /** SER class (`question`, `answer`, `header`, `other`, or the model's own classes). */
  readonly label: string;
  /** Probability of `label`, in [0, 1] (1 for given labels). */
  readonly labelScore: number;
  /** Recognition score of the text, when it was read by OCR. */
  readonly ocrScore?: number;
}

/** Wall-clock milliseconds per stage. */
export interface ExtractTimings {
  readonly ocr: number;
  readonly ser: number;
  readonly re: number;
  readonly total: number;
}

export interface ExtractResult {
  readonly width: number;
  readonly height: number;
  /** Segments in the order given (OCR: reading order). */
  readonly segments: readonly ExtractedSegment[];
  readonly links: readonly ScoredLink[];
  readonly keyValues: readonly KeyValue[];
  readonly timings: ExtractTimings;
  /** The upright frame the page was read and labelled in, when clean-up turned it (points above are the input's). */
  readonly readFrame?: ReadFrame;
}

export interface Extractor {
  readonly model: KieModel;
  extract(input: ExtractInput, options?: ExtractOptions): Promise<ExtractResult>;
  /** Releases the OCR sessions the extractor created (not an engine passed in). */
  release(): Promise<void>;
}

/**
 * Loads the KIE model once (and the OCR models on the first image) and returns an
 * extractor that reuses them for any number of pages.
 *
 * @example
 * const extractor = await createExtractor({ model: 'kie-forms', ocr: { threads: 2 } });
 * const { keyValues } = await extractor.extract('examples/form-en.png');
 * for (const kv of keyValues) console.log(kv.key, '→', kv.value); // Name: → Jane Doe
 * await extractor.release();
 */
export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const model =
    typeof options.model === 'object' ? options.model : await loadKieModel(options.model ?? DEFAULT_KIE_MODEL, options.cwd);
  const splitLines =
    options.splitLines === false ? undefined : (options.splitLines ?? (modelSplitsLines(model) ? await loadLineSplitter() : undefined));
  const given = isOcrEngine(options.ocr) ? options.ocr : undefined;
  let owned: Promise<OcrEngine> | undefined;
  const engine = (): Promise<OcrEngine> => {
    if (given) return Promise.resolve(given);
    const ocrOptions = options.ocr as OcrOptions | undefined; // not an engine: `given` is unset
    owned ??= createOcr({ ...ocrOptions, preprocess: ocrOptions?.preprocess ?? DEFAULT_CLEANUP });
    return owned;
  };
  return {
    model,
    async extract(input, extractOptions = {}) {
      const t0 = performance.now();
      let page: SegmentPage;
      let ocrMs = 0;
      if (isKiePage(input)) {
        page = segmentsFromPage(input);
      } else {
        if (extractOptions.goldLabels) {
          throw new KieError('INVALID_ARGUMENT', 'gold labels need a page of labelled segments (a dataset file), not an image or OCR lines');
        }
        const read = isOcrPage(input) ? input : await (await engine()).recognize(input, modelOcrSettings(model));
        ocrMs = isOcrPage(input) ? 0 : performance.now() - t0;
        // Layout stages see the page upright, as clean-up read it; results go back to the input's pixels.
        const ocrPage = pageInReadFrame(read);
        const lines = splitLines ? splitLines(ocrPage.lines) : ocrPage.lines;
        page = segmentsFromOcr(ocrPage, lines);
        if (read.readFrame) return toInputFrame(runKie(model, page, extractOptions, ocrMs, t0), read);
      }
      return runKie(model, page, extractOptions, ocrMs, t0);
    },
    async release() {
      if (owned) await (await owned).release();
      owned = undefined;
    },
  };
}

/** A result computed in a page's read frame, with its points mapped back to the input image. */
function toInputFrame(result: ExtractResult, read: OcrPage): ExtractResult {
  const frame = read.readFrame!;
  const segments = result.segments.map((s) => ({ ...s, points: s.points.map((p) => applyAffine(frame.toInput, p)) }));
  return { ...result, width: read.width, height: read.height, segments, readFrame: frame };
}

/** SER (or the given labels), RE and key-values on a page of segments. */
function runKie(model: KieModel, page: SegmentPage, options: ExtractOptions, ocrMs: number, t0: number): ExtractResult {
  const layout = computeLayout(page);
  const t1 = performance.now();
  const { labels, scores } = options.goldLabels ? givenLabels(page) : labelSegments(model, page, layout);
  const t2 = performance.now();
  const links = linkSegments(model, page, labels, layout);
  const keyValues = buildKeyValues(page.segments, links, page.order);
  const t3 = performance.now();
  const segments = page.segments.map((s, i): ExtractedSegment => {
    const base = { id: s.id, points: s.points, text: s.text, label: labels[i]!, labelScore: scores[i]! };
    const ocrScore = page.ocrScores?.[i];
    return ocrScore === undefined ? base : { ...base, ocrScore };
  });
  return {
    width: page.width,
    height: page.height,
    segments,
    links,
    keyValues,
    timings: { ocr: ocrMs, ser: t2 - t1, re: t3 - t2, total: performance.now() - t0 },
  };
}

function isOcrEngine(value: OcrEngine | OcrOptions | undefined): value is OcrEngine {
  return typeof value === 'object' && typeof (value as Partial<OcrEngine>).recognize === 'function';
}

function isObjectInput(input: ExtractInput): input is Exclude<ExtractInput, string | Uint8Array> {
  return typeof input === 'object' && !(input instanceof Uint8Array);
}

/** True for an OCR result (`lines`). */
export function isOcrPage(input: ExtractInput): input is OcrPage {
  return isObjectInput(input) && Array.isArray((input as Partial<OcrPage>).lines);
}

/** True for a page of segments (`segments`). */
export function isKiePage(input: ExtractInput): input is KiePage {
  return isObjectInput(input) && Array.isArray((input as Partial<KiePage>).segments);
}
