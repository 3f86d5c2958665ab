/**
 * Minimal readers of the two gold datasets for the SER/RE training and bench
 * scripts, producing `KiePage`s. To be replaced by the `src/io/formats` readers
 * once those exist. Reads from ../shared/datasets (never copied into the repo).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Point } from '../../src/core/geometry.js';
import type { KiePage, KieSegment } from '../../src/models/kie/page.js';

/** Root of the shared datasets, overridable with `KIE_DATASETS`. */
export const DATASETS_ROOT = resolve(process.env.KIE_DATASETS ?? join(import.meta.dirname, '../../../shared/datasets'));

export interface NamedPage extends KiePage {
  readonly name: string;
}

interface FunsdEntity {
  id: number;
  box: [number, number, number, number];
  text: string;
  label: string;
  linking: [number, number][];
}

/** FUNSD split `training_data` or `testing_data`. */
export async function loadFunsd(split: 'training_data' | 'testing_data'): Promise<NamedPage[]> {
  const dir = join(DATASETS_ROOT, 'funsd', split);
  const files = (await readdir(join(dir, 'annotations'))).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => {
      const json = JSON.parse(await readFile(join(dir, 'annotations', f), 'utf8')) as { form: FunsdEntity[] };
      const meta = await sharp(join(dir, 'images', f.replace(/\.json$/, '.png'))).metadata();
      const segments: KieSegment[] = json.form.map((e) => {
        const [x0, y0, x1, y1] = e.box;
        const points: Point[] = [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
        ];
        return { id: e.id, points, text: e.text, label: e.label, linking: e.linking };
      });
      return { name: f, width: meta.width ?? 1, height: meta.height ?? 1, segments };
    }),
  );
}

interface PpocrEntity {
  transcription: string;
  label: string;
  points: [number, number][];
  id: number;
  linking: [number, number][];
}

/** XFUND-zh in PaddleOCR KIE format: `zh_train` or `zh_val`. */
export async function loadXfundZh(split: 'zh_train' | 'zh_val'): Promise<NamedPage[]> {
  const dir = join(DATASETS_ROOT, 'xfund-zh', split);
  const text = await readFile(join(dir, split === 'zh_train' ? 'train.json' : 'val.json'), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  return Promise.all(
    lines.map(async (line) => {
      const tab = line.indexOf('\t');
      const name = line.slice(0, tab);
      const items = JSON.parse(line.slice(tab + 1)) as PpocrEntity[];
      const meta = await sharp(join(dir, 'image', name)).metadata();
      const segments: KieSegment[] = items.map((e) => ({
        id: e.id,
        points: e.points.map(([x, y]) => [x, y] as const),
        text: e.transcription,
        label: e.label,
        linking: e.linking,
      }));
      return { name, width: meta.width ?? 1, height: meta.height ?? 1, segments };
    }),
  );
}
