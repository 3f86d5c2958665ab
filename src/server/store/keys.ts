/**
 * API keys. A key reads `kie_<id>_<secret>`: the id (8 hex digits) finds the row,
 * the SHA-256 of the whole key is what is stored and compared (in constant time),
 * so the database never holds a usable key.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { KieError } from '../../core/errors.js';
import type { Db } from './db.js';

/** A key as listed (never the key itself). */
export interface ApiKeyInfo {
  readonly id: string;
  readonly name: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

export interface KeyStore {
  /** Creates a key; the returned `key` is shown once and cannot be recovered. */
  create(name: string): { key: string; info: ApiKeyInfo };
  list(): ApiKeyInfo[];
  /** Revokes by id; NOT_FOUND for an unknown id. */
  revoke(id: string): ApiKeyInfo;
  /** The key's info when `key` is a valid, unrevoked key; undefined otherwise. */
  verify(key: string): ApiKeyInfo | undefined;
}

interface KeyRow {
  id: string;
  hash: string;
  name: string;
  created_at: number;
  revoked_at: number | null;
}

const KEY_PATTERN = /^kie_([0-9a-f]{8})_([A-Za-z0-9_-]{20,64})$/u;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const toInfo = (row: KeyRow): ApiKeyInfo => ({ id: row.id, name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at });

/**
 * The key store over the service database.
 *
 * @example
 * const keys = createKeyStore(openDatabase('kie-data'));
 * const { key } = keys.create('billing');
 * keys.verify(key)?.id; // '1f2e3d4c'
 */
export function createKeyStore(db: Db): KeyStore {
  const byId = db.prepare<[string], KeyRow>('SELECT * FROM api_keys WHERE id = ?');
  return {
    create(name) {
      for (;;) {
        const id = randomBytes(4).toString('hex');
        if (byId.get(id)) continue;
        const key = `kie_${id}_${randomBytes(24).toString('base64url')}`;
        const row: KeyRow = { id, hash: sha256(key), name, created_at: Date.now(), revoked_at: null };
        db.prepare('INSERT INTO api_keys (id, hash, name, created_at) VALUES (?, ?, ?, ?)').run(id, row.hash, name, row.created_at);
        return { key, info: toInfo(row) };
      }
    },
    list() {
      return db.prepare<[], KeyRow>('SELECT * FROM api_keys ORDER BY created_at, id').all().map(toInfo);
    },
    revoke(id) {
      const row = byId.get(id);
      if (!row) throw new KieError('NOT_FOUND', `no API key with id ${JSON.stringify(id)} (kie keys list shows the ids)`);
      if (row.revoked_at === null) {
        row.revoked_at = Date.now();
        db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ?').run(row.revoked_at, id);
      }
      return toInfo(row);
    },
    verify(key) {
      const match = KEY_PATTERN.exec(key);
      if (!match) return undefined;
      const row = byId.get(match[1]!);
      if (!row || row.revoked_at !== null) return undefined;
      const ok = timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(sha256(key), 'hex'));
      return ok ? toInfo(row) : undefined;
    },
  };
}
