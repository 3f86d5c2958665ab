/**
 * Typed calls to the label server's JSON API (same origin). Errors come back as
 * {@link ApiError} with the server's code and message.
 */
import type { Segment } from '../../../src/core/document.js';
import type { Point } from '../../../src/core/geometry.js';
import type {
  Annotation,
  AnnotationResponse,
  ExportFormat,
  ImageEntry,
  ImportFormat,
  JobProgress,
  LabelProject,
} from '../../../src/core/label-project.js';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly body: unknown;

  constructor(status: number, code: string, message: string, body: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const res = await fetch(path, init);
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'INTERNAL', err?.message ?? `${method} ${path}: HTTP ${res.status}`, data);
  }
  return data as T;
}

const enc = encodeURIComponent;

/** URL of an image of the folder. */
export function imageUrl(name: string): string {
  return `api/images/${enc(name)}`;
}

export interface ProjectInfo {
  readonly folder: string;
  readonly project: LabelProject;
  readonly predictor: string | null;
}

export interface Prediction {
  readonly width: number;
  readonly height: number;
  readonly segments: readonly Segment[];
}

export interface ExportResult {
  readonly output: string;
  readonly documents: number;
  readonly parts?: { readonly train: number; readonly val: number };
  readonly written: readonly string[];
}

export interface LabelOpResult {
  readonly project: LabelProject;
  readonly shapes: number;
  readonly files: number;
}

export const api = {
  project: () => call<ProjectInfo>('GET', 'api/project'),
  saveProject: (project: LabelProject) => call<{ project: LabelProject }>('PUT', 'api/project', project),
  renameLabel: (from: string, to: string) => call<LabelOpResult>('POST', 'api/labels/rename', { from, to }),
  deleteLabel: (name: string) => call<LabelOpResult>('POST', 'api/labels/delete', { name }),
  images: () => call<{ images: ImageEntry[] }>('GET', 'api/images'),
  annotation: (name: string) => call<AnnotationResponse>('GET', `api/annotations/${enc(name)}`),
  /** Saves over `revision`; a 409 ApiError carries `{current}` when the file changed since. */
  save: (name: string, annotation: Annotation, revision: string, force = false) =>
    call<{ revision: string }>('PUT', `api/annotations/${enc(name)}${force ? '?force=1' : ''}`, annotation, { 'If-Match': `"${revision}"` }),
  predict: (name: string) => call<Prediction>('POST', `api/annotations/${enc(name)}/predict`, {}),
  recognize: (name: string, points: readonly Point[]) =>
    call<{ text: string; score: number }>('POST', `api/annotations/${enc(name)}/recognize`, { points }),
  startPrelabel: (names?: readonly string[]) => call<JobProgress>('POST', 'api/jobs/prelabel', names ? { names } : {}),
  job: (id: string) => call<JobProgress>('GET', `api/jobs/${enc(id)}`),
  cancelJob: (id: string) => call<JobProgress>('DELETE', `api/jobs/${enc(id)}`),
  exportTo: (options: { format: ExportFormat; ratio: number; seed: number; output?: string }) =>
    call<ExportResult>('POST', 'api/export', options),
  importFrom: (options: { format: ImportFormat; path: string; overwrite?: boolean }) =>
    call<{ imported: number; skipped: number; copied: number }>('POST', 'api/import', options),
};
