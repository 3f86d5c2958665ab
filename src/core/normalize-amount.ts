/**
 * Money amounts and phone numbers as printed → canonical strings. Pure.
 * Amounts stay decimal strings (never floats) so that `23.10` prints as `23.10`.
 */
import { overlapsAny } from './text.js';

/** An amount found in a text. */
export interface AmountMatch {
  /** The characters as printed, currency included when it touches the number (`RM 23.10`). */
  readonly text: string;
  /** The number as printed, without currency (`23.10`). */
  readonly number: string;
  /** The printed token: the number with a sign or currency only where it touches it (`RM23.10`; `23.10` for `RM 23.10`). */
  readonly token: string;
  readonly index: number;
  /** Canonical decimal string: `.` as decimal point, no grouping, sign kept (`1234.50`, `-5.59`). */
  readonly value: string;
  /** ISO 4217 code when a currency is printed and known (`MYR`, `EUR`), else its symbol (`$`). */
  readonly currency?: string;
}

/**
 * ISO 4217 codes printed as such that name their own currency, beyond those with a symbol above: only codes that
 * are no English word (not ALL, TRY, PEN, MAD, COP, BOB, CUP: an item line `PEN 2.50` is a pen).
 */
const ISO_CODES: readonly string[] = 'SEK|NOK|DKK|CZK|HUF|AED|ZAR|MXN|JOD|KWD|OMR|TND|LYD|IQD|GEL|GHS|KZT|BDT|ISK|RSD|UYU|NGN|KES|EGP|QAR|PKR|LKR|UZS|AOA|AZN|MDL|CRC|MMK|UGX|BZD|XOF|XAF|BAM|BWP|SAR|TZS|RWF|ETB|MNT|UAH|BGN|RON|ILS|DZD|PYG|DOP|JMD|NPR|KHR|MUR|AMD|BYN|KGS|MKD|ARS|CLP|GTQ'.split('|');

/** Currency marks as printed → ISO 4217 (`$` stays `$`: it is used by many currencies). */
const CURRENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^RM$/iu, 'MYR'],
  [/^MYR$/iu, 'MYR'],
  [/^S\$$|^SGD$/iu, 'SGD'],
  [/^US\$$|^USD$/iu, 'USD'],
  [/^€$|^EUR$/iu, 'EUR'],
  [/^£$|^GBP$/iu, 'GBP'],
  [/^¥$|^￥$|^RMB$|^CNY$|^元$/iu, 'CNY'],
  [/^円$|^JPY$/iu, 'JPY'],
  [/^₹$|^INR$|^RS\.?$/iu, 'INR'],
  [/^Rp$|^IDR$/iu, 'IDR'],
  [/^₩$|^KRW$/iu, 'KRW'],
  [/^A\$$|^AUD$/iu, 'AUD'],
  [/^C\$$|^CA\$$|^CAD$/iu, 'CAD'],
  [/^NZ\$$|^NZD$/iu, 'NZD'],
  [/^HK\$$|^HKD$/iu, 'HKD'],
  [/^NT\$$|^TWD$/iu, 'TWD'],
  [/^R\$$|^BRL$/iu, 'BRL'],
  [/^CHF$/iu, 'CHF'],
  [/^฿$|^THB$/iu, 'THB'],
  [/^₱$|^PHP$/iu, 'PHP'],
  [/^₫$|^VND$/iu, 'VND'],
  [/^zł$|^PLN$/iu, 'PLN'],
  [/^Ft$|^HUF$/u, 'HUF'],
  [/^₡$/u, 'CRC'],
  [/^₦$/u, 'NGN'],
  [/^₴$/u, 'UAH'],
  [/^₸$/u, 'KZT'],
  [/^₼$/u, 'AZN'],
  [/^BZ\$$/iu, 'BZD'],
  // The franc of the CFA zones, West (XOF) or Central (XAF): as printed it does not tell which, so it stays a mark like `$`.
  [/^F\s?CFA$|^CFA$/iu, 'FCFA'],
  // Dinar (and Omani rial) abbreviations, which only name a currency standing apart on a line (see STANDALONE_MARK).
  [/^DT$/u, 'TND'],
  [/^K\.?\s?D\.?$/u, 'KWD'],
  [/^B\.?\s?D\.?$/u, 'BHD'],
  [/^J\.?\s?D\.?$/u, 'JOD'],
  [/^R\.\s?O\.?$/u, 'OMR'],
  [new RegExp(`^(?:${ISO_CODES.join('|')})$`, 'iu'), ''],
  [/^\$$/u, '$'],
];

// Longer marks first: `HK$` is one mark, not `HK` and `$`.
const CURRENCY_MARK = [
  'RM|MYR|S\\$|US\\$|A\\$|CA\\$|C\\$|NZ\\$|HK\\$|NT\\$|BZ\\$|R\\$|USD|SGD|EUR|GBP|RMB|CNY|JPY|INR|IDR|KRW|AUD|CAD|NZD|HKD|TWD|BRL|CHF|THB|PHP|VND|PLN',
  ...ISO_CODES,
  'F\\s?CFA|FCFA|Rs\\.?|Rp|zł|Ft|€|£|¥|￥|₹|₩|฿|₱|₫|₡|₦|₴|₸|₼|\\$|元|円',
].join('|');
/**
 * A number with optional grouping and decimals: `1,234.50`, `1.234,50`,
 * `23.10`, `23,10`, `-5.59`, `(5.59)`; currency before or after. Spaces do not
 * group digits here: on receipts `2 100.00` is a quantity and a price. A mark
 * glued to the digits after it is theirs, not the number's before it
 * (`Tota 1RM14.20`: `1` then `RM14.20`).
 */
const AMOUNT_RE = new RegExp(
  `(?:(${CURRENCY_MARK})\\s?)?(-|\\()?\\s?((?:\\d{1,3}(?:[,.]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?)(?![\\d])\\)?(?:\\s?(${CURRENCY_MARK})(?![\\d]))?`,
  'gu',
);

/**
 * A number grouped in thousands by spaces with its currency mark after it (`2 450 Ft`,
 * `1 234,50 zł`): the mark tells it from a quantity and a price (`2 450`).
 */
const SPACE_GROUPED_RE = new RegExp(`(?<![\\d.,])(\\d{1,3}(?: \\d{3})+(?:[.,]\\d{1,2})?)\\s?(${CURRENCY_MARK})(?![\\p{L}\\d])`, 'gu');

/**
 * A text that is nothing but one number grouped in thousands by spaces, with
 * decimal-comma cents (`18 812,50` in its own cell of an invoice): alone, it is
 * no quantity beside a price. Only the comma: where the point marks cents,
 * thousands are grouped by commas, and `2 100.00` is two at 100.00.
 */
const ALONE_GROUPED_RE = /^\s*=?\s*(\d{1,3}(?: \d{3})+,\d{2})\s*$/u;
/** A number grouped in thousands by spaces, with decimal-comma cents, anywhere in a text (`Totalt NOK 18 812,50`). */
const GROUPED_CENTS_RE = /(?<![\d.,])(\d{1,3}(?: \d{3})+,\d{2})(?![.,]?\d)/gu;
/** A whole number grouped in thousands by spaces, signed or not, anywhere in a text (`JAMI TO'LOV 102 238`). */
const GROUPED_WHOLE_RE = /(?<![\d.,])(-?)(\d{1,3}(?: \d{3})+)(?![.,]?\d)/gu;
/** A text that is nothing but such a whole number (`105 400`, `-3 162`). */
const ALONE_WHOLE_RE = /^\s*-?\d{1,3}(?: \d{3})+\s*$/u;
/** A unit of measure standing after a number (`0.5 L`, `1,240 kg`, `250 ml`). */
const MEASURE_AFTER = /^\s(?:kg|g|l|ml|cl|mm|cm|km|oz|lbs?|ltr?)(?![\p{L}\d])/iu;

/**
 * Whether a text is nothing but one number grouped in thousands by spaces,
 * with decimal-comma cents (`18 812,50`; fiscal printers of the former USSR
 * print an `=` before it): a page that prints one groups its thousands so.
 *
 * @example
 * isLoneSpaceGrouped('13 200,00') // true
 * isLoneSpaceGrouped('=7 150,00') // true
 * isLoneSpaceGrouped('2 450') // false
 */
export function isLoneSpaceGrouped(text: string): boolean {
  return ALONE_GROUPED_RE.test(text);
}

/**
 * Whether a text is nothing but one whole number grouped in thousands by
 * spaces (`105 400`). Alone it may still be a quantity and a price (`2 450`);
 * a page with several such lines and no decimals prices in whole units so.
 *
 * @example
 * isLoneSpaceGroupedWhole('105 400') // true
 * isLoneSpaceGroupedWhole('105 400,00') // false
 */
export function isLoneSpaceGroupedWhole(text: string): boolean {
  return ALONE_WHOLE_RE.test(text);
}

export interface FindAmountsOptions {
  /**
   * The page groups thousands by spaces (it prints {@link isLoneSpaceGrouped}
   * amounts): a space-grouped number with cents is then one amount wherever it
   * stands, not a quantity and a price (`Totalt NOK 18 812,50`).
   */
  readonly spaceGrouped?: boolean;
  /**
   * The page prices in whole units grouped by spaces (`6 000`, `105 400`): a
   * whole number so grouped is one amount wherever it stands.
   */
  readonly spaceGroupedWhole?: boolean;
  /**
   * The currency named beside the numbers rather than on them (`TOTAL JOD`
   * over `11.426`): a number with no mark of its own is read in its minor
   * digits (three for the dinars). A mark on the number wins.
   */
  readonly currency?: string;
}

const DETACHED_BEFORE = new RegExp(`^(?:${CURRENCY_MARK})\\s+`, 'u');
const DETACHED_AFTER = new RegExp(`\\s+(?:${CURRENCY_MARK})$`, 'u');

function currencyCode(mark: string | undefined): string | undefined {
  if (!mark) return undefined;
  // An ISO code printed as such is its own name (`SEK`, `CHF`); a symbol is looked up.
  for (const [re, code] of CURRENCIES) if (re.test(mark)) return code || mark.toUpperCase();
  return undefined;
}

/**
 * Currencies counted in thousandths (the dinars of Jordan, Kuwait, Bahrain, Libya and Iraq, Oman's rial, Tunisia's
 * dinar). `BHD` itself is no currency mark (a Malaysian `SDN BHD` is a Berhad); Bahrain's dinar is named by `BD`.
 */
const THOUSANDTHS = new Set(['JOD', 'KWD', 'BHD', 'OMR', 'TND', 'LYD', 'IQD']);

/** Digits after the decimal mark of a currency's prices: 3 for the dinars (`JOD 11.426`), else 2. */
export function minorDigits(currency: string | undefined): 2 | 3 {
  return currency !== undefined && THOUSANDTHS.has(currency) ? 3 : 2;
}

/**
 * The canonical decimal string of a printed number: the last `.` or `,` followed
 * by one or two digits (up to `decimals`: 3 for a currency in thousandths) is
 * the decimal mark; other `.`, `,` and spaces group thousands.
 *
 * @example
 * canonicalNumber('1,234.50') // '1234.50'
 * canonicalNumber('23,10') // '23.10'
 * canonicalNumber('1.234') // '1234'
 * canonicalNumber('11.426', 3) // '11.426'
 */
export function canonicalNumber(printed: string, decimals: 2 | 3 = 2): string | undefined {
  const text = printed.replace(/\s/gu, '');
  if (!/^\d[\d.,]*$/u.test(text)) return undefined;
  const dec = (decimals === 3 ? /[.,](\d{1,3})$/u : /[.,](\d{1,2})$/u).exec(text);
  const intPart = (dec ? text.slice(0, dec.index) : text).replace(/[.,]/gu, '');
  if (!/^\d+$/u.test(intPart)) return undefined;
  const trimmed = intPart.replace(/^0+(?=\d)/u, '');
  return dec ? `${trimmed}.${dec[1]!.padEnd(2, '0')}` : trimmed;
}

/**
 * Every amount printed in `text`, left to right. A bare integer counts too
 * (`TOTAL 23`); callers that need decimals filter on `value`. Thousands grouped
 * by spaces count where a currency mark follows, where the text is that one
 * number with decimal-comma cents, or anywhere with `spaceGrouped`.
 *
 * @example
 * findAmounts('TOTAL RM 23.10')[0] // {text: 'RM 23.10', number: '23.10', token: '23.10', index: 6, value: '23.10', currency: 'MYR'}
 */
export function findAmounts(text: string, options: FindAmountsOptions = {}): AmountMatch[] {
  const out: AmountMatch[] = [];
  const grouped: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(SPACE_GROUPED_RE)) {
    const [printed, number, mark] = m;
    const value = canonicalNumber(number!);
    if (value === undefined) continue;
    grouped.push([m.index, m.index + printed.length]);
    const currency = currencyCode(mark);
    out.push({ text: printed, number: number!, token: number!, index: m.index, value, ...(currency ? { currency } : {}) });
  }
  // A text that is only such a number is one amount on any page.
  if (options.spaceGrouped || isLoneSpaceGrouped(text)) {
    for (const m of text.matchAll(GROUPED_CENTS_RE)) {
      const number = m[1]!;
      const value = canonicalNumber(number);
      if (value === undefined || overlapsAny(m.index, m.index + number.length, grouped)) continue;
      grouped.push([m.index, m.index + number.length]);
      out.push({ text: number, number, token: number, index: m.index, value });
    }
  }
  if (options.spaceGroupedWhole) {
    for (const m of text.matchAll(GROUPED_WHOLE_RE)) {
      const [printed, sign, number] = m;
      const value = canonicalNumber(number!);
      if (value === undefined || overlapsAny(m.index, m.index + printed.length, grouped)) continue;
      grouped.push([m.index, m.index + printed.length]);
      out.push({ text: printed, number: number!, token: printed, index: m.index, value: sign ? `-${value}` : value });
    }
  }
  const re = new RegExp(AMOUNT_RE.source, AMOUNT_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (overlapsAny(m.index, m.index + m[0].length, grouped)) continue;
    const [, before, sign, number, after] = m;
    if (!number) continue;
    // Skip digits glued to letters (`A123`, `10PCS`): ids and quantities, not amounts. The scan goes on
    // right after them, so that a currency mark the skipped match took (`TOTA1 RM15.40`) starts the next one.
    const start = m.index + m[0].indexOf(number);
    const prev = text[start - 1] ?? '';
    const next = text[start + number.length] ?? '';
    // Digits hyphenated to more digits are an id or a phone number (`76.123.456-7`, `12345678-2-41`); hyphened
    // between letters, part of a name (`Baga toiruu-14,1-r khoroo`).
    const hyphenated =
      (next === '-' && /\d/u.test(text[start + number.length + 1] ?? '')) ||
      (prev === '-' && /\d/u.test(text[start - 2] ?? '')) ||
      (next === '-' && prev === '-' && /\p{L}/u.test(text[start + number.length + 1] ?? '') && /\p{L}/u.test(text[start - 2] ?? ''));
    // A quantity with its unit apart (`0.5 L`, `1,240 kg`) is a measure; a price with two decimals keeps a letter
    // after it (`5.00 L` may be a tax code).
    const measure = !after && !/[.,]\d{2}$/u.test(number.trim()) && MEASURE_AFTER.test(text.slice(start + number.length));
    if ((/[A-Za-z]/u.test(prev) && !before) || (/[A-Za-z%]/u.test(next) && !after) || hyphenated || measure) {
      re.lastIndex = start + number.length;
      continue;
    }
    const currency = currencyCode(before ?? after);
    const canonical = canonicalNumber(number.trim(), minorDigits(currency ?? options.currency));
    if (canonical === undefined) continue;
    const negative = sign === '-' || sign === '(';
    const value = negative && !/^0(\.0+)?$/u.test(canonical) ? `-${canonical}` : canonical;
    const printed = m[0].trim();
    const token = printed.replace(DETACHED_BEFORE, '').replace(DETACHED_AFTER, '');
    const match = { text: printed, number: number.trim(), token, index: m.index, value };
    out.push(currency ? { ...match, currency } : match);
  }
  return grouped.length > 0 ? out.sort((a, b) => a.index - b.index) : out;
}

/**
 * A currency mark standing apart on a line. Dinar abbreviations (`42,950 DT`, `KD 1.250`, `TOTAL K.D.`, Oman's
 * `R.O.`) count only here: they are no mark of the number beside them, as `LINDT DT125` (an item code) would make
 * them; dotted ones not inside a longer dotted abbreviation (`P.R.O.`).
 */
const STANDALONE_MARK = new RegExp(`(?<![\\p{L}\\p{Nd}$])(?:${CURRENCY_MARK}|DT|(?<!\\.)(?:K|B|J)\\.\\s?D\\.?|(?<!\\.)R\\.\\s?O\\.?|KD|BD|JD)(?![\\p{L}\\p{Nd}])`, 'u');

/**
 * The currency a line names apart from any number: a key or column head that
 * states it (`Summe EUR`, `TOTAL (RM)`, `Amount Due USD`), as ISO 4217 code
 * (or `$`). Marks inside words (`FARM`, `RMB` is its own mark) do not count.
 *
 * @example
 * currencyNamed('Summe EUR') // 'EUR'
 * currencyNamed('TOTAL (RM)') // 'MYR'
 * currencyNamed('42,950 DT') // 'TND'
 * currencyNamed('FARM FRESH') // undefined
 */
export function currencyNamed(text: string): string | undefined {
  return currencyCode(STANDALONE_MARK.exec(text)?.[0]);
}

/**
 * The amounts of a field's value (a text already chosen as an amount): as
 * {@link findAmounts}, except that a value that is nothing but a whole number
 * grouped by spaces is one amount, as its page read it (`105 400`).
 */
export function valueAmounts(text: string, options: FindAmountsOptions = {}): AmountMatch[] {
  return findAmounts(text, { spaceGroupedWhole: isLoneSpaceGroupedWhole(text), ...options });
}

/**
 * The canonical amount of a printed text (first amount in it), or undefined.
 *
 * @example
 * normalizeAmount('RM 23.10') // {value: '23.10', currency: 'MYR'}
 * normalizeAmount('$1,234.50') // {value: '1234.50', currency: '$'}
 * normalizeAmount('23,10 €') // {value: '23.10', currency: 'EUR'}
 * normalizeAmount('11.426', { currency: 'JOD' }) // {value: '11.426'}
 * normalizeAmount('102 238') // {value: '102238'}
 */
export function normalizeAmount(text: string, options: FindAmountsOptions = {}): { value: string; currency?: string } | undefined {
  const m = valueAmounts(text, options)[0];
  if (!m) return undefined;
  return m.currency ? { value: m.value, currency: m.currency } : { value: m.value };
}

/** A phone number printed in a text: the printed characters and the canonical `+digits` / `digits` form. */
export interface PhoneMatch {
  readonly text: string;
  readonly index: number;
  readonly value: string;
}

const PHONE_RE = /(?<![\d])(\+?\(?\d[\d\s\-().]{5,18}\d)(?![\d])/gu;

/**
 * Phone numbers in a text: 7 to 15 digits with `+`, spaces, dashes, dots or
 * brackets between them; the value keeps a leading `+` and the digits.
 *
 * @example
 * findPhones('TEL: 03-7865 4321')[0].value // '0378654321'
 */
export function findPhones(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  for (const m of text.matchAll(PHONE_RE)) {
    const printed = m[1]!.trim();
    const digits = printed.replace(/\D/gu, '');
    if (digits.length < 7 || digits.length > 15) continue;
    out.push({ text: printed, index: m.index, value: `${printed.startsWith('+') ? '+' : ''}${digits}` });
  }
  return out;
}

/**
 * The canonical form of the first phone number in a text, or undefined.
 *
 * @example
 * normalizePhone('+60 (3) 7865-4321') // '+60378654321'
 */
export function normalizePhone(text: string): string | undefined {
  return findPhones(text)[0]?.value;
}
