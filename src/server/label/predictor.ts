/**
 * What pre-labels an image. The label server takes a {@link Predictor} as a
 * dependency, so tests inject a fake one and the SER + RE models plug in later
 * without touching the server: today {@link createOcrPredictor} reads text lines with
 * kie's OCR and a {@link SegmentLabeller} (by default: every line `other`) names them.
 * A SER/RE labeller will set `label` and `links` on the same segments.
 */
import sharp from 'sharp';
import { inferShape, type Segment } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import { boundingBox, type Polygon } from '../../core/geometry.js';
import { BACKGROUND_LABEL } from '../../core/labels.js';
import type { OcrPage } from '../../core/ocr.js';
import type { OcrEngine, OcrOptions } from '../../pipeline/ocr.js';

/** Predicted shapes of one image, in its pixels; every segment carries a `confidence`. */
export interface Prediction {
  readonly width: number;
  readonly height: number;
  readonly segments: readonly Segment[];
}

/** The text read inside one region. */
export interface Recognition {
  readonly text: string;
  /** Mean recognition score in [0, 1]; 0 when nothing was read. */
  readonly score: number;
}

export interface Predictor {
  /** Shown in the app (e.g. `ocr`, `ocr+ser+re`). */
  readonly name: string;
  predict(imagePath: string): Promise<Prediction>;
  /** Reads the text inside `points` (image pixels) of the image. */
  recognize(imagePath: string, points: Polygon): Promise<Recognition>;
  release(): Promise<void>;
}

/** Names the OCR lines of a page: the seam where SER (labels) and RE (links) plug in. */
export type SegmentLabeller = (
  segments: readonly Segment[],
  imagePath: string,
  size: { readonly width: number; readonly height: number },
) => Promise<readonly Segment[]>;

/** The labeller used until SER/RE models exist: OCR lines stay `other`, unlinked. */
export const unlabelled: SegmentLabeller = async (segments) => segments;

/**
 * OCR lines as predicted segments (ids 0..n-1, label `other`, confidence = recognition score).
 *
 * @example
 * ocrToSegments(await ocr.recognize('a.png')).map((s) => s.text)
 */
export function ocrToSegments(page: OcrPage): Segment[] {
  return page.lines.map((line, id) => {
    const points = line.points.map(([x, y]) => [round(x), round(y)] as const);
    return {
      id,
      points,
      shape: inferShape(points),
      text: line.text,
      label: BACKGROUND_LABEL,
      links: [],
      difficult: false,
      confidence: Math.round(line.score * 1000) / 1000,
    };
  });
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

export interface OcrPredictorOptions {
  readonly ocr?: OcrOptions;
  /** Names the lines (SER) and links them (RE); default {@link unlabelled}. */
  readonly labeller?: SegmentLabeller;
  /** Creates the engine; default `createOcr` from pipeline/ocr.ts (loaded on first use). */
  readonly createEngine?: (options: OcrOptions) => Promise<OcrEngine>;
}

/** Margin in pixels around a region cropped for re-recognition, so the detector sees its edges. */
const CROP_MARGIN = 6;

/**
 * A predictor over kie's OCR. The models load on the first call, not at start-up, so
 * `kie label` opens at once and a folder can be labelled by hand with no models.
 *
 * @example
 * const predictor = createOcrPredictor();
 * const { segments } = await predictor.predict('scans/a.png');
 */
export function createOcrPredictor(options: OcrPredictorOptions = {}): Predictor {
  let engine: Promise<OcrEngine> | undefined;
  const labeller = options.labeller ?? unlabelled;
  const getEngine = (): Promise<OcrEngine> => {
    engine ??= (async () => {
      const create = options.createEngine ?? (await import('../../pipeline/ocr.js')).createOcr;
      return create(options.ocr ?? {});
    })();
    engine.catch(() => {
      engine = undefined;
    });
    return engine;
  };
  return {
    name: options.labeller ? 'ocr+kie' : 'ocr',
    async predict(imagePath) {
      const page = await (await getEngine()).recognize(imagePath);
      const size = { width: page.width, height: page.height };
      return { ...size, segments: await labeller(ocrToSegments(page), imagePath, size) };
    },
    async recognize(imagePath, points) {
      const crop = await cropRegion(imagePath, points);
      const page = await (await getEngine()).recognize(crop);
      const lines = page.lines;
      if (lines.length === 0) return { text: '', score: 0 };
      return {
        text: lines.map((l) => l.text).join(' '),
        score: lines.reduce((s, l) => s + l.score, 0) / lines.length,
      };
    },
    async release() {
      const e = engine;
      engine = undefined;
      if (e) await (await e).release();
    },
  };
}

/** PNG of the region's bounding box (clamped to the image) on a white margin. */
async function cropRegion(imagePath: string, points: Polygon): Promise<Buffer> {
  const image = sharp(imagePath).rotate();
  const { width = 0, height = 0 } = await image.metadata();
  const box = boundingBox(points);
  const left = Math.max(0, Math.floor(box.x0));
  const top = Math.max(0, Math.floor(box.y0));
  const right = Math.min(width, Math.ceil(box.x1));
  const bottom = Math.min(height, Math.ceil(box.y1));
  if (right - left < 2 || bottom - top < 2) throw new KieError('INVALID_ARGUMENT', 'the region is outside the image or too small to read');
  return image
    .extract({ left, top, width: right - left, height: bottom - top })
    .extend({ top: CROP_MARGIN, bottom: CROP_MARGIN, left: CROP_MARGIN, right: CROP_MARGIN, background: '#ffffff' })
    .png()
    .toBuffer();
}
