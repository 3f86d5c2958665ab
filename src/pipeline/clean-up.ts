/**
 * Image clean-up before OCR: orientation (0/90/180/270), skew correction,
 * contrast normalisation, denoising. `withCleanup` wraps an OCR engine so that
 * the lines it returns are in the pixel coordinates of the image given (the
 * clean-up's turns are undone on the points). The `default` preset keeps only
 * the steps that measured better on SROIE test pages (bench/cleanup.ts, docs/receipts.md).
 */
import { KieError } from '../core/errors.js';
import type { Quad } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import { denoiseMedian, estimateSkew, isQuarterTurned, normalizeContrast } from '../core/image-cleanup.js';
import { applyAffine, composeAffine, IDENTITY, invertAffine, rotateImage, rotateQuarter, type Affine } from '../core/image-transform.js';
import type { OcrLine, OcrPage } from '../core/ocr.js';
import { loadImage, type ImageSource, type LoadImageOptions } from '../io/image.js';
import type { OcrEngine, RecognizeOptions } from './ocr.js';

/** Clean-up steps; each can be switched on or off. */
export interface CleanupOptions {
  /**
   * Find quarter turns (text running vertically) and, when the first reading is
   * poor, upside-down pages, by reading the page both ways (and, for a quarter
   * turn, as given) and keeping the best mean recognition score.
   */
  readonly orientation?: boolean;
  /** Level pages whose lines are turned by more than `minSkew` degrees. */
  readonly deskew?: boolean;
  /** Stretch faded grey levels to the full range. */
  readonly contrast?: boolean;
  /** 3×3 median filter. */
  readonly denoise?: boolean;
  /** Smallest skew (degrees) worth a resampling. Default 0.5. */
  readonly minSkew?: number;
  /** Mean recognition score under which an upside-down reading is tried. Default 0.85. */
  readonly flipBelowScore?: number;
}

export const CLEANUP_STEPS = ['orientation', 'deskew', 'contrast', 'denoise'] as const;
export type CleanupStep = (typeof CLEANUP_STEPS)[number];
/** Which steps are on, as plain data (it crosses to worker threads). */
export type CleanupSelection = Required<Pick<CleanupOptions, CleanupStep>>;

/**
 * The steps that are on, in {@link CLEANUP_STEPS} order.
 *
 * @example
 * cleanupStepNames(DEFAULT_CLEANUP) // ['orientation', 'deskew']
 */
export function cleanupStepNames(options: CleanupOptions): CleanupStep[] {
  return CLEANUP_STEPS.filter((s) => options[s] === true);
}

/** True when any step is on. */
export function anyCleanupStep(options: CleanupOptions): boolean {
  return CLEANUP_STEPS.some((s) => options[s] === true);
}

/**
 * The `default` preset: the steps that measured better (docs/receipts.md). End to end on 20 SROIE
 * test receipts (`npm run bench:receipts -- --turned 20`), orientation + deskew gave field F1 at
 * least that of orientation alone on every copy (upright 0.500 vs 0.487, skewed +5° 0.487 vs 0.403,
 * turned 90°/180°/270° equal or better). Contrast changed nothing on these scans and denoising
 * lowered detection (bench/cleanup.ts). `kie ocr`, `kie extract` and `kie serve` run it unless told
 * otherwise (`--preprocess none`); the library's `OcrOptions.preprocess` runs no step unless given.
 */
export const DEFAULT_CLEANUP: Readonly<CleanupSelection> = Object.freeze({
  orientation: true,
  deskew: true,
  contrast: false,
  denoise: false,
});

/** The steps of the `default` preset, for help texts (`orientation+deskew`). */
export const DEFAULT_CLEANUP_NAMES = cleanupStepNames(DEFAULT_CLEANUP).join('+') || 'nothing';

/** The values `--preprocess` takes, for help texts. */
export const CLEANUP_SPEC_CHOICES = `none, default (${DEFAULT_CLEANUP_NAMES}), all, or steps (${CLEANUP_STEPS.join(', ')}, no-<step>)`;

/**
 * Parses a `--preprocess` value: `default`, `none`, `all`, or a comma list of
 * steps, each optionally prefixed with `no-` (`default,no-deskew`, `contrast`).
 *
 * @throws KieError INVALID_ARGUMENT naming the valid steps.
 */
export function parseCleanupSpec(spec: string): CleanupSelection {
  const out: Record<CleanupStep, boolean> = { orientation: false, deskew: false, contrast: false, denoise: false };
  for (const raw of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (raw === 'none') for (const k of CLEANUP_STEPS) out[k] = false;
    else if (raw === 'all') for (const k of CLEANUP_STEPS) out[k] = true;
    else if (raw === 'default') Object.assign(out, DEFAULT_CLEANUP);
    else {
      const off = raw.startsWith('no-');
      const step = off ? raw.slice(3) : raw;
      if (!(CLEANUP_STEPS as readonly string[]).includes(step)) {
        throw new KieError('INVALID_ARGUMENT', `unknown preprocess step "${raw}" (valid: default, none, all, ${CLEANUP_STEPS.join(', ')}, no-<step>)`);
      }
      out[step as CleanupStep] = !off;
    }
  }
  return out;
}

/** A cleaned image and the map from its pixels back to the input's. */
export interface CleanedImage {
  readonly image: RgbImage;
  readonly toInput: Affine;
  /** What was done, for logs: `quarter 1`, `deskew -2.3`, `contrast`, `denoise`. */
  readonly steps: readonly string[];
}

/**
 * The pixel-level steps (no OCR): quarter turn, deskew, contrast, denoise. A
 * quarter-turned page is turned clockwise; `withCleanup` checks the other way.
 */
export function cleanImage(image: RgbImage, options: CleanupOptions = DEFAULT_CLEANUP): CleanedImage {
  let current = image;
  let forward: Affine = IDENTITY;
  const steps: string[] = [];
  if (options.orientation && isQuarterTurned(current)) {
    const turned = rotateQuarter(current, 1);
    current = turned.image;
    forward = composeAffine(turned.forward, forward);
    steps.push('quarter 1');
  }
  if (options.deskew) {
    const skew = estimateSkew(current);
    if (Math.abs(skew) >= (options.minSkew ?? 0.5)) {
      const level = rotateImage(current, -skew, { expand: true });
      current = level.image;
      forward = composeAffine(level.forward, forward);
      steps.push(`deskew ${-skew}`);
    }
  }
  if (options.contrast) {
    const stretched = normalizeContrast(current);
    if (stretched !== current) steps.push('contrast');
    current = stretched;
  }
  if (options.denoise) {
    current = denoiseMedian(current);
    steps.push('denoise');
  }
  return { image: current, toInput: invertAffine(forward), steps };
}

function meanScore(page: OcrPage): number {
  let chars = 0;
  let sum = 0;
  for (const l of page.lines) {
    const n = Math.max(1, l.text.length);
    chars += n;
    sum += l.score * n;
  }
  return chars > 0 ? sum / chars : 0;
}

/**
 * The page with its line points mapped by `m` and its size set to the input's;
 * the frame it was read in is kept when that was not the input as given.
 */
function mapPage(page: OcrPage, m: Affine, width: number, height: number): OcrPage {
  const lines = mapLines(page.lines, m);
  const moved = m.some((v, i) => Math.abs(v - IDENTITY[i]!) > 1e-9);
  return moved ? { ...page, width, height, lines, readFrame: { width: page.width, height: page.height, toInput: m } } : { ...page, width, height, lines };
}

/**
 * The page in the frame it was read in (upright after clean-up): what layout
 * stages should see. A page without a read frame is returned as it is.
 */
export function pageInReadFrame(page: OcrPage): OcrPage {
  const frame = page.readFrame;
  if (!frame) return page;
  return { width: frame.width, height: frame.height, lines: mapLines(page.lines, invertAffine(frame.toInput)), timings: page.timings };
}

/** Lines with their corners mapped by `m`. */
function mapLines(lines: readonly OcrLine[], m: Affine): OcrLine[] {
  return lines.map((l) => ({ ...l, points: l.points.map((p) => applyAffine(m, p)) as unknown as Quad }));
}

/**
 * Wraps an OCR engine with the clean-up: `recognize` cleans the image, reads it
 * (both ways when the orientation is in doubt) and returns lines in the input
 * image's pixel coordinates.
 *
 * @example
 * const ocr = withCleanup(await createOcr(), { ...DEFAULT_CLEANUP, contrast: true });
 * const page = await ocr.recognize('scan.jpg');
 */
export function withCleanup(engine: OcrEngine, options: CleanupOptions = DEFAULT_CLEANUP, load: LoadImageOptions = {}): OcrEngine {
  return {
    async recognize(source: ImageSource | RgbImage, page?: RecognizeOptions): Promise<OcrPage> {
      const input = isRgbImage(source) ? source : await loadImage(source, load);
      const cleaned = cleanImage(input, options);
      /** Reads `image` (whose pixels map to the input's by `toInput`). */
      const readIn = async (image: RgbImage, toInput: Affine): Promise<Reading> => {
        const read = await engine.recognize(image, page);
        return { page: mapPage(read, toInput, input.width, input.height), misoriented: misorientedShare(read) };
      };
      let best = await readIn(cleaned.image, cleaned.toInput);
      if (!options.orientation) return best.page;
      const turned = cleaned.steps.some((s) => s.startsWith('quarter'));
      const doubtful = meanScore(best.page) < (options.flipBelowScore ?? 0.85);
      // Most lines read upside down or across: the page is not upright, whatever the profiles said.
      const sideways = best.misoriented > UPSIDE_DOWN_SHARE;
      const tries: number[] = [];
      if (turned || doubtful || sideways) tries.push(2);
      if (sideways && !turned) tries.push(1, 3);
      for (const quarters of tries) {
        const other = rotateQuarter(cleaned.image, quarters);
        const reading = await readIn(other.image, composeAffine(cleaned.toInput, invertAffine(other.forward)));
        if (isBetterReading(reading, best)) best = reading;
      }
      if (turned) {
        // The quarter-turn test can mistake strong columns for text lines: the page as given gets a reading too,
        // and, when most of its lines read upside down, so does the page as given turned half a turn.
        const upright = cleanImage(input, { ...options, orientation: false });
        const plain = await readIn(upright.image, upright.toInput);
        if (!isBetterReading(best, plain)) best = plain;
        if (plain.misoriented > UPSIDE_DOWN_SHARE) {
          const half = rotateQuarter(upright.image, 2);
          const reading = await readIn(half.image, composeAffine(upright.toInput, invertAffine(half.forward)));
          if (isBetterReading(reading, best)) best = reading;
        }
      }
      return best.page;
    },
    release: () => engine.release(),
  };
}

/**
 * Share of misoriented lines above which a reading is taken for a turned page.
 * On the 500 upright SROIE receipts the share is at most 0.14 (99th percentile 0.05).
 */
const UPSIDE_DOWN_SHARE = 0.3;

interface Reading {
  readonly page: OcrPage;
  readonly misoriented: number;
}

/**
 * Share of a page's lines that do not run left to right in the image they were
 * read in: turned by the direction classifier (upside down) or read across
 * (vertical boxes). On a turned page most lines are still read right, one by
 * one, so the text scores alone cannot tell its way up; this share can.
 */
function misorientedShare(page: OcrPage): number {
  if (page.lines.length === 0) return 0;
  const off = page.lines.filter((l) => {
    const dx = l.points[1][0] - l.points[0][0];
    const dy = l.points[1][1] - l.points[0][1];
    return dx <= 0 || Math.abs(dy) > dx;
  });
  return off.length / page.lines.length;
}

/** Whether reading `a` is better than `b`: far fewer misoriented lines, else a higher mean score. */
function isBetterReading(a: Reading, b: Reading): boolean {
  if (Math.abs(a.misoriented - b.misoriented) > 0.3) return a.misoriented < b.misoriented;
  return meanScore(a.page) > meanScore(b.page);
}

function isRgbImage(value: ImageSource | RgbImage): value is RgbImage {
  return typeof value === 'object' && !(value instanceof Uint8Array) && 'data' in value && 'width' in value;
}
