/**
 * CSV text (RFC 4180): fields holding a comma, a quote or a line break are
 * quoted, quotes doubled; rows end in CRLF, as spreadsheets expect. Pure.
 */

/** One CSV field, quoted when it must be. */
function csvField(value: string): string {
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
