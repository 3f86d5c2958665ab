/**
 * A capital `I` read as a small `l`. In sans-serif print the two are one
 * glyph, and the recogniser picks by context it does not have at a word's
 * start: `Fatih/lstanbul`, `Buyuk lpak`, `De la lglesia`. A Latin word does not
 * begin with `l` and then a consonant that cannot follow it there, nor with `l`
 * and then a capital; it does begin with `I` so (`Istanbul`, `Iglesia`, `IPAK`).
 * Left alone: `l` before a vowel, `h`, `j`, `l`, `w`, `y` (`lhe`, `Ljubljana`,
 * `llave`, `Llwyd`, `lyuk`), before `b`, `t` and `x` (`lbs`, `ltr`, `lx`: units),
 * and a lone `l` (`1 l`, a litre). Pure.
 */
import type { OcrChar } from '../../core/ocr.js';
import { isDigit, isLetter } from '../../core/text.js';

/** Small letters that no Latin word starts with after `l` (units such as `lb`, `lt`, `lx` aside). */
const NOT_AFTER_INITIAL_L = /^[cdfgkmnpqrsvz]$/u;

/**
 * The characters with each word-initial `l` that can only be a capital `I`
 * made one: followed by a capital (`lPAK`), or by one of
 * {@link NOT_AFTER_INITIAL_L} and another letter (`lstanbul`, `lglesia`).
 * A word starts after anything that is no letter or digit (`Fatih/lstanbul`).
 * Positions and scores are kept; the same array comes back when nothing changes.
 */
export function capitalIForSmallL(chars: readonly OcrChar[]): readonly OcrChar[] {
  let out: OcrChar[] | undefined;
  chars.forEach((c, i) => {
    if (c.text !== 'l') return;
    const before = chars[i - 1]?.text;
    if (isLetter(before) || isDigit(before)) return;
    const next = chars[i + 1]?.text;
    const after = chars[i + 2]?.text;
    const capitalNext = next !== undefined && /^\p{Lu}$/u.test(next);
    const consonantNext = next !== undefined && NOT_AFTER_INITIAL_L.test(next) && isLetter(after);
    if (!capitalNext && !consonantNext) return;
    out ??= [...chars];
    out[i] = { ...c, text: 'I' };
  });
  return out ?? chars;
}
