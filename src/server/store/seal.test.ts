import { describe, expect, it } from 'vitest';
import { createSealer, parseEncryptionKey } from './seal.js';

describe('createSealer', () => {
  const key = Buffer.alloc(32, 1);

  it('round-trips, with a fresh nonce each time, and detects tampering', () => {
    const sealer = createSealer(key);
    const a = sealer.seal(Buffer.from('the total is 12.50'));
    const b = sealer.seal(Buffer.from('the total is 12.50'));
    expect(a.sealed).toBe(true);
    expect(a.data.equals(b.data)).toBe(false);
    expect(a.data.includes(Buffer.from('total'))).toBe(false);
    expect(sealer.open(a.data, true).toString()).toBe('the total is 12.50');
    const tampered = Buffer.from(a.data);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => sealer.open(tampered, true)).toThrow(/could not be decrypted/u);
    expect(() => createSealer(Buffer.alloc(32, 2)).open(a.data, true)).toThrow(/could not be decrypted/u);
  });

  it('stores in the clear without a key, and cannot open sealed records then', () => {
    const clear = createSealer();
    expect(clear.seal(Buffer.from('x'))).toEqual({ data: Buffer.from('x'), sealed: false });
    expect(() => clear.open(createSealer(key).seal(Buffer.from('x')).data, true)).toThrow(/KIE_ENCRYPTION_KEY/u);
  });

  it('parses hex and base64 keys of 32 bytes only', () => {
    expect(parseEncryptionKey('ab'.repeat(32))).toHaveLength(32);
    expect(parseEncryptionKey(Buffer.alloc(32, 9).toString('base64'))).toHaveLength(32);
    expect(() => parseEncryptionKey('short')).toThrow(/32 bytes/u);
  });
});
