/**
 * PaddleOCR's KIE inference output, for drop-in comparison with its models:
 * `image<TAB>{"ocr_info": [{"transcription", "bbox", "points", "pred_id", "pred"}]}`
 * (`tools/infer_kie_token_ser.py`, `ppstructure/kie/predict_kie_token_ser.py`; older
 * releases wrote the key `ser_resule`). `pred` is the class; `id` and `linking` are
 * kept when present (kie writes them so that a round trip loses nothing).
 */
import { dirname } from 'node:path';
import { asArray, asId, asLinks, asNumber, asObject, asPoints, asText, invalid } from '../../core/coerce.js';
import { createDataset, imageKey, inferShape, pointsToBox, type Dataset, type KieDocument, type Segment } from '../../core/document.js';
import { collectClasses, formatClassList, normalizeLabel } from '../../core/labels.js';
import { checkSegmentCount, fillImageSizes, findImage, placeImage, readTextFile, writeTextFile } from './files.js';
import { imageDirs, parseTabLines } from './ppocr-kie.js';
import type { DatasetFormat, ReadOptions, WriteOptions } from './types.js';

const RESULT_KEYS = ['ocr_info', 'ser_resule', 'ser_result'];

/** Reads a PaddleOCR KIE result file. */
export async function readPaddle(file: string, options: ReadOptions = {}): Promise<Dataset> {
  const documents: KieDocument[] = [];
  for (const { image, value, line } of parseTabLines(await readTextFile(file), file)) {
    const where = `${file}:${line}`;
    const obj = asObject(value, where);
    const key = RESULT_KEYS.find((k) => k in obj);
    if (key === undefined) throw invalid(where, `expected an object with one of ${RESULT_KEYS.join(', ')}`, file);
    const items = asArray(obj[key], `${where}: ${key}`);
    checkSegmentCount(items.length, where);
    const segments = items.map((item, i) => parsePaddleItem(item, `${where}: ${key}[${i}]`, i));
    const imagePath = await findImage(image, imageDirs(file, options.imageDir));
    documents.push({
      name: imageKey(image),
      pages: [
        {
          image,
          ...(imagePath ? { imagePath } : {}),
          width: obj.width === undefined ? 0 : asNumber(obj.width, `${where}: width`),
          height: obj.height === undefined ? 0 : asNumber(obj.height, `${where}: height`),
          segments,
        },
      ],
      source: { file, line },
    });
  }
  const dataset = createDataset(documents);
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

function parsePaddleItem(value: unknown, where: string, index: number): Segment {
  const item = asObject(value, where);
  const points = asPoints(item.points ?? item.poly ?? item.bbox, `${where}.points`);
  const segment: Record<string, unknown> = {
    id: asId(item.id, `${where}.id`, index),
    points,
    shape: inferShape(points),
    text: asText(item.transcription ?? item.text, `${where}.transcription`),
    label: asText(item.pred ?? item.label, `${where}.pred`, 'other'),
    links: asLinks(item.linking, `${where}.linking`),
    difficult: false,
  };
  if (typeof item.score === 'number' && Number.isFinite(item.score)) segment.confidence = item.score;
  return segment as unknown as Segment;
}

/**
 * Writes a PaddleOCR KIE result file. `pred_id` follows PaddleOCR's numbering of the
 * `B-` tags for a class list with the background first: OTHER 0, then 1, 3, 5, ...
 */
export async function writePaddle(dataset: Dataset, file: string, options: WriteOptions = {}): Promise<string[]> {
  const labels = dataset.documents.flatMap((d) => d.pages.flatMap((p) => p.segments.map((s) => s.label)));
  const classes = formatClassList(dataset.classes ?? collectClasses(labels)).trim().split('\n');
  const predId = new Map<string, number>(classes.map((c, i) => [normalizeLabel(c), i === 0 ? 0 : 2 * i - 1]));
  const lines: string[] = [];
  for (const doc of dataset.documents) {
    for (const page of doc.pages) {
      const image = await placeImage(page, dirname(file), options.images ?? 'reference', 'images');
      const ocrInfo = page.segments.map((s) => ({
        transcription: s.text,
        bbox: pointsToBox(s.points),
        points: s.points,
        pred_id: predId.get(normalizeLabel(s.label)) ?? 0,
        pred: s.label,
        id: s.id,
        linking: s.links,
        ...(s.confidence === undefined ? {} : { score: s.confidence }),
      }));
      lines.push(`${image}\t${JSON.stringify({ ocr_info: ocrInfo })}`);
    }
  }
  await writeTextFile(file, lines.length ? `${lines.join('\n')}\n` : '');
  return [file];
}

export const paddleFormat: DatasetFormat = {
  name: 'paddle',
  description: 'PaddleOCR KIE inference output: image<TAB>{"ocr_info": [{transcription, bbox, points, pred_id, pred}]}',
  layout: 'file',
  splitFileName: (part) => `${part}.txt`,
  read: readPaddle,
  write: writePaddle,
};
