import { describe, expect, it } from 'vitest';
import { KieError } from '../core/errors.js';
import type { RecConfig } from '../models/rec/config.js';
import { resolveOcrOptions } from './ocr.js';

describe('resolveOcrOptions', () => {
  it('merges recogniser settings over the defaults', () => {
    expect(resolveOcrOptions({ rec: { padRight: 0.3 } }).rec).toMatchObject({ padRight: 0.3, height: 48, spaces: 'model' });
  });
  it.each<[Partial<RecConfig>, RegExp]>([
    [{ padRight: -1 }, /rec\.padRight must be in \[0, 4\]/u],
    [{ padRight: Number.NaN }, /rec\.padRight/u],
    [{ spaces: 'words' as RecConfig['spaces'] }, /rec\.spaces must be one of model, gaps, decoded/u],
  ])('refuses %o with INVALID_ARGUMENT naming the valid values', (rec, message) => {
    const attempt = (): unknown => resolveOcrOptions({ rec });
    expect(attempt).toThrow(KieError);
    expect(attempt).toThrow(message);
  });
});
