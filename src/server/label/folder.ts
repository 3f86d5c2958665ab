/**
 * The labelled folder: which images it holds and where each image's annotation file
 * is. Every path the server touches comes from here, and only names that the
 * folder listing contains are accepted, so a request can never reach a file outside
 * the folder (no `..`, no separators, no absolute paths, no symlinked escapes).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { KieError } from '../../core/errors.js';
import { IMAGE_EXTENSIONS } from '../../io/formats/files.js';

/** The folder the app labels, resolved to its real path. */
export interface LabelFolder {
  readonly root: string;
}

/**
 * Opens a folder for labelling.
 *
 * @throws KieError FILE_NOT_FOUND when it is missing, INVALID_ARGUMENT when it is a file.
 */
export async function openLabelFolder(path: string): Promise<LabelFolder> {
  let root: string;
  try {
    root = await realpath(resolve(path));
  } catch (cause) {
    throw new KieError('FILE_NOT_FOUND', `${path} does not exist`, { cause, path });
  }
  if (!(await stat(root)).isDirectory()) throw new KieError('INVALID_ARGUMENT', `${path} is a file, expected a folder of images`, { path });
  return { root };
}

/** True for a plain file name: no separators, no `..`, no control characters. */
export function isPlainName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    !name.includes('/') &&
    !name.includes('\\') &&
    ![...name].some((c) => c.charCodeAt(0) < 32)
  );
}

function isImageName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && IMAGE_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** Image file names of the folder (top level only), sorted by name. */
export async function listImageNames(folder: LabelFolder): Promise<string[]> {
  const entries = await readdir(folder.root, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isImageName(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/**
 * Absolute path of the image `name`, which must be a plain name of an image file
 * directly inside the folder whose real path stays inside it.
 *
 * @throws KieError FILE_NOT_FOUND for anything else (the same answer for a missing
 *   file and a refused path, so probing tells nothing).
 */
export async function resolveImage(folder: LabelFolder, name: string): Promise<string> {
  const refuse = (): KieError => new KieError('FILE_NOT_FOUND', `no image "${name}" in the folder`);
  if (!isPlainName(name) || !isImageName(name)) throw refuse();
  const path = join(folder.root, name);
  let real: string;
  try {
    real = await realpath(path);
    if (!(await stat(real)).isFile()) throw refuse();
  } catch {
    throw refuse();
  }
  if (!isInside(folder.root, real)) throw refuse();
  return path;
}

/** The X-AnyLabeling JSON beside an image: same stem, `.json`. */
export function annotationPath(imagePath: string): string {
  const dot = imagePath.lastIndexOf('.');
  return `${dot > imagePath.lastIndexOf(sep) ? imagePath.slice(0, dot) : imagePath}.json`;
}

/**
 * Resolves a folder path given by the user (export target, import source) relative to
 * the labelled folder, refusing anything outside it.
 *
 * @throws KieError INVALID_ARGUMENT for a path that leaves the folder.
 */
export function resolveInside(folder: LabelFolder, path: string, allowRoot = false): string {
  const target = resolve(folder.root, path);
  if (!isInside(folder.root, target) || (target === folder.root && !allowRoot)) {
    throw new KieError('INVALID_ARGUMENT', `${path} must be a sub-folder of the labelled folder`);
  }
  return target;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
