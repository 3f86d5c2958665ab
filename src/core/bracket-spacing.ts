/**
 * How a field's values space their brackets: company names are written
 * `AEON CO. (M) BHD`, a space before the opening bracket and after the closing
 * one, none inside, while recognisers read `CO.(M)` and `( SUNGAI RENGIT )`.
 * Learned from the values a model saw in training (its known values), so that a
 * model of documents written `F(x)` learns that instead. Pure.
 */
import { collapseSpaces } from './text.js';

/** How often a place around a bracket had a space, and how often not. */
export interface SpaceCount {
  readonly space: number;
  readonly tight: number;
}

/** Per place around brackets, what training values had there. */
export interface BracketSpacing {
  /** Just inside a bracket: after `(`, before `)`. */
  readonly inside: SpaceCount;
  /** Before an opening bracket that follows a letter, digit or mark. */
  readonly before: SpaceCount;
  /** After a closing bracket that a letter or digit follows. */
  readonly after: SpaceCount;
}

export interface BracketSpacingOptions {
  /** Share of one usage at a place for it to be applied there (default 0.95). */
  readonly minShare?: number;
  /** Brackets seen at the place in training, at least (default 30). */
  readonly minCount?: number;
}

const OPENING = '([{';
const CLOSING = ')]}';

/**
 * Counts the spacing around the brackets of a field's training values (white
 * space collapsed).
 *
 * @example
 * learnBracketSpacing(['AEON CO. (M) BHD']) // {inside: {space: 0, tight: 2}, before: {space: 1, tight: 0}, after: {space: 1, tight: 0}}
 */
export function learnBracketSpacing(values: Iterable<string>): BracketSpacing {
  const inside = { space: 0, tight: 0 };
  const before = { space: 0, tight: 0 };
  const after = { space: 0, tight: 0 };
  const count = (c: { space: number; tight: number }, spaced: boolean): void => {
    if (spaced) c.space += 1;
    else c.tight += 1;
  };
  for (const raw of values) {
    const value = collapseSpaces(raw);
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (OPENING.includes(ch)) {
        const next = value[i + 1];
        if (next !== undefined) count(inside, next === ' ');
        const prev = value[i - 1] === ' ' ? value[i - 2] : value[i - 1];
        if (prev !== undefined && !OPENING.includes(prev)) count(before, value[i - 1] === ' ');
      } else if (CLOSING.includes(ch)) {
        if (i > 0) count(inside, value[i - 1] === ' ');
        const next = value[i + 1] === ' ' ? value[i + 2] : value[i + 1];
        if (next !== undefined && /[\p{L}\p{Nd}]/u.test(next)) count(after, value[i + 1] === ' ');
      }
    }
  }
  return { inside, before, after };
}

/**
 * The text spaced around its brackets as training values nearly always were, at
 * each place (inside, before, after) where one usage had `minShare` of at least
 * `minCount` brackets; other places stay as read.
 *
 * @example
 * applyBracketSpacing('MR. D.I.Y.(KUCHAI) SDN BHD', prior) // 'MR. D.I.Y. (KUCHAI) SDN BHD' where companies put a space before `(`
 */
export function applyBracketSpacing(text: string, prior: BracketSpacing, options: BracketSpacingOptions = {}): string {
  const minShare = options.minShare ?? 0.95;
  const minCount = options.minCount ?? 30;
  const usual = (c: SpaceCount): 'space' | 'tight' | undefined => {
    const total = c.space + c.tight;
    if (total < minCount) return undefined;
    if (c.space >= minShare * total) return 'space';
    return c.tight >= minShare * total ? 'tight' : undefined;
  };
  let out = text;
  const inside = usual(prior.inside);
  if (inside === 'tight') out = out.replace(/([([{]) +/gu, '$1').replace(/ +([)\]}])/gu, '$1');
  else if (inside === 'space') out = out.replace(/([([{])(?=[^\s)\]}])/gu, '$1 ').replace(/([^\s([{])([)\]}])/gu, '$1 $2');
  const before = usual(prior.before);
  if (before === 'space') out = out.replace(/([^\s([{])([([{])/gu, '$1 $2');
  else if (before === 'tight') out = out.replace(/([^\s([{]) +([([{])/gu, '$1$2');
  const after = usual(prior.after);
  if (after === 'space') out = out.replace(/([)\]}])(?=[\p{L}\p{Nd}])/gu, '$1 ');
  else if (after === 'tight') out = out.replace(/([)\]}]) +(?=[\p{L}\p{Nd}])/gu, '$1');
  return out;
}
