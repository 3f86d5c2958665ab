/**
 * Field extraction with the shipped `receipt` schema: its hints, anchors,
 * excludes and keys on receipts and invoices from many places (OCR slips,
 * rules, model labels grown by the schema).
 */
import { describe, expect, it } from 'vitest';
import type { Point } from '../core/geometry.js';
import type { DocumentSchema } from '../core/schema.js';
import { loadDocumentSchema } from '../io/schema-file.js';
import { resetIds, seg, single } from '../../test/helpers/field-segments.js';
import { extractFields, fieldValues, type ExtractedField, type FieldSegment } from './fields.js';

/** The address the shipped schema's field stage takes from these lines (model labels as given). */
const addressOn = (schema: DocumentSchema, lines: FieldSegment[]): ExtractedField => single(extractFields({ segments: lines }, schema).address);

describe('extractFields (the shipped receipt schema, OCR slips)', () => {
  it('strips a registration number read with slips and reads amounts through look-alike glyphs', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [
      seg('99 SPEED MART S/B (S19537-X)', 0, 10, 'COMPANY'),
      seg('Dion Realties Sdn Bhd (Ca. No:20154-T)', 1, 10, 'other'),
      seg('TOTAL', 8),
      seg('14:00', 8, 300, 'TOTAL'),
    ];
    const fields = extractFields({ segments: page }, receipt);
    expect(single(fields.company).value).toBe('99 SPEED MART S/B');
    expect(single(fields.total)).toMatchObject({ value: '14.00', source: 'model' });
    const other = extractFields({ segments: [seg('Dion Realties Sdn Bhd (Ca. No:20154-T)', 0, 10, 'COMPANY'), seg('TTL CASH RH43.40', 5, 10, 'TOTAL')] }, receipt);
    expect(single(other.company).value).toBe('DION REALTIES SDN BHD');
    expect(single(other.total)).toMatchObject({ value: 'RM43.40', normalized: '43.40', currency: 'MYR' });
  });
});

describe('extractFields (the shipped receipt schema, company lines)', () => {
  it('takes a short legal form glued to its registration number for a company and drops its former name', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [
      seg('TQ FOR SHOPPING WITH MYNEWS.COM', 0),
      seg('LOUNGE 2, GROUND FLOOR, OASIS VILLAGE', 1, 10, 'ADDRESS'),
      seg('47301 PETALING JAYA, SELANGOR', 2, 10, 'ADDRESS'),
      seg('MYNEWS RETAIL SB(306295-X) FKA BISON STORES SB', 4),
      seg('TOTAL', 8),
      seg('6.00', 8, 300, 'TOTAL'),
    ];
    expect(single(extractFields({ segments: page }, receipt).company)).toMatchObject({ value: 'MYNEWS RETAIL SB', segmentIds: [3], source: 'rules' });
  });
});

describe('extractFields (the shipped receipt schema, rules)', () => {
  it('finds a total read onto its key with slips (`Grand Tota1RM15 .40`)', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [seg('Rounding', 10), seg('RMO.01', 10, 300), seg('Grand Tota1RM15 .40', 11), seg('Total Paid', 12), seg('RM50.00', 12, 300)];
    expect(single(extractFields({ segments: page }, receipt, { mode: 'rules' }).total)).toMatchObject({ value: 'RM15.40', normalized: '15.40', segmentIds: [2] });
  });

  it('prefers, among amounts with no key, the one printed again (a sum) over a line price', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [seg('OCEAN PACKAGING ENTERPRISE', 0), seg('41-1, JLN RADIN ANUM 2, 57000 KUALA LUMPUR', 1), seg('4x 38.00', 8), seg('RM152.00', 8, 300), seg('SUBTOTAL', 9), seg('RM152.00', 9, 300), seg('CASH', 10), seg('RM152.00', 10, 300)];
    expect(single(extractFields({ segments: page }, receipt, { mode: 'rules' }).total)).toMatchObject({ value: 'RM152.00', segmentIds: [3] });
  });

  it("drops a company's registration number, read with look-alike letters (even all of them) or a branch code after it", async () => {
    const receipt = await loadDocumentSchema('receipt');
    for (const [line, company] of <[string, string][]>[
      ['99 SPEED MART S/B (519S37-X)', '99 SPEED MART S/B'],
      ['GARDENIA BAKERIES (KL) SDN BHD (1393S6 X)', 'GARDENIA BAKERIES (KL) SDN BHD'],
      ["KING'S CONFECTIONERY S/B 273500-U (KSB)", "KING'S CONFECTIONERY S/B"],
      ['URBAN IDEA SDN BHD (417940-M),', 'URBAN IDEA SDN BHD'],
      ['MOONLIGHT CAKE HOUSE SDN BHD BOZTZO-U', 'MOONLIGHT CAKE HOUSE SDN BHD'],
      ['7-ELEVEN MALAYSIA SDN BHD', '7-ELEVEN MALAYSIA SDN BHD'],
      ['SOLO-X TRADING', 'SOLO-X TRADING'],
      ['POSITIVE TRADING SOBISI-A', 'POSITIVE TRADING SOBISI-A'],
    ]) {
      resetIds();
      expect(single(extractFields({ segments: [seg(line, 0, 10, 'COMPANY')] }, receipt).company).value).toBe(company);
    }
  });

  it('takes a Chinese company name that ends in a key of the field (`有限公司` holds `公司`) for the name, not the key', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [seg('好又多超市有限公司', 0), seg('广州市天河区天河路123号', 1), seg('日期:', 3), seg('2026-11-2110:20', 3, 120), seg('合计', 6), seg('20.50', 6, 300)];
    const fields = extractFields({ segments: page }, receipt, { mode: 'rules', today: '2026-12-01' });
    expect(fieldValues(fields)).toMatchObject({ company: '好又多超市有限公司', address: '广州市天河区天河路123号', date: '2026-11-21', total: '20.50' });
  });

  it("reads an invoice's header: the seller over the `Bill To:` customer, an address kept to its own column and whole", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [
      seg('ACME Widgets Inc.', 0),
      seg('INVOICE', 0, 500),
      seg('500 Industrial Way', 1),
      seg('Invoice No:', 1, 380),
      seg('INV-20931', 1, 500),
      seg('Austin, TX 78701', 2),
      seg('Bil l To:', 4),
      seg('Globex Corporation', 5),
      seg('Amount Due', 9, 380),
      seg('$757.75', 9, 500),
    ];
    const fields = extractFields({ segments: page }, receipt, { mode: 'rules' });
    expect(single(fields.company)).toMatchObject({ value: 'ACME WIDGETS INC.', segmentIds: [0] });
    // Reading order runs `500 Industrial Way`, `Invoice No:`, `INV-20931`, `Austin, TX 78701`: the address
    // passes over the other column's pair to its second line.
    expect(single(fields.address)).toMatchObject({ value: '500 INDUSTRIAL WAY AUSTIN, TX 78701', segmentIds: [2, 5] });
    expect(single(fields.total)).toMatchObject({ value: '$757.75', currency: '$' });
  });

  it('lets a labelled address take the hinted lines beside it that the model left unlabelled in doubt, not one it was sure of', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const doubtful = [seg('Baeckerei Schmidt GmbH', 0, 10, 'COMPANY', 0.8), seg('Hauptstrasse 12', 1, 10, 'ADDRESS', 0.5), seg('10115 Berlin', 1.8, 10, 'other', 0.75), seg('Summe', 5), seg('6,00', 5, 300, 'TOTAL')];
    expect(single(extractFields({ segments: doubtful }, receipt).address)).toMatchObject({ value: 'HAUPTSTRASSE 12 10115 BERLIN', segmentIds: [1, 2], source: 'model' });
    resetIds();
    // A line the hints claim (five digits) but no anchor (a postcode line before its town is one: `10115 Berlin`).
    const sure = [seg('Baeckerei Schmidt GmbH', 0, 10, 'COMPANY', 0.8), seg('Hauptstrasse 12', 1, 10, 'ADDRESS', 0.5), seg('Kasse 3 Bon 10115', 1.8, 10, 'other', 0.99), seg('Summe', 5), seg('6,00', 5, 300, 'TOTAL')];
    expect(single(extractFields({ segments: sure }, receipt).address)).toMatchObject({ value: 'HAUPTSTRASSE 12', segmentIds: [1] });
    // Above the run too, but not over a line another field took (the company, whose registration number looks like a postcode).
    resetIds();
    const above = [seg('KOPI KENANGAN (123456-X)', 0, 10, 'COMPANY', 0.8), seg('Jl. Sudirman No. 5', 0.8, 10, 'other', 0.6), seg('Jakarta Pusat 10220', 1.6, 10, 'ADDRESS', 0.6), seg('TOTAL', 5), seg('45.000', 5, 300, 'TOTAL')];
    expect(single(extractFields({ segments: above }, receipt).address)).toMatchObject({ value: 'JL. SUDIRMAN NO. 5 JAKARTA PUSAT 10220', segmentIds: [1, 2] });
    resetIds();
    const company = [seg('KOPI KENANGAN (123456-X)', 0, 10, 'other', 0.6), seg('Jakarta Pusat 10220', 0.8, 10, 'ADDRESS', 0.6), seg('TOTAL', 5), seg('45.000', 5, 300, 'TOTAL')];
    expect(single(extractFields({ segments: company }, receipt).address)).toMatchObject({ value: 'JAKARTA PUSAT 10220' });
  });

  it("lets a labelled address take a postal-code line beside it that the model was sure of (the schema's anchors)", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const us = [seg('NORTHWIND TRADING LLC', 0, 10, 'COMPANY', 0.9), seg('77 Harbor Road', 1, 10, 'ADDRESS', 0.9), seg('Portland, OR 97201', 1.8, 10, 'other', 0.99), seg('Amount Due', 5), seg('$1,234.56', 5, 300, 'TOTAL')];
    expect(addressOn(receipt, us)).toMatchObject({ value: '77 HARBOR ROAD PORTLAND, OR 97201', segmentIds: [1, 2] });
    resetIds();
    const nl = [seg('BAKKERIJ DE ROOS B.V.', 0, 10, 'COMPANY', 0.9), seg('Kerkstraat 10', 1, 10, 'ADDRESS', 0.9), seg('1017 GC Amsterdam', 1.8, 10, 'other', 0.99), seg('TOTAAL', 5), seg('5,70', 5, 300, 'TOTAL')];
    expect(addressOn(receipt, nl)).toMatchObject({ value: 'KERKSTRAAT 10 1017 GC AMSTERDAM', segmentIds: [1, 2] });
    // Not a line that only looks like a Dutch postcode, nor one the field excludes.
    resetIds();
    const notPostcode = [seg('CAFE', 0, 10, 'COMPANY', 0.9), seg('Kerkstraat 10', 1, 10, 'ADDRESS', 0.9), seg('2026 at 14:05', 1.8, 10, 'other', 0.99), seg('TOTAL', 5), seg('5,70', 5, 300, 'TOTAL')];
    expect(addressOn(receipt, notPostcode)).toMatchObject({ value: 'KERKSTRAAT 10', segmentIds: [1] });
    resetIds();
    const excluded = [seg('CORNER CAFE LTD', 0, 10, 'COMPANY', 0.9), seg('221 Baker Street', 1, 10, 'ADDRESS', 0.9), seg('VAT No. GB 123 4567 89 NW1 6XE', 1.8, 10, 'other', 0.99), seg('TOTAL', 5), seg('5,60', 5, 300, 'TOTAL')];
    expect(addressOn(receipt, excluded)).toMatchObject({ value: '221 BAKER STREET', segmentIds: [1] });
  });

  it('reads Italian, Mexican, Brazilian and South African addresses whole, leaving tax numbers out', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    // `Via Roma 12` the model left out with confidence: the street anchor joins it to the postcode line it labelled.
    // Tax numbers it left out in doubt are not grown into (`AES010101AB1` holds a six-digit postcode hint).
    const it = [seg('BAR CENTRALE S.R.L.', 0, 10, 'COMPANY'), seg('Via Roma 12', 1, 10, 'other', 0.99), seg('00184 Roma RM', 1.8, 10, 'ADDRESS'), seg('P.IVA 01234567890', 2.6, 10, 'other', 0.6), seg('TOTALE EURO', 6), seg('2,70', 6, 300, 'TOTAL')];
    expect(addressOn(receipt, it)).toMatchObject({ value: 'VIA ROMA 12 00184 ROMA RM', segmentIds: [1, 2] });
    resetIds();
    const mx = [seg('ABARROTES LA ESPERANZA SA DE CV', 0, 10, 'COMPANY'), seg('RFC AES010101AB1', 1, 10, 'other', 0.6), seg('Av. Juarez 45, Col. Centro', 1.8, 10, 'ADDRESS'), seg('C.P. 06000 Ciudad de Mexico', 2.6, 10, 'other', 0.99), seg('TOTAL', 6), seg('$ 156.50', 6, 300, 'TOTAL')];
    expect(addressOn(receipt, mx)).toMatchObject({ value: 'AV. JUAREZ 45, COL. CENTRO C.P. 06000 CIUDAD DE MEXICO', segmentIds: [2, 3] });
    resetIds();
    const br = [seg('PADARIA BOM GOSTO LTDA', 0, 10, 'COMPANY'), seg('CNPJ 12.345.678/0001-90', 1, 10, 'other'), seg('Rua Augusta, 1500', 1.8, 10, 'ADDRESS'), seg('Sao Paulo - SP 01304-001', 2.6, 10, 'other', 0.99), seg('TOTAL R$', 6), seg('10,50', 6, 300, 'TOTAL')];
    expect(addressOn(receipt, br)).toMatchObject({ value: 'RUA AUGUSTA, 1500 SAO PAULO - SP 01304-001', segmentIds: [2, 3] });
    resetIds();
    const za = [seg('KAROO COFFEE (PTY) LTD', 0, 10, 'COMPANY'), seg('VAT No 4123456789', 1, 10, 'other'), seg('12 Long Street', 1.8, 10, 'ADDRESS'), seg('Cape Town 8001', 2.6, 10, 'other', 0.99), seg('TOTAL', 6), seg('R 60.50', 6, 300, 'TOTAL')];
    expect(addressOn(receipt, za)).toMatchObject({ value: '12 LONG STREET CAPE TOWN 8001', segmentIds: [2, 3] });
  });

  it("does not take a street line for the company where the model labelled it so (the address's anchors claim it)", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [seg('Baeckerei Schmidt GmbH', 0, 10, 'other', 0.79), seg('Hauptstrasse 12', 1, 10, 'COMPANY', 0.46), seg('10115 Berlin', 2, 10, 'other', 0.96), seg('Summe EUR', 5), seg('6,00', 5, 300, 'TOTAL')];
    const fields = extractFields({ segments: page }, receipt);
    expect(single(fields.company)).toMatchObject({ value: 'BAECKEREI SCHMIDT GMBH', segmentIds: [0] });
    expect(single(fields.address)).toMatchObject({ value: 'HAUPTSTRASSE 12 10115 BERLIN', segmentIds: [1, 2] });
  });

  it("leaves the customer's block (`Kunde:` and the lines under it) out of company and address", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [
      seg('SCHNEIDER BUEROBEDARF GMBH', 0), seg('Lindenallee 8', 1), seg('50667 Koeln', 1.8), seg('Rechnungsdatum: 03.11.2026', 1, 520),
      seg('Kunde:', 5), seg('Beispiel AG', 5.8), seg('Hafenstrasse 3, 20457 Hamburg', 6.6), seg('Druckerpapier A4', 9), seg('600,00', 9, 600),
      seg('Gesamtbetrag', 12, 480), seg('1.190,00 EUR', 12, 630),
    ];
    const fields = extractFields({ segments: page }, receipt);
    expect(single(fields.address)).toMatchObject({ value: 'LINDENALLEE 8 50667 KOELN', segmentIds: [1, 2] });
    expect(single(fields.company).value).toBe('SCHNEIDER BUEROBEDARF GMBH');
    // Without the seller's own lines, the customer's are still not taken.
    resetIds();
    const customerOnly = [seg('RECHNUNG', 0), seg('Kunde:', 2), seg('Beispiel AG', 2.8), seg('Hafenstrasse 3, 20457 Hamburg', 3.6), seg('Gesamtbetrag', 8), seg('1.190,00 EUR', 8, 300)];
    expect(single(extractFields({ segments: customerOnly }, receipt).address).value).toBeNull();
    // The same lines under no such key are an address.
    resetIds();
    const noKey = [seg('RECHNUNG', 0), seg('Beispiel AG', 2.8), seg('Hafenstrasse 3, 20457 Hamburg', 3.6), seg('Gesamtbetrag', 8), seg('1.190,00 EUR', 8, 300)];
    expect(single(extractFields({ segments: noKey }, receipt).address).value).toBe('HAFENSTRASSE 3, 20457 HAMBURG');
  });

  it("reads a page's ambiguous date in the order its US address tells", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const us = [seg("TRADER JOE'S", 0), seg('1234 Main Street', 1), seg('Springfield, IL 62704', 2), seg('11/05/2026 5:42 PM', 4), seg('TOTAL', 8), seg('$5.16', 8, 300)];
    expect(single(extractFields({ segments: us }, receipt, { mode: 'rules', today: '2026-12-01' }).date).normalized).toBe('2026-11-05');
    resetIds();
    const my = [seg('SUNRISE MART SDN BHD', 0), seg('NO. 12, JALAN BUNGA RAYA', 1), seg('47300 PETALING JAYA', 2), seg('11/05/2026 5:42 PM', 4), seg('TOTAL', 8), seg('RM5.16', 8, 300)];
    expect(single(extractFields({ segments: my }, receipt, { mode: 'rules', today: '2026-12-01' }).date).normalized).toBe('2026-05-11');
  });

  it("reads a UK receipt's address down to its postcode, leaving the VAT line out", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [seg('CORNER CAFE LTD', 0), seg('221 Baker Street', 1), seg('London NW1 6XE', 1.8), seg('VAT No. GB 123 4567 89', 2.6), seg('TOTAL', 8), seg('5.60', 8, 300)];
    const fields = extractFields({ segments: page }, receipt, { mode: 'rules' });
    expect(fieldValues(fields)).toMatchObject({ company: 'CORNER CAFE LTD', address: '221 BAKER STREET LONDON NW1 6XE' });
  });

  it('reads totals of pages that price in whole units (rupiah grouped in thousands, yen), and of no others', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const idr = [seg('KOPI KENANGAN', 0), seg('1 ES KOPI SUSU', 4), seg('25.000', 4, 300), seg('1 ROTI BAKAR', 5), seg('20.000', 5, 300), seg('TOTAL', 7), seg('45.000', 7, 300), seg('CASH', 8), seg('50.000', 8, 300), seg('CHANGE', 9), seg('5.000', 9, 300)];
    expect(single(extractFields({ segments: idr }, receipt, { mode: 'rules' }).total)).toMatchObject({ value: '45.000', normalized: '45000' });
    resetIds();
    const yen = [seg('ローソン 渋谷店', 0), seg('おにぎり', 4), seg('¥150', 4, 300), seg('お茶', 5), seg('¥130', 5, 300), seg('合計', 7), seg('¥280', 7, 300), seg('お預り', 8), seg('¥500', 8, 300), seg('お釣り', 9), seg('¥220', 9, 300)];
    expect(single(extractFields({ segments: yen }, receipt, { mode: 'rules' }).total)).toMatchObject({ value: '¥280', normalized: '280', currency: 'JPY' });
    // Where any amount has decimals, a grouped whole number is a quantity (`1.000` pieces), not a price.
    resetIds();
    const ringgit = [seg('SUNRISE MART SDN BHD', 0), seg('TISSUE 1.000', 4), seg('3.50', 4, 300), seg('TOTAL', 7), seg('1.000', 7, 200), seg('3.50', 7, 300)];
    expect(single(extractFields({ segments: ringgit }, receipt, { mode: 'rules' }).total)).toMatchObject({ value: '3.50' });
  });

  it("gives a total the currency its key line names (`Summe EUR`), and none where nothing names one", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const named = extractFields({ segments: [seg('Brot', 8), seg('3,20', 8, 300), seg('Summe EUR', 9), seg('6,00', 9, 300)] }, receipt, { mode: 'rules' });
    expect(single(named.total)).toMatchObject({ value: '6,00', normalized: '6.00', currency: 'EUR' });
    resetIds();
    const bare = extractFields({ segments: [seg('FARM FRESH MILK', 8), seg('3.20', 8, 300), seg('TOTAL', 9), seg('6.00', 9, 300)] }, receipt, { mode: 'rules' });
    expect(single(bare.total)).toMatchObject({ value: '6.00' });
    expect(single(bare.total).currency).toBeUndefined();
  });

  it('starts an address only at a line that shows one (requireHint), and takes no date line or item for a name', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    // The shop's name (in kana) was not read: the first line read is the date, then items.
    const page = [seg('2026年11月21日(土) 12:30', 0), seg('扩茶', 2), seg('¥130', 2, 300), seg('合計', 4), seg('¥280', 4, 300)];
    const fields = extractFields({ segments: page }, receipt);
    expect(single(fields.company)).toMatchObject({ value: null, problems: ['missing'] });
    expect(single(fields.address)).toMatchObject({ value: null, valid: false });
    expect(single(fields.date).normalized).toBe('2026-11-21');
    // The same receipt with its address read: the address, and still no company (the address's anchors claim its line).
    resetIds();
    const withAddress = [seg('东京都港区芝公園4-2-8', 0), seg('2026年11月21日(土) 12:30', 1), seg('扩茶', 3), seg('¥130', 3, 300), seg('合計', 5), seg('¥280', 5, 300)];
    const read = extractFields({ segments: withAddress }, receipt);
    expect(single(read.company).value).toBeNull();
    expect(single(read.address)).toMatchObject({ value: '东京都港区芝公園4-2-8', segmentIds: [0] });
    // A line above the prices that shows nothing of an address: an address only without requireHint.
    resetIds();
    const header = [seg('FAMILY CAFE', 0), seg('Welcome back', 1), seg('21/11/2026 12:30', 2), seg('TEA', 4), seg('1.30', 4, 300), seg('TOTAL', 5), seg('1.30', 5, 300)];
    expect(single(extractFields({ segments: header }, receipt).address).value).toBeNull();
    const loose = { ...receipt, fields: receipt.fields.map((f) => (f.name === 'address' ? { ...f, requireHint: false } : f)) };
    expect(single(extractFields({ segments: header }, loose).address)).toMatchObject({ value: 'WELCOME BACK', segmentIds: [1] });
  });

  it("finds no company on a receipt whose name is a logo: not its street (the address's anchors claim it), not an item", async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [
      seg('1200 Pine Street', 0), seg('Seattle, WA 98101', 1), seg('(206) 555-0142', 2), seg('11/14/2026 08:03 AM', 4),
      seg('LATTE GRANDE', 6), seg('5.45', 6, 300), seg('MUFFIN', 7), seg('3.25', 7, 300), seg('Total', 9), seg('$9.59', 9, 300),
    ];
    const fields = extractFields({ segments: page }, receipt);
    expect(single(fields.company)).toMatchObject({ value: null, problems: ['missing'] });
    expect(single(fields.address)).toMatchObject({ value: '1200 PINE STREET SEATTLE, WA 98101', segmentIds: [0, 1] });
    expect(single(fields.total).normalized).toBe('9.59');
    // A key with no name after it announces none (`Store #4471` is a store number).
    resetIds();
    const numbered = [seg('Store #4471', 0), ...page.map((p) => ({ ...p, id: p.id + 1, points: p.points.map(([x, y]): Point => [x, y + 30]) }))];
    expect(single(extractFields({ segments: numbered }, receipt).company).value).toBeNull();
    // With a name over the street, the name is the company.
    resetIds();
    const named = [seg('PINE STREET COFFEE', 0), ...page.slice(0, 5).map((p) => ({ ...p, id: p.id + 1, points: p.points.map(([x, y]): Point => [x, y + 30]) }))];
    expect(single(extractFields({ segments: named }, receipt).company).value).toBe('PINE STREET COFFEE');
  });

  it('drops a telephone number read on the last address line', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [seg('NO.1, JALAN PERMAS 10/5,', 1, 10, 'ADDRESS'), seg('81750 Johor Bahru, Johor. Te1 No.: 07-387 3322', 2, 10, 'ADDRESS')];
    expect(single(extractFields({ segments: page }, receipt).address).value).toBe('NO.1, JALAN PERMAS 10/5, 81750 JOHOR BAHRU, JOHOR.');
  });

  it('closes a street line with the place printed tight under it, by the model or the rules (`Victoria Island, Lagos`)', async () => {
    const receipt = await loadDocumentSchema('receipt');
    // Lines 24 px apart, 20 px high: tight in one column.
    const tightly = (lines: FieldSegment[]): FieldSegment[] => lines.map((l, k) => ({ ...l, points: l.points.map(([x, y]): Point => [x, y - 6 * k]) }));
    resetIds();
    const lagos = tightly([seg('EKO FRESH MART LIMITED', 0), seg('14 Adeola Odeku Street', 1, 10, 'ADDRESS'), seg('Victoria Island, Lagos', 2), seg('21/11/2026 14:20', 4)]);
    expect(addressOn(receipt, lagos).value).toBe('14 ADEOLA ODEKU STREET VICTORIA ISLAND, LAGOS');
    expect(single(extractFields({ segments: lagos.map((l) => ({ ...l, label: 'other' })) }, receipt, { mode: 'rules' }).address).value).toBe(
      '14 ADEOLA ODEKU STREET VICTORIA ISLAND, LAGOS',
    );
    // Not after a postcode line (the address is closed), nor a line of more than a place's words.
    resetIds();
    const closed = tightly([seg('12 JALAN SATU,', 1, 10, 'ADDRESS'), seg('43300 SERI KEMBANGAN,', 2, 10, 'ADDRESS'), seg('SELAMAT DATANG', 3)]);
    expect(addressOn(receipt, closed).value).toBe('12 JALAN SATU, 43300 SERI KEMBANGAN,');
    resetIds();
    const sentence = tightly([seg('14 Adeola Odeku Street', 1, 10, 'ADDRESS'), seg('Thank you for shopping', 2)]);
    expect(addressOn(receipt, sentence).value).toBe('14 ADEOLA ODEKU STREET');
  });

  it('takes no number of a date or an id for a price: a page priced in whole units keeps its totals (`2026.11.21.`, `RUT 76.123.456-7`)', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [
      seg('ARANY KALASZ PEKSEG KFT.', 0), seg('2026.11.21. 07:55', 2), seg('KIFLI', 4), seg('150', 4, 300), seg('KENYER 1KG', 5), seg('1 650', 5, 300),
      seg('OSSZESEN', 7), seg('2 450 Ft', 7, 300), seg('KESZPENZ', 8), seg('3 000 Ft', 8, 300),
    ];
    expect(single(extractFields({ segments: page }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '2450', currency: 'HUF' });
    resetIds();
    const chile = [seg('FARMACIA ANDINA SPA', 0), seg('RUT 76.123.456-7', 1), seg('Av. Providencia 1234', 2), seg('VITAMINA C', 5), seg('6.500', 5, 300), seg('TOTAL', 7), seg('$ 12.990', 7, 300)];
    const fields = extractFields({ segments: chile }, receipt, { mode: 'rules' });
    expect(single(fields.total).normalized).toBe('12990');
    expect(single(fields.address).value).toBe('AV. PROVIDENCIA 1234');
  });

  it('claims ordinal street names, a postcode before the town with a district after it, and no store-and-manager line for the company', async () => {
    const receipt = await loadDocumentSchema('receipt');
    const tightly = (lines: FieldSegment[]): FieldSegment[] => lines.map((l, k) => ({ ...l, points: l.points.map(([x, y]): Point => [x, y - 6 * k]) }));
    for (const [lines, address] of <[string[], string][]>[
      [['125 W 5th St', 'Los Angeles, CA 90013'], '125 W 5TH ST LOS ANGELES, CA 90013'],
      [['Calle de Alcala, 45', '28014 Madrid'], 'CALLE DE ALCALA, 45 28014 MADRID'],
      [['Karlova 12', '110 00 Praha 1'], 'KARLOVA 12 110 00 PRAHA 1'],
      // A Copenhagen district letter after the town; a Canadian province read glued to its postcode.
      [['Vesterbrogade 12', '1620 Kobenhavn V'], 'VESTERBROGADE 12 1620 KOBENHAVN V'],
      [['321 W Cordova St', 'Vancouver, BCV6B 1E8'], '321 W CORDOVA ST VANCOUVER, BCV6B 1E8'],
    ]) {
      resetIds();
      // The model labels the street line only, sure the town line is not the address (as it was on these receipts).
      const page = tightly([seg('SOME SHOP', 0), seg(lines[0]!, 1, 10, 'ADDRESS'), seg(lines[1]!, 2, 10, 'other', 0.99), seg('21/11/2026', 4)]);
      expect(addressOn(receipt, page).value).toBe(address);
    }
    resetIds();
    const store = [seg('SAVEWAY', 0), seg('Store 2231  Mgr: J SMITH', 1), seg('4100 Riverside Dr', 2), seg('Austin TX 78741', 3), seg('TOTAL', 8), seg('10.91', 8, 300)];
    expect(single(extractFields({ segments: store }, receipt, { mode: 'rules' }).company).value).toBe('SAVEWAY');
    // A shop number before its street is an address line: never the company, whatever the model said, and joined
    // to the address the model labelled under it when the model left it as background.
    const shop = (label: string): FieldSegment[] => {
      resetIds();
      return tightly([seg('MEDPLUS PHARMACY', 0, 10, 'COMPANY'), seg('SHOP NO. 5, MG ROAD', 1, 10, label), seg('BENGALURU - 560001', 2, 10, 'ADDRESS'), seg('TOTAL', 8), seg('10.91', 8, 300)]);
    };
    expect(fieldValues(extractFields({ segments: shop('COMPANY') }, receipt)).company).toBe('MEDPLUS PHARMACY');
    expect(fieldValues(extractFields({ segments: shop('other') }, receipt))).toMatchObject({ company: 'MEDPLUS PHARMACY', address: 'SHOP NO. 5, MG ROAD BENGALURU - 560001' });
  });

  it('weighs a line that hints and an anchor both claim as one hint: the rules keep a street, its area and its postcode line together', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const page = [
      seg('SELASIH EKSLUSIF SDN BHD (524101-D)', 0), seg('DUTY FREE ZONE (JB)', 1), seg('88 JALAN IBRAHIM SULTAN', 2), seg('STULANG LAUT', 3), seg('80300 JOHOR BAHRU', 4),
      seg('GST ID: 000752517120', 5), seg('TOTAL', 9), seg('12.50', 9, 300),
    ];
    expect(single(extractFields({ segments: page }, receipt, { mode: 'rules' }).address).value).toBe('88 JALAN IBRAHIM SULTAN STULANG LAUT 80300 JOHOR BAHRU');
  });
});
