import { decode as decodeBmpBytes } from 'bmp-ts';
import { KieError } from '../core/errors.js';

/** True when the bytes start with the BMP signature `BM`. */
export function isBmp(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;
}

/** Width and height from a BMP header (height may be stored negative for top-down files). */
export function bmpSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 26) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
}

/**
 * Decodes a BMP (1, 4, 8, 16, 24, 32 bit; RLE) into RGBA bytes, which sharp's
 * bundled libvips cannot read itself. Alpha is kept only for 32-bit files.
 */
export function decodeBmp(bytes: Uint8Array, label: string): { data: Uint8Array; width: number; height: number } {
  let decoded: ReturnType<typeof decodeBmpBytes>;
  try {
    decoded = decodeBmpBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { toRGBA: true });
  } catch (cause) {
    throw new KieError('CORRUPT_IMAGE', `${label} is a BMP file that could not be decoded (truncated or corrupt)`, { cause });
  }
  const data = new Uint8Array(decoded.data);
  if (data.length < decoded.width * decoded.height * 4) {
    throw new KieError('CORRUPT_IMAGE', `${label} is a truncated BMP file`);
  }
  if (decoded.bitPP !== 32) for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { data, width: decoded.width, height: decoded.height };
}
