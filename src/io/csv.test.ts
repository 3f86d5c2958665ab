import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv.js';

describe('formatCsv', () => {
  it('quotes fields with commas, quotes or line breaks and doubles their quotes; rows end in CRLF', () => {
    expect(formatCsv([['image', 'total'], ['a.jpg', '1,234.50'], ['b "c".jpg', 'x\ny'], ['', '']])).toBe(
      'image,total\r\na.jpg,"1,234.50"\r\n"b ""c"".jpg","x\ny"\r\n,\r\n',
    );
  });
});
