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
