import { describe, expect, it } from 'vitest';
import { buildLexicon, correctText, formatLexicon, parseLexicon } from './lexicon.js';

const lexicon = buildLexicon([
  'AIK HUAT HARDWARE ENTERPRISE',
  'HARDWARE SETIA ALAM',
  'SETIA ALAM HARDWARE SHOP',
  'SANYU STATIONERY SHOP',
  'STATIONERY ENTERPRISE',
  'STATIONERY COFFEE SHOP',
  'GOODS SOLD ARE NOT RETURNABLE GOODS',
  'HOUSE',
]);

describe('buildLexicon / formatLexicon / parseLexicon', () => {
  it('counts upper-cased words of two letters or more', () => {
    expect(lexicon.counts.get('HARDWARE')).toBe(3);
    expect(buildLexicon(['a Ab ab 12']).counts).toEqual(new Map([['AB', 2]]));
  });
  it('round-trips through its text form, most frequent first', () => {
    const text = formatLexicon(lexicon);
    expect(text.split('\n')[0]).toBe('HARDWARE\t3');
    expect(parseLexicon(text).counts).toEqual(lexicon.counts);
    expect(parseLexicon('OK\t2\nbad line\nX1\t3\nNEG\t-1\n').counts).toEqual(new Map([['OK', 2]]));
  });
  it('keeps the marks after tokens in `>` lines that word-only readers skip', () => {
    const withMarks = buildLexicon(['SRI PETALING, 57000 KUALA LUMPUR.']);
    expect(withMarks.marks?.get('PETALING')).toEqual([0, 1, 0, 0, 0, 0]);
    const text = formatLexicon(withMarks);
    expect(text).toContain('>PETALING\t0\t1\t0\t0\t0\t0');
    const back = parseLexicon(text);
    expect(back.counts).toEqual(withMarks.counts);
    expect(back.marks).toEqual(withMarks.marks);
    expect(parseLexicon('OK\t2\n>OK\t1\t2\n>X\t1\t0\t0\t0\t0\t-1\n').marks).toBeUndefined();
  });
});

describe('correctText', () => {
  it.each([
    ['AIK HUAT HARDNARE', 'AIK HUAT HARDWARE'], // look-alike letter
    ['SET IA ALAM', 'SETIA ALAM'], // stray space
    ['SANYU STATIONERYSHOP', 'SANYU STATIONERY SHOP'], // run together
    ['ENTERPRSE', 'ENTERPRISE'], // lost letter in a long word
    ['Setia Hardnare', 'Setia Hardware'], // case style kept
    ['(SETIA ALAN)', '(SETIA ALAN)'], // short words are not guessed
    ['FOODS', 'FOODS'], // F and G do not look alike: GOODS is no correction
    ['HOSE', 'HOSE'], // too short for a lost letter
    ['NO. 17-G, JALAN 40170', 'NO. 17-G, JALAN 40170'], // numbers and punctuation left alone
    ['SE7IA H4RDWARE', 'SETIA H4RDWARE'], // a digit read for a letter, when that gives a known word
    ['4D170 SETIA', '40170 SETIA'], // a letter read for a digit in a number
    ['B003 U13', 'B003 U13'], // codes that start with a letter are not numbers
  ])('%j → %j', (read, expected) => expect(correctText(read, lexicon)).toBe(expected));

  it('splits an unknown word only into two words seen three times or more', () => {
    const seen = buildLexicon(['MEN MEN', 'ARA ARA ARA', 'KUALA KUALA KUALA', 'LUMPUR LUMPUR LUMPUR']);
    expect(correctText('MENARA DION', seen)).toBe('MENARA DION');
    expect(correctText('KUALALUMPUR', seen)).toBe('KUALA LUMPUR');
    expect(correctText('MENARA', seen, { minSplitCount: 2 })).toBe('MEN ARA');
  });
  it('leaves a known word with a letter added or dropped at its end, as another word', () => {
    const known = buildLexicon(['CENTRAL CENTRAL CENTRAL', 'AUGUST AUGUST AUGUST', 'HARDWARE HARDWARE', 'STATIONERY STATIONERY STATIONERY']);
    expect(correctText('BAR CENTRALE', known)).toBe('BAR CENTRALE');
    expect(correctText('RUA AUGUSTA', known)).toBe('RUA AUGUSTA');
    expect(correctText('BECON STATIONER', known)).toBe('BECON STATIONER');
    // A letter added or dropped inside the word is still a slip.
    expect(correctText('HARDWAARE', known)).toBe('HARDWARE');
    expect(correctText('STATONERY', known)).toBe('STATIONERY');
  });
  it('reads two-character codes as printed, not as the known word their digit resembles', () => {
    const known = buildLexicon(['US US US', 'GL GL GL', 'JALAN JALAN']);
    expect(correctText('SEKSYEN U5, UNIT G1', known)).toBe('SEKSYEN U5, UNIT G1');
    expect(correctText('JA1AN', known)).toBe('JALAN');
  });
  it('never changes a word the lexicon knows', () => {
    expect(correctText('HOUSE SHOP', lexicon)).toBe('HOUSE SHOP');
  });
  it('needs a clear winner among near words', () => {
    const even = buildLexicon(['BALT BALT', 'BAIL BAIL']);
    expect(correctText('BAIT', even, { minLength: 4 })).toBe('BAIT');
    expect(correctText('BAIT', buildLexicon(['BALT BALT BALT BALT', 'BAIL']), { minLength: 4 })).toBe('BALT');
  });
  it('leaves trusted words as read', () => {
    const pandan = buildLexicon(['PANDAN PANDAN PANDAN']);
    expect(correctText('PANDAH INDAH', pandan)).toBe('PANDAN INDAH');
    expect(correctText('PANDAH INDAH', pandan, { trusted: new Set(['PANDAH']) })).toBe('PANDAH INDAH');
  });
  it('takes the spelling the page itself printed elsewhere', () => {
    const words = buildLexicon(['TEBRAU JALAN JALAN', 'MOONLIGHT MOONLIGHT CAKE CAKE', 'SET SET IA']);
    // EBRAU is too short for a lost letter against the lexicon alone, but TEBRAU is read on this page.
    expect(correctText('TAMAN DESA EBRAU', words)).toBe('TAMAN DESA EBRAU');
    expect(correctText('TAMAN DESA EBRAU', words, { pageWords: new Map([['TEBRAU', 1]]) })).toBe('TAMAN DESA TEBRAU');
    // A name the lexicon lacks: read twice on the page is enough; once is not.
    expect(correctText('PAPPARIH', words, { pageWords: new Map([['PAPPARICH', 2]]) })).toBe('PAPPARICH');
    expect(correctText('PAPPARIH', words, { pageWords: new Map([['PAPPARICH', 1]]) })).toBe('PAPPARIH');
    // Two page words one slip away: no basis for choosing.
    expect(correctText('BAIT', words, { minLength: 4, pageWords: new Map([['BALT', 2]]) })).toBe('BALT');
    expect(correctText('BAIT', words, { minLength: 4, pageWords: new Map([['BALT', 2], ['BAIL', 2]]) })).toBe('BAIT');
  });
  it('joins pieces whose join the page printed, unless the lexicon knows each piece well', () => {
    const words = buildLexicon(['MOONLIGHT MOONLIGHT CAKE CAKE', 'SET SET IA']);
    expect(correctText('PHI LEO DAMANSARA', words)).toBe('PHI LEO DAMANSARA');
    expect(correctText('PHI LEO DAMANSARA', words, { pageWords: new Map([['PHILEO', 1]]) })).toBe('PHILEO DAMANSARA');
    expect(correctText('SET IA ALAM', words, { pageWords: new Map([['SETIA', 1]]) })).toBe('SETIA ALAM');
    expect(correctText('MOONLIGHT CAKE HOUSE', words, { pageWords: new Map([['MOONLIGHTCAKE', 1]]) })).toBe('MOONLIGHT CAKE HOUSE');
  });
  it('makes no text-only guesses for words the recogniser already re-read against the lexicon', () => {
    const reread = { reread: true };
    // One slip from a known word, two known words run together: kept as the recogniser read them.
    expect(correctText('AIK HUAT HARDNARE', lexicon, reread)).toBe('AIK HUAT HARDNARE');
    expect(correctText('SANYU STATIONERYSHOP', lexicon, reread)).toBe('SANYU STATIONERYSHOP');
    // Pieces that join into a known word, the page's own spelling and look-alike digits still apply.
    expect(correctText('SET IA ALAM', lexicon, reread)).toBe('SETIA ALAM');
    expect(correctText('PAPPARIH', lexicon, { ...reread, pageWords: new Map([['PAPPARICH', 2]]) })).toBe('PAPPARICH');
    expect(correctText('SE7IA 4D170', lexicon, reread)).toBe('SETIA 40170');
  });
  it('reads zeros between letters of an unknown word as O, and leaves other digits to the lexicon', () => {
    const words = buildLexicon(['GOLDEN GOLDEN']);
    expect(correctText('GOLDEN SC0OP F00DICI0US Sc0op', words)).toBe('GOLDEN SCOOP FOODICIOUS Scoop');
    expect(correctText('OLIVE9 G30 A0 UPTOWN3 100', words)).toBe('OLIVE9 G30 A0 UPTOWN3 100');
  });
});
