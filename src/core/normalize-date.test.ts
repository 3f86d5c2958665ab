import { describe, expect, it } from 'vitest';
import { findDates, normalizeDate, pageDateOrder, type DateNormalizeOptions } from './normalize-date.js';

describe('normalizeDate', () => {
  it.each<[string, string | undefined, DateNormalizeOptions?]>([
    ['15/03/2019', '2019-03-15'],
    ['5-3-19', '2019-03-05'],
    ['5-3-19', '2019-05-03', { order: 'mdy' }],
    ['03/15/2019', '2019-03-15'], // 15 cannot be a month
    ['15.03.2019', '2019-03-15'],
    ['2019-03-15', '2019-03-15'],
    ['2019/3/5', '2019-03-05'],
    ['15 Mar 2019', '2019-03-15'],
    ['15-MAR-19', '2019-03-15'],
    ['15MAR2019', '2019-03-15'],
    ['March 15, 2019', '2019-03-15'],
    ['2019年3月15日', '2019-03-15'],
    ['DATE: 19/10/2018 20:49:59 #01', '2018-10-19'],
    ['01/01/99', '1999-01-01'],
    ['28/06/20183:11:35 PM', '2018-06-28'], // OCR glued the time to the year
    ['09 Jun 201818:23', '2018-06-09'],
    ['2026-11-2110:20', '2026-11-21'], // ...and to a year-first date's day
    ['NOV2120264:18 PM', '2026-11-21'], // ...and to a month-first date, its spaces lost
    ['21/11/2608:02 AM', '2026-11-21'], // a two-digit year glued to the time is no year 2608
    ['21/11/2569', '2569-11-21'], // a four-digit year that is not 19xx/20xx (Thai) stays
    ['2026 m. lapkričio 18 d.', '2026-11-18'], // Lithuanian: the year first, the month's name in the genitive
    ['2026 M. LAPKRICIO 18', '2026-11-18'], // ...upper case, its marks lost to OCR
    ['2026. november 18.', '2026-11-18'], // Hungarian
    ['2026. gada 18. novembris', '2026-11-18'], // Latvian
    ['2026. GADA 18. NOVEMBRIS', '2026-11-18'],
    ['18. studenoga 2026.', '2026-11-18'], // Croatian
    ['3 Ağustos 2026', '2026-08-03'], // Turkish
    ['12 SZEPTEMBER 2026', '2026-09-12'], // a name longer than nine letters
    ['5 listopada 2026', undefined], // October in Croatian, November in Polish: not guessed
    ['Quito, 20 de abril de 2026', '2026-04-20'], // Spanish and Portuguese write `de` between
    ['5 de Mayo del 2025', '2025-05-05'],
    ['Quito,20 deabril de 2026', '2026-04-20'], // ...`de` glued to the month by OCR
    ['Data: 9 prill 2026, ora 10:22', '2026-04-09'], // Albanian
    ['NOV 21 20264', undefined],
    ['2026-11-211', undefined],
    ['12/12/123456', undefined],
    ['31/02/2019', undefined],
    ['TOTAL 23.10', undefined],
    ['', undefined],
  ])('%j → %j', (text, iso, options) => expect(normalizeDate(text, options)).toBe(iso));

  it('prints a date glued to its time without the time', () => {
    expect(findDates(':11/06/20183:38:36 PM')[0]?.text).toBe('11/06/2018');
  });

  it('finds every date with its printed text and position', () => {
    expect(findDates('from 01/02/2020 to 2020-03-04')).toEqual([
      { text: '01/02/2020', index: 5, iso: '2020-02-01' },
      { text: '2020-03-04', index: 19, iso: '2020-03-04' },
    ]);
  });

  it('drops the spaces OCR reads into a date, and takes no time for a year', () => {
    expect(findDates('28-05- 2018 23:28:57')[0]).toMatchObject({ text: '28-05-2018', iso: '2018-05-28' });
    expect(findDates(':04- 06 -2018 15 :53:52')[0]).toMatchObject({ text: '04-06-2018', iso: '2018-06-04' });
    expect(findDates(':05-05-201 8 11 :25:29')[0]).toMatchObject({ text: '05-05-2018', iso: '2018-05-05' });
    expect(findDates('DATE: 2018-03- 18 13:18:48')[0]).toMatchObject({ text: '2018-03-18', iso: '2018-03-18' });
    expect(findDates('05- JAN-2017 10:02')[0]).toMatchObject({ text: '05-JAN-2017', iso: '2017-01-05' });
    expect(findDates('15 Mar 2019')[0]?.text).toBe('15 Mar 2019');
    // A two-digit year followed by the time stays a two-digit year.
    expect(findDates('28/06/20 18:30')[0]).toMatchObject({ text: '28/06/20', iso: '2020-06-28' });
  });
});

describe('pageDateOrder', () => {
  it('takes the order that a date with a number over 12 shows', () => {
    expect(pageDateOrder(['DATE 11/05/2026', 'PRINTED 11/21/2026 17:42'])).toBe('mdy');
    expect(pageDateOrder(['DATE 05/11/2026', 'DUE 21.11.2026'])).toBe('dmy');
  });

  it('reads month first on a page with a US address, and tells nothing otherwise', () => {
    expect(pageDateOrder(['1234 Main Street', 'Springfield, IL 62704', '11/05/2026'])).toBe('mdy');
    expect(pageDateOrder(['NO. 12, JALAN BUNGA RAYA', '47300 PETALING JAYA', '11/05/2026'])).toBeUndefined();
    // One date each way: the page does not tell.
    expect(pageDateOrder(['21/05/2026', '05/21/2026'])).toBeUndefined();
  });

  it('leaves year-first dates and non-dates out of the count', () => {
    expect(pageDateOrder(['2026-11-21', 'TEL 13-14-2026'])).toBeUndefined();
  });
});
