import { describe, expect, it } from 'vitest';
import { applyMarkPrior, learnMarkPrior } from './mark-prior.js';

const addresses = Array.from({ length: 40 }, (_, i) => `NO. ${i + 1}, JALAN SATU ${i}, TAMAN JAYA, ${50000 + i} KUALA LUMPUR.`);

describe('mark priors', () => {
  it('counts the marks after each kind of word, skipping words with a full stop inside', () => {
    const prior = learnMarkPrior([...addresses, 'LOT P.T. 2811, JALAN ANGSA']);
    expect(prior.get('short-word')).toEqual({ comma: 0, stop: 40 });
    expect(prior.get('word')).toEqual({ comma: 40, stop: 0 });
    expect(prior.get('short-number')).toEqual({ comma: 80, stop: 0 });
    expect(prior.get('number')).toEqual({ comma: 1, stop: 0 });
  });

  it('reads a full stop as a comma only where training values nearly always had a comma', () => {
    const prior = learnMarkPrior(addresses);
    expect(applyMarkPrior('NO. 7. JALAN DUAL. TAMAN JAYA. 50010 KUALA LUMPUR.', prior)).toBe('NO. 7, JALAN DUAL, TAMAN JAYA, 50010 KUALA LUMPUR.');
    // Too few numbers of 3+ digits were seen: left as read.
    expect(applyMarkPrior('LOT 2811. JALAN DUA', prior)).toBe('LOT 2811. JALAN DUA');
    // A kind of word that takes full stops keeps them.
    const blvd = learnMarkPrior(Array.from({ length: 40 }, () => 'SUNSET BLVD. LOS ANGELES'));
    expect(applyMarkPrior('SUNSET BLVD. LOS ANGELES', blvd)).toBe('SUNSET BLVD. LOS ANGELES');
    expect(applyMarkPrior('NO. 7. JALAN', new Map())).toBe('NO. 7. JALAN');
    // A word without a vowel is a contraction: its full stop stays, where a word of its length would take a comma.
    expect(applyMarkPrior('RIZAL AVENUE, BRGY. 310 SANTA CRUZ', prior)).toBe('RIZAL AVENUE, BRGY. 310 SANTA CRUZ');
    expect(applyMarkPrior('BAHNHOFSTR. 5 80335 MUENCHEN', prior)).toBe('BAHNHOFSTR. 5 80335 MUENCHEN');
    expect(applyMarkPrior('RIZAL AVENUE, BRGA. 310 SANTA CRUZ', prior)).toBe('RIZAL AVENUE, BRGA, 310 SANTA CRUZ');
  });
});
