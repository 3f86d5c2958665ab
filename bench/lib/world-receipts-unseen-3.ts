/**
 * A third held-out set: twelve receipts drawn in the nineteenth round before
 * any change of that round and read once as they were (docs/receipts.md):
 * a Malaysian cafe of today (SST, not SROIE's GST), Romania, Hungary, Chile,
 * Morocco, Pakistan, Denmark, a second Chinese restaurant, a US restaurant
 * slip with blank tip lines, an Australian supermarket with a two-digit year,
 * a German fuel station and a Finnish cafe.
 * `npm run bench:receipts-world -- --unseen-3` reads them. Text is ASCII or
 * Chinese, what the bundled OCR model reads.
 */
import type { WorldReceipt } from './world-receipts.js';

export const UNSEEN_RECEIPTS_3: readonly WorldReceipt[] = [
  {
    name: 'my-cafe-sst', what: 'Malaysian cafe after GST: SDN. BHD. with dots, SST 6%, rounding adjustment, Total (RM)',
    lines: [['KOPI KAWAN SDN. BHD.', 120, 30, 24, true], ['(1234567-K)', 190, 62, 18], ['No. 8, Jalan Bukit Bintang,', 90, 88, 20], ['55100 Kuala Lumpur', 150, 116, 20],
      ['SST ID: W10-1808-32000123', 100, 144, 18], ['Date: 21-11-2026 10:42', 40, 190, 20], ['KOPI O PENG', 40, 240, 20], ['4.50', 420, 240, 20], ['ROTI BAKAR', 40, 275, 20], ['5.90', 420, 275, 20], ['NASI LEMAK', 40, 310, 20], ['7.00', 420, 310, 20],
      ['Subtotal', 40, 360, 20], ['17.40', 410, 360, 20], ['SST 6%', 40, 390, 20], ['1.04', 420, 390, 20], ['Rounding Adj', 40, 420, 20], ['0.01', 420, 420, 20],
      ['Total (RM)', 40, 460, 24, true], ['18.45', 400, 460, 24, true], ['Cash', 40, 500, 20], ['20.00', 410, 500, 20]],
    expected: { company: 'KOPI KAWAN SDN. BHD.', date: '2026-11-21', address: 'NO. 8, JALAN BUKIT BINTANG, 55100 KUALA LUMPUR', total: '18.45' },
  },
  {
    name: 'ro-market', what: 'Romanian grocery: S.C. ... S.R.L., Str. and nr., Bucuresti with its sector, CUI RO, TOTAL LEI with a decimal comma',
    lines: [['S.C. PIATA VERDE S.R.L.', 110, 30, 24, true], ['Str. Victoriei nr. 10', 150, 76, 20], ['Bucuresti, Sector 1', 150, 104, 20], ['CUI RO12345678', 160, 132, 20],
      ['21.11.2026 18:03', 40, 190, 20], ['PAINE ALBA', 40, 240, 20], ['4,50', 420, 240, 20], ['LAPTE 1L', 40, 275, 20], ['7,90', 420, 275, 20], ['BRANZA TELEMEA', 40, 310, 20], ['33,10', 410, 310, 20],
      ['TOTAL LEI', 40, 370, 24, true], ['45,50', 400, 370, 24, true], ['NUMERAR', 40, 415, 20], ['50,00', 410, 415, 20], ['REST', 40, 450, 20], ['4,50', 420, 450, 20]],
    expected: { company: 'S.C. PIATA VERDE S.R.L.', date: '2026-11-21', address: 'STR. VICTORIEI NR. 10 BUCURESTI, SECTOR 1', total: '45.50' },
  },
  {
    name: 'hu-pekseg', what: 'Hungarian bakery without accents: KFT., postcode and city before the street, year-first dotted date, OSSZESEN in forint with a space for thousands',
    lines: [['ARANY KALASZ PEKSEG KFT.', 100, 30, 24, true], ['1052 Budapest, Vaci utca 5.', 100, 76, 20], ['Adoszam: 12345678-2-41', 120, 104, 20],
      ['2026.11.21. 07:55', 40, 170, 20], ['KIFLI', 40, 220, 20], ['150', 430, 220, 20], ['KAKAOS CSIGA', 40, 255, 20], ['650', 430, 255, 20], ['KENYER 1KG', 40, 290, 20], ['1 650', 415, 290, 20],
      ['OSSZESEN', 40, 350, 24, true], ['2 450 Ft', 390, 350, 24, true], ['KESZPENZ', 40, 395, 20], ['3 000 Ft', 390, 395, 20], ['VISSZAJARO', 40, 430, 20], ['550 Ft', 400, 430, 20]],
    expected: { company: 'ARANY KALASZ PEKSEG KFT.', date: '2026-11-21', address: '1052 BUDAPEST, VACI UTCA 5.', total: '2450' },
  },
  {
    name: 'cl-farmacia', what: 'Chilean pharmacy: SpA, RUT with dots, Av. with a number and Santiago, pesos with dot thousands and no decimals',
    lines: [['FARMACIA ANDINA SPA', 120, 30, 24, true], ['RUT 76.123.456-7', 160, 76, 20], ['Av. Providencia 1234', 140, 104, 20], ['Providencia, Santiago', 140, 132, 20],
      ['21-11-2026 11:20', 40, 190, 20], ['PARACETAMOL 500MG', 40, 240, 20], ['2.490', 410, 240, 20], ['VITAMINA C', 40, 275, 20], ['6.500', 410, 275, 20], ['PROTECTOR SOLAR', 40, 310, 20], ['4.000', 410, 310, 20],
      ['TOTAL', 40, 370, 24, true], ['$ 12.990', 370, 370, 24, true], ['EFECTIVO', 40, 415, 20], ['$ 15.000', 380, 415, 20], ['VUELTO', 40, 450, 20], ['$ 2.010', 390, 450, 20]],
    expected: { company: 'FARMACIA ANDINA SPA', date: '2026-11-21', address: 'AV. PROVIDENCIA 1234 PROVIDENCIA, SANTIAGO', total: '12990' },
  },
  {
    name: 'ma-cafe', what: 'Moroccan cafe in French: SARL, Bd, Casablanca 20000, ICE, TOTAL TTC with DH after the amount',
    lines: [['CAFE ATLAS SARL', 150, 30, 26, true], ['12 Bd Mohammed V', 160, 78, 20], ['Casablanca 20000', 160, 106, 20], ['ICE 001234567000089', 120, 134, 20],
      ['21/11/2026 09:30', 40, 190, 20], ['CAFE NOIR', 40, 240, 20], ['12,00', 410, 240, 20], ['THE A LA MENTHE', 40, 275, 20], ['15,00', 410, 275, 20], ['MSEMEN', 40, 310, 20], ['8,00', 420, 310, 20],
      ['TOTAL HT', 40, 360, 20], ['29,17', 410, 360, 20], ['TVA 20%', 40, 390, 20], ['5,83', 420, 390, 20], ['TOTAL TTC', 40, 430, 24, true], ['35,00 DH', 370, 430, 24, true],
      ['ESPECES', 40, 475, 20], ['50,00 DH', 380, 475, 20], ['RENDU', 40, 505, 20], ['15,00 DH', 380, 505, 20]],
    expected: { company: 'CAFE ATLAS SARL', date: '2026-11-21', address: '12 BD MOHAMMED V CASABLANCA 20000', total: '35.00' },
  },
  {
    name: 'pk-restaurant', what: 'Pakistani restaurant: (Pvt) Ltd, shop and block in Clifton, Karachi, NTN, day-month-name date, Grand Total Rs. after GST',
    lines: [['KARACHI GRILL (PVT) LTD', 100, 30, 24, true], ['Shop 4, Block 2, Clifton', 120, 76, 20], ['Karachi', 210, 104, 20], ['NTN: 1234567-8', 170, 132, 20],
      ['21-Nov-2026 20:45', 40, 190, 20], ['CHICKEN TIKKA', 40, 240, 20], ['950', 430, 240, 20], ['NAAN X2', 40, 275, 20], ['120', 430, 275, 20], ['LASSI', 40, 310, 20], ['250', 430, 310, 20],
      ['Sub Total', 40, 360, 20], ['1,320', 410, 360, 20], ['GST 16%', 40, 390, 20], ['211', 430, 390, 20], ['Grand Total', 40, 430, 24, true], ['Rs. 1,531', 360, 430, 24, true]],
    expected: { company: 'KARACHI GRILL (PVT) LTD', date: '2026-11-21', address: 'SHOP 4, BLOCK 2, CLIFTON KARACHI', total: '1531' },
  },
  {
    name: 'dk-kiosk', what: 'Danish kiosk: ApS, -gade street, 1620 Kobenhavn V, CVR, I ALT DKK and MOMS below it, kl. before the time',
    lines: [['NORREBRO KIOSK APS', 130, 30, 24, true], ['Vesterbrogade 12', 170, 76, 20], ['1620 Kobenhavn V', 170, 104, 20], ['CVR 12345678', 180, 132, 20],
      ['21-11-2026 kl. 14:32', 40, 190, 20], ['KAFFE', 40, 240, 20], ['32,00', 410, 240, 20], ['SMORREBROD', 40, 275, 20], ['55,50', 410, 275, 20],
      ['I ALT DKK', 40, 335, 24, true], ['87,50', 400, 335, 24, true], ['Heraf moms', 40, 375, 20], ['17,50', 410, 375, 20], ['DANKORT', 40, 410, 20], ['87,50', 410, 410, 20]],
    expected: { company: 'NORREBRO KIOSK APS', date: '2026-11-21', address: 'VESTERBROGADE 12 1620 KOBENHAVN V', total: '87.50' },
  },
  {
    name: 'cn-restaurant', what: 'Chinese restaurant: 地址 and 电话 keys, 2026年11月21日, subtotal and discount before 实付金额',
    lines: [['上海老饭店', 180, 30, 26, true], ['地址：上海市黄浦区福佑路242号', 70, 78, 20], ['电话：021-63111777', 130, 106, 20],
      ['日期：2026年11月21日 12:30', 60, 160, 20], ['红烧肉', 40, 210, 20], ['68.00', 410, 210, 20], ['清蒸鱼', 40, 245, 20], ['88.00', 410, 245, 20], ['米饭', 40, 280, 20], ['6.00', 420, 280, 20],
      ['小计', 40, 330, 20], ['162.00', 400, 330, 20], ['优惠', 40, 360, 20], ['-12.00', 400, 360, 20], ['实付金额', 40, 400, 24, true], ['150.00', 390, 400, 24, true], ['支付宝', 40, 445, 20], ['150.00', 400, 445, 20]],
    expected: { company: '上海老饭店', date: '2026-11-21', address: '上海市黄浦区福佑路242号', total: '150.00' },
  },
  {
    name: 'us-tip-slip', what: 'US restaurant card slip: blank TIP and TOTAL lines to fill in below the printed amount, AMOUNT as the key',
    lines: [['OLIVE & VINE TRATTORIA', 110, 30, 24, true], ['88 Broad Street', 180, 76, 20], ['Boston, MA 02110', 170, 104, 20], ['(617) 555-0142', 180, 132, 20],
      ['11/21/2026 8:14 PM', 40, 180, 20], ['SERVER: MARCO', 40, 210, 20], ['VISA XXXXXXXXXXXX4821', 40, 250, 20], ['AUTH: 093412', 40, 280, 20],
      ['AMOUNT', 40, 330, 24, true], ['$64.80', 390, 330, 24, true], ['TIP', 40, 380, 22], ['__________', 330, 380, 22], ['TOTAL', 40, 430, 22], ['__________', 330, 430, 22],
      ['X______________________', 60, 490, 20]],
    expected: { company: 'OLIVE & VINE TRATTORIA', date: '2026-11-21', address: '88 BROAD STREET BOSTON, MA 02110', total: '64.80' },
  },
  {
    name: 'au-supermarket', what: 'Australian supermarket: PTY LTD, ABN, Shop and St, Sydney NSW 2000, two-digit year, TOTAL then EFTPOS',
    lines: [['FRESHWAY SUPERMARKETS PTY LTD', 60, 30, 22, true], ['ABN 12 345 678 901', 150, 62, 20], ['Shop 12, 100 George St', 120, 90, 20], ['Sydney NSW 2000', 160, 118, 20],
      ['21/11/26 15:02', 40, 180, 20], ['BANANAS 1.02KG', 40, 230, 20], ['3.57', 420, 230, 20], ['MILK 2L', 40, 265, 20], ['3.10', 420, 265, 20], ['SOURDOUGH LOAF', 40, 300, 20], ['6.50', 420, 300, 20],
      ['TOTAL', 40, 360, 24, true], ['$13.17', 390, 360, 24, true], ['EFTPOS', 40, 405, 20], ['$13.17', 400, 405, 20], ['INCLUDES GST', 40, 440, 20], ['$0.59', 410, 440, 20]],
    expected: { company: 'FRESHWAY SUPERMARKETS PTY LTD', date: '2026-11-21', address: 'SHOP 12, 100 GEORGE ST SYDNEY NSW 2000', total: '13.17' },
  },
  {
    name: 'de-tankstelle', what: 'German fuel station: GmbH & Co. KG, Str. abbreviated, two-digit year, litres and price per litre, Gesamt EUR, Bar and Rueckgeld',
    lines: [['STERN TANK GMBH & CO. KG', 100, 30, 24, true], ['Bahnhofstr. 5', 190, 76, 20], ['80335 Muenchen', 180, 104, 20], ['St.-Nr. 143/123/45678', 130, 132, 20],
      ['21.11.26 08:12', 40, 190, 20], ['SUPER E10 SAEULE 3', 40, 240, 20], ['35,20 L x 1,729 EUR/L', 40, 270, 20], ['60,86', 410, 270, 20], ['KAFFEE', 40, 305, 20], ['2,50', 420, 305, 20],
      ['Gesamt EUR', 40, 360, 24, true], ['63,36', 400, 360, 24, true], ['Bar', 40, 405, 20], ['70,00', 410, 405, 20], ['Rueckgeld', 40, 440, 20], ['6,64', 420, 440, 20], ['MwSt 19%', 40, 475, 20], ['10,12', 410, 475, 20]],
    expected: { company: 'STERN TANK GMBH & CO. KG', date: '2026-11-21', address: 'BAHNHOFSTR. 5 80335 MUENCHEN', total: '63.36' },
  },
  {
    name: 'fi-kahvila', what: 'Finnish cafe without umlauts: Oy, -tie street, 00100 Helsinki, Y-tunnus, YHTEENSA EUR',
    lines: [['KAHVILA KORPPI OY', 140, 30, 24, true], ['Mannerheimintie 10', 160, 76, 20], ['00100 Helsinki', 180, 104, 20], ['Y-tunnus 1234567-8', 150, 132, 20],
      ['21.11.2026 13:47', 40, 190, 20], ['KAHVI', 40, 240, 20], ['3,20', 420, 240, 20], ['KORVAPUUSTI', 40, 275, 20], ['4,50', 420, 275, 20], ['LOHIKEITTO', 40, 310, 20], ['14,90', 410, 310, 20],
      ['YHTEENSA EUR', 40, 370, 24, true], ['22,60', 400, 370, 24, true], ['KORTTI', 40, 415, 20], ['22,60', 410, 415, 20], ['ALV 14%', 40, 450, 20], ['2,78', 420, 450, 20]],
    expected: { company: 'KAHVILA KORPPI OY', date: '2026-11-21', address: 'MANNERHEIMINTIE 10 00100 HELSINKI', total: '22.60' },
  },
];
