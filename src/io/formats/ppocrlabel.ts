/**
 * PPOCRLabel's `Label.txt` (read only): `folder/image<TAB>[{"transcription", "points",
 * "difficult", "key_cls"}]`. KIE mode's `key_cls` becomes the label (`None` is the
 * background class); ids are the item order and links start empty unless present.
 */
import { dirname, join } from 'node:path';
import { asArray } from '../../core/coerce.js';
import { createDataset, imageKey, withSegment, type Dataset, type KieDocument } from '../../core/document.js';
import { BACKGROUND_LABEL } from '../../core/labels.js';
import { checkSegmentCount, fillImageSizes, findImage, isDirectory, readTextFile } from './files.js';
import { imageDirs, parsePpocrSegment, parseTabLines } from './ppocr-kie.js';
import type { DatasetFormat, ReadOptions } from './types.js';

/** Reads a PPOCRLabel `Label.txt` (or a folder holding one). */
export async function readPpocrLabel(path: string, options: ReadOptions = {}): Promise<Dataset> {
  const file = (await isDirectory(path)) ? join(path, 'Label.txt') : path;
  const text = await readTextFile(file);
  const documents: KieDocument[] = [];
  for (const { image, value, line } of parseTabLines(text, file)) {
    const where = `${file}:${line}`;
    const items = asArray(value, where);
    checkSegmentCount(items.length, where);
    const segments = items.map((item, i) => {
      const s = parsePpocrSegment(item, `${where}: item ${i}`, i);
      return s.label === 'None' || s.label === 'none' ? withSegment(s, { label: BACKGROUND_LABEL }) : s;
    });
    // PPOCRLabel writes "folder/image" relative to the folder above Label.txt's own.
    const imagePath = await findImage(image, [dirname(dirname(file)), ...imageDirs(file, options.imageDir)]);
    documents.push({
      name: imageKey(image),
      pages: [{ image, ...(imagePath ? { imagePath } : {}), width: 0, height: 0, segments }],
      source: { file, line },
    });
  }
  const dataset = createDataset(documents);
  return options.imageSizes === false ? dataset : fillImageSizes(dataset);
}

export const ppocrLabelFormat: DatasetFormat = {
  name: 'ppocrlabel',
  description: "PPOCRLabel Label.txt with key_cls (read only)",
  layout: 'file',
  read: readPpocrLabel,
};
