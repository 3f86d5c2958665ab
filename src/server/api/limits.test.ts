import { describe, expect, it } from 'vitest';
import { sniffImage } from './limits.js';

const bytes = (...values: number[]): Uint8Array => {
  const out = new Uint8Array(32);
  out.set(values);
  return out;
};

describe('sniffImage', () => {
  it.each([
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['gif', bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61)],
    ['webp', bytes(0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50)],
    ['tiff', bytes(0x49, 0x49, 0x2a, 0x00)],
    ['tiff', bytes(0x4d, 0x4d, 0x00, 0x2a)],
    ['bmp', bytes(0x42, 0x4d)],
    // A PDF by its header; whether it opens is found when its pages are counted.
    ['pdf', new TextEncoder().encode('%PDF-1.7 then anything')],
  ])('recognises %s', (format, data) => {
    expect(sniffImage(data)).toBe(format);
  });

  it.each([
    ['text', new TextEncoder().encode('name,total\nJane,12\n')],
    ['empty', new Uint8Array(0)],
    ['riff that is not webp', bytes(0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45)],
    ['a short BM', new Uint8Array([0x42, 0x4d, 0])],
  ])('refuses %s', (_, data) => {
    expect(sniffImage(data)).toBeUndefined();
  });
});
