/**
 * The service's embedded SQLite database (`<data>/kie.db`): opened in WAL mode so
 * that readers (status polls) never wait for the writer (job progress), with
 * ordered migrations recorded in `user_version`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { KieError } from '../../core/errors.js';

/** The database handle type, re-exported so the rest of the server never imports better-sqlite3 itself. */
export type Db = Database.Database;

/** Migrations in order; `user_version` is the number applied. Append only — never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE api_keys (
     id TEXT PRIMARY KEY,
     hash TEXT NOT NULL,
     name TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   CREATE TABLE blobs (
     hash TEXT PRIMARY KEY,
     data BLOB NOT NULL,
     sealed INTEGER NOT NULL,
     size INTEGER NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE results (
     hash TEXT NOT NULL,
     model TEXT NOT NULL,
     data BLOB NOT NULL,
     sealed INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (hash, model)
   );
   CREATE TABLE jobs (
     id TEXT PRIMARY KEY,
     key_id TEXT,
     model TEXT NOT NULL,
     state TEXT NOT NULL,
     error TEXT,
     attempts INTEGER NOT NULL DEFAULT 0,
     callback_url TEXT,
     callback_state TEXT,
     callback_attempts INTEGER NOT NULL DEFAULT 0,
     callback_error TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   CREATE INDEX jobs_state ON jobs (state);
   CREATE TABLE job_files (
     job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
     idx INTEGER NOT NULL,
     name TEXT NOT NULL,
     hash TEXT NOT NULL,
     state TEXT NOT NULL,
     error_code TEXT,
     error_message TEXT,
     PRIMARY KEY (job_id, idx)
   );
   CREATE INDEX job_files_hash ON job_files (hash);`,
  // 2: a job may name a document schema (its pages get fields).
  `ALTER TABLE jobs ADD COLUMN schema TEXT;`,
  // 3: a job's file may be one page of an uploaded PDF (the blob is the whole PDF).
  `ALTER TABLE job_files ADD COLUMN page INTEGER;`,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Opens (creating if needed) `<dir>/kie.db` and brings its schema up to date.
 *
 * @example
 * const db = openDatabase('kie-data');
 * db.close();
 */
export function openDatabase(dir: string): Db {
  let db: Db;
  try {
    mkdirSync(dir, { recursive: true });
    db = new Database(join(dir, 'kie.db'));
  } catch (cause) {
    throw new KieError('OUTPUT_FAILED', `cannot open the database in ${dir}`, { cause, path: dir });
  }
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commits).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new KieError('INVALID_DATA', `the database in ${dir} has schema ${version}, newer than this kie (${SCHEMA_VERSION}): upgrade kie`, {
      path: dir,
    });
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
