import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv.js';

describe('formatCsv', () => {
  it('quotes fields with commas, quotes or line breaks and doubles their quotes; rows end in CRLF', () => {
    expect(formatCsv([['image', 'total'], ['a.jpg', '1,234.50'], ['b "c".jpg', 'x\ny'], ['', '']])).toBe(
      'image,total\r\na.jpg,"1,234.50"\r\n"b ""c"".jpg","x\ny"\r\n,\r\n',
    );
  });

  it("keeps text a spreadsheet would run as a formula as text, and negative amounts as numbers", () => {
    expect(formatCsv([['=HYPERLINK("http://x")', '+1', '@SUM(A1)', '-5.59', '-x', 'a=b']])).toBe(`"'=HYPERLINK(""http://x"")",'+1,'@SUM(A1),-5.59,'-x,a=b\r\n`);
  });
});
