/** The API server's storage: one SQLite database under `--data`. */
export { openDatabase, SCHEMA_VERSION, type Db } from './db.js';
export { createKeyStore, type ApiKeyInfo, type KeyStore } from './keys.js';
export { createSealer, parseEncryptionKey, ENCRYPTION_KEY_ENV, type Sealer } from './seal.js';
export {
  createJobStore,
  jobNotFound,
  JOB_STATES,
  type JobFile,
  type JobRecord,
  type JobState,
  type JobStore,
  type NewJob,
  type StoredResult,
} from './jobs.js';
