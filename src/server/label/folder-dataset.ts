/**
 * The labelled folder as a dataset: export to PP-OCR KIE, FUNSD or XFUND through the
 * writers of io/formats (split train/val by ratio and seed), and import of PP-OCR KIE
 * files and PPOCRLabel folders into per-image annotations.
 */
import { copyFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { createDataset, type Dataset, type KieDocument } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import {
  projectClasses,
  type ExportFormat,
  type ImageStatus,
  type ImportFormat,
  type LabelProject,
} from '../../core/label-project.js';
import { exportDataset } from '../../io/formats/convert.js';
import { exists, stemOf } from '../../io/formats/files.js';
import { getFormat, readDataset } from '../../io/formats/registry.js';
import type { AnnotationStore } from './annotation-store.js';
import { isPlainName, listImageNames, resolveImage, resolveInside, type LabelFolder } from './folder.js';

/** Statuses exported unless asked otherwise: everything a person has labelled. */
export const DEFAULT_EXPORT_STATUSES: readonly ImageStatus[] = ['labelled', 'verified'];

/**
 * Every image of the folder whose status is in `statuses`, as a dataset with the
 * project's label list (background first) as classes.
 */
export async function readFolderDataset(
  folder: LabelFolder,
  store: AnnotationStore,
  project: LabelProject,
  statuses: readonly ImageStatus[] = DEFAULT_EXPORT_STATUSES,
): Promise<Dataset> {
  const documents: KieDocument[] = [];
  for (const name of await listImageNames(folder)) {
    const imagePath = await resolveImage(folder, name);
    const entry = await store.entry(imagePath);
    if (!statuses.includes(entry.status)) continue;
    const { annotation } = await store.read(imagePath);
    documents.push({ name: stemOf(name), pages: [{ ...annotation.page, image: name, imagePath }] });
  }
  return createDataset(documents, projectClasses(project));
}

export interface FolderExportOptions {
  readonly format: ExportFormat;
  /** Output folder, relative to the labelled folder (default `export/<format>`). */
  readonly output?: string;
  /** Fraction of images in train; 1 (default) writes everything as train. */
  readonly ratio?: number;
  readonly seed?: number;
  readonly statuses?: readonly ImageStatus[];
}

export interface FolderExportResult {
  /** Output folder relative to the labelled folder. */
  readonly output: string;
  readonly documents: number;
  readonly parts?: { readonly train: number; readonly val: number };
  /** Files written, relative to the labelled folder. */
  readonly written: readonly string[];
}

/**
 * Exports the folder's labelled images with images copied beside the labels and
 * relative image paths: PP-OCR KIE writes `train.txt`, `val.txt` and
 * `class_list.txt` (OTHER first), FUNSD `train/` and `val/` folders, XFUND
 * `train.json` and `val.json`.
 */
export async function exportFolder(
  folder: LabelFolder,
  store: AnnotationStore,
  project: LabelProject,
  options: FolderExportOptions,
): Promise<FolderExportResult> {
  const format = getFormat(options.format);
  const out = resolveInside(folder, options.output ?? join('export', format.name));
  const dataset = await readFolderDataset(folder, store, project, options.statuses);
  if (dataset.documents.length === 0) throw new KieError('INVALID_ARGUMENT', 'no labelled image to export (label or verify some first)');
  const ratio = options.ratio ?? 1;
  if (!(ratio > 0 && ratio <= 1)) throw new KieError('INVALID_ARGUMENT', `the train ratio must be in (0, 1], got ${ratio}`);
  const whole = ratio === 1 || Math.round(ratio * dataset.documents.length) === dataset.documents.length;
  let written: readonly string[];
  let parts: FolderExportResult['parts'];
  if (whole) {
    const path = format.layout === 'file' && format.splitFileName ? join(out, format.splitFileName('train')) : out;
    ({ written } = await exportDataset(dataset, path, { to: format.name, images: 'copy' }));
    parts = { train: dataset.documents.length, val: 0 };
  } else {
    ({ written, parts } = await exportDataset(dataset, out, { to: format.name, images: 'copy', split: ratio, seed: options.seed ?? 0 }));
  }
  const rel = (p: string): string => relative(folder.root, p).split('\\').join('/');
  return { output: rel(out), documents: dataset.documents.length, ...(parts ? { parts } : {}), written: written.map(rel) };
}

export interface FolderImportOptions {
  readonly format: ImportFormat;
  /** A PP-OCR KIE label file or a PPOCRLabel folder (with `Label.txt`), relative to the labelled folder. */
  readonly path: string;
  /** Replace annotations of images that already have shapes (default false: they are skipped). */
  readonly overwrite?: boolean;
}

export interface FolderImportResult {
  readonly imported: number;
  readonly skipped: number;
  /** Images copied into the folder because they were not in it yet. */
  readonly copied: number;
}

/**
 * Imports annotations into the folder: each page's image is matched by file name
 * (copied in when missing), and its annotation written unless it already has shapes.
 */
export async function importIntoFolder(folder: LabelFolder, store: AnnotationStore, options: FolderImportOptions): Promise<FolderImportResult> {
  const source = resolveInside(folder, options.path, true);
  const dataset = await readDataset(source, { format: options.format });
  let imported = 0;
  let skipped = 0;
  let copied = 0;
  for (const doc of dataset.documents) {
    for (const page of doc.pages) {
      const name = basename(page.imagePath ?? page.image);
      if (!isPlainName(name)) continue;
      const target = join(folder.root, name);
      if (!(await exists(target))) {
        if (!page.imagePath) {
          skipped++;
          continue;
        }
        await copyFile(page.imagePath, target);
        copied++;
      }
      const imagePath = await resolveImage(folder, name);
      let wrote = false;
      await store.update(imagePath, (current) => {
        if (current.page.segments.length > 0 && !options.overwrite) return undefined;
        wrote = true;
        const width = page.width > 0 ? page.width : current.page.width;
        const height = page.height > 0 ? page.height : current.page.height;
        return { page: { image: name, width, height, segments: page.segments }, verified: false };
      });
      if (wrote) imported++;
      else skipped++;
    }
  }
  return { imported, skipped, copied };
}
