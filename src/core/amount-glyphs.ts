/**
 * OCR slips that keep a printed amount from parsing, undone before amounts are
 * looked for. Every repair swaps one character for another or moves a space,
 * so the length of the text and the positions of words in it stay as read. Pure.
 */

/** Currency marks written in letters, as `findAmounts` knows them. */
const LETTER_MARKS = ['RM', 'MYR', 'USD', 'SGD', 'EUR', 'GBP', 'RMB', 'CNY', 'INR', 'IDR', 'KRW'];

/** Letters the recogniser confuses on receipt print, both ways. */
const LOOK_ALIKE: ReadonlyArray<readonly [string, string]> = [
  ['M', 'H'],
  ['M', 'N'],
  ['M', 'W'],
  ['D', 'O'],
  ['R', 'P'],
  ['R', 'K'],
  ['B', 'E'],
  ['S', '5'],
];

const lookAlike = (a: string, b: string): boolean => LOOK_ALIKE.some(([x, y]) => (a === x && b === y) || (a === y && b === x));

/** The currency mark `word` was meant to be: itself when known, or a known mark one look-alike letter away. */
function currencyMark(word: string): string | undefined {
  const upper = word.toUpperCase();
  if (LETTER_MARKS.includes(upper)) return word;
  for (const mark of LETTER_MARKS) {
    if (mark.length !== upper.length) continue;
    let diff = 0;
    let ok = true;
    for (let i = 0; i < mark.length && ok; i++) {
      if (mark[i] === upper[i]) continue;
      diff++;
      ok = lookAlike(mark[i]!, upper[i]!);
    }
    if (ok && diff === 1) return mark;
  }
  return undefined;
}

/** A number with two decimals in which the letter O may stand for a zero (`O.02`, `1O.50`). */
const NUMBER_WITH_O = /^(?=.*\d)[\dOo]+[.,][\dOo]{2}$/u;

/**
 * A space read before the decimal point of an amount (`RM15 .40`) moved after
 * it (`RM15.40 `): the length and the start of every amount stay as read.
 */
function repairSplitDecimals(text: string): string {
  return text.replace(/(?<=\d) ([.,]\d{2})(?![\d.,A-Za-z])/gu, '$1 ');
}

/**
 * The text with the amount-breaking OCR slips of each word undone: a space
 * before the decimal point (`RM15 .40`), a currency
 * mark with one look-alike letter (`RH43.40`, `RN8.80` → `RM…`), the letter O
 * for a zero in a number with decimals (`RMO.02` → `RM0.02`). Words that do
 * not end in such a number (`NO.1`, `TOTAL`) are left alone.
 *
 * @example
 * repairAmountText('TTL CASH RH43.40') // 'TTL CASH RM43.40'
 * repairAmountText('Rounding RMO.02') // 'Rounding RM0.02'
 * repairAmountText('Grand Tota1RM15 .40') // 'Grand Tota1RM15.40 '
 */
export function repairAmountText(text: string): string {
  return repairSplitDecimals(text).replace(/[^\s]+/gu, (w, offset: number, spaced: string) => {
    // A mark glued to the number: try the longest letter prefix first (`RMO.02` is `RM` + `O.02`, not `RMO` + `.02`).
    for (const cut of [3, 2, 0]) {
      const prefix = w.slice(0, cut);
      const number = w.slice(cut);
      if (!/^[A-Za-z]*$/u.test(prefix) || !NUMBER_WITH_O.test(number)) continue;
      const mark = cut === 0 ? '' : currencyMark(prefix);
      if (mark !== undefined) return mark + number.replace(/[Oo]/gu, '0');
    }
    // A mark standing apart just before a number (`RH 43.40`).
    const next = /^\s(\S+)/u.exec(spaced.slice(offset + w.length))?.[1];
    if (/^[A-Za-z]{2,3}$/u.test(w) && next && NUMBER_WITH_O.test(next)) return currencyMark(w) ?? w;
    return w;
  });
}

/**
 * For text known to be an amount (a segment a model gave an amount class) in
 * which no amount with decimals was read: the last number read with its
 * decimal point misread (`14:00`, `16-00`, `179、50`), split off (`27. 00`) or
 * lost (`700`, `2400`: receipts print cents), as `14.00`. Undefined when the
 * text ends in no such number, or in a time with seconds (`18:47:29`: a
 * date line the model took for a total). Elsewhere `14:00` is a time and `700`
 * a count, so this is never applied to unlabelled text.
 *
 * @example
 * labelledAmountText('RM 27. 00') // 'RM 27.00'
 * labelledAmountText('2400') // '24.00'
 */
export function labelledAmountText(text: string): string | undefined {
  // Not the end of a time (`18:47:29`): the number must not follow another number and a colon.
  const split = /(?<![\d:])(\d+)\s?[-:、,.]\s?(\d{2})\s*$/u.exec(text);
  if (split) return `${text.slice(0, split.index)}${split[1]}.${split[2]}`;
  const lost = /(?<![\d.,])(\d+)(\d{2})\s*$/u.exec(text);
  if (lost) return `${text.slice(0, lost.index)}${lost[1]}.${lost[2]}`;
  return undefined;
}
