/**
 * Loading document schemas: a shipped schema by name (`receipt`, `form` in the
 * package's `schemas/` folder) or a JSON file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { KieError } from '../core/errors.js';
import type { DocumentSchema } from '../core/schema.js';
import { parseDocumentSchema } from '../core/schema-parse.js';

/** The package's `schemas/` folder (the same relative place from `src/io` and `dist/io`). */
export const PACKAGE_SCHEMAS_DIR = resolve(import.meta.dirname, '..', '..', 'schemas');

/** Names of the shipped schemas. */
export async function listShippedSchemas(root = PACKAGE_SCHEMAS_DIR): Promise<string[]> {
  try {
    return (await readdir(root))
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Loads a schema by shipped name or file path (a path contains a slash or ends
 * in `.json`).
 *
 * @throws KieError FILE_NOT_FOUND naming the shipped schemas; INVALID_DATA for a malformed schema.
 * @example
 * const receipt = await loadDocumentSchema('receipt');
 */
export async function loadDocumentSchema(nameOrPath: string, cwd = process.cwd()): Promise<DocumentSchema> {
  const isPath = isAbsolute(nameOrPath) || /[\\/]/u.test(nameOrPath) || nameOrPath.endsWith('.json');
  let path: string;
  if (isPath) {
    path = resolve(cwd, nameOrPath);
  } else {
    const shipped = await listShippedSchemas();
    if (!shipped.includes(nameOrPath)) {
      throw new KieError('FILE_NOT_FOUND', `unknown schema "${nameOrPath}" (valid: ${shipped.join(', ') || 'none installed'}; or pass a JSON file)`);
    }
    path = join(PACKAGE_SCHEMAS_DIR, `${nameOrPath}.json`);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new KieError('FILE_NOT_FOUND', `schema file not found: ${path}`, { cause, path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new KieError('INVALID_DATA', `${path}: not JSON (${cause instanceof Error ? cause.message : String(cause)})`, { cause, path });
  }
  try {
    return parseDocumentSchema(json, path);
  } catch (error) {
    if (error instanceof KieError) throw new KieError(error.code, error.message, { cause: error, path });
    throw error;
  }
}

/**
 * Loads a shipped schema by name only, never a file (for names that come from
 * a network request).
 *
 * @throws KieError INVALID_ARGUMENT naming the shipped schemas.
 * @example
 * const receipt = await loadShippedSchema('receipt');
 */
export async function loadShippedSchema(name: string): Promise<DocumentSchema> {
  const shipped = await listShippedSchemas();
  if (!shipped.includes(name)) {
    throw new KieError('INVALID_ARGUMENT', `schema must be one of ${shipped.join(', ') || '(none installed)'}, got ${JSON.stringify(name)}`);
  }
  return loadDocumentSchema(name);
}

/**
 * A {@link loadShippedSchema} that loads each schema once (a failed load is
 * tried again next time), for a server that names schemas on every request.
 *
 * @example
 * const schemaFor = shippedSchemaCache();
 * const receipt = await schemaFor('receipt');
 */
export function shippedSchemaCache(): (name: string) => Promise<DocumentSchema> {
  const schemas = new Map<string, Promise<DocumentSchema>>();
  return (name) => {
    let schema = schemas.get(name);
    if (!schema) {
      schema = loadShippedSchema(name);
      schema.catch(() => schemas.delete(name));
      schemas.set(name, schema);
    }
    return schema;
  };
}
