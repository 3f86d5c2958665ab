/**
 * Request limits and upload parsing: sizes (413), media types sniffed from the
 * bytes (415), malformed bodies (400) with a message naming the problem.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { KieError, toKieError } from '../../core/errors.js';
import { countPdfPages, pdfPageName } from '../../io/pdf.js';

export interface ApiLimits {
  /** Bytes of one uploaded file (413 over it). */
  readonly maxUploadBytes: number;
  /** Files in one job; a PDF counts as its pages. */
  readonly maxFilesPerJob: number;
  /** Pixels of one image (413 over it, checked from the header before decoding). */
  readonly maxPixels: number;
  /** Milliseconds a synchronous extraction may take, queueing included (504 after). */
  readonly requestTimeoutMs: number;
  /** Synchronous pages allowed to wait for a worker (429 beyond). */
  readonly maxQueue: number;
  /** Jobs queued or running at once (429 beyond). */
  readonly maxActiveJobs: number;
}

/** Defaults: a 20 MB page, 40 Mpx (A4 at 600 dpi is 35 Mpx), 50 files a job, one minute a page. */
export const DEFAULT_LIMITS: ApiLimits = Object.freeze({
  maxUploadBytes: 20 * 1024 * 1024,
  maxFilesPerJob: 50,
  maxPixels: 40_000_000,
  requestTimeoutMs: 60_000,
  maxQueue: 16,
  maxActiveJobs: 100,
});

/** File formats the service reads, by their magic bytes: images, and PDFs (read page by page). */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff' | 'bmp' | 'pdf';
export const IMAGE_MEDIA_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/tiff', 'image/bmp', 'application/pdf'];

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b);

/** The image format of `bytes` from its signature, or undefined: the Content-Type header is not trusted. */
export function sniffImage(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length > 26) return 'bmp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  return undefined;
}

/** One uploaded file, checked. */
export interface Upload {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** SHA-256 of the bytes, hex. */
  readonly hash: string;
  readonly format: ImageFormat;
  /** For a page of a PDF upload (see {@link expandPdfPages}): its number, 1-based; `bytes` are the whole PDF. */
  readonly page?: number;
}

/** A request's files and its other form fields (multipart) or none (a raw image body). */
export interface ParsedUploads {
  readonly files: Upload[];
  readonly fields: Readonly<Record<string, string>>;
}

const FILE_FIELDS = new Set(['file', 'files', 'files[]']);

function checkUpload(name: string, bytes: Uint8Array, maxBytes: number): Upload {
  if (bytes.byteLength === 0) throw new KieError('INVALID_ARGUMENT', `file ${JSON.stringify(name)} is empty`);
  if (bytes.byteLength > maxBytes) {
    throw new KieError('IMAGE_TOO_LARGE', `file ${JSON.stringify(name)} is ${bytes.byteLength} bytes, over the limit of ${maxBytes}`);
  }
  const format = sniffImage(bytes);
  if (!format) {
    throw new KieError('UNSUPPORTED_IMAGE', `file ${JSON.stringify(name)} is not an image kie reads (supported: ${IMAGE_MEDIA_TYPES.join(', ')})`);
  }
  return { name, bytes, hash: createHash('sha256').update(bytes).digest('hex'), format };
}

/**
 * Reads the files of a request: `multipart/form-data` with `file` (or `files`)
 * fields, or a raw body with an image or octet-stream Content-Type (named by
 * `?name=`). Every file is size-checked and sniffed.
 */
export async function readUploads(c: Context, options: { maxFiles: number; maxBytes: number }): Promise<ParsedUploads> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    let body: Record<string, string | File | (string | File)[]>;
    try {
      body = await c.req.parseBody({ all: true });
    } catch (cause) {
      if (cause instanceof KieError) throw cause;
      throw new KieError('INVALID_ARGUMENT', 'the multipart body is malformed (check the boundary and the parts)', { cause });
    }
    const files: Upload[] = [];
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(body)) {
      const values = Array.isArray(value) ? value : [value];
      if (!FILE_FIELDS.has(key)) {
        const text = values.find((v): v is string => typeof v === 'string');
        if (text !== undefined) fields[key] = text;
        continue;
      }
      for (const v of values) {
        if (typeof v === 'string') throw new KieError('INVALID_ARGUMENT', `form field ${JSON.stringify(key)} must be a file, got text`);
        if (files.length >= options.maxFiles) {
          throw new KieError('INVALID_ARGUMENT', `too many files: at most ${options.maxFiles} per request`);
        }
        files.push(checkUpload(v.name || `file-${files.length + 1}`, new Uint8Array(await v.arrayBuffer()), options.maxBytes));
      }
    }
    if (files.length === 0) throw new KieError('INVALID_ARGUMENT', 'the multipart body has no "file" field');
    return { files, fields };
  }
  if (type.startsWith('image/') || type === 'application/octet-stream' || type === 'application/pdf') {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return { files: [checkUpload(c.req.query('name') ?? 'upload', bytes, options.maxBytes)], fields: {} };
  }
  throw new KieError(
    'UNSUPPORTED_IMAGE',
    type === ''
      ? 'the request has no Content-Type: send multipart/form-data with a "file" field, or an image body'
      : `Content-Type ${type} is not accepted: send multipart/form-data with a "file" field, or an image body (${IMAGE_MEDIA_TYPES.join(', ')})`,
  );
}

/**
 * Each PDF upload as its pages, in order, named `file.pdf#page=N` (images stay
 * as they are): every page is extracted, cached and reported on its own.
 *
 * @throws KieError INVALID_ARGUMENT past `maxPages` pages in all (`tooMany` adds
 *   what to do instead), CORRUPT_IMAGE / UNSUPPORTED_IMAGE for a PDF that cannot be opened.
 */
export async function expandPdfPages(files: readonly Upload[], maxPages: number, tooMany = ''): Promise<Upload[]> {
  const out: Upload[] = [];
  for (const file of files) {
    if (file.format !== 'pdf') {
      out.push(file);
      continue;
    }
    let count: number;
    try {
      count = await countPdfPages(file.bytes);
    } catch (cause) {
      // Name the upload, not "PDF buffer".
      const err = toKieError(cause);
      throw new KieError(err.code, err.message.replace('PDF buffer', `file ${JSON.stringify(file.name)}`), { cause });
    }
    for (let page = 1; page <= count; page++) out.push({ ...file, name: pdfPageName(file.name, page), page });
    if (out.length > maxPages) {
      throw new KieError('INVALID_ARGUMENT', `${file.name} brings the pages to ${out.length}, over the limit of ${maxPages} per request${tooMany}`);
    }
  }
  return out;
}
