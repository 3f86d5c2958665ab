import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, SCHEMA_VERSION } from './db.js';
import { createJobStore } from './jobs.js';
import { createSealer } from './seal.js';

describe('openDatabase', () => {
  it('brings a database of an older kie up to date, keeping its jobs (schema null)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kie-db-'));
    const old = new Database(join(dir, 'kie.db'));
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO jobs (id, model, state, created_at, updated_at) VALUES ('job_old', 'kie-forms', 'queued', 1, 1)").run();
    old.close();

    const db = openDatabase(dir);
    expect(Number(db.pragma('user_version', { simple: true }))).toBe(SCHEMA_VERSION);
    const store = createJobStore(db, createSealer());
    expect(store.getJob('job_old')).toMatchObject({ model: 'kie-forms', schema: null, state: 'queued' });
    const job = store.createJob({ id: 'job_new', keyId: null, model: 'receipts', schema: 'receipt', callbackUrl: null, files: [] });
    expect(job.schema).toBe('receipt');
    db.close();
  });

  it('keeps results of the same bytes and model apart by schema', async () => {
    const db = openDatabase(await mkdtemp(join(tmpdir(), 'kie-db-')));
    const store = createJobStore(db, createSealer());
    store.putResult('h', 'receipts', null, { model: { name: 'receipts', version: '1' }, page: { plain: true } });
    store.putResult('h', 'receipts', 'receipt', { model: { name: 'receipts', version: '1' }, page: { fields: {} } });
    expect(store.getResult('h', 'receipts')?.page).toEqual({ plain: true });
    expect(store.getResult('h', 'receipts', 'receipt')?.page).toEqual({ fields: {} });
    expect(store.getResult('h', 'receipts', 'form')).toBeUndefined();
    db.close();
  });
});
