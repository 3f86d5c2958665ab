/**
 * CSV text (RFC 4180): fields holding a comma, a quote or a line break are
 * quoted, quotes doubled; rows end in CRLF, as spreadsheets expect. Pure.
 */

/**
 * A text a spreadsheet would run as a formula (`=HYPERLINK(...)` printed on a
 * document and read by OCR): `=`, `+`, `@`, a tab or a carriage return first,
 * or `-` not followed by a digit (`-5.59` stays a number).
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/u;

/** One CSV field, quoted when it must be; a formula-like text gets a leading `'` so that it stays text. */
function csvField(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/**
 * The CSV text of rows of fields.
 *
 * @example
 * formatCsv([['image', 'total'], ['a.jpg', '1,234.50']]) // 'image,total\r\na.jpg,"1,234.50"\r\n'
 */
export function formatCsv(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
