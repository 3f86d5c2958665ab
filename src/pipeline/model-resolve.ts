/**
 * Resolution of a KIE model argument: a name of a model shipped in the package's
 * `models/` folder (`kie-forms`) or a model directory.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { isKieError, KieError } from '../core/errors.js';
import type { DocumentSchema } from '../core/schema.js';
import { createKieModel, type KieModel } from '../models/kie/kie-model.js';

/** The model used when none is named. */
export const DEFAULT_KIE_MODEL = 'kie-forms';

/** The package's `models/` folder (the same relative place from `src/pipeline` and `dist/pipeline`). */
export const PACKAGE_MODELS_DIR = resolve(import.meta.dirname, '..', '..', 'models');

/** Names of the models shipped in the package (directories of `models/` with a `model.json`). */
export async function listShippedModels(root = PACKAGE_MODELS_DIR): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    if (await isFile(join(root, name, 'model.json'))) out.push(name);
  }
  return out;
}

/**
 * The shipped model made for a document schema: the first (by name) whose SER
 * classes hold the label of every required field of the schema, and at least
 * one label; undefined when none does (`receipt` → `receipts`).
 */
export async function shippedModelForSchema(schema: DocumentSchema, root = PACKAGE_MODELS_DIR): Promise<string | undefined> {
  const wanted = schema.fields.filter((f) => f.required).map((f) => f.label.toLowerCase());
  const any = schema.fields.map((f) => f.label.toLowerCase());
  for (const name of await listShippedModels(root)) {
    let classes: string[];
    try {
      const manifest = JSON.parse(await readFile(join(root, name, 'model.json'), 'utf8')) as { classes?: unknown };
      classes = Array.isArray(manifest.classes) ? manifest.classes.map((c) => String(c).toLowerCase()) : [];
    } catch {
      continue;
    }
    if (wanted.every((l) => classes.includes(l)) && any.some((l) => classes.includes(l))) return name;
  }
  return undefined;
}

/**
 * The directory of a model: a path (absolute, or containing a slash, or an
 * existing directory relative to `cwd`) is taken as it is; a bare name is looked
 * up among the shipped models.
 *
 * @throws KieError MODEL_NOT_FOUND naming the shipped models when a name is unknown.
 */
export async function resolveModelDir(nameOrDir: string, cwd = process.cwd()): Promise<string> {
  const asPath = resolve(cwd, nameOrDir);
  const looksLikePath = isAbsolute(nameOrDir) || /[\\/]/u.test(nameOrDir) || nameOrDir.startsWith('.');
  if (looksLikePath || (await isDirectory(asPath))) {
    if (!(await isDirectory(asPath))) throw new KieError('MODEL_NOT_FOUND', `model directory not found: ${asPath}`, { path: asPath });
    return asPath;
  }
  const shipped = await listShippedModels();
  if (!shipped.includes(nameOrDir)) {
    const valid = shipped.length > 0 ? shipped.join(', ') : 'none installed';
    throw new KieError('MODEL_NOT_FOUND', `unknown model "${nameOrDir}" (valid: ${valid}; or pass a model directory)`);
  }
  return join(PACKAGE_MODELS_DIR, nameOrDir);
}

/**
 * Loads a model by name or directory. Anything unreadable in a model file is a
 * `MODEL_INVALID` naming the directory (not a bare JSON syntax error).
 *
 * @example
 * const model = await loadKieModel('kie-forms');
 */
export async function loadKieModel(nameOrDir: string = DEFAULT_KIE_MODEL, cwd?: string): Promise<KieModel> {
  const dir = await resolveModelDir(nameOrDir, cwd);
  try {
    return await createKieModel(dir);
  } catch (cause) {
    if (isKieError(cause)) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new KieError('MODEL_INVALID', `model ${dir} cannot be read: ${why}`, { cause, path: dir });
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
