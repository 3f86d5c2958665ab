/**
 * Field extraction with the shipped `receipt` schema on layouts SROIE lacks:
 * European street and postcode lines, space-grouped thousands, Greek keys, and
 * the cash tendered that its change tells from the total.
 */
import { describe, expect, it } from 'vitest';
import type { Point } from '../core/geometry.js';
import { loadDocumentSchema } from '../io/schema-file.js';
import { resetIds, seg, single } from '../../test/helpers/field-segments.js';
import { extractFields, fieldValues, type FieldSegment } from './fields.js';

/** Rows 26 px apart: lines of 20 px, tight in their column. */
const row = (text: string, r: number, x = 10, label = 'other', labelScore = 0.9): FieldSegment => {
  const s = seg(text, r, x, label, labelScore);
  return { ...s, points: s.points.map(([px, py]): Point => [px, py - 4 * r]) };
};

describe('extractFields (the shipped receipt schema, European and other layouts)', () => {
  it('opens an address at a name-and-number street line over its postcode line, across a column beside it', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    // An invoice's details column to the right of the seller's address; the model labels nothing.
    const invoice = [row('Fjordlys Konsult AS', 0), row('FAKTURA', 1, 400), row('Bryggen 15', 2), row('Fakturanr.: 2026-0457', 2, 400), row('5003 Bergen', 3), row('Fakturadato: 19.11.2026', 3, 400)];
    expect(fieldValues(extractFields({ segments: invoice }, receipt))).toMatchObject({ company: 'FJORDLYS KONSULT AS', address: 'BRYGGEN 15 5003 BERGEN' });
    // Not over a line that a hint claims (`LOT ...` is a street of its own; the brand above it is no street).
    resetIds();
    const station = [row('BHPETROL PERMAS JAYA 2', 0), row('LOT PTD 101051', 1), row('JALAN PERMAS 10/10', 2), row('81750 MASAI, JOHOR', 3)];
    expect(fieldValues(extractFields({ segments: station }, receipt, { mode: 'rules' })).address).toBe('LOT PTD 101051 JALAN PERMAS 10/10 81750 MASAI, JOHOR');
  });
  it('joins a street line an anchor claims whatever the model labelled it, and keeps Tel Aviv in its address', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const chippy = [row('The Golden Haddock', 0), row('14 Rose Street', 1, 10, 'COMPANY'), row('Edinburgh EH2 2PR', 2, 10, 'ADDRESS'), row('Tel: 0131 225 4477', 3)];
    expect(fieldValues(extractFields({ segments: chippy }, receipt))).toMatchObject({ company: 'THE GOLDEN HADDOCK', address: '14 ROSE STREET EDINBURGH EH2 2PR' });
    resetIds();
    const cafe = [row('CAFE NAHALAT LTD.', 0, 10, 'COMPANY'), row('Rothschild Blvd 22', 1, 10, 'ADDRESS'), row('Tel Aviv 6688218', 2), row('Tel 03-5601234', 3)];
    expect(fieldValues(extractFields({ segments: cafe }, receipt)).address).toBe('ROTHSCHILD BLVD 22 TEL AVIV 6688218');
    // Seven digits after a word make a postcode only without a leading zero (a ticket number has one).
    resetIds();
    const parking = [row('PARK SMART LLC', 0, 10, 'COMPANY'), row('125 W 5th St', 1, 10, 'ADDRESS'), row('Los Angeles, CA 90013', 2, 10, 'ADDRESS'), row('TICKET 0048213', 3)];
    expect(fieldValues(extractFields({ segments: parking }, receipt)).address).toBe('125 W 5TH ST LOS ANGELES, CA 90013');
  });
  it('reads a Greek total and space-grouped thousands on a page that prints them', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const taverna = [seg('TAVERNA TO STEKI O.E.', 0), seg('SYNOLO', 6), seg('41,50', 6, 300), seg('METRITA', 7), seg('50,00', 7, 300), seg('RESTA', 8), seg('8,50', 8, 300), seg('FPA 13%', 9), seg('4,77', 9, 300)];
    expect(single(extractFields({ segments: taverna }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '41.50' });
    resetIds();
    const invoice = [seg('Fjordlys Konsult AS', 0), seg('Radgivning', 4), seg('13 200,00', 4, 300), seg('Sum eks. mva', 5), seg('15 050,00', 5, 300), seg('Totalt NOK 18 812,50', 7)];
    expect(single(extractFields({ segments: invoice }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '18812.50' });
  });
});

describe('extractFields (the shipped receipt schema, cash tendered)', () => {
  it('takes the total the change tells when the cash tendered was taken for it, and only then', async () => {
    const receipt = await loadDocumentSchema('receipt');
    // A parking machine's slip: `Accepted total` is the cash; 10.00 less the change 5.00 is printed above it.
    const slip = (cash: string): FieldSegment[] => {
      resetIds();
      return [seg('Pay parking ticket', 3), seg('5.00 RM', 3, 300), seg('Amount Incl. GST', 4), seg('5.00 RM', 5, 10), seg('Accepted total', 6), seg(cash, 7, 10, 'TOTAL', 0.6), seg('Change', 8), seg('5.00 RM', 9, 10)];
    };
    expect(single(extractFields({ segments: slip('10.00 RM') }, receipt).total)).toMatchObject({ value: '5.00', segmentIds: [3], source: 'model' });
    // The change does not add up (10.00 - 5.00 is printed nowhere above 12.00): the chosen amount stays.
    expect(single(extractFields({ segments: slip('12.00 RM') }, receipt).total)).toMatchObject({ value: '12.00', segmentIds: [5] });
    // Total, cash and change all printed (15.00 + 5.00 = 20.00): a 10.00 item above is no total.
    resetIds();
    const paid = [seg('NASI LEMAK', 3), seg('10.00', 3, 300), seg('TEH TARIK', 4), seg('5.00', 4, 300), seg('TOTAL', 6), seg('15.00', 6, 300, 'TOTAL'), seg('CASH', 7), seg('20.00', 7, 300), seg('CHANGE', 8), seg('5.00', 8, 300)];
    expect(single(extractFields({ segments: paid }, receipt).total)).toMatchObject({ value: '15.00', segmentIds: [5] });
    // The cash line lost: 15.00 - 5.00 is the dish above, which no total key announces.
    resetIds();
    const lost = [seg('NASI LEMAK', 3), seg('10.00', 3, 300), seg('TEH TARIK', 4), seg('5.00', 4, 300), seg('TOTAL', 6), seg('15.00', 6, 300, 'TOTAL'), seg('CHANGE', 8), seg('5.00', 8, 300)];
    expect(single(extractFields({ segments: lost }, receipt).total)).toMatchObject({ value: '15.00', segmentIds: [5] });
  });
  it('reads the cash, the change and the total as the page prices them (space-grouped thousands)', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    // 20 000,00 is the cash: 20 000,00 less 6 800,00 is the 13 200,00 announced as the total above it. The item's lone
    // 13 200,00 makes the page read space-grouped amounts inside lines too.
    const slip = [seg('Konsulenttimer', 2), seg('13 200,00', 2, 300), seg('Total NOK 13 200,00', 3), seg('Cash NOK 20 000,00', 4, 10, 'TOTAL', 0.6), seg('Change NOK 6 800,00', 5)];
    expect(single(extractFields({ segments: slip }, receipt).total)).toMatchObject({ value: '13 200,00', normalized: '13200.00', segmentIds: [2] });
  });
});

describe('extractFields (the shipped receipt schema, Baltic, Balkan, Nordic, Asian, African and Latin American receipts)', () => {
  it('reads totals under Serbian and Russian keys, not the tax total or the change', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const bakery = [row('PEKARA ZLATNI KLAS DOO', 0), row('Ukupan iznos:', 5), row('1.295,00', 5, 300), row('Gotovina:', 6), row('2.000,00', 6, 300), row('Povracaj:', 7), row('705,00', 7, 300), row('Ukupan iznos poreza:', 8), row('153,33', 8, 300)];
    expect(single(extractFields({ segments: bakery }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '1295.00' });
    resetIds();
    const ulaanbaatar = [row('TSAGAAN DAVAA KHKHK', 0), row('Baga toiruu-14,1-r khoroo', 1), row('Buuz x6', 3), row('10,800', 3, 300), row('NIIT DUN', 5), row('34,700', 5, 300), row('NUAT 10% (dotor)', 6), row('3,155', 6, 300), row('Belen', 7), row('40,000', 7, 300), row('Khariult', 8), row('5,300', 8, 300)];
    expect(single(extractFields({ segments: ulaanbaatar }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '34700' });
    resetIds();
    const grocery = [row('TOO "ALMA MARKET"', 0), row('ITOGO', 5), row('=7 150,00', 5, 300), row('v t.ch. NDS 16%', 6), row('=986,21', 6, 300), row('Nalichnymi', 7), row('=10 000,00', 7, 300), row('Sdacha', 8), row('=2 850,00', 8, 300)];
    expect(single(extractFields({ segments: grocery }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '7150.00' });
  });
  it('reads dinars in thousandths when the key names the currency', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const patisserie = [row('PATISSERIE YASMINE SARL', 0), row('NET A PAYER', 5), row('42,950 DT', 5, 300), row('Rendu', 6), row('7,050', 6, 300)];
    expect(single(extractFields({ segments: patisserie }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '42.950', currency: 'TND' });
    resetIds();
    const coffee = [row('DARAT AL-QAHWA L.L.C.', 0, 10, 'COMPANY'), row('Sales Tax No.012345678', 1), row('Sub Total', 5), row('9.850', 5, 300), row('TOTAL JOD', 6), row('11.426', 6, 300, 'TOTAL', 0.99)];
    const fields = extractFields({ segments: coffee }, receipt);
    expect(single(fields.total)).toMatchObject({ value: '11.426', normalized: '11.426', currency: 'JOD' });
    expect(single(fields.address).value).toBeNull();
  });
  it('keeps a bank line out of the company and a pay-by date out of the date', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const invoice = [row('UAB Medzio Meistrai', 0), row('Savanoriu pr. 176', 2), row('LT-03154 Vilnius', 3), row('2026 m. lapkricio 18 d.', 4, 400), row('Apmoketi iki 2026-12-02', 20), row('A.s. LT12 7300 0101 2345 6789, AB Swedbank', 21)];
    expect(fieldValues(extractFields({ segments: invoice }, receipt, { mode: 'rules' }))).toMatchObject({ company: 'UAB MEDZIO MEISTRAI', date: '2026 M. LAPKRICIO 18', address: 'SAVANORIU PR. 176 LT-03154 VILNIUS' });
  });
  it('opens an address at a street over a postcode line that only a number hint claims, and at a city line with its postcode', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const taverna = [row('TAVERNA TO STEKI O.E.', 0), row('Adrianou 56', 2), row('10555 Athina', 3), row('AFM 099123456', 4)];
    expect(fieldValues(extractFields({ segments: taverna }, receipt, { mode: 'rules' })).address).toBe('ADRIANOU 56 10555 ATHINA');
    resetIds();
    const limassol = [row('KALAMIES FISH TAVERN LTD', 0, 10, 'COMPANY'), row('Amathountos Avenue 78', 1, 10, 'COMPANY', 0.6), row('4532 Agios Tychonas, Limassol', 2, 10, 'ADDRESS')];
    expect(fieldValues(extractFields({ segments: limassol }, receipt))).toMatchObject({ company: 'KALAMIES FISH TAVERN LTD', address: 'AMATHOUNTOS AVENUE 78 4532 AGIOS TYCHONAS, LIMASSOL' });
    resetIds();
    const kyiv = [row('TOV "KAVA NA PODOLI"', 0, 10, 'other', 0.8), row('vul. Petra Sahaidachnoho, 25', 1, 10, 'COMPANY', 0.6), row('m. Kyiv, 04070', 2, 10, 'ADDRESS')];
    expect(fieldValues(extractFields({ segments: kyiv }, receipt)).address).toBe('VUL. PETRA SAHAIDACHNOHO, 25 M. KYIV, 04070');
    resetIds();
    const sofia = [row('LOZENETS MARKET EOOD', 0, 10, 'COMPANY'), row('GR. SOFIA 1164', 1), row('UL.KRICHIM No 12', 2), row('EIK 204567891', 3)];
    expect(fieldValues(extractFields({ segments: sofia }, receipt)).address).toBe('GR. SOFIA 1164 UL.KRICHIM NO 12');
  });
  it('takes a line for the next of a block when the gap is half their mean height (a tall line over a short one)', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    // As the detector boxed them: 18 px and 22 px tall, 9 px apart.
    const box = (text: string, y0: number, y1: number, label: string, labelScore: number): FieldSegment => ({ ...seg(text, 0, 10, label, labelScore), points: [[95, y0], [414, y0], [414, y1], [95, y1]] });
    const ferreteria = [box('FERRETERIA LOS PRADOS S.R.L.', 29, 48, 'COMPANY', 0.6), box('Av. Winston Churchill No. 95', 71, 89, 'other', 0.95), box('Ens. Piantini, Santo Domingo, D.N.', 98, 120, 'ADDRESS', 0.98)];
    expect(fieldValues(extractFields({ segments: ferreteria }, receipt)).address).toBe('AV. WINSTON CHURCHILL NO. 95 ENS. PIANTINI, SANTO DOMINGO, D.N.');
  });
  it('takes a plot line for the address, a district over a postcode line, and leaves phone and ticket lines out', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const accra = [row('ADOM SUPERMARKET LTD', 0, 10, 'COMPANY'), row('Plot 14, Spintex Road', 1, 10, 'COMPANY', 0.6), row('Baatsona, Accra', 2, 10, 'ADDRESS')];
    expect(fieldValues(extractFields({ segments: accra }, receipt))).toMatchObject({ company: 'ADOM SUPERMARKET LTD', address: 'PLOT 14, SPINTEX ROAD BAATSONA, ACCRA' });
    resetIds();
    const dhaka = [row('SHAHI DASTARKHAN LIMITED', 0, 10, 'COMPANY'), row('House 27, Road 11', 1, 10, 'ADDRESS', 0.59), row('Banani', 2, 10, 'other', 0.76), row('Dhaka 1213', 3, 10, 'other', 0.66), row('BIN: 000123456-0101', 4)];
    expect(fieldValues(extractFields({ segments: dhaka }, receipt)).address).toBe('HOUSE 27, ROAD 11 BANANI DHAKA 1213');
    // A place line the model nearly labelled closes the run (a sure `other` does not).
    resetIds();
    const phnomPenh = (score: number): FieldSegment[] => [row('MEKONG BEAN COFFEE CO., LTD.', 0, 10, 'COMPANY'), row('No. 45, St. 240', 1, 10, 'ADDRESS', 0.98), row('Sangkat Chaktomuk, Khan Daun Penh', 2, 10, 'ADDRESS', 1), row('Phnom Penh', 3, 10, 'other', score)];
    expect(fieldValues(extractFields({ segments: phnomPenh(0.57) }, receipt)).address).toBe('NO. 45, ST. 240 SANGKAT CHAKTOMUK, KHAN DAUN PENH PHNOM PENH');
    resetIds();
    expect(fieldValues(extractFields({ segments: phnomPenh(0.99) }, receipt)).address).toBe('NO. 45, ST. 240 SANGKAT CHAKTOMUK, KHAN DAUN PENH');
    resetIds();
    const reykjavik = [row('Kaffi Lundi ehf.', 0), row('Laugavegur 42', 2, 10, 'ADDRESS'), row('101 Reykjavik', 3, 10, 'ADDRESS'), row('Simi 5512345', 4, 10, 'other', 0.99)];
    expect(fieldValues(extractFields({ segments: reykjavik }, receipt)).address).toBe('LAUGAVEGUR 42 101 REYKJAVIK');
    resetIds();
    const montevideo = [row('Farmacia Rambla S.R.L.', 0, 10, 'COMPANY'), row('Av. Brasil 2847 esq. Ellauri', 2), row('11300 Montevideo', 3), row('e-Ticket Serie A No. 0045127', 4)];
    expect(fieldValues(extractFields({ segments: montevideo }, receipt)).address).toBe('AV. BRASIL 2847 ESQ. ELLAURI 11300 MONTEVIDEO');
  });
  it('refuses a doubtful company line that address hints claim, and closes a plot line with its city', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    // The model labelled the street a company at 0.64 and left the name with its legal form out.
    const station = [row('Kgale Fuels (Pty) Ltd', 0, 10, 'other', 0.53), row('Plot 54366, Western Bypass', 1, 10, 'COMPANY', 0.64), row('Gaborone', 2, 10, 'other', 0.92), row('TOTAL P', 6), row('803.62', 6, 300, 'TOTAL', 0.99), row('Auth: 048213', 8)];
    expect(fieldValues(extractFields({ segments: station }, receipt))).toMatchObject({ company: 'KGALE FUELS (PTY) LTD', address: 'PLOT 54366, WESTERN BYPASS GABORONE' });
    // Sure of it, the model keeps its line.
    resetIds();
    const sure = [row('Kgale Fuels (Pty) Ltd', 0, 10, 'other', 0.53), row('Plot 54366, Western Bypass', 1, 10, 'COMPANY', 0.95), row('Gaborone', 2)];
    expect(fieldValues(extractFields({ segments: sure }, receipt)).company).toContain('PLOT 54366, WESTERN BYPASS');
  });
  it('takes a country-prefixed postcode after its city or before an abbreviated district, and leaves key-and-number lines out', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const teaHouse = [row('Qala Cay Evi MMC', 0, 10, 'other', 0.58), row('VOEN:1401234567', 1), row('Nizami kuc. 65, Sebail r-nu', 2, 10, 'ADDRESS', 0.98), row('Baki AZ1005', 3, 10, 'other', 0.91)];
    expect(fieldValues(extractFields({ segments: teaHouse }, receipt))).toMatchObject({ company: 'QALA CAY EVI MMC', address: 'NIZAMI KUC. 65, SEBAIL R-NU BAKI AZ1005' });
    resetIds();
    const printer = [row('TEHNO PRINT S.R.L.', 0), row('str. Stefan cel Mare 134, of. 12', 1), row('MD-2012, mun. Chisinau', 2), row('IDNO: 1003600123456', 3)];
    expect(fieldValues(extractFields({ segments: printer }, receipt, { mode: 'rules' })).address).toBe('STR. STEFAN CEL MARE 134, OF. 12 MD-2012, MUN. CHISINAU');
    // A key and one number-bearing token (a register or approval number) is no address; a CJK address after its key is.
    resetIds();
    const ids = [row('RESTAURANT LA TERANGA SARL', 0), row('RC: SN-DKR-2018-B-12345', 1)];
    expect(fieldValues(extractFields({ segments: ids }, receipt, { mode: 'rules' })).address).toBeNull();
    resetIds();
    const market = [row('好又多超市有限公司', 0), row('地址:广州市天河区天河路123号', 1)];
    expect(fieldValues(extractFields({ segments: market }, receipt, { mode: 'rules' })).address).toBe('广州市天河区天河路123号');
  });
  it('closes an address with a postcode and a two-letter town (`57000 KL`) the model left out', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const restaurant = [
      row('JIAWEI HOUSE', 0, 10, 'COMPANY', 0.98),
      row('13, JLN TASIK UTAMA 8', 1, 10, 'ADDRESS', 1),
      row('MEDAN NIAGA DAMAI SG BESI', 2, 10, 'ADDRESS', 1),
      row('57000 KL', 3, 10, 'other', 0.97),
      row('INVOICE', 5),
    ];
    expect(fieldValues(extractFields({ segments: restaurant }, receipt)).address).toBe('13, JLN TASIK UTAMA 8 MEDAN NIAGA DAMAI SG BESI 57000 KL');
  });
  it('reads whole units grouped by spaces on a page priced so, and dotted dinar marks', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const cheque = [row('"BARAKA SAVDO" MChJ', 0), row('Non patir', 3), row('6 000', 3, 300), row('Olma', 4), row('1,500 kgx 14 000', 5), row('21 000', 5, 300), row('Jami', 6), row('27 000', 6, 300), row("JAMI TO'LOV", 7), row('26 190', 7, 300), row('Naqd pul', 8), row('30 000', 8, 300), row('Qaytim', 9), row('3810', 9, 300)];
    expect(single(extractFields({ segments: cheque }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '26190' });
    resetIds();
    const falafel = [row('FALAFEL AL KHAIR CO. W.L.L.', 0), row('TOTAL K.D.', 5), row('5.900', 5, 300)];
    expect(single(extractFields({ segments: falafel }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '5.900', currency: 'KWD' });
  });
  it('takes the total its most specific key announces over a tax summary row whose key belongs to the price before it', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const hardware = [
      row('KEDAI PAPAN YEW CHUAN', 0),
      row('TOTAL SALES (EXCLUDING GST)', 5), row(':', 5, 260), row('381.50', 5, 300),
      row('TOTAL GST', 6), row(':', 6, 260), row('22.89', 6, 300),
      row('TOTAL SALES (INCLUSIVE OF GST)', 7), row(':', 7, 260), row('404.39', 7, 300),
      row('CASH', 8), row(':', 8, 260), row('404.39', 8, 300),
      row('GST SUMMARY', 10), row('TOTAL :', 11), row('381.50', 11, 200), row('22.89', 11, 300),
    ];
    expect(single(extractFields({ segments: hardware }, receipt, { mode: 'rules' }).total)).toMatchObject({ normalized: '404.39' });
  });
  it('keeps a business number line out of the address over it', async () => {
    const receipt = await loadDocumentSchema('receipt');
    resetIds();
    const bakery = [row('HANGANG BAKERY', 0, 10, 'other', 0.62), row('Business No.123-45-67890', 1, 10, 'other', 0.92), row('12, Teheran-ro 4-gil, Gangnam-gu', 2, 10, 'ADDRESS', 1), row('Seoul 06236', 3)];
    expect(fieldValues(extractFields({ segments: bakery }, receipt)).address).toBe('12, TEHERAN-RO 4-GIL, GANGNAM-GU SEOUL 06236');
  });
});
