/**
 * The line-split model on disk: one `*.kiew` weights file (see
 * `kie/weights-format.ts`) whose metadata holds the {@link SplitConfig} and
 * provenance (training data, scores, time).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KieError } from '../../core/errors.js';
import { decodeWeights, encodeWeights } from '../kie/weights-format.js';
import type { SplitConfig } from './config.js';
import type { SplitModel } from './predict.js';

export type SplitModelKind = 'line-split' | 'line-merge';

/** Metadata stored with the weights. */
export interface SplitModelMeta {
  /** `line-split` (cut points) or `line-merge` (joins of neighbouring lines); both share the network shape. */
  readonly kind: SplitModelKind;
  readonly config: SplitConfig;
  readonly notes?: Record<string, unknown>;
}

/** Writes a split model to `file`. */
export async function saveSplitModel(
  file: string,
  model: SplitModel,
  notes?: Record<string, unknown>,
  kind: SplitModelKind = 'line-split',
): Promise<void> {
  const meta: SplitModelMeta = { kind, config: model.config, ...(notes ? { notes } : {}) };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, encodeWeights(model.params, meta));
}

/**
 * Reads a split model.
 *
 * @throws KieError MODEL_NOT_FOUND (missing file) or MODEL_INVALID (not a line-split model).
 */
export async function loadSplitModel(
  file: string,
  kind: SplitModelKind = 'line-split',
): Promise<SplitModel & { readonly meta: SplitModelMeta }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (cause) {
    throw new KieError('MODEL_NOT_FOUND', `line-split model not found: ${file}`, { path: file, cause });
  }
  const { params, meta } = decodeWeights(bytes, file);
  const m = meta as Partial<SplitModelMeta> | undefined;
  if (m?.kind !== kind || typeof m.config !== 'object') {
    throw new KieError('MODEL_INVALID', `${file} is not a ${kind} model`, { path: file });
  }
  return { config: m.config, params, meta: m as SplitModelMeta };
}
