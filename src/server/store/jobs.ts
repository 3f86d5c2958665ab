/**
 * Jobs, their files, uploaded bytes and results in the service database.
 * Uploads are stored once per content hash (`blobs`); results once per content
 * hash and model (`results`), which is what lets an identical upload be answered
 * from the store. Both may be sealed (AES-256-GCM) by the {@link Sealer}.
 */
import { KieError } from '../../core/errors.js';
import type { Db } from './db.js';
import type { Sealer } from './seal.js';

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
/** `queued` → `running` → `succeeded` | `failed`; `cancelled` by DELETE before the end. */
export type JobState = (typeof JOB_STATES)[number];
export type FileState = 'pending' | 'done' | 'failed';
export type CallbackState = 'pending' | 'delivered' | 'failed';

export interface JobFile {
  readonly index: number;
  readonly name: string;
  /** SHA-256 (hex) of the uploaded bytes. */
  readonly hash: string;
  /** The page (1-based) of an uploaded PDF this file stands for; null for an image. */
  readonly page: number | null;
  readonly state: FileState;
  readonly error: { code: string; message: string } | null;
}

export interface JobRecord {
  readonly id: string;
  /** The API key that created it (null without authentication). */
  readonly keyId: string | null;
  readonly model: string;
  /** The shipped document schema its pages are read with, or null. */
  readonly schema: string | null;
  readonly state: JobState;
  /** Why a job failed, for a job-level failure. */
  readonly error: string | null;
  /** How many times a process started running it (restarts count). */
  readonly attempts: number;
  readonly callbackUrl: string | null;
  readonly callback: { state: CallbackState; attempts: number; error: string | null } | null;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly finishedAt: number | null;
  readonly files: readonly JobFile[];
}

/** A stored result: the model that made it and its page JSON (a `kie extract` page). */
export interface StoredResult {
  readonly model: { name: string; version: string };
  readonly page: Record<string, unknown>;
}

export interface NewJob {
  readonly id: string;
  readonly keyId: string | null;
  readonly model: string;
  readonly schema: string | null;
  readonly callbackUrl: string | null;
  readonly files: readonly { name: string; hash: string; bytes: Uint8Array; page?: number }[];
}

interface JobRow {
  id: string;
  key_id: string | null;
  model: string;
  schema: string | null;
  state: JobState;
  error: string | null;
  attempts: number;
  callback_url: string | null;
  callback_state: CallbackState | null;
  callback_attempts: number;
  callback_error: string | null;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

interface FileRow {
  idx: number;
  name: string;
  hash: string;
  page: number | null;
  state: FileState;
  error_code: string | null;
  error_message: string | null;
}

interface SealedRow {
  data: Buffer;
  sealed: number;
}

export interface JobStore {
  putBlob(hash: string, bytes: Uint8Array): void;
  getBlob(hash: string): Buffer | undefined;
  /** The result of these bytes with this model (and schema: a page with fields is another result). */
  getResult(hash: string, model: string, schema?: string | null): StoredResult | undefined;
  putResult(hash: string, model: string, schema: string | null, result: StoredResult): void;
  createJob(job: NewJob): JobRecord;
  /** The job, or undefined; with `keyId`, only a job of that key (others' jobs do not exist for it). */
  getJob(id: string, keyId?: string | null): JobRecord | undefined;
  /** Ids of jobs a process should run: queued and running (interrupted) ones, oldest first. */
  unfinishedJobIds(): string[];
  /** Marks a job running and counts the attempt; returns the new attempt count. */
  startJob(id: string): number;
  finishFile(id: string, index: number, outcome: { error: { code: string; message: string } | null }): void;
  finishJob(id: string, state: 'succeeded' | 'failed' | 'cancelled', error?: string): void;
  setCallback(id: string, state: CallbackState, attempts: number, error: string | null): void;
  /** Finished jobs whose callback is still to be delivered (after a restart). */
  pendingCallbackIds(): string[];
  /** Deletes a job and its files; false when there was none (for that key). */
  deleteJob(id: string, keyId?: string | null): boolean;
  /** Deletes finished jobs and results older than `before` (ms) and uploads no job refers to. Returns rows deleted. */
  purge(before: number): number;
  countByState(): Record<JobState, number>;
}

/**
 * The job store over the service database.
 *
 * @example
 * const jobs = createJobStore(openDatabase('kie-data'), createSealer());
 * jobs.getJob('j_1')?.state;
 */
export function createJobStore(db: Db, sealer: Sealer): JobStore {
  const jobRow = db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE id = ?');
  const fileRows = db.prepare<[string], FileRow>('SELECT * FROM job_files WHERE job_id = ? ORDER BY idx');
  const insertBlob = db.prepare('INSERT OR IGNORE INTO blobs (hash, data, sealed, size, created_at) VALUES (?, ?, ?, ?, ?)');
  const touch = (id: string): void => void db.prepare('UPDATE jobs SET updated_at = ? WHERE id = ?').run(Date.now(), id);

  const readJob = (id: string): JobRecord | undefined => {
    const row = jobRow.get(id);
    return row ? toRecord(row, fileRows.all(id)) : undefined;
  };

  const store: JobStore = {
    putBlob(hash, bytes) {
      const { data, sealed } = sealer.seal(bytes);
      insertBlob.run(hash, data, sealed ? 1 : 0, bytes.byteLength, Date.now());
    },
    getBlob(hash) {
      const row = db.prepare<[string], SealedRow>('SELECT data, sealed FROM blobs WHERE hash = ?').get(hash);
      return row ? sealer.open(row.data, row.sealed === 1) : undefined;
    },
    getResult(hash, model, schema) {
      const row = db.prepare<[string, string], SealedRow>('SELECT data, sealed FROM results WHERE hash = ? AND model = ?').get(hash, resultKey(model, schema));
      return row ? (JSON.parse(sealer.open(row.data, row.sealed === 1).toString('utf8')) as StoredResult) : undefined;
    },
    putResult(hash, model, schema, result) {
      const { data, sealed } = sealer.seal(Buffer.from(JSON.stringify(result)));
      db.prepare('INSERT OR REPLACE INTO results (hash, model, data, sealed, created_at) VALUES (?, ?, ?, ?, ?)').run(
        hash,
        resultKey(model, schema),
        data,
        sealed ? 1 : 0,
        Date.now(),
      );
    },
    createJob(job) {
      const now = Date.now();
      db.transaction(() => {
        // The pages of one PDF share its bytes: stored once.
        for (const hash of new Set(job.files.map((f) => f.hash))) store.putBlob(hash, job.files.find((f) => f.hash === hash)!.bytes);
        db.prepare(
          `INSERT INTO jobs (id, key_id, model, schema, state, callback_url, callback_state, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
        ).run(job.id, job.keyId, job.model, job.schema, job.callbackUrl, job.callbackUrl ? 'pending' : null, now, now);
        const insertFile = db.prepare("INSERT INTO job_files (job_id, idx, name, hash, page, state) VALUES (?, ?, ?, ?, ?, 'pending')");
        job.files.forEach((file, i) => insertFile.run(job.id, i, file.name, file.hash, file.page ?? null));
      })();
      return readJob(job.id)!;
    },
    getJob(id, keyId) {
      const job = readJob(id);
      if (!job || (keyId !== undefined && job.keyId !== keyId)) return undefined;
      return job;
    },
    unfinishedJobIds() {
      return db
        .prepare<[], { id: string }>("SELECT id FROM jobs WHERE state IN ('queued', 'running') ORDER BY created_at, id")
        .all()
        .map((r) => r.id);
    },
    startJob(id) {
      db.prepare("UPDATE jobs SET state = 'running', attempts = attempts + 1, updated_at = ? WHERE id = ?").run(Date.now(), id);
      return jobRow.get(id)?.attempts ?? 0;
    },
    finishFile(id, index, outcome) {
      db.prepare('UPDATE job_files SET state = ?, error_code = ?, error_message = ? WHERE job_id = ? AND idx = ?').run(
        outcome.error ? 'failed' : 'done',
        outcome.error?.code ?? null,
        outcome.error?.message ?? null,
        id,
        index,
      );
      touch(id);
    },
    finishJob(id, state, error) {
      const now = Date.now();
      db.prepare('UPDATE jobs SET state = ?, error = ?, updated_at = ?, finished_at = ? WHERE id = ?').run(state, error ?? null, now, now, id);
    },
    setCallback(id, state, attempts, error) {
      db.prepare('UPDATE jobs SET callback_state = ?, callback_attempts = ?, callback_error = ? WHERE id = ?').run(state, attempts, error, id);
    },
    pendingCallbackIds() {
      return db
        .prepare<[], { id: string }>(
          "SELECT id FROM jobs WHERE callback_state = 'pending' AND state IN ('succeeded', 'failed', 'cancelled') ORDER BY finished_at",
        )
        .all()
        .map((r) => r.id);
    },
    deleteJob(id, keyId) {
      if (!store.getJob(id, keyId)) return false;
      db.prepare('DELETE FROM jobs WHERE id = ?').run(id);
      deleteOrphanBlobs(db, Number.MAX_SAFE_INTEGER);
      return true;
    },
    purge(before) {
      return db.transaction(() => {
        const jobs = db
          .prepare("DELETE FROM jobs WHERE state IN ('succeeded', 'failed', 'cancelled') AND finished_at < ?")
          .run(before).changes;
        const results = db.prepare('DELETE FROM results WHERE created_at < ?').run(before).changes;
        return jobs + results + deleteOrphanBlobs(db, before);
      })();
    },
    countByState() {
      const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
      for (const row of db.prepare<[], { state: JobState; n: number }>('SELECT state, COUNT(*) AS n FROM jobs GROUP BY state').all()) {
        counts[row.state] = row.n;
      }
      return counts;
    },
  };
  return store;
}

/**
 * Which stored result a file's page is: its bytes' hash, with the page number
 * for a page of a PDF (each page of one upload has its own result).
 */
export const resultHash = (file: { readonly hash: string; readonly page?: number | null }): string =>
  file.page ? `${file.hash}#page=${file.page}` : file.hash;

/** The results table's key: the model, and the schema when the page carries its fields. */
const resultKey = (model: string, schema: string | null | undefined): string => (schema ? `${model}+schema:${schema}` : model);

/** Uploads older than `before` that no job refers to any more (results do not need them). */
function deleteOrphanBlobs(db: Db, before: number): number {
  return db
    .prepare('DELETE FROM blobs WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM job_files f WHERE f.hash = blobs.hash)')
    .run(before).changes;
}

function toRecord(row: JobRow, files: readonly FileRow[]): JobRecord {
  return {
    id: row.id,
    keyId: row.key_id,
    model: row.model,
    schema: row.schema,
    state: row.state,
    error: row.error,
    attempts: row.attempts,
    callbackUrl: row.callback_url,
    callback: row.callback_state ? { state: row.callback_state, attempts: row.callback_attempts, error: row.callback_error } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
    files: files.map((f) => ({
      index: f.idx,
      name: f.name,
      hash: f.hash,
      page: f.page ?? null,
      state: f.state,
      error: f.error_code ? { code: f.error_code, message: f.error_message ?? '' } : null,
    })),
  };
}

/** NOT_FOUND for a job id that does not exist (for this key). */
export function jobNotFound(id: string): KieError {
  return new KieError('NOT_FOUND', `no job ${JSON.stringify(id)}`);
}
