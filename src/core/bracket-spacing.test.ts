import { describe, expect, it } from 'vitest';
import { applyBracketSpacing, learnBracketSpacing } from './bracket-spacing.js';

const companies = Array.from({ length: 40 }, (_, i) => `SHOP ${i} (M) SDN BHD`);

describe('bracket spacing', () => {
  it('counts spaces inside, before and after brackets', () => {
    expect(learnBracketSpacing(['AEON CO. (M) BHD', 'MR.D.I.Y(M)SDN BHD', 'X ( A )'])).toEqual({
      inside: { space: 2, tight: 4 },
      before: { space: 2, tight: 1 },
      after: { space: 1, tight: 1 },
    });
  });

  it('spaces brackets as training values nearly always did', () => {
    const prior = learnBracketSpacing(companies);
    expect(applyBracketSpacing('AEON CO.(M) BHD', prior)).toBe('AEON CO. (M) BHD');
    expect(applyBracketSpacing('S.H.H. MOTOR ( SUNGAI RENGIT )SDN. BHD.', prior)).toBe('S.H.H. MOTOR (SUNGAI RENGIT) SDN. BHD.');
    // A bracket that starts or ends the value has nothing to space from.
    expect(applyBracketSpacing('(M) SDN BHD (', prior)).toBe('(M) SDN BHD (');
  });

  it('leaves places with too few brackets or no clear usage as read', () => {
    expect(applyBracketSpacing('F(x) ( y )', learnBracketSpacing(companies.slice(0, 10)))).toBe('F(x) ( y )');
    const mixed = learnBracketSpacing([...companies, ...Array.from({ length: 40 }, () => 'F(X)')]);
    expect(mixed.before).toEqual({ space: 40, tight: 40 });
    expect(applyBracketSpacing('G(x) ( y )', mixed)).toBe('G(x) (y)');
  });

  it('learns tight brackets where the values are written so', () => {
    const prior = learnBracketSpacing(Array.from({ length: 40 }, () => 'UNIT A(2)B'));
    expect(applyBracketSpacing('UNIT C (3) D', prior)).toBe('UNIT C(3)D');
  });
});
