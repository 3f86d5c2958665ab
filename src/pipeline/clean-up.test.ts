import { describe, expect, it } from 'vitest';
import { KieError } from '../core/errors.js';
import { DEFAULT_CLEANUP, parseCleanupSpec } from './clean-up.js';

describe('parseCleanupSpec', () => {
  const none = { orientation: false, deskew: false, contrast: false, denoise: false };
  it.each<[string, object]>([
    ['none', none],
    ['default', DEFAULT_CLEANUP],
    ['all', { orientation: true, deskew: true, contrast: true, denoise: true }],
    ['contrast', { ...none, contrast: true }],
    ['all,no-denoise', { orientation: true, deskew: true, contrast: true, denoise: false }],
    ['deskew, contrast', { ...none, deskew: true, contrast: true }],
  ])('%j', (spec, expected) => expect(parseCleanupSpec(spec)).toEqual(expected));

  it('names the valid steps', () => {
    expect(() => parseCleanupSpec('sharpen')).toThrow(KieError);
    expect(() => parseCleanupSpec('sharpen')).toThrow(/valid: default, none, all, orientation, deskew, contrast, denoise/u);
  });
});
