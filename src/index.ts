/** Public library entry points of kie. */
// Datasets and evaluation
export * from './core/document.js';
export { migrateDataset } from './core/document-migrate.js';
export { validateDataset, type ValidationIssue, type IssueCode } from './core/document-validate.js';
export { fixDataset, type FixResult } from './core/document-fix.js';
export { datasetStats, type DatasetStats } from './core/document-stats.js';
export { normalizeLabel, isBackground, sameLabel, parseClassList, formatClassList } from './core/labels.js';
export { splitItems, seededShuffle } from './core/split.js';
export { readDataset, writeDataset, detectFormat, getFormat, listFormats } from './io/formats/registry.js';
export { convertDataset, type ConvertOptions, type ConvertResult } from './io/formats/convert.js';
export { validateImages } from './io/formats/images.js';
export { FORMAT_NAMES, type FormatName } from './io/formats/types.js';
export { evaluateSer, type SerReport } from './eval/ser-metrics.js';
export { evaluateRe } from './eval/re-metrics.js';
export { evaluateE2e, type E2eReport } from './eval/e2e-metrics.js';
export { evaluateOcr, type OcrReport } from './eval/ocr-metrics.js';
export { matchByIou, type IouMatch, type IouMatching } from './eval/match.js';
export { prf, type Prf } from './eval/prf.js';
// OCR
export { createOcr, resolveOcrOptions, type OcrEngine, type OcrOptions, type ResolvedOcrOptions } from './pipeline/ocr.js';
export { toOcrJson, type OcrPageJson } from './pipeline/ocr-json.js';
export { mergeLineFragments, type MergeFragmentsOptions } from './pipeline/merge-fragments.js';
export type { OcrChar, OcrLine, OcrPage, OcrTimings } from './core/ocr.js';
export type { RgbImage } from './core/image.js';
export { loadImage, DEFAULT_MAX_PIXELS, type ImageSource, type LoadImageOptions } from './io/image.js';
export { readPdf, isPdf, type PdfPage, type ReadPdfOptions } from './io/pdf.js';
export { renderOcrPicture } from './io/render.js';
export { defaultOcrModelPaths, type OcrModelPaths } from './runtime/model-paths.js';
export { DEFAULT_DET_CONFIG, type DetConfig } from './models/det/config.js';
export { DEFAULT_REC_CONFIG, DEFAULT_CLS_CONFIG, type RecConfig, type ClsConfig } from './models/rec/config.js';
export { formatRecHead, parseRecHead, restrictHead, LATIN_CHARS, type RecHead } from './models/rec/rec-head.js';
export { trainRecTask, headErrorRate, type RecTaskOptions, type RecTaskResult } from './train/train-rec-task.js';
export { sortReadingOrder, medianSkew, type ReadingOrderOptions } from './core/reading-order.js';
export * from './core/geometry.js';
export { KieError, isKieError, toKieError, KIE_ERROR_CODES, type KieErrorCode } from './core/errors.js';
export { toHalfWidth, stripSpaces, editDistance } from './core/text.js';
// CLI (for embedding and tests)
export { runCli } from './cli/run.js';
export type { CliIo } from './cli/io.js';
// Key-value extraction (OCR → SER → RE → key-values)
export {
  createExtractor,
  type Extractor,
  type ExtractorOptions,
  type ExtractOptions,
  type ExtractInput,
  type ExtractResult,
  type ExtractedSegment,
  type LineSplitter,
} from './pipeline/kie.js';
export { buildKeyValues, joinTexts, type KeyValue, type ScoredLink } from './pipeline/key-values.js';
export { toExtractJson, toPredictionDataset, EXTRACT_SCHEMA_VERSION, type ExtractJson, type ExtractedPage } from './pipeline/extract-json.js';
export { loadKieModel, listShippedModels, DEFAULT_KIE_MODEL } from './pipeline/model-resolve.js';
export { cutLine, createLineSplitter, loadLineSplitter } from './pipeline/split-lines.js';
