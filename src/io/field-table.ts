/**
 * Field values of many documents as one table (document → field → value), read
 * from any of: a dataset with document fields (SROIE `key/`, kie JSON), the
 * JSON of `kie extract --schema` (`pages[].fields`), or a folder of one JSON
 * object per document (`<id>.json` or `<id>.txt`, the SROIE task 3 submission form).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { KieError } from '../core/errors.js';
import { readDataset } from './formats/registry.js';

/** Document name (file name without folders and extension) → field → value. */
export type FieldValues = Record<string, Record<string, string | null>>;

const stem = (name: string): string => basename(name, extname(name));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field name → printed value of one `fields` object of `kie extract` (`{company: {value}}`) or a plain `{company: '...'}`. */
function valuesOf(fields: Record<string, unknown>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, f] of Object.entries(fields)) {
    const first = Array.isArray(f) ? f[0] : f;
    if (typeof first === 'string') out[name] = first;
    else if (isObject(first)) out[name] = typeof first.value === 'string' ? first.value : null;
    else out[name] = null;
  }
  return out;
}

/**
 * Reads a table of field values.
 *
 * @throws KieError INVALID_DATA when the file holds no field values in a known form.
 * @example
 * const gold = await readFieldTable('../shared/datasets/sroie', 'sroie');
 * const pred = await readFieldTable('out/extract.json');
 */
export async function readFieldTable(path: string, format?: string): Promise<FieldValues> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new KieError('FILE_NOT_FOUND', `${path} does not exist`, { cause, path });
  });
  if (info.isFile() && format === undefined) {
    const text = await readFile(path, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (isObject(json) && Array.isArray(json.pages)) {
      const out: FieldValues = {};
      for (const page of json.pages) {
        if (isObject(page) && typeof page.image === 'string' && isObject(page.fields)) out[stem(page.image)] = valuesOf(page.fields);
      }
      if (Object.keys(out).length > 0) return out;
      throw new KieError('INVALID_DATA', `${path}: no page has fields (run kie extract with --schema)`, { path });
    }
  }
  if (info.isDirectory() && format === undefined) {
    const names = (await readdir(path)).filter((n) => /\.(json|txt)$/iu.test(n)).sort();
    const out: FieldValues = {};
    for (const name of names) {
      try {
        const value: unknown = JSON.parse(await readFile(join(path, name), 'utf8'));
        if (isObject(value) && !('schemaVersion' in value) && !('shapes' in value) && !('form' in value)) out[stem(name)] = valuesOf(value);
      } catch {
        // Not a field file: the folder is read as a dataset below.
      }
    }
    if (Object.keys(out).length > 0 && Object.keys(out).length === names.length) return out;
  }
  const dataset = await readDataset(path, { format, imageSizes: false });
  const out: FieldValues = {};
  for (const doc of dataset.documents) if (doc.fields) out[stem(doc.name)] = { ...doc.fields };
  if (Object.keys(out).length === 0) throw new KieError('INVALID_DATA', `${path}: no document has field values`, { path });
  return out;
}
