import { describe, expect, it } from 'vitest';
import { countWordMarks, WORD_MARKS } from '../../core/word-marks.js';
import { charsOf, evidenceOf, framesOf } from '../../../test/helpers/frame-evidence.js';
import { markLogProbability, rereadMarks } from './word-marks.js';

/** Runs of the line's greedy characters: every character of `text` but the spaces decided later. */
function reread(text: string, frames: Array<Record<string, number>>, texts: readonly string[]): string {
  const evidence = evidenceOf(frames);
  const chars = charsOf(text);
  const runOf = new Map(chars.filter((c) => c.text !== ' ').map((c, i) => [c, i]));
  return rereadMarks(chars, (c) => runOf.get(c), evidence, countWordMarks(texts))
    .map((c) => c.text)
    .join('');
}

const ADDRESSES = Array.from({ length: 20 }, () => 'SRI PETALING, 57000 KUALA LUMPUR');

describe('markLogProbability', () => {
  it('weighs nothing, a comma and a full stop in the frames between two tokens, spaces allowed', () => {
    const evidence = evidenceOf([{}, { ',': 0.5, '.': 0.3 }, {}, { ' ': 0.6 }, {}]);
    const [none, comma, stop] = WORD_MARKS.map((m) => markLogProbability(evidence, 0, 5, m));
    expect(comma).toBeGreaterThan(stop!);
    expect(stop).toBeGreaterThan(none!);
  });
});

describe('rereadMarks', () => {
  it('swaps a doubtful full stop for the comma the texts put after the word, dropping a space before it', () => {
    const frames = [...framesOf('PETALING'), { '.': 0.5, ',': 0.4 }, {}, ...framesOf('57000')];
    expect(reread('PETALING. 57000', frames, ADDRESSES)).toBe('PETALING, 57000');
    expect(reread('PETALING . 57000', frames, ADDRESSES)).toBe('PETALING, 57000');
  });

  it('adds a comma greedy decoding lost when the frames saw some of it', () => {
    const faint = [...framesOf('PETALING'), { ',': 0.3 }, {}, ...framesOf('57000')];
    expect(reread('PETALING 57000', faint, ADDRESSES)).toBe('PETALING, 57000');
    const none = [...framesOf('PETALING'), {}, ...framesOf('57000')];
    expect(reread('PETALING 57000', none, ADDRESSES)).toBe('PETALING 57000');
  });

  it('keeps a clearly printed mark against the texts (without a space before it), and never drops one', () => {
    const clear = [...framesOf('PETALING'), { '.': 0.95 }, {}, ...framesOf('57000')];
    expect(reread('PETALING. 57000', clear, ADDRESSES)).toBe('PETALING. 57000');
    expect(reread('PETALING . 57000', clear, ADDRESSES)).toBe('PETALING. 57000');
    const doubtful = [...framesOf('LUMPUR'), { ',': 0.35 }, {}];
    expect(reread('LUMPUR,', doubtful, ADDRESSES)).toBe('LUMPUR,');
  });

  it('leaves lines without frames for their characters, and amounts, as read', () => {
    const evidence = evidenceOf(framesOf('PETALING 57000'));
    expect(rereadMarks(charsOf('PETALING 57000'), () => undefined, evidence, countWordMarks(ADDRESSES)).map((c) => c.text).join('')).toBe('PETALING 57000');
    expect(reread('RM12.50', framesOf('RM12.50'), ADDRESSES)).toBe('RM12.50');
  });
});
