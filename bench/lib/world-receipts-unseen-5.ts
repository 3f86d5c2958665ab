/**
 * A fifth held-out set: twelve receipts and invoices drawn in the twentieth
 * round after that round's changes, read once as they were (docs/receipts.md).
 * They come from places none of the earlier sets visit, several in mixed case
 * or with the date at the bottom, and one with no address printed at all: a
 * Greek taverna, an Israeli cafe, a Lima minimarket, a Colombo restaurant, an
 * Edinburgh chip shop, a Vermont hardware store, a Selangor kopitiam, a
 * Singapore taxi, a Bergen consultancy's invoice, a Salzburg inn, a Montreal
 * grocery and a Quezon City drugstore.
 * `npm run bench:receipts-world -- --unseen-5` reads them.
 */
import type { WorldReceipt } from './world-receipts.js';

export const UNSEEN_RECEIPTS_5: readonly WorldReceipt[] = [
  {
    name: 'gr-taverna', what: 'Greek taverna in Latin letters: O.E., street then 105 55 Athina, AFM and DOY line, table and day-first date, SYNOLO in euro, METRITA and RESTA, FPA after them',
    lines: [['TAVERNA TO STEKI O.E.', 120, 30, 24, true], ['Adrianou 56', 200, 76, 20], ['105 55 Athina', 190, 104, 20], ['AFM 099123456  DOY A ATHINON', 120, 132, 18], ['Tel 210 3212345', 185, 158, 18],
      ['TRAPEZI 9  03/10/2026 21:15', 40, 205, 20], ['2 MOUSAKAS', 40, 250, 20], ['25,00', 410, 250, 20], ['1 HORIATIKI SALATA', 40, 280, 20], ['9,50', 420, 280, 20], ['1 KRASI 500ML', 40, 310, 20], ['7,00', 420, 310, 20],
      ['SYNOLO', 40, 355, 24, true], ['41,50 €', 385, 355, 24, true], ['METRITA', 40, 395, 20], ['50,00', 410, 395, 20], ['RESTA', 40, 425, 20], ['8,50', 420, 425, 20], ['FPA 13%', 40, 465, 18], ['4,77', 420, 465, 18]],
    expected: { company: 'TAVERNA TO STEKI O.E.', date: '2026-10-03', address: 'ADRIANOU 56 105 55 ATHINA', total: '41.50' },
  },
  {
    name: 'il-cafe', what: 'Israeli cafe in Latin transliteration: Ltd. and its company number, boulevard then Tel Aviv 7-digit postcode, two-digit year, TOTAL NIS, VAT 18% included and card after it',
    lines: [['CAFE NAHALAT LTD.', 145, 30, 24, true], ['Company No. 515123456', 155, 76, 18], ['Rothschild Blvd 22', 160, 102, 20], ['Tel Aviv 6688218', 170, 130, 20], ['Tel 03-5601234', 190, 158, 18],
      ['16/09/26 09:40  Cashier: Dana', 40, 205, 20], ['SHAKSHUKA', 40, 250, 20], ['54.00', 410, 250, 20], ['CAPPUCCINO X2', 40, 280, 20], ['32.00', 410, 280, 20], ['FRESH ORANGE JUICE', 40, 310, 20], ['22.00', 410, 310, 20],
      ['TOTAL NIS', 40, 355, 24, true], ['108.00', 395, 355, 24, true], ['VAT 18% INCLUDED', 40, 395, 20], ['16.47', 410, 395, 20], ['CREDIT VISA ****4410', 40, 425, 20], ['108.00', 400, 425, 20]],
    expected: { company: 'CAFE NAHALAT LTD.', date: '2026-09-16', address: 'ROTHSCHILD BLVD 22 TEL AVIV 6688218', total: '108.00' },
  },
  {
    name: 'pe-minimarket', what: 'Peruvian minimarket: S.A.C., RUC, Av. then district - Lima, BOLETA DE VENTA ELECTRONICA and its series, FECHA EMISION, OP. GRAVADA and IGV 18% before IMPORTE TOTAL S/, EFECTIVO and VUELTO',
    lines: [['MINIMARKET SAN ISIDRO S.A.C.', 90, 30, 22, true], ['RUC 20512345678', 185, 70, 18], ['Av. Jose Larco 812', 160, 96, 20], ['Miraflores - Lima', 165, 124, 20],
      ['BOLETA DE VENTA ELECTRONICA', 125, 160, 18], ['B001-00012345', 195, 184, 18], ['FECHA EMISION: 28/10/2026 18:22', 40, 222, 18],
      ['ARROZ COSTENO 5KG', 40, 260, 18], ['24.90', 410, 260, 18], ['ACEITE PRIMOR 1L', 40, 286, 18], ['11.50', 410, 286, 18], ['LECHE GLORIA X3', 40, 312, 18], ['9.20', 420, 312, 18],
      ['OP. GRAVADA', 40, 350, 18], ['38.64', 410, 350, 18], ['IGV 18%', 40, 376, 18], ['6.96', 420, 376, 18], ['IMPORTE TOTAL S/', 40, 410, 22, true], ['45.60', 405, 410, 22, true],
      ['EFECTIVO', 40, 448, 18], ['50.00', 410, 448, 18], ['VUELTO', 40, 474, 18], ['4.40', 420, 474, 18]],
    expected: { company: 'MINIMARKET SAN ISIDRO S.A.C.', date: '2026-10-28', address: 'AV. JOSE LARCO 812 MIRAFLORES - LIMA', total: '45.60' },
  },
  {
    name: 'lk-restaurant', what: 'Sri Lankan restaurant: (PVT) LTD, No. and Galle Road with commas, Colombo 03, phone and VAT Reg No, bill and table line, comma thousands, service charge 10% and VAT 18% before NET TOTAL Rs., CASH and BALANCE',
    lines: [['CEYLON SPICE HOUSE (PVT) LTD', 90, 30, 22, true], ['No. 42, Galle Road,', 155, 70, 20], ['Colombo 03', 205, 98, 20], ['Tel: 011 2581234', 180, 126, 18], ['VAT Reg No 114567890-7000', 135, 150, 18],
      ['Bill No 10482   Table 6', 40, 195, 18], ['Date 05/12/2026  20:05', 40, 221, 18],
      ['RICE & CURRY CHICKEN', 40, 260, 18], ['1,450.00', 390, 260, 18], ['CHICKEN KOTTU', 40, 286, 18], ['1,200.00', 390, 286, 18], ['KING COCONUT X2', 40, 312, 18], ['600.00', 400, 312, 18],
      ['SUB TOTAL', 40, 350, 18], ['3,250.00', 390, 350, 18], ['SERVICE CHARGE 10%', 40, 376, 18], ['325.00', 400, 376, 18], ['VAT 18%', 40, 402, 18], ['643.50', 400, 402, 18],
      ['NET TOTAL Rs.', 40, 436, 22, true], ['4,218.50', 375, 436, 22, true], ['CASH', 40, 474, 18], ['5,000.00', 390, 474, 18], ['BALANCE', 40, 500, 18], ['781.50', 400, 500, 18]],
    expected: { company: 'CEYLON SPICE HOUSE (PVT) LTD', date: '2026-12-05', address: 'NO. 42, GALLE ROAD, COLOMBO 03', total: '4218.50' },
  },
  {
    name: 'gb-sct-chippy', what: 'Edinburgh chip shop in mixed case: name with The and no Ltd, street and EH postcode, phone and VAT Reg No, pound signs, Cash and Change after the total, server and date at the bottom',
    lines: [['The Golden Haddock', 130, 30, 26, true], ['14 Rose Street', 185, 76, 20], ['Edinburgh EH2 2PR', 165, 104, 20], ['Tel: 0131 225 4477', 170, 132, 18], ['VAT Reg No: 312 4567 21', 145, 156, 18],
      ['Haddock Supper', 40, 205, 20], ['£9.80', 405, 205, 20], ['Scotch Pie', 40, 235, 20], ['£2.60', 405, 235, 20], ['Irn Bru 330ml', 40, 265, 20], ['£1.50', 405, 265, 20], ['Mushy Peas', 40, 295, 20], ['£1.90', 405, 295, 20],
      ['Total', 40, 345, 24, true], ['£15.80', 390, 345, 24, true], ['Cash', 40, 385, 20], ['£20.00', 395, 385, 20], ['Change', 40, 415, 20], ['£4.20', 405, 415, 20],
      ['Served by: Callum', 40, 460, 18], ['14/11/2026  18:47', 175, 495, 18]],
    expected: { company: 'THE GOLDEN HADDOCK', date: '2026-11-14', address: '14 ROSE STREET EDINBURGH EH2 2PR', total: '15.80' },
  },
  {
    name: 'us-hardware', what: 'Vermont hardware store in mixed case: Co., street and city with state, phone and store number under the address, SKU lines and a 2 @ line, sales tax 6%, CASH and CHANGE, month-first two-digit-year date at the bottom',
    lines: [['Green Mountain Hardware Co.', 80, 28, 24, true], ['188 Pine Street', 175, 72, 20], ['Burlington, VT 05401', 150, 100, 20], ['(802) 555-0137', 190, 128, 18], ['Store #12', 215, 152, 18],
      ['DECK SCREWS 5LB  SKU 40221', 40, 195, 18], ['34.99', 410, 195, 18], ['PAINT ROLLER KIT  SKU 11873', 40, 221, 18], ['12.49', 410, 221, 18], ['2 @ 3.49 WD-40 8OZ', 40, 247, 18], ['6.98', 420, 247, 18],
      ['SUBTOTAL', 40, 290, 20], ['54.46', 410, 290, 20], ['SALES TAX 6.0%', 40, 318, 20], ['3.27', 420, 318, 20], ['TOTAL', 40, 355, 24, true], ['$57.73', 385, 355, 24, true],
      ['CASH', 40, 395, 20], ['60.00', 410, 395, 20], ['CHANGE', 40, 423, 20], ['2.27', 420, 423, 20], ['3 ITEMS   CASHIER: MIKE', 40, 462, 18], ['10/09/26 11:26 AM  TRANS 5521', 40, 492, 18]],
    expected: { company: 'GREEN MOUNTAIN HARDWARE CO.', date: '2026-10-09', address: '188 PINE STREET BURLINGTON, VT 05401', total: '57.73' },
  },
  {
    name: 'my-kopitiam', what: 'Selangor kopitiam in SROIE style: SDN BHD with its registration number on its own line, NO. and JALAN with commas, postcode and town, SELANGOR, TEL, CASH BILL, quantity @ unit price lines, ROUNDING, CASH and CHANGE',
    lines: [['RESTORAN WONG KEE SDN BHD', 105, 24, 22, true], ['(1145230-A)', 205, 54, 18], ['NO. 12, JALAN SS 2/55,', 150, 78, 18], ['47300 PETALING JAYA,', 160, 102, 18], ['SELANGOR', 220, 126, 18], ['TEL: 03-7875 1234', 175, 150, 18],
      ['CASH BILL', 210, 182, 20, true], ['INV NO: CS00128841', 40, 214, 18], ['DATE: 02/12/2026 08:14', 40, 240, 18],
      ['2 X KOPI O PENG @ 2.80', 40, 278, 18], ['5.60', 420, 278, 18], ['1 X ROTI BAKAR @ 3.50', 40, 304, 18], ['3.50', 420, 304, 18], ['1 X NASI LEMAK AYAM @ 9.95', 40, 330, 18], ['9.95', 420, 330, 18],
      ['SUB TOTAL', 40, 366, 18], ['19.05', 410, 366, 18], ['ROUNDING', 40, 392, 18], ['0.00', 420, 392, 18], ['TOTAL', 40, 424, 22, true], ['19.05', 405, 424, 22, true],
      ['CASH', 40, 460, 18], ['50.00', 410, 460, 18], ['CHANGE', 40, 486, 18], ['30.95', 410, 486, 18], ['THANK YOU. PLEASE COME AGAIN', 120, 518, 18]],
    expected: { company: 'RESTORAN WONG KEE SDN BHD', date: '2026-12-02', address: 'NO. 12, JALAN SS 2/55, 47300 PETALING JAYA, SELANGOR', total: '19.05' },
  },
  {
    name: 'sg-taxi', what: 'Singapore taxi receipt: PTE LTD with UEN and hotline but no address printed, vehicle number, start and end times, meter fare, peak surcharge and ERP before TOTAL FARE, card after it',
    lines: [['LION CITY TAXI PTE LTD', 115, 30, 24, true], ['UEN 201912345K', 185, 74, 18], ['Hotline: 6555 8888', 170, 100, 18], ['TAXI RECEIPT', 195, 140, 20, true],
      ['Vehicle No: SHC 1234Z', 40, 180, 20], ['Date: 25/11/2026', 40, 208, 20], ['Start: 08:12  End: 08:41', 40, 236, 20], ['Distance: 14.6 km', 40, 264, 20],
      ['Meter Fare', 40, 310, 20], ['$16.20', 400, 310, 20], ['Peak Period 25%', 40, 338, 20], ['$4.05', 410, 338, 20], ['ERP', 40, 366, 20], ['$1.00', 410, 366, 20],
      ['TOTAL FARE', 40, 405, 24, true], ['$21.25', 390, 405, 24, true], ['PAID BY MASTERCARD', 40, 445, 20], ['$21.25', 400, 445, 20], ['Thank you for riding with us', 40, 490, 18]],
    expected: { company: 'LION CITY TAXI PTE LTD', date: '2026-11-25', address: null, total: '21.25' },
  },
  {
    name: 'no-faktura', what: "Norwegian consultancy invoice on a wide page: AS, street then 4-digit postcode and Bergen, Org.nr with MVA, FAKTURA with its number and dates right, Kunde block, space-grouped thousands with decimal commas, Totalt NOK, account line under it",
    page: { width: 760, height: 620 },
    lines: [['Fjordlys Konsult AS', 40, 30, 26, true], ['Bryggen 15', 40, 68, 20], ['5003 Bergen', 40, 94, 20], ['Org.nr. 912 345 678 MVA', 40, 120, 18],
      ['FAKTURA', 560, 30, 28, true], ['Fakturanr.: 2026-0457', 500, 74, 18], ['Fakturadato: 19.11.2026', 500, 98, 18], ['Forfallsdato: 03.12.2026', 500, 122, 18],
      ['Kunde:', 40, 180, 20, true], ['Havbruk Nord AS', 40, 206, 20], ['Strandgata 8', 40, 232, 20], ['9008 Tromso', 40, 258, 20],
      ['Beskrivelse', 40, 310, 20, true], ['Belop', 620, 310, 20, true], ['Radgivning oktober, 12 timer', 40, 345, 20], ['13 200,00', 590, 345, 20], ['Reisekostnader', 40, 375, 20], ['1 850,00', 600, 375, 20],
      ['Sum eks. mva', 440, 430, 20], ['15 050,00', 590, 430, 20], ['MVA 25%', 440, 460, 20], ['3 762,50', 600, 460, 20], ['Totalt NOK', 440, 500, 24, true], ['18 812,50', 580, 500, 24, true],
      ['Kontonr. 1503 12 34567  KID 20260457', 40, 560, 18]],
    expected: { company: 'FJORDLYS KONSULT AS', date: '2026-11-19', address: 'BRYGGEN 15 5003 BERGEN', total: '18812.50' },
  },
  {
    name: 'at-gasthaus', what: 'Austrian inn in mixed case: GmbH, Gasse and 4-digit postcode, UID ATU and phone, Rechnung Nr. with table, Summe EUR then two included USt rates and Bankomat, Datum at the bottom',
    lines: [['Gasthaus Zum Hirschen GmbH', 88, 28, 24, true], ['Getreidegasse 22', 172, 72, 20], ['5020 Salzburg', 190, 100, 20], ['UID: ATU12345678', 180, 128, 18], ['Tel. +43 662 841234', 165, 152, 18],
      ['Rechnung Nr. 2026/8812   Tisch 4', 40, 195, 18], ['2 Wiener Schnitzel', 40, 235, 18], ['39,80', 410, 235, 18], ['1 Apfelstrudel', 40, 261, 18], ['6,90', 420, 261, 18],
      ['2 Gruener Veltliner 1/8', 40, 287, 18], ['9,60', 420, 287, 18], ['2 Wiener Melange', 40, 313, 18], ['9,80', 420, 313, 18],
      ['Summe EUR', 40, 355, 24, true], ['66,10', 400, 355, 24, true], ['inkl. 10% USt', 40, 395, 18], ['4,25', 420, 395, 18], ['inkl. 20% USt', 40, 421, 18], ['3,23', 420, 421, 18],
      ['Bankomat', 40, 455, 20], ['66,10', 410, 455, 20], ['Datum: 29.11.2026  13:52', 40, 500, 18]],
    expected: { company: 'GASTHAUS ZUM HIRSCHEN GMBH', date: '2026-11-29', address: 'GETREIDEGASSE 22 5020 SALZBURG', total: '66.10' },
  },
  {
    name: 'ca-epicerie', what: 'Montreal grocery in French without accents: INC., number and comma before rue, Montreal (Quebec) postcode, TPS and TVQ numbers, year-first date, taxable flag T, SOUS-TOTAL, TPS and TVQ before TOTAL with the dollar sign after, DEBIT',
    lines: [['EPICERIE DU PLATEAU INC.', 100, 30, 24, true], ['1250, rue Saint-Denis', 145, 76, 20], ['Montreal (Quebec) H2X 3J6', 123, 104, 20], ['TPS: 123456789 RT0001', 155, 132, 18], ['TVQ: 1234567890 TQ0001', 150, 156, 18],
      ['2026-10-17  16:32', 40, 200, 20], ['PAIN DE MENAGE', 40, 245, 20], ['4,29', 420, 245, 20], ['FROMAGE OKA 200G', 40, 275, 20], ['12,99', 410, 275, 20], ['SAVON VAISSELLE  T', 40, 305, 20], ['5,49', 420, 305, 20],
      ['SOUS-TOTAL', 40, 350, 20], ['22,77', 410, 350, 20], ['TPS 5%', 40, 378, 20], ['0,27', 420, 378, 20], ['TVQ 9,975%', 40, 406, 20], ['0,55', 420, 406, 20],
      ['TOTAL', 40, 445, 24, true], ['23,59 $', 385, 445, 24, true], ['DEBIT', 40, 485, 20], ['23,59 $', 395, 485, 20]],
    expected: { company: 'EPICERIE DU PLATEAU INC.', date: '2026-10-17', address: '1250, RUE SAINT-DENIS MONTREAL (QUEBEC) H2X 3J6', total: '23.59' },
  },
  {
    name: 'ph-pharmacy', what: 'Philippine drugstore: INC., VAT REG TIN, Ave. and Brgy., Quezon City, Metro Manila and 4-digit ZIP, SI No, month-first date, VATable Sales and VAT 12% before AMOUNT DUE in PHP, CASH and CHANGE',
    lines: [['SAMPAGUITA DRUGSTORE INC.', 95, 30, 24, true], ['VAT REG TIN: 123-456-789-000', 120, 74, 18], ['123 Rizal Ave., Brgy. 45', 130, 100, 20], ['Quezon City, Metro Manila 1100', 95, 128, 20],
      ['SI No: 0048213', 40, 175, 20], ['Date: 11/26/2026 3:15 PM', 40, 203, 20], ['BIOGESIC 500MG X10', 40, 250, 20], ['45.00', 410, 250, 20], ['ASCORBIC ACID 500MG X20', 40, 280, 20], ['130.00', 400, 280, 20],
      ['ISOPROPYL ALCOHOL 500ML', 40, 310, 20], ['89.75', 410, 310, 20], ['VATable Sales', 40, 355, 20], ['236.38', 400, 355, 20], ['VAT 12%', 40, 383, 20], ['28.37', 410, 383, 20],
      ['AMOUNT DUE', 40, 420, 24, true], ['PHP 264.75', 345, 420, 24, true], ['CASH', 40, 460, 20], ['300.00', 400, 460, 20], ['CHANGE', 40, 488, 20], ['35.25', 410, 488, 20]],
    expected: { company: 'SAMPAGUITA DRUGSTORE INC.', date: '2026-11-26', address: '123 RIZAL AVE., BRGY. 45 QUEZON CITY, METRO MANILA 1100', total: '264.75' },
  },
];
