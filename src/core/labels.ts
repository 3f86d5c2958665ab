/**
 * Class lists are data: any number of classes with any names. The background class
 * (OTHER) is recognised by name wherever it sits in a list, never by position.
 */
import { KieError } from './errors.js';

/** The canonical name of the background class. */
export const BACKGROUND_LABEL = 'other';

/** Spellings of the background class seen in datasets and model outputs. */
const BACKGROUND_ALIASES = new Set(['other', 'others', 'o', '']);

/**
 * Canonical form of a label for comparisons: trimmed, lower case, and every
 * spelling of the background class (`O`, `OTHERS`, empty) mapped to `other`.
 *
 * @example
 * normalizeLabel('QUESTION') // 'question'
 * normalizeLabel('O') // 'other'
 */
export function normalizeLabel(label: string): string {
  const l = label.trim().toLowerCase();
  return BACKGROUND_ALIASES.has(l) ? BACKGROUND_LABEL : l;
}

/** True for the background class in any spelling. */
export function isBackground(label: string): boolean {
  return normalizeLabel(label) === BACKGROUND_LABEL;
}

/** Case-insensitive label equality (`QUESTION` equals `question`, `O` equals `other`). */
export function sameLabel(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/**
 * Parses a class list file (one class per line, as PaddleOCR's `class_list.txt`).
 * Blank lines are skipped; duplicates (ignoring case) are refused.
 *
 * @example
 * parseClassList('OTHER\nQUESTION\nANSWER\n') // ['OTHER', 'QUESTION', 'ANSWER']
 */
export function parseClassList(text: string, file = 'class list'): string[] {
  const classes: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/u).forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') return;
    const key = normalizeLabel(name);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new KieError('INVALID_DATA', `${file}:${index + 1}: class "${name}" repeats line ${first}`, { path: file });
    }
    seen.set(key, index + 1);
    classes.push(name);
  });
  return classes;
}

/**
 * Formats a class list for PaddleOCR: the background class first (its BIO
 * conversion needs OTHER at index 0 to map it to `O`), then the others in order.
 */
export function formatClassList(classes: readonly string[]): string {
  const background = classes.find(isBackground) ?? 'OTHER';
  const rest = classes.filter((c) => !isBackground(c));
  return `${[background, ...rest].join('\n')}\n`;
}

/** Class names found in labels, in first-seen order, background first, upper case for PaddleOCR. */
export function collectClasses(labels: Iterable<string>): string[] {
  const seen = new Set<string>([BACKGROUND_LABEL]);
  for (const label of labels) seen.add(normalizeLabel(label));
  return [...seen].map((c) => c.toUpperCase());
}

/**
 * Checks a label against a class list and returns the list's spelling of it.
 *
 * @throws KieError UNKNOWN_LABEL naming the valid classes.
 */
export function resolveLabel(label: string, classes: readonly string[], where = ''): string {
  const key = normalizeLabel(label);
  const found = classes.find((c) => normalizeLabel(c) === key);
  if (found !== undefined) return found;
  if (key === BACKGROUND_LABEL) return label;
  throw new KieError(
    'UNKNOWN_LABEL',
    `${where ? `${where}: ` : ''}unknown label "${label}" (valid: ${classes.join(', ')})`,
  );
}
