/**
 * Encryption at rest of stored uploads and results: AES-256-GCM with a random
 * 96-bit nonce per record. Sealed layout: `nonce (12) | tag (16) | ciphertext`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KieError } from '../../core/errors.js';

/** Name of the environment variable holding the key (64 hex digits or base64 of 32 bytes). */
export const ENCRYPTION_KEY_ENV = 'KIE_ENCRYPTION_KEY';

/** Seals and opens records; `sealing` is false when no key is configured (records stored as they are). */
export interface Sealer {
  readonly sealing: boolean;
  seal(data: Uint8Array): { data: Buffer; sealed: boolean };
  open(data: Uint8Array, sealed: boolean): Buffer;
}

/** Parses a 256-bit key from hex (64 digits) or base64 (44 characters). */
export function parseEncryptionKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/u.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new KieError('INVALID_ARGUMENT', `${ENCRYPTION_KEY_ENV} must be 32 bytes as 64 hex digits or base64, got ${key.length} bytes`);
  }
  return key;
}

/**
 * Creates a sealer over `key` (none: records are stored in the clear, and sealed
 * records found later cannot be opened).
 *
 * @example
 * const sealer = createSealer(parseEncryptionKey(process.env.KIE_ENCRYPTION_KEY ?? ''));
 * const { data } = sealer.seal(Buffer.from('secret'));
 */
export function createSealer(key?: Uint8Array): Sealer {
  return {
    sealing: key !== undefined,
    seal(data) {
      if (!key) return { data: Buffer.from(data), sealed: false };
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(data), cipher.final()]);
      return { data: Buffer.concat([nonce, cipher.getAuthTag(), body]), sealed: true };
    },
    open(data, sealed) {
      if (!sealed) return Buffer.from(data);
      if (!key) throw new KieError('INTERNAL', `stored data is encrypted: start the server with ${ENCRYPTION_KEY_ENV} set`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
        decipher.setAuthTag(data.subarray(12, 28));
        return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
      } catch (cause) {
        throw new KieError('INTERNAL', `stored data could not be decrypted: wrong ${ENCRYPTION_KEY_ENV}?`, { cause });
      }
    },
  };
}
