/**
 * Text normalisation shared by OCR output and evaluation.
 */

/**
 * Maps full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to
 * their half-width forms. CJK punctuation with no ASCII twin (`。`, `、`, `《`) is
 * kept. This matches how XFUND and most datasets write `:` `(` `1` in Chinese text.
 *
 * @example
 * toHalfWidth('姓名：ＡＢ（１）') // '姓名:AB(1)'
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** White space runs → one space, trimmed (the SROIE comparison of texts). */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Removes all white space (the end-to-end protocol compares texts without spaces). */
export function stripSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Upper case without white space: how OCR readings are compared when spacing
 * and letter case are not evidence (known values, recogniser-head lines).
 *
 * @example
 * spacelessUpper('No. 1, Jalan') // 'NO.1,JALAN'
 */
export function spacelessUpper(text: string): string {
  return stripSpaces(text).toUpperCase();
}

/** True for one letter of any script; false for anything else, `undefined` (past a string's end) included. */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^\p{L}$/u.test(ch);
}

/** True for one decimal digit of any script; false for anything else, `undefined` included. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /^\p{Nd}$/u.test(ch);
}

/** True for characters of CJK scripts (Han, kana, hangul, CJK punctuation). */
export function isCjk(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x20000 && c <= 0x2fa1f)
  );
}

/**
 * Levenshtein distance over code points (not UTF-16 units), for character error
 * rates of any script.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = new Array<number>(t.length + 1);
  let cur = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[t.length]!;
}

/**
 * Whether `a` and `b` (compared by UTF-16 code unit) are at most `max` edits
 * apart; stops as soon as every path is over, which makes it cheap to test a
 * word against a whole word list. With `kept`, the characters of `a` it names
 * may be replaced but not dropped.
 *
 * @example
 * withinEdits('HARLHARE', 'HARDWARE', 2) // true
 * withinEdits('PLOT', 'LOT', 1, (i) => i === 0) // false: the P stays
 */
export function withinEdits(a: string, b: string, max: number, kept?: (i: number) => boolean): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    // Dropping a[i - 1] (a step down the column) is barred for a kept character.
    const drop = kept?.(i - 1) ? Infinity : 1;
    cur[0] = prev[0]! + drop;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + drop, cur[j - 1]! + 1);
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > max) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! <= max;
}

/**
 * Whether the characters `start` to `end` (end exclusive) overlap any of the
 * spans (same convention): a match that shares a character with one already
 * taken.
 *
 * @example
 * overlapsAny(3, 8, [[0, 4]]) // true
 * overlapsAny(4, 8, [[0, 4]]) // false
 */
export function overlapsAny(start: number, end: number, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}
