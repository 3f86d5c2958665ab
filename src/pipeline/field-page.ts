/**
 * A page as field extraction reads it: segments in reading order with their
 * boxes, and what its lines say apart from any field: which lines share a
 * column or follow each other, which are date lines, where the prices start,
 * which blocks a key heads, whether it prices in whole units. Pure.
 */
import { columnOverlap, quadOfPoints, type TextLine } from '../core/field-keys.js';
import { boundingBox, type Polygon } from '../core/geometry.js';
import { labelledAmountText, repairAmountText } from '../core/amount-glyphs.js';
import { findAmounts, isLoneSpaceGrouped, isLoneSpaceGroupedWhole, type AmountMatch } from '../core/normalize-amount.js';
import { findDates } from '../core/normalize-date.js';
import { sortReadingOrder } from '../core/reading-order.js';
import { overlapsAny } from '../core/text.js';
import type { FieldSpec } from '../core/schema.js';

/** A field's patterns (`hints`, `excludes`...) as case-insensitive regular expressions. */
export const compilePatterns = (sources: readonly string[]): RegExp[] => sources.map((s) => new RegExp(s, 'iu'));

/** A segment with its SER label: the minimal input of field extraction. */
export interface FieldSegment {
  readonly id: number;
  readonly points: Polygon;
  readonly text: string;
  /** SER class (`COMPANY`, `other`…); compared with a field's label ignoring case. */
  readonly label: string;
  /** Probability of `label`, in [0, 1]. */
  readonly labelScore: number;
}

/** A page prepared once for every field: segments in reading order with their boxes. */
export interface PreparedPage {
  readonly segments: readonly FieldSegment[];
  readonly lines: readonly TextLine[];
  readonly height: number;
  readonly width: number;
  /** Top of each segment as a fraction of the page height (0 top, 1 bottom). */
  readonly top: readonly number[];
  /**
   * The page prices in whole units (rupiah, yen, won): no amount on it has a
   * decimal part, and some are grouped in thousands or carry a currency
   * (`45.000`, `¥280`). Those are then amounts too.
   */
  readonly wholeUnits: boolean;
  /**
   * The page groups thousands by spaces: some line is nothing but such a
   * number with cents (`13 200,00`). A space-grouped number with cents is then
   * one amount on any of its lines (`Totalt NOK 18 812,50`).
   */
  readonly spaceGrouped: boolean;
  /**
   * The page prices in whole units grouped by spaces: at least
   * {@link MIN_WHOLE_GROUPED_LINES} lines are nothing but such a number (`6 000`,
   * `105 400`) and no amount has decimals. Such a number is then one amount
   * wherever it stands (`JAMI TO'LOV 102 238`), and the page is `wholeUnits`.
   */
  readonly spaceGroupedWhole: boolean;
  /**
   * Where the first row with a price starts (fraction of the page height, half
   * a line above its first priced line), or Infinity without prices: a top
   * field's value is printed above it.
   */
  readonly pricesTop: number;
}

/** How a page prints its prices: what {@link amountValues} needs of it. */
export type PagePricing = Pick<PreparedPage, 'wholeUnits' | 'spaceGrouped' | 'spaceGroupedWhole'>;

/** Sorts segments into reading order and measures the page. */
export function preparePage(segments: readonly FieldSegment[], size?: { width?: number; height?: number }): PreparedPage {
  const ordered = sortReadingOrder(segments, (s) => quadOfPoints(s.points));
  const boxes = ordered.map((s) => boundingBox(s.points.length > 0 ? s.points : [[0, 0]]));
  const height = size?.height || Math.max(1, ...boxes.map((b) => b.y1));
  const width = size?.width || Math.max(1, ...boxes.map((b) => b.x1));
  const top = boxes.map((b) => b.y0 / height);
  const pricing = { ...pricingInWholeUnits(ordered), spaceGrouped: ordered.some((s) => isLoneSpaceGrouped(s.text)) };
  return { segments: ordered, lines: ordered, height, width, top, ...pricing, pricesTop: firstPriceRowTop(ordered, top, height, pricing) };
}

/** An amount as printed in a line (`value`, at `index`) and the decimal number it stands for. */
export interface PrintedAmountValue {
  readonly value: string;
  readonly index: number;
  readonly decimal: string;
}

/** A whole-unit amount: grouped in thousands (`45.000`, `1,280`, `105 400`) or carrying a currency (`¥280`, `Rp 5000`). */
const isWholeUnitAmount = (a: AmountMatch): boolean => !a.value.includes('.') && (/^\d{1,3}(?:[., ]\d{3})+$/u.test(a.number) || a.currency !== undefined);

/** Lines that are nothing but a whole number grouped by spaces, at the least, on a page priced so (one could be a quantity and a price). */
const MIN_WHOLE_GROUPED_LINES = 2;

/** See {@link PreparedPage.wholeUnits} and {@link PreparedPage.spaceGroupedWhole}: both need a page with no decimals. */
function pricingInWholeUnits(segments: readonly FieldSegment[]): Pick<PreparedPage, 'wholeUnits' | 'spaceGroupedWhole'> {
  const amounts = segments.flatMap((s) => findAmounts(repairAmountText(withoutDates(s.text))));
  if (amounts.some((a) => a.value.includes('.'))) return { wholeUnits: false, spaceGroupedWhole: false };
  const spaceGroupedWhole = segments.filter((s) => isLoneSpaceGroupedWhole(s.text)).length >= MIN_WHOLE_GROUPED_LINES;
  return { wholeUnits: spaceGroupedWhole || amounts.some(isWholeUnitAmount), spaceGroupedWhole };
}

/**
 * Amounts with decimals only: bare integers on receipts are quantities and
 * counts. On a page that prices in whole units (`wholeUnits`), amounts grouped
 * in thousands or carrying a currency are taken too (`45.000`, `¥280`). The
 * value keeps a currency printed against the number (`RM 7.70`), as written;
 * `decimal` is the number as this page's pricing reads it (`7.70`, `13200.00`
 * for a space-grouped `13 200,00`). Numbers inside a date are not amounts.
 */
export function amountValues(text: string, labelled: boolean, pricing: PagePricing): PrintedAmountValue[] {
  const { wholeUnits } = pricing;
  const decimals = (t: string): PrintedAmountValue[] => {
    // A number inside a date is no amount (`2026.11` of `2026.11.21. 07:55`).
    const dates = findDates(t).map((d) => [d.index, d.index + d.text.length] as const);
    return findAmounts(t, { spaceGrouped: pricing.spaceGrouped, spaceGroupedWhole: pricing.spaceGroupedWhole })
      .filter((a) => a.value.includes('.') || (wholeUnits && isWholeUnitAmount(a)))
      .filter((a) => !overlapsAny(a.index, a.index + a.text.length, dates))
      .map((a) => ({ value: a.text, index: a.index, decimal: a.value }));
  };
  const repaired = repairAmountText(text);
  const found = decimals(repaired);
  const relabelled = found.length === 0 && labelled ? labelledAmountText(repaired) : undefined;
  return relabelled === undefined ? found : decimals(relabelled);
}

/** Most lines a key's block holds under the key line (a name, a street, a city, a country, a number). */
const MAX_BLOCK_LINES = 6;

/**
 * The reading-order indexes of the blocks the field's `excludesBelow` keys
 * head: each key line and the lines under it in its column, each close to the
 * one above (`Kunde:` / `Beispiel AG` / `Hafenstrasse 3, 20457 Hamburg`).
 */
export function keyBlocks(page: PreparedPage, field: FieldSpec): Set<number> {
  const out = new Set<number>();
  if (field.excludesBelow.length === 0) return out;
  const keys = compilePatterns(field.excludesBelow);
  page.segments.forEach((s, i) => {
    if (!keys.some((re) => re.test(s.text))) return;
    out.add(i);
    let prev = i;
    for (let n = 0, next = columnNeighbour(page, i, 1); n < MAX_BLOCK_LINES && next !== undefined && close(page, prev, next); n++, prev = next, next = columnNeighbour(page, next, 1)) {
      out.add(next);
    }
  });
  return out;
}

/** See {@link PreparedPage.pricesTop}; `segments` in reading order, `top` their tops as fractions of `height`. */
function firstPriceRowTop(segments: readonly FieldSegment[], top: readonly number[], height: number, pricing: PagePricing): number {
  const k = segments.findIndex((s) => amountValues(withoutDates(s.text), false, pricing).length > 0);
  if (k < 0) return Infinity;
  const box = boundingBox(segments[k]!.points);
  return (top[k] ?? 0) - (0.5 * (box.y1 - box.y0)) / height;
}

/** Clock times (`12:30`, `7:42 PM`) and weekdays (`SAT`, `(土)`, `星期六`): with the dates, what a date line is made of. */
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\b\.?)?/giu;
const WEEKDAY = /\b(?:MON(?:DAY)?|TUE(?:S|SDAY)?|WED(?:NESDAY)?|THU(?:RS?|RSDAY)?|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)\b\.?|[(（][月火水木金土日一二三四五六天][)）]|(?:星期|周|週)[一二三四五六日天]/giu;

/**
 * The text without its dates and clock times: a line with no letters left
 * (`2026年11月21日(土) 12:30`: its 年月日 are letters) is a date line, no name or
 * address.
 */
export function withoutDates(text: string): string {
  let rest = text;
  for (const d of findDates(text).reverse()) rest = rest.slice(0, d.index) + rest.slice(d.index + d.text.length);
  return rest.replace(TIME, ' ').replace(WEEKDAY, ' ');
}

/** The segment (reading-order index) next to `k` in reading order, after it (`step` 1) or before it (−1), when it shares k's column. */
export function adjacent(page: PreparedPage, k: number, step: 1 | -1): number | undefined {
  const j = k + step;
  return j >= 0 && j < page.segments.length && sameColumn(page, j, k) ? j : undefined;
}

/**
 * The next segment (reading-order index) after `k` (`step` 1) or before it (−1)
 * that shares its column, passing over at most {@link MAX_COLUMN_SKIPS}
 * segments of other columns on the way.
 */
export function columnNeighbour(page: PreparedPage, k: number, step: 1 | -1): number | undefined {
  for (let j = k + step, skipped = 0; j >= 0 && j < page.segments.length && skipped <= MAX_COLUMN_SKIPS; j += step, skipped++) {
    if (sameColumn(page, j, k)) return j;
  }
  return undefined;
}

/** Segments of other columns a block's growth passes over between two of its lines (an invoice's `Invoice No:` `INV-20931`). */
const MAX_COLUMN_SKIPS = 3;

/** Two segments (reading-order indexes) are close enough to belong to one block: less than two line heights apart. */
export function close(page: PreparedPage, a: number, b: number): boolean {
  const ba = boundingBox(page.segments[a]!.points);
  const bb = boundingBox(page.segments[b]!.points);
  const h = Math.max(1, Math.min(ba.y1 - ba.y0, bb.y1 - bb.y0));
  const gap = Math.max(ba.y0, bb.y0) - Math.min(ba.y1, bb.y1);
  return gap < 2 * h;
}

/**
 * Two segments (reading-order indexes) share some column: reading order runs
 * across a page's columns (`Austin, TX 78701` on the left, `Invoice No:` on the
 * right, same row band), and a block does not.
 */
function sameColumn(page: PreparedPage, a: number, b: number): boolean {
  return columnOverlap(boundingBox(page.segments[a]!.points), boundingBox(page.segments[b]!.points)) > 0;
}

/**
 * Two segments sit on consecutive lines: the gap between them is at most half a
 * line height (their mean: a bold name over a thin street line has a taller box).
 */
export function tight(page: PreparedPage, upper: number, lower: number): boolean {
  const a = boundingBox(page.segments[upper]!.points);
  const b = boundingBox(page.segments[lower]!.points);
  const h = Math.max(1, (a.y1 - a.y0 + b.y1 - b.y0) / 2);
  return b.y0 - a.y1 <= 0.5 * h && columnOverlap(a, b) > 0;
}
