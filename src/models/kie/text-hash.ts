/**
 * Script-independent text features hashed into a fixed number of buckets: char
 * n-grams, words split at spaces and punctuation, and a character-class shape.
 * No vocabulary and no language-specific tokeniser, so Chinese, Latin and digits
 * are treated alike and unseen scripts still get n-gram features.
 */
import { isCjk, toHalfWidth } from '../../core/text.js';

/** Sparse feature row: parallel bucket indices and values. */
export interface SparseRow {
  readonly indices: number[];
  readonly values: number[];
}

/** Which hashed groups to extract from a text. */
export interface TextTokenKinds {
  readonly unigrams: boolean;
  readonly bigrams: boolean;
  readonly trigrams: boolean;
  readonly words: boolean;
  readonly shape: boolean;
  /** First and last characters as their own tokens (`:` at the end marks keys). */
  readonly ends: boolean;
}

export const ALL_TEXT_TOKENS: Readonly<TextTokenKinds> = Object.freeze({
  unigrams: true,
  bigrams: true,
  trigrams: true,
  words: true,
  shape: true,
  ends: true,
});

/** 32-bit FNV-1a over UTF-16 units. Deterministic across platforms. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Adds `token` (hashed into `buckets`) with `value` to a row. */
export function pushToken(row: SparseRow, token: string, value: number, buckets: number): void {
  row.indices.push(fnv1a(token) % buckets);
  row.values.push(value);
}

/** Lower-cased, half-width text with every digit mapped to `0` (digits rarely matter, their count does). */
export function normaliseForHash(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/\p{Nd}/gu, '0').trim();
}

/**
 * Character classes collapsed to runs, at most 12 long: `Aa` upper then lower
 * Latin, `0` digits, `C` CJK, ` ` space, punctuation kept as itself.
 *
 * @example
 * textShape('Date: 12/03') // 'Aa: 0/0'
 */
export function textShape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of toHalfWidth(text)) {
    let c: string;
    const code = ch.charCodeAt(0);
    // ASCII fast path (the regular expressions below dominate RE feature time on Latin pages).
    if (code < 128) c = asciiClass(code, ch);
    else if (code >= 0x4e00 && code <= 0x9fef) c = 'C'; // CJK unified ideographs: letters, never Lu/Nd
    else if (/\p{Lu}/u.test(ch)) c = 'A';
    else if (/\p{Nd}/u.test(ch)) c = '0';
    else if (isCjk(ch) && /\p{L}/u.test(ch)) c = 'C';
    else if (/\p{L}/u.test(ch)) c = 'a';
    else if (/\s/u.test(ch)) c = ' ';
    else c = ch;
    if (c !== last) out += c;
    last = c;
    if (out.length >= 12) break;
  }
  return out;
}

/** {@link textShape}'s class of an ASCII character. */
function asciiClass(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'A';
  if (code >= 97 && code <= 122) return 'a';
  if (code >= 48 && code <= 57) return '0';
  if (code === 32 || (code >= 9 && code <= 13)) return ' ';
  return ch;
}

/** A text token before hashing, with its weight. */
export interface TextToken {
  readonly token: string;
  readonly value: number;
}

/**
 * The tokens of `text` (unhashed, unprefixed): computed once per segment and
 * reused for every role it plays (itself, a neighbour, a pair end). Each group
 * is scaled by 1/sqrt(count) so that long texts do not dominate.
 */
export function textTokens(text: string, kinds: TextTokenKinds = ALL_TEXT_TOKENS): TextToken[] {
  const out: TextToken[] = [];
  const norm = normaliseForHash(text);
  const chars = Array.from(norm.replace(/\s+/gu, ' '));
  const group = (tokens: string[], tag: string): void => {
    if (tokens.length === 0) return;
    const value = 1 / Math.sqrt(tokens.length);
    for (const t of tokens) out.push({ token: `${tag}${t}`, value });
  };
  if (chars.length === 0) return [{ token: 'empty', value: 1 }];
  const padded = ['^', ...chars, '$'];
  if (kinds.unigrams) group(chars, 'u:');
  if (kinds.bigrams) group(ngrams(padded, 2), 'b:');
  if (kinds.trigrams) group(ngrams(padded, 3), 't:');
  if (kinds.words) {
    const words = norm.split(/[\s\p{P}\p{S}]+/u).filter((w) => w.length > 0).slice(0, 24);
    group(words, 'w:');
  }
  if (kinds.shape) out.push({ token: `s:${textShape(text)}`, value: 1 });
  if (kinds.ends) {
    out.push({ token: `f:${chars[0]}`, value: 1 });
    out.push({ token: `l:${chars[chars.length - 1]}`, value: 1 });
  }
  return out;
}

/** Appends `tokens`, each name prefixed by `prefix` (its role: own text, left neighbour, key, ...). */
export function pushPrefixed(row: SparseRow, tokens: readonly TextToken[], prefix: string, buckets: number): void {
  for (const t of tokens) pushToken(row, prefix + t.token, t.value, buckets);
}

/** Appends the hashed, prefixed tokens of `text` to `row`. */
export function pushTextTokens(
  row: SparseRow,
  text: string,
  prefix: string,
  buckets: number,
  kinds: TextTokenKinds = ALL_TEXT_TOKENS,
): void {
  pushPrefixed(row, textTokens(text, kinds), prefix, buckets);
}

function ngrams(chars: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}
