/** What the API hands to its page pool and gets back. Plain data: it crosses worker-thread boundaries. */
import type { CleanupSelection } from '../../pipeline/clean-up.js';

/** One page to extract. */
export interface PageTask {
  /** The uploaded file's bytes (an image, or a PDF with `page`). */
  readonly bytes: Uint8Array;
  /** The file's name, written into the page JSON as `image`. */
  readonly name: string;
  /** A model name from the server's model list. */
  readonly model: string;
  /** A shipped document schema: the page gets its `fields` (as `kie extract --schema`). */
  readonly schema?: string;
  /** For a PDF upload: the page (1-based) to read, from its text layer when it has one, else its picture. */
  readonly page?: number;
}

/** The extraction of one page: the model that ran and the page as `kie extract` writes it. */
export interface PageOutcome {
  readonly model: { readonly name: string; readonly version: string };
  readonly page: Record<string, unknown>;
}

/** The extraction function the API runs for every page (the seam tests replace). */
export type ExtractFn = (task: PageTask) => Promise<PageOutcome>;

/** An extraction function with resources to release. */
export interface PageEngine {
  readonly extract: ExtractFn;
  release(): Promise<void>;
}

/**
 * Which engine a worker builds, as plain data (workers cannot receive functions):
 * `kie` runs the whole pipeline (createExtractor), `ocr` only OCR (lines as
 * unlabelled segments, no key-values): a cheaper engine for deployments and tests
 * that only need text.
 */
export interface EngineSpec {
  readonly engine: 'kie' | 'ocr';
  /** onnxruntime threads per session; 1 per worker, as workers already use the cores in parallel. */
  readonly threads: number;
  /** Pixel limit of an input image (IMAGE_TOO_LARGE over it). */
  readonly maxPixels: number;
  /** Image clean-up before OCR (none when left out). */
  readonly preprocess?: CleanupSelection;
  /** KIE models to load before the worker says it is ready (others load on their first page). */
  readonly preload?: readonly string[];
}

/** A KieError as plain data, for crossing the thread boundary. */
export interface WireError {
  readonly code: string;
  readonly message: string;
}
