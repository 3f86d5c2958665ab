/** Script-independent statistics of a text, as dense features. */
import { isCjk, toHalfWidth } from '../../core/text.js';

/** Number of values returned by {@link textStats}. */
export const TEXT_STATS_SIZE = 9;

/**
 * `[log1p(length), digit, Latin letter, upper-case, CJK, punctuation fractions,
 * ends with a colon, contains a colon, is empty]`.
 */
export function textStats(text: string): number[] {
  const chars = Array.from(toHalfWidth(text).trim());
  const n = chars.length;
  if (n === 0) return [0, 0, 0, 0, 0, 0, 0, 0, 1];
  let digit = 0;
  let latin = 0;
  let upper = 0;
  let cjk = 0;
  let punct = 0;
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    // Fast paths (same classes as the regular expressions below): CJK ideographs, ASCII letters and digits.
    if (code >= 0x4e00 && code <= 0x9fef) cjk++;
    else if (code >= 48 && code <= 57) digit++;
    else if (code >= 97 && code <= 122) latin++;
    else if (code >= 65 && code <= 90) {
      latin++;
      upper++;
    } else if (/\p{Nd}/u.test(ch)) digit++;
    else if (isCjk(ch)) cjk++;
    else if (/\p{L}/u.test(ch)) {
      latin++;
      if (/\p{Lu}/u.test(ch)) upper++;
    } else if (/[\p{P}\p{S}]/u.test(ch)) punct++;
  }
  const last = chars[n - 1];
  return [
    Math.log1p(n),
    digit / n,
    latin / n,
    upper / Math.max(1, latin),
    cjk / n,
    punct / n,
    last === ':' ? 1 : 0,
    chars.includes(':') ? 1 : 0,
    0,
  ];
}
