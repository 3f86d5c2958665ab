/**
 * Dates as printed on documents → ISO 8601 (`YYYY-MM-DD`). Pure; no time zone
 * involved (a printed date is a calendar date, not an instant).
 */
import { overlapsAny } from './text.js';

/** Order of day, month and year in all-numeric dates where the numbers alone cannot tell. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface DateNormalizeOptions {
  /** Order assumed for ambiguous all-numeric dates such as `03/04/2019`. Default `dmy`. */
  readonly order?: DateOrder;
  /** Two-digit years below this are 20yy, others 19yy. Default 70. */
  readonly pivotYear?: number;
}

/** A date found in a text: the characters as printed, where they start, and the ISO form. */
export interface DateMatch {
  readonly text: string;
  readonly index: number;
  readonly iso: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, janvier: 1, januar: 1, enero: 1,
  feb: 2, february: 2, fevrier: 2, février: 2, februar: 2, febrero: 2,
  mar: 3, march: 3, mars: 3, märz: 3, marz: 3, marzo: 3, mac: 3,
  apr: 4, april: 4, avril: 4, abril: 4,
  may: 5, mai: 5, mayo: 5, mei: 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6,
  jul: 7, july: 7, juillet: 7, juli: 7, julio: 7, julai: 7,
  aug: 8, august: 8, aout: 8, août: 8, agosto: 8, ogos: 8, ogo: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9,
  oct: 10, october: 10, octobre: 10, oktober: 10, octubre: 10, okt: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, decembre: 12, décembre: 12, dezember: 12, diciembre: 12, dis: 12, dez: 12,
  ...Object.fromEntries(
    [
      // Per month: Albanian, Italian, Portuguese, Dutch, Scandinavian, Indonesian; Estonian, Latvian, Lithuanian (the genitive of
      // its dates); Hungarian, Serbian, Croatian, Turkish, each with and without its marks as OCR reads them. Croatian
      // `listopad` (October) is Polish and Czech November: left out.
      'janar gennaio janeiro januari jaanuar janvāris janvaris sausio január siječnja sijecnja siječanj sijecanj ocak',
      'shkurt febbraio fevereiro februari veebruar februāris februaris vasario február veljače veljace veljača veljaca şubat subat',
      'maart março marco maret märts marts kovo március marcius mart ožujka ozujka ožujak ozujak',
      'prill aprile aprill aprīlis aprilis balandžio balandzio április travnja travanj nisan',
      'maggio maio maj maijs gegužės geguzes május majus svibnja svibanj mayıs mayis',
      'qershor giugno junho juuni jūnijs junijs birželio birzelio június junius lipnja lipanj haziran',
      'korrik luglio julho juuli jūlijs julijs liepos július julius srpnja srpanj temmuz',
      'gusht augustus augusti agustus augusts rugpjūčio rugpjucio augusztus avgust kolovoza kolovoz ağustos agustos',
      'shtator settembre setembro septembris rugsėjo rugsejo szeptember septembar rujna rujan eylül eylul',
      'tetor ottobre outubro oktoober oktobris spalio október oktobar ekim',
      'nëntor nentor novembro novembris lapkričio lapkricio novembar studenoga studenog studeni kasım kasim',
      'dhjetor dicembre dezembro desember detsember decembris gruodžio gruodzio decembar prosinca prosinac aralık aralik',
    ].flatMap((names, month) => names.split(' ').map((name) => [name, month + 1] as const)),
  ),
};

const MONTH_NAME = '(\\p{L}{3,11})\\.?';
const SEP = '[\\/\\-.]';
/**
 * A year at the end of a date: 4 or 2 digits not followed by another digit, a
 * 19xx/20xx year glued to the time after it (`28/06/20183:11:35`: OCR often
 * drops the space between a receipt's date and time), a two-digit year glued
 * to it (`11/21/2608:02`: not the year 2608), or one with a space read
 * before its last digit (`05-05-201 8`; a 3-digit year is no year, so nothing
 * else is taken for it). Other four-digit years (`2569`, a Thai receipt's) stay.
 */
const YEAR_END = '((?:19|20)\\d{2}(?=\\d{1,2}:\\d{2})|(?:19|20)\\d{2}(?!\\d)|\\d{2}(?=\\d{1,2}:\\d{2})|\\d{4}(?!\\d)|(?:19|20)\\d \\d(?!\\d)|\\d{2}(?!\\d))';
/**
 * Patterns tried in order; each yields [day, month, year] positions or a named
 * month. `numeric` ones print no spaces, so spaces OCR put into them are not
 * part of the date's text.
 */
const PATTERNS: ReadonlyArray<{
  re: RegExp;
  numeric?: true;
  parse: (m: RegExpExecArray, o: Required<DateNormalizeOptions>) => Ymd | undefined;
}> = [
  // 2019年3月15日 (CJK), also 2019年03月15号
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/u, parse: (m) => ymd(m[1], m[2], m[3]) },
  // 2019-03-15, 2019/3/15, 2019.03.15; `2019-03-1510:20` as read (the time glued to a two-digit day)
  {
    re: new RegExp(`(?<!\\d)(\\d{4}) ?(${SEP}) ?(\\d{1,2}) ?\\2 ?(\\d{2}(?=\\d{1,2}:\\d{2})|\\d{1,2}(?!\\d))`, 'u'),
    numeric: true,
    parse: (m) => ymd(m[1], m[3], m[4]),
  },
  // 15/03/2019, 3-15-19, 15.03.19; `28-05- 2018` as read
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2}) ?(${SEP}) ?(\\d{1,2}) ?\\2 ?${YEAR_END}`, 'u'),
    numeric: true,
    parse: (m, o) => numericDate(Number(m[1]), Number(m[3]), year(m[4]!, o.pivotYear), o.order),
  },
  // 15 Mar 2019, 15-Mar-19, 15MAR2019; 20 de abril de 2026 (Spanish, Portuguese)
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.,]*(?:de\\s*)?${MONTH_NAME}[\\s\\-/.,]*(?:del?\\s+)?${YEAR_END}`, 'iu'),
    parse: (m, o) => named(m[1]!, m[2]!, year(m[3]!, o.pivotYear)),
  },
  // Mar 15, 2019 / March 15 2019; `NOV2120264:18` as read (spaces lost, the time glued to the year)
  {
    re: new RegExp(`${MONTH_NAME}[\\s\\-/.]*(\\d{1,2})(?:st|nd|rd|th)?,?[\\s\\-/.]*((?:19|20)\\d{2}(?=\\d{1,2}:\\d{2})|\\d{4}(?!\\d))`, 'u'),
    parse: (m) => named(m[2]!, m[1]!, Number(m[3])),
  },
  // 2026 m. lapkričio 18 d. (Lithuanian), 2026. november 18. (Hungarian): the year first, then the month's name
  {
    re: new RegExp(`(?<!\\d)((?:19|20)\\d{2})\\.?\\s*(?:[mM]\\.\\s*)?${MONTH_NAME}\\s*(\\d{1,2})(?!\\d)`, 'u'),
    parse: (m) => named(m[3]!, m[2]!, Number(m[1])),
  },
  // 2026. gada 18. novembris (Latvian)
  {
    re: new RegExp(`(?<!\\d)((?:19|20)\\d{2})\\.?\\s*gada\\s+(\\d{1,2})\\.?\\s*${MONTH_NAME}`, 'iu'),
    parse: (m) => named(m[2]!, m[3]!, Number(m[1])),
  },
  // 20190315 (only as a whole token: long digit runs are usually ids)
  { re: /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/u, numeric: true, parse: (m) => ymd(m[1], m[2], m[3]) },
];

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): Ymd | undefined {
  return { y: Number(y), m: Number(m), d: Number(d) };
}

function year(printed: string, pivot: number): number {
  const text = printed.replace(/ /gu, '');
  const n = Number(text);
  if (text.length !== 2) return n;
  return n < pivot ? 2000 + n : 1900 + n;
}

/** Day-first or month-first from the numbers when one of them cannot be a month; else the stated order. */
function numericDate(a: number, b: number, y: number, order: DateOrder): Ymd {
  if (a > 12 && b <= 12) return { y, m: b, d: a };
  if (b > 12 && a <= 12) return { y, m: a, d: b };
  return order === 'mdy' ? { y, m: a, d: b } : { y, m: b, d: a };
}

function named(day: string, month: string, y: number): Ymd | undefined {
  const m = MONTHS[month.toLowerCase()];
  return m === undefined ? undefined : { y, m, d: Number(day) };
}

function isCalendarDate({ y, m, d }: Ymd): boolean {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function resolve(options: DateNormalizeOptions): Required<DateNormalizeOptions> {
  return { order: options.order ?? 'dmy', pivotYear: options.pivotYear ?? 70 };
}

/**
 * Every date printed in `text`, left to right, with its ISO form. Impossible
 * dates (`31/02/2019`) are skipped.
 *
 * @example
 * findDates('DATE: 15/03/2019 14:32')[0] // {text: '15/03/2019', index: 6, iso: '2019-03-15'}
 */
export function findDates(text: string, options: DateNormalizeOptions = {}): DateMatch[] {
  const o = resolve(options);
  const found: DateMatch[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, numeric, parse } of PATTERNS) {
    const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    for (const m of text.matchAll(global)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(start, end, taken)) continue;
      const parsed = parse(m as unknown as RegExpExecArray, o);
      if (!parsed || !isCalendarDate(parsed)) continue;
      taken.push([start, end]);
      // A space beside a dash or slash is OCR's (`05- JAN-2017`), as is any in a numeric date.
      const printed = numeric ? m[0].replace(/\s/gu, '') : m[0].trim().replace(/\s*([-/])\s*/gu, '$1');
      found.push({ text: printed, index: start, iso: `${pad(parsed.y, 4)}-${pad(parsed.m, 2)}-${pad(parsed.d, 2)}` });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The ISO 8601 form of the first date in `text`, or undefined when there is none.
 *
 * @example
 * normalizeDate('15 Mar 2019') // '2019-03-15'
 * normalizeDate('2019年3月15日') // '2019-03-15'
 * normalizeDate('3-4-19', { order: 'mdy' }) // '2019-03-04'
 */
export function normalizeDate(text: string, options: DateNormalizeOptions = {}): string | undefined {
  return findDates(text, options)[0]?.iso;
}

/** A numeric day-month or month-day date (no year first): its first two numbers. */
const NUMERIC_DATE = /(?<!\d)(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(?:\d{4}|\d{2})(?!\d)/gu;
/** `Springfield, IL 62704`: a US state's code and ZIP code after a comma. */
const US_STATE_ZIP =
  /, ?(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?(?!\d)/u;

/**
 * The order of a page's ambiguous numeric dates, from the page itself: its
 * other numeric dates where a number over 12 shows which is the day
 * (`11/21/2026` → `mdy`, `21/11/2026` → `dmy`; a tie tells nothing), else a
 * US address (`Springfield, IL 62704`) for month first. Undefined when the page
 * does not tell.
 *
 * @example
 * pageDateOrder(['DATE 11/05/2026', 'PRINTED 11/21/2026 17:42']) // 'mdy'
 * pageDateOrder(['1234 Main Street', 'Springfield, IL 62704', '11/05/2026']) // 'mdy'
 */
export function pageDateOrder(texts: readonly string[]): DateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
    }
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dmy' : 'mdy';
  return texts.some((t) => US_STATE_ZIP.test(t)) ? 'mdy' : undefined;
}
