import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../core/lexicon.js';
import { modelFieldOptions } from './extract-fields.js';

describe('modelFieldOptions', () => {
  const lexicon = buildLexicon(['SWEETS SHEETS SHEETS']);
  it('marks the lexicon as re-read only for a model whose OCR re-reads words against it', () => {
    expect(modelFieldOptions({ lexicon, manifest: { ocr: { rereadWords: true } } }, 'auto')).toEqual({ mode: 'auto', lexicon, lexiconReread: true });
    expect(modelFieldOptions({ lexicon, manifest: { ocr: {} } }, 'auto')).toEqual({ mode: 'auto', lexicon });
    expect(modelFieldOptions({ manifest: { ocr: { rereadWords: true } } }, 'rules')).toEqual({ mode: 'rules' });
  });
  it('leaves known values out when told', () => {
    const knownValues = new Map([['company', ['SWEET HOUSE']]]);
    expect(modelFieldOptions({ knownValues }, 'auto')).toEqual({ mode: 'auto', knownValues });
    expect(modelFieldOptions({ knownValues }, 'auto', false)).toEqual({ mode: 'auto' });
  });
});
