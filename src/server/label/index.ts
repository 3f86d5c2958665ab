/** The label server: the annotation app's HTTP side. */
export { createLabelApp, DEFAULT_WEB_ROOT, type LabelAppDeps } from './app.js';
export { createAnnotationStore, formatAnnotationFile, NO_REVISION, type AnnotationStore, type SaveResult } from './annotation-store.js';
export { openLabelFolder, type LabelFolder } from './folder.js';
export { exportFolder, importIntoFolder, readFolderDataset } from './folder-dataset.js';
export { createOcrPredictor, ocrToSegments, unlabelled, type Predictor, type Prediction, type SegmentLabeller } from './predictor.js';
export { startLabelServer, type LabelServer, type LabelServerOptions } from './serve.js';
