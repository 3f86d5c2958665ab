/**
 * OCR results of dataset pages cached under `.bench-cache/ocr/` (git-ignored), so
 * the end-to-end bench and the line-splitter training run OCR on a page once.
 * One JSON file per page: the {@link OcrPage} as it is (pixel coordinates, chars).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatLexicon, type Lexicon } from '../../src/core/lexicon.js';
import type { RecHead } from '../../src/models/rec/rec-head.js';
import type { OcrPage } from '../../src/core/ocr.js';
import type { OcrEngine, RecognizeOptions } from '../../src/pipeline/ocr.js';

/**
 * Bump when the OCR changes enough that cached pages must be read again (v5: full-width classes folded before
 * decoding; v6: the space model's capitals features; v7: a line of capitals keeps them with one doubtful letter in ten;
 * v8: the space model's letter-case features, `ElmAvenue` → `Elm Avenue`; v9: a full stop or comma after a letter on a line
 * of capitals, `UL.KRICHIM` → `UL. KRICHIM`; v10: the same marks printed tight stay tight, `JAYA,SELANGOR`; v11: a word-initial `l` that only a capital
 * `I` can be, `lstanbul` → `Istanbul`; v12: accent marks read from the ink over letters, `BOGOTA` → `BOGOTÁ`).
 */
export const OCR_CACHE_VERSION = 'v12';
/**
 * Bump when re-reading against a lexicon changes (src/models/rec/lexicon-words.ts,
 * word-marks.ts): pages read with one are cached per lexicon and per this version.
 * 2: known words and the marks after tokens are re-read too. 3: a letter read surely is not dropped for a known word.
 */
const REREAD_VERSION = 3;
export const OCR_CACHE_ROOT = join(import.meta.dirname, '..', '..', '.bench-cache', 'ocr', OCR_CACHE_VERSION);

/** Cache file of one page of a named set. */
export function ocrCachePath(set: string, image: string): string {
  return join(OCR_CACHE_ROOT, set, `${image.replace(/[\\/]/gu, '_')}.json`);
}

/** The cached OCR of a page, or undefined. */
export async function readCachedOcr(set: string, image: string): Promise<OcrPage | undefined> {
  try {
    return JSON.parse(await readFile(ocrCachePath(set, image), 'utf8')) as OcrPage;
  } catch {
    return undefined;
  }
}

/** Caches the OCR of a page read some other way (a transformed copy, a clean-up step). */
export async function writeCachedOcr(set: string, image: string, page: OcrPage): Promise<void> {
  const file = ocrCachePath(set, image);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(page));
}

/**
 * The cache set of pages read with per-page OCR settings (a model's `ocr`):
 * `set` itself without any, else `set` followed by the settings, so readings
 * with different settings never share a file.
 */
export function ocrCacheSet(set: string, options?: RecognizeOptions): string {
  const settings = Object.entries(options?.rec ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  // `p`: a head patches the recogniser's own probabilities (readings with the earlier Latin-only heads are not reused).
  const value = (v: unknown): string => {
    if (typeof v === 'object' && v !== null && 'weights' in v) return `p${bytesHash((v as RecHead).weights)}`;
    if (typeof v === 'object' && v !== null && 'counts' in v) return `r${REREAD_VERSION}${bytesHash(new TextEncoder().encode(formatLexicon(v as Lexicon)))}`;
    return String(v);
  };
  return settings.length === 0 ? set : `${set}-${settings.map(([k, v]) => `${k}${value(v)}`).join('-')}`;
}

/** A short FNV-1a hash of a head's weights or a lexicon's text: readings with different ones never share a cache file. */
function bytesHash(data: Float32Array | Uint8Array): string {
  let h = 0x811c9dc5;
  for (const byte of new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The cached OCR of a page, running `ocr` on `imagePath` (and caching it) when missing. */
export async function cachedOcr(ocr: OcrEngine, set: string, image: string, imagePath: string, options?: RecognizeOptions): Promise<OcrPage> {
  const hit = await readCachedOcr(set, image);
  if (hit) return hit;
  const page = await ocr.recognize(imagePath, options);
  await writeCachedOcr(set, image, page);
  return page;
}
