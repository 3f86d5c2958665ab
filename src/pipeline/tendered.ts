/**
 * The cash tendered taken for a total, told by the change: a receipt prints the
 * total, the cash handed over and the change, and total + change = cash. When
 * the amount chosen for a field, plus the change printed under it, is printed
 * nowhere, while the amount less the change is printed above it under a key of
 * the field, the chosen amount was the cash (`Accepted total 10.00` / `Change
 * 5.00` under `Amount Incl. GST 5.00`). Pure.
 */
import { keyEvidence } from '../core/field-keys.js';
import type { FieldSpec } from '../core/schema.js';
import type { Candidate } from './field-candidates.js';
import { amountValues, withoutDates, type PreparedPage } from './field-page.js';

/** An amount printed on the page: its reading-order index, printed text and value in hundredths. */
interface PrintedAmount {
  readonly at: number;
  readonly text: string;
  readonly cents: number;
}

const toCents = (value: string): number => Math.round(Number(value) * 100);

/** Every amount of the page (the rules' kind: with decimals, or whole units on a page priced so), in reading order. */
function printedAmounts(page: PreparedPage): PrintedAmount[] {
  return page.segments.flatMap((s, at) =>
    amountValues(withoutDates(s.text), false, page).map((v) => ({ at, text: v.value, cents: toCents(v.decimal) })),
  );
}

/**
 * The amount the field's total really is when `chosen` was the cash tendered
 * (see the module note), as a candidate in its place; undefined when the
 * field has no `changeKeys`, no change is printed under the chosen amount, or
 * the sums do not tell.
 *
 * @example
 * // `Amount Incl. GST 5.00` / `Accepted total 10.00` / `Change 5.00`: the 5.00 above.
 * tenderedCorrection(page, totalField, candidateFor10) // {value: '5.00', segmentIds: [..], ...}
 */
export function tenderedCorrection(page: PreparedPage, field: FieldSpec, chosen: Candidate): Candidate | undefined {
  if (field.type !== 'amount' || field.changeKeys.length === 0) return undefined;
  const at = page.segments.findIndex((s) => s.id === chosen.segmentIds[0]);
  // The chosen text read as the page reads its amounts (a space-grouped `13 200,00` is one).
  const value = amountValues(chosen.value, true, page)[0]?.decimal;
  if (at < 0 || value === undefined) return undefined;
  const tendered = toCents(value);
  const amounts = printedAmounts(page);
  const changeField: FieldSpec = { ...field, keys: { change: field.changeKeys }, negativeKeys: [] };
  const change = amounts.find((a) => a.at > at && keyEvidence(page.lines, a.at, changeField).score > 0);
  if (!change || change.cents <= 0 || change.cents >= tendered) return undefined;
  // A total with its change adds up to the cash printed with them: then the chosen amount is the total.
  if (amounts.some((a) => a.cents === tendered + change.cents)) return undefined;
  // The difference must be announced as a total too (`Amount Incl. GST`): an item's price that happens to equal it
  // (a 10.00 dish above `TOTAL 15.00` / `CHANGE 5.00` whose cash line the OCR lost) is no total.
  const total = amounts.filter((a) => a.at < at && a.cents === tendered - change.cents && keyEvidence(page.lines, a.at, field).score > 0).at(-1);
  if (!total) return undefined;
  return { value: total.text, segmentIds: [page.segments[total.at]!.id], score: chosen.score, source: chosen.source };
}
