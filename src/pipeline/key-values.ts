/**
 * From labelled segments and key→value links to key-value pairs: the last step of
 * the KIE pipeline. Pure functions.
 */
import { isCjk } from '../core/text.js';

/** A directed key→value link between two segment ids, with the model's probability in [0, 1]. */
export interface ScoredLink {
  readonly from: number;
  readonly to: number;
  readonly score: number;
}

/** One extracted pair: a key and the text of every value linked to it. */
export interface KeyValue {
  /** Text of the key segment as read (e.g. `Name:`). */
  readonly key: string;
  /** Texts of the linked values in reading order, joined by {@link joinTexts}. */
  readonly value: string;
  readonly keyIds: readonly number[];
  /** Value segment ids in reading order. */
  readonly valueIds: readonly number[];
  /** Mean probability of the links that make up the pair, in [0, 1]. */
  readonly score: number;
}

/** What {@link buildKeyValues} needs of a segment. */
export interface KeyValueSegment {
  readonly id: number;
  readonly text: string;
}

/**
 * Joins the lines of a multi-line value: no separator between two CJK
 * characters (Chinese lines continue without spaces), one space otherwise.
 *
 * @example
 * joinTexts(['北京市海淀区', '中关村大街1号']) // '北京市海淀区中关村大街1号'
 * joinTexts(['42 Harbor Lane,', 'Springfield']) // '42 Harbor Lane, Springfield'
 */
export function joinTexts(texts: readonly string[]): string {
  let out = '';
  for (const raw of texts) {
    const t = raw.trim();
    if (t === '') continue;
    if (out === '') out = t;
    else out += isCjk(out.slice(-1)) && isCjk(Array.from(t)[0] ?? '') ? t : ` ${t}`;
  }
  return out;
}

/**
 * Groups links by key: one pair per key that has at least one value, keys in
 * reading order, each key's values in reading order. `order` lists segment ids
 * in reading order (ids missing from it sort last, by id).
 *
 * @example
 * buildKeyValues(
 *   [{ id: 1, text: 'Name:' }, { id: 2, text: 'Jane Doe' }],
 *   [{ from: 1, to: 2, score: 0.9 }],
 *   [1, 2],
 * ) // [{ key: 'Name:', value: 'Jane Doe', keyIds: [1], valueIds: [2], score: 0.9 }]
 */
export function buildKeyValues(
  segments: readonly KeyValueSegment[],
  links: readonly ScoredLink[],
  order: readonly number[],
): KeyValue[] {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const rank = new Map(order.map((id, i) => [id, i]));
  const rankOf = (id: number): number => rank.get(id) ?? order.length + id;
  const values = new Map<number, Map<number, number>>();
  for (const link of links) {
    if (!byId.has(link.from) || !byId.has(link.to)) continue;
    let own = values.get(link.from);
    if (!own) values.set(link.from, (own = new Map()));
    own.set(link.to, Math.max(own.get(link.to) ?? 0, link.score));
  }
  const keys = [...values.keys()].sort((a, b) => rankOf(a) - rankOf(b));
  return keys.map((keyId) => {
    const own = values.get(keyId)!;
    const valueIds = [...own.keys()].sort((a, b) => rankOf(a) - rankOf(b));
    const scores = [...own.values()];
    return {
      key: byId.get(keyId)!.text.trim(),
      value: joinTexts(valueIds.map((id) => byId.get(id)!.text)),
      keyIds: [keyId],
      valueIds,
      score: scores.reduce((s, v) => s + v, 0) / scores.length,
    };
  });
}
