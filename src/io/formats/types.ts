import type { Dataset } from '../../core/document.js';
import type { ImageMode } from './files.js';

/** Names of the dataset formats kie reads and writes. */
export const FORMAT_NAMES = ['kie', 'ppocr-kie', 'ppocrlabel', 'xanylabeling', 'xfund', 'funsd', 'sroie', 'paddle'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export interface ReadOptions {
  /** Read missing page sizes from the image headers (default true). */
  readonly imageSizes?: boolean;
  /** Extra folder to look for images in. */
  readonly imageDir?: string;
}

export interface WriteOptions {
  /** How to refer to images (default `reference`). */
  readonly images?: ImageMode;
}

/** One dataset format: a reader, a writer where the format can be written, and where its output goes. */
export interface DatasetFormat {
  readonly name: FormatName;
  readonly description: string;
  /** `file`: IN/OUT is one file; `folder`: a folder of files. */
  readonly layout: 'file' | 'folder';
  /** File name for `part` (train / val) when a split writes a file format into a folder. */
  readonly splitFileName?: (part: string) => string;
  readonly read: (path: string, options: ReadOptions) => Promise<Dataset>;
  readonly write?: (dataset: Dataset, path: string, options: WriteOptions) => Promise<string[]>;
}
