/**
 * Lines that join a multi-line value (an address, a name) beyond the ones found
 * for it: lines under and over a labelled run that the field's hints or anchors
 * claim ({@link growRun}), a place closing a value and a street opening it (also
 * for values the rules found). Pure; coordinates in pixels.
 */
import { isBackground } from '../core/labels.js';
import type { FieldSpec } from '../core/schema.js';
import { columnNeighbour, compilePatterns, tight, type FieldSegment, type PreparedPage } from './field-page.js';

/** A segment with its reading-order index. */
interface Placed {
  readonly s: FieldSegment;
  readonly i: number;
}

/** A line that names only a place: letters, at most three words, commas or dashes between them (`Victoria Island, Lagos`, `Karachi`, `Plateau - Dakar`). */
const PLACE_LINE = /^\s*\p{L}[\p{L}'.-]*(?:\s*[,-]?\s+\p{L}[\p{L}'.-]*){0,2}\s*$/u;

/** A plot, lot or house number with its word: five digits after `Plot` are no postcode (`Plot 54366, Western Bypass`). */
const LOT_NUMBER = /\b(?:PLOT|LOT|PT|NO|UNIT|SHOP)\.?\s*\d+/giu;

/**
 * The line under a multi-line value's last line that can only be the place
 * closing it: the last line is one of the field's (`owned`: its hints or
 * anchors claim it) with a number and no postcode in it (`14 Adeola Odeku
 * Street`, `Shop 4, Block 2, Clifton`: five digits or more in a row would be
 * one, unless a plot or lot word numbers them), and the line under it, tight
 * in its column, names only a place.
 * `usable` says whether that line may join (not taken, excluded or another field's).
 */
export function closingPlace(page: PreparedPage, last: number, owned: (k: number) => boolean, usable: (k: number) => boolean): number | undefined {
  const text = page.segments[last]!.text;
  if (!/\d/u.test(text) || /\d{5,}/u.test(text.replace(LOT_NUMBER, '')) || !owned(last)) return undefined;
  const next = columnNeighbour(page, last, 1);
  if (next === undefined || !usable(next) || !tight(page, last, next) || !PLACE_LINE.test(page.segments[next]!.text)) return undefined;
  return next;
}

/**
 * The line under a labelled run's last line that the model nearly gave the
 * field: tight in its column, its background label under {@link NEAR_MISS},
 * naming only a place (`Phnom Penh` under `Sangkat Chaktomuk, Khan Daun Penh`,
 * which has no number for {@link closingPlace}). `usable` as for closingPlace.
 */
function nearlyLabelledPlace(page: PreparedPage, last: number, usable: (k: number) => boolean): number | undefined {
  const next = columnNeighbour(page, last, 1);
  if (next === undefined || !usable(next) || !tight(page, last, next)) return undefined;
  const s = page.segments[next]!;
  return s.labelScore < NEAR_MISS && PLACE_LINE.test(s.text) ? next : undefined;
}

/** A street line of a name and a house number, without a street word (`Bryggen 15`, `Adrianou 56`, `Strandgata 8B`). */
const NAMED_STREET_LINE = /^\s*\p{L}[\p{L}'.-]+(?:\s+\p{L}[\p{L}'.-]+){0,2}\s+\d{1,4}\s?[A-Za-z]?\s*,?\s*$/u;

/**
 * The line over a multi-line value's first line that can only be the street
 * opening it: the first line is a postcode line (one of the field's `anchors`
 * claims it and none of its `hints` does by its letters: `5003 Bergen`, `10555 Athina`; a street
 * word or a `LOT` would), and the line tight over it in its column is
 * a name and a house number. Europe writes its streets so, often with no word
 * an anchor knows. `usable` as for {@link closingPlace}.
 */
export function openingStreet(page: PreparedPage, first: number, patterns: { anchors: readonly RegExp[]; hints: readonly RegExp[] }, usable: (k: number) => boolean): number | undefined {
  const text = page.segments[first]!.text;
  // A hint that matches letters (a street word, `LOT`) makes the line a street of its own; one that matches only
  // the postcode's digits (`10555 Athina`) does not.
  const postcode = patterns.anchors.some((re) => re.test(text)) && !patterns.hints.some((re) => /\p{L}/u.test(re.exec(text)?.[0] ?? ''));
  if (!/\d{3}/u.test(text) || NAMED_STREET_LINE.test(text) || !postcode) return undefined;
  const prev = columnNeighbour(page, first, -1);
  if (prev === undefined || !usable(prev) || !tight(page, prev, first) || !NAMED_STREET_LINE.test(page.segments[prev]!.text)) return undefined;
  return prev;
}

/** Below this probability of its background label, a line the field's hints claim may join a labelled run beside it. */
const DOUBT = 0.97;
/** Below this probability of its background label, a place line under a labelled run closes it. */
const NEAR_MISS = 0.6;

/**
 * A labelled run of a multi-line field, grown over the lines just below and
 * above it that the model left unlabelled with some doubt (under {@link DOUBT})
 * and the field's hints claim (`Hauptstrasse 12` labelled, `10115 Berlin`
 * under it not), or that the field's anchors claim, doubt or not (a model
 * trained on Malaysian receipts is sure of nothing about `Portland, OR 97201`):
 * consecutive lines of the run's column, not excluded by the field. Lines
 * labelled for other fields, or taken by them, stay theirs.
 */
export function growRun(page: PreparedPage, field: FieldSpec, run: readonly Placed[], taken: ReadonlySet<number>, blocked: ReadonlySet<number>): Placed[] {
  const hints = compilePatterns(field.hints);
  const anchors = compilePatterns(field.anchors);
  const excludes = compilePatterns(field.excludes);
  const out = [...run];
  const joins = (edge: number, k: number | undefined, upper: number, lower: number): k is number => {
    const s = k === undefined ? undefined : page.segments[k];
    if (k === undefined || !s || edge === k || taken.has(s.id) || blocked.has(k) || !tight(page, upper, lower)) return false;
    if (excludes.some((re) => re.test(s.text))) return false;
    // An anchor claims its line whatever the model called it (`14 Rose Street` labelled a company, which the
    // company field then refuses as another field's line); a hint only a background line the model doubted.
    if (anchors.some((re) => re.test(s.text))) return true;
    return isBackground(s.label) && s.labelScore < DOUBT && hints.some((re) => re.test(s.text));
  };
  // A joined line adds nothing to the run's score: the model did not vouch for it.
  const growDown = (): void => {
    for (let next = columnNeighbour(page, out[out.length - 1]!.i, 1); joins(out[out.length - 1]!.i, next, out[out.length - 1]!.i, next!); next = columnNeighbour(page, next, 1)) {
      out.push({ s: { ...page.segments[next]!, labelScore: 0 }, i: next });
    }
  };
  growDown();
  for (let prev = columnNeighbour(page, out[0]!.i, -1); joins(out[0]!.i, prev, prev!, out[0]!.i); prev = columnNeighbour(page, prev, -1)) {
    out.unshift({ s: { ...page.segments[prev]!, labelScore: 0 }, i: prev });
  }
  const owned = (k: number): boolean => {
    const text = page.segments[k]!.text;
    return anchors.some((re) => re.test(text)) || hints.some((re) => re.test(text));
  };
  const usable = (k: number): boolean => {
    const s = page.segments[k]!;
    return !taken.has(s.id) && !blocked.has(k) && isBackground(s.label) && !excludes.some((re) => re.test(s.text));
  };
  const last = out[out.length - 1]!.i;
  const place = closingPlace(page, last, owned, usable) ?? nearlyLabelledPlace(page, last, usable);
  if (place !== undefined) {
    out.push({ s: { ...page.segments[place]!, labelScore: 0 }, i: place });
    // The place may be a district over its city's postcode line (`Banani` / `Dhaka 1213`).
    growDown();
  }
  const street = openingStreet(page, out[0]!.i, { anchors, hints }, usable);
  if (street !== undefined) out.unshift({ s: { ...page.segments[street]!, labelScore: 0 }, i: street });
  return out;
}
