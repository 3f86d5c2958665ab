/**
 * Per-image annotations on disk: X-AnyLabeling JSON beside each image (written by
 * io/formats/xanylabeling.ts), each version named by a revision (a hash of the file's
 * bytes, sent as the ETag). A save names the revision it was based on; when the file
 * changed since (another tab, another tool), the save is refused and the current
 * version returned, so the last writer is told instead of silently overwriting.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isObject } from '../../core/coerce.js';
import type { Page } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import { imageStatus, type Annotation, type AnnotationResponse, type ImageEntry } from '../../core/label-project.js';
import { imageHeaderSize } from '../../io/formats/files.js';
import { readXAnyLabelingFile, toXAnyLabelingJson } from '../../io/formats/xanylabeling.js';
import { writeFileAtomic } from './atomic-write.js';
import { annotationPath } from './folder.js';
import { createKeyedLock } from './keyed-lock.js';

/** Revision of an image that has no annotation file yet. */
export const NO_REVISION = 'none';

/** Outcome of a save: the new revision, or the newer version that was kept. */
export type SaveResult =
  | { readonly ok: true; readonly revision: string }
  | { readonly ok: false; readonly current: AnnotationResponse };

export interface AnnotationStore {
  read(imagePath: string): Promise<AnnotationResponse>;
  /** Saves when `baseRevision` is the file's current revision (or `force`), atomically. */
  save(imagePath: string, annotation: Annotation, baseRevision: string, force?: boolean): Promise<SaveResult>;
  /** Read-modify-write under the file's lock (label renames, batch pre-labelling). */
  update(imagePath: string, change: (current: Annotation) => Annotation | undefined): Promise<void>;
  /** Status and shape count for the file list, cached by file time and size. */
  entry(imagePath: string): Promise<ImageEntry>;
}

function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

/** The X-AnyLabeling JSON text kie writes for an annotation; `verified` rides in the top-level `flags`. */
export function formatAnnotationFile(annotation: Annotation, imageName: string): string {
  const json = toXAnyLabelingJson(annotation.page, imageName);
  return `${JSON.stringify({ ...json, flags: annotation.verified ? { verified: true } : {} }, null, 2)}\n`;
}

async function readBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ENOENT') return undefined;
    throw new KieError('INVALID_DATA', `could not read ${path}: ${(cause as Error).message}`, { cause, path });
  }
}

function verifiedFlag(bytes: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return isObject(value) && isObject(value.flags) && value.flags.verified === true;
  } catch {
    return false;
  }
}

/**
 * Creates the store. All access to one file goes through one queue, so a
 * compare-and-write cannot interleave with another save from this server.
 *
 * @example
 * const store = createAnnotationStore();
 * const { revision, annotation } = await store.read('/data/a.png');
 */
export function createAnnotationStore(): AnnotationStore {
  const lock = createKeyedLock();
  const cache = new Map<string, { key: string; entry: ImageEntry }>();

  async function readUnlocked(imagePath: string): Promise<AnnotationResponse> {
    const file = annotationPath(imagePath);
    const image = basename(imagePath);
    const bytes = await readBytes(file);
    let page: Page;
    let verified = false;
    if (bytes === undefined) {
      page = { image, width: 0, height: 0, segments: [] };
    } else {
      const doc = await readXAnyLabelingFile(file);
      const read = doc.pages[0];
      page = { image, width: read?.width ?? 0, height: read?.height ?? 0, segments: read?.segments ?? [] };
      verified = verifiedFlag(bytes);
    }
    if (!(page.width > 0 && page.height > 0)) {
      const size = await imageHeaderSize(imagePath);
      if (size) page = { ...page, ...size };
    }
    return { revision: bytes === undefined ? NO_REVISION : revisionOf(bytes), annotation: { page, verified } };
  }

  async function writeUnlocked(imagePath: string, annotation: Annotation): Promise<string> {
    const text = formatAnnotationFile(annotation, basename(imagePath));
    await writeFileAtomic(annotationPath(imagePath), text);
    return revisionOf(text);
  }

  return {
    read: (imagePath) => lock.run(annotationPath(imagePath), () => readUnlocked(imagePath)),

    save: (imagePath, annotation, baseRevision, force = false) =>
      lock.run(annotationPath(imagePath), async (): Promise<SaveResult> => {
        const current = await readUnlocked(imagePath);
        if (!force && current.revision !== baseRevision) return { ok: false, current };
        return { ok: true, revision: await writeUnlocked(imagePath, annotation) };
      }),

    update: (imagePath, change) =>
      lock.run(annotationPath(imagePath), async () => {
        const next = change((await readUnlocked(imagePath)).annotation);
        if (next) await writeUnlocked(imagePath, next);
      }),

    async entry(imagePath) {
      const file = annotationPath(imagePath);
      const name = basename(imagePath);
      let key: string;
      try {
        const s = await stat(file);
        key = `${s.mtimeMs}:${s.size}`;
      } catch {
        return { name, status: 'unlabelled', shapes: 0 };
      }
      const hit = cache.get(file);
      if (hit?.key === key) return hit.entry;
      let entry: ImageEntry;
      try {
        const { annotation } = await lock.run(file, () => readUnlocked(imagePath));
        const segments = annotation.page.segments;
        entry = { name, status: imageStatus(segments, annotation.verified), shapes: segments.length };
      } catch {
        entry = { name, status: 'unlabelled', shapes: 0 };
      }
      cache.set(file, { key, entry });
      return entry;
    },
  };
}
