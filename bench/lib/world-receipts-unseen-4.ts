/**
 * A fourth held-out set: twelve receipts and invoices drawn in the nineteenth
 * round after the third set's changes, read once as they were
 * (docs/receipts.md). Unlike the earlier sets they print the currency signs
 * their countries use even where the OCR's character set lacks them (`£`,
 * `€`), and several have the longer layouts of chain stores: a US
 * supermarket with the date at the bottom, a UK supermarket, an Indonesian
 * restaurant, a French bakery, a Spanish restaurant, an Indian pharmacy, a
 * Los Angeles parking garage, a Vancouver restaurant, a Czech grocery, a
 * London design studio's invoice, a Kuala Lumpur mall shop and a Dutch cafe.
 * `npm run bench:receipts-world -- --unseen-4` reads them.
 */
import type { WorldReceipt } from './world-receipts.js';

export const UNSEEN_RECEIPTS_4: readonly WorldReceipt[] = [
  {
    name: 'us-saveway', what: 'US supermarket: logo name, store and manager line, city and state without a comma, item codes with tax flags, date at the bottom',
    lines: [['SAVEWAY', 190, 20, 30, true], ['Store 2231  Mgr: J SMITH', 120, 62, 18], ['4100 Riverside Dr', 160, 86, 20], ['Austin TX 78741', 170, 112, 20], ['(512) 555-0198', 180, 138, 18],
      ['EGGS LARGE 0078742 3.97 N', 40, 180, 18], ['BREAD WHT 0073010 2.48 N', 40, 205, 18], ['DISH SOAP 0037000 4.12 X', 40, 230, 18],
      ['SUBTOTAL', 220, 270, 20], ['10.57', 410, 270, 20], ['TAX 1 8.25 %', 220, 298, 20], ['0.34', 420, 298, 20], ['TOTAL', 220, 330, 24, true], ['10.91', 405, 330, 24, true],
      ['VISA TEND', 220, 365, 20], ['10.91', 410, 365, 20], ['CHANGE DUE', 220, 393, 20], ['0.00', 420, 393, 20], ['# ITEMS SOLD 3', 150, 430, 18], ['11/21/26 14:05:33', 160, 470, 18]],
    expected: { company: 'SAVEWAY', date: '2026-11-21', address: '4100 RIVERSIDE DR AUSTIN TX 78741', total: '10.91' },
  },
  {
    name: 'uk-freshco', what: 'UK supermarket: LTD, retail park unit, Leeds postcode, VAT No GB, pound signs, BALANCE DUE then card',
    lines: [['FRESHCO STORES LTD', 130, 30, 24, true], ['Unit 3, Meadow Retail Park', 110, 76, 20], ['Leeds LS11 5XY', 170, 104, 20], ['VAT No GB 123 4567 89', 130, 132, 18],
      ['21/11/2026 16:48', 40, 180, 20], ['SEMI SKIMMED MILK', 40, 225, 20], ['£1.45', 410, 225, 20], ['CHEDDAR 400G', 40, 255, 20], ['£3.75', 410, 255, 20], ['FREE RANGE EGGS', 40, 285, 20], ['£2.90', 410, 285, 20], ['TEABAGS 80', 40, 315, 20], ['£2.30', 410, 315, 20],
      ['BALANCE DUE', 40, 370, 24, true], ['£10.40', 395, 370, 24, true], ['CONTACTLESS', 40, 410, 20], ['£10.40', 405, 410, 20]],
    expected: { company: 'FRESHCO STORES LTD', date: '2026-11-21', address: 'UNIT 3, MEADOW RETAIL PARK LEEDS LS11 5XY', total: '10.40' },
  },
  {
    name: 'id-warung', what: 'Indonesian restaurant: Jl. and No., Jakarta Selatan postcode, quantities before items, rupiah with dot thousands, TAX 10%, CASH and CHANGE',
    lines: [['WARUNG SARI RASA', 150, 30, 26, true], ['Jl. Kemang Raya No. 12', 130, 78, 20], ['Jakarta Selatan 12730', 140, 106, 20],
      ['21-11-2026 19:32', 40, 160, 20], ['2 NASI GORENG', 40, 205, 20], ['50.000', 400, 205, 20], ['1 SATE AYAM', 40, 235, 20], ['35.000', 400, 235, 20], ['2 ES TEH', 40, 265, 20], ['10.000', 400, 265, 20],
      ['SUBTOTAL', 40, 310, 20], ['95.000', 400, 310, 20], ['TAX 10%', 40, 338, 20], ['9.500', 410, 338, 20], ['TOTAL', 40, 375, 24, true], ['104.500', 385, 375, 24, true],
      ['CASH', 40, 415, 20], ['110.000', 390, 415, 20], ['CHANGE', 40, 445, 20], ['5.500', 410, 445, 20]],
    expected: { company: 'WARUNG SARI RASA', date: '2026-11-21', address: 'JL. KEMANG RAYA NO. 12 JAKARTA SELATAN 12730', total: '104500' },
  },
  {
    name: 'fr-boulangerie', what: 'French bakery: place and Lyon postcode, SIRET, Date: and Heure: keys, euro signs, NET A PAYER',
    lines: [['BOULANGERIE DU MARCHE', 110, 30, 24, true], ['8 place du Marche', 160, 76, 20], ['69002 Lyon', 190, 104, 20], ['SIRET 123 456 789 00012', 120, 132, 18],
      ['Date: 21/11/2026  Heure: 08:05', 40, 180, 20], ['BAGUETTE TRADITION', 40, 225, 20], ['1,30 €', 400, 225, 20], ['CROISSANT X2', 40, 255, 20], ['2,40 €', 400, 255, 20], ['TARTE AUX POMMES', 40, 285, 20], ['3,70 €', 400, 285, 20],
      ['NET A PAYER', 40, 340, 24, true], ['7,40 €', 390, 340, 24, true], ['CB', 40, 380, 20], ['7,40 €', 400, 380, 20], ['dont TVA 5,5%', 40, 410, 20], ['0,39 €', 400, 410, 20]],
    expected: { company: 'BOULANGERIE DU MARCHE', date: '2026-11-21', address: '8 PLACE DU MARCHE 69002 LYON', total: '7.40' },
  },
  {
    name: 'es-restaurante', what: 'Spanish restaurant: S.L. and NIF, Calle with a comma before the number, Madrid postcode, TOTAL (EUR), IVA incluido after it',
    lines: [['RESTAURANTE LA PLAZA S.L.', 100, 30, 24, true], ['NIF B12345678', 180, 74, 18], ['Calle de Alcala, 45', 150, 100, 20], ['28014 Madrid', 180, 128, 20],
      ['Mesa 7   21/11/2026 21:40', 40, 180, 20], ['2 MENU DEL DIA', 40, 225, 20], ['28,00', 410, 225, 20], ['1 VINO TINTO', 40, 255, 20], ['6,50', 420, 255, 20], ['2 CAFE SOLO', 40, 285, 20], ['3,00', 420, 285, 20],
      ['TOTAL (EUR)', 40, 340, 24, true], ['37,50', 400, 340, 24, true], ['IVA 10% incluido', 40, 380, 20], ['3,41', 420, 380, 20], ['TARJETA', 40, 410, 20], ['37,50', 410, 410, 20]],
    expected: { company: 'RESTAURANTE LA PLAZA S.L.', date: '2026-11-21', address: 'CALLE DE ALCALA, 45 28014 MADRID', total: '37.50' },
  },
  {
    name: 'in-pharmacy', what: 'Indian pharmacy: Shop No. and MG Road, city - PIN, GSTIN, batch and expiry columns, Net Amt Rs.',
    lines: [['MEDPLUS PHARMACY', 140, 30, 24, true], ['Shop No. 5, MG Road', 150, 76, 20], ['Bengaluru - 560001', 150, 104, 20], ['GSTIN 29ABCDE1234F1Z5', 120, 132, 18],
      ['Bill Dt: 21/11/2026 11:12', 40, 180, 20], ['DOLO 650 TAB  B23  05/28', 40, 225, 18], ['30.60', 410, 225, 18], ['VICKS VAPORUB  V11  09/27', 40, 255, 18], ['145.00', 405, 255, 18], ['ORS SACHET X4  O07  12/27', 40, 285, 18], ['84.00', 410, 285, 18],
      ['Gross Amt', 40, 330, 20], ['259.60', 400, 330, 20], ['Discount', 40, 358, 20], ['-25.96', 400, 358, 20], ['Net Amt Rs.', 40, 395, 24, true], ['233.64', 395, 395, 24, true]],
    expected: { company: 'MEDPLUS PHARMACY', date: '2026-11-21', address: 'SHOP NO. 5, MG ROAD BENGALURU - 560001', total: '233.64' },
  },
  {
    name: 'us-parking', what: 'Los Angeles parking garage: entry and exit times of one day, RATE line, AMOUNT PAID',
    lines: [['CITY PARK GARAGE', 150, 30, 24, true], ['125 W 5th St', 190, 76, 20], ['Los Angeles, CA 90013', 140, 104, 20],
      ['TICKET 0048213', 40, 160, 20], ['ENTRY 11/21/26 08:02 AM', 40, 195, 20], ['EXIT  11/21/26 05:45 PM', 40, 225, 20], ['DURATION 9H 43M', 40, 255, 20],
      ['RATE DAILY MAX', 40, 295, 20], ['$18.00', 400, 295, 20], ['AMOUNT PAID', 40, 340, 24, true], ['$18.00', 390, 340, 24, true], ['MASTERCARD ****7731', 40, 385, 20]],
    expected: { company: 'CITY PARK GARAGE', date: '2026-11-21', address: '125 W 5TH ST LOS ANGELES, CA 90013', total: '18.00' },
  },
  {
    name: 'ca-bistro-bc', what: 'Vancouver restaurant: Inc., street with W, BC postcode, GST and PST lines, TOTAL then tip and card lines',
    lines: [['GASTOWN BISTRO INC.', 130, 30, 24, true], ['321 W Cordova St', 170, 76, 20], ['Vancouver, BC V6B 1E8', 130, 104, 20], ['GST# 812345678 RT0001', 130, 132, 18],
      ['Nov 21, 2026 7:15 PM', 40, 180, 20], ['SALMON BOWL', 40, 225, 20], ['24.00', 410, 225, 20], ['CAESAR SALAD', 40, 255, 20], ['14.50', 410, 255, 20],
      ['SUBTOTAL', 40, 300, 20], ['38.50', 410, 300, 20], ['GST 5%', 40, 328, 20], ['1.93', 420, 328, 20], ['PST 7%', 40, 356, 20], ['2.70', 420, 356, 20],
      ['TOTAL', 40, 395, 24, true], ['$43.13', 390, 395, 24, true], ['TIP', 40, 435, 20], ['7.00', 420, 435, 20], ['VISA', 40, 465, 20], ['50.13', 410, 465, 20]],
    expected: { company: 'GASTOWN BISTRO INC.', date: '2026-11-21', address: '321 W CORDOVA ST VANCOUVER, BC V6B 1E8', total: '43.13' },
  },
  {
    name: 'cz-potraviny', what: 'Czech grocery without hacek: s.r.o., street and number, 110 00 Praha 1, ICO and DIC, Celkem with Kc',
    lines: [['POTRAVINY U MOSTU S.R.O.', 100, 30, 24, true], ['Karlova 12', 200, 76, 20], ['110 00 Praha 1', 180, 104, 20], ['ICO 12345678  DIC CZ12345678', 80, 132, 18],
      ['21.11.2026 12:10', 40, 180, 20], ['ROHLIK 4X', 40, 225, 20], ['12,00', 410, 225, 20], ['MLEKO 1L', 40, 255, 20], ['24,90', 410, 255, 20], ['SYR EIDAM', 40, 285, 20], ['49,90', 410, 285, 20],
      ['Celkem', 40, 340, 24, true], ['86,80 Kc', 370, 340, 24, true], ['Hotovost', 40, 380, 20], ['100,00 Kc', 375, 380, 20], ['Vraceno', 40, 410, 20], ['13,20 Kc', 385, 410, 20]],
    expected: { company: 'POTRAVINY U MOSTU S.R.O.', date: '2026-11-21', address: 'KARLOVA 12 110 00 PRAHA 1', total: '86.80' },
  },
  {
    name: 'uk-invoice', what: 'UK design studio invoice on a wide page: seller block left, INVOICE and its number and date right, Bill To block, Total due in pounds',
    page: { width: 760, height: 620 },
    lines: [['Acme Design Ltd', 40, 30, 26, true], ['42 Baker Street', 40, 68, 20], ['London W1U 7BW', 40, 94, 20], ['hello@acmedesign.co.uk', 40, 120, 18],
      ['INVOICE', 560, 30, 28, true], ['Invoice No: 2026-118', 500, 74, 18], ['Date: 21 November 2026', 500, 98, 18], ['Due: 21 December 2026', 500, 122, 18],
      ['Bill To:', 40, 180, 20, true], ['Northwind Traders plc', 40, 206, 20], ['9 Quay Street', 40, 232, 20], ['Manchester M3 3HN', 40, 258, 20],
      ['Description', 40, 310, 20, true], ['Amount', 600, 310, 20, true], ['Brand identity design', 40, 345, 20], ['£1,800.00', 590, 345, 20], ['Website mock-ups (3)', 40, 375, 20], ['£900.00', 605, 375, 20],
      ['Subtotal', 440, 430, 20], ['£2,700.00', 590, 430, 20], ['VAT 20%', 440, 460, 20], ['£540.00', 605, 460, 20], ['Total due', 440, 500, 24, true], ['£3,240.00', 580, 500, 24, true]],
    expected: { company: 'ACME DESIGN LTD', date: '2026-11-21', address: '42 BAKER STREET LONDON W1U 7BW', total: '3240.00' },
  },
  {
    name: 'my-mall-shop', what: 'Kuala Lumpur mall shop of today: SDN. BHD. with its new and old registration numbers, lot and level, mall name, SST, Total Incl. SST',
    lines: [['TEHTARIK HOUSE SDN. BHD.', 100, 24, 22, true], ['202001012345 (1234567-K)', 130, 52, 16], ['Lot 1.23, Level 1,', 160, 74, 18], ['Pavilion Kuala Lumpur,', 150, 96, 18], ['168 Jalan Bukit Bintang,', 145, 118, 18], ['55100 Kuala Lumpur', 160, 140, 18],
      ['SST Reg No: W10-1234-56789012', 90, 166, 16], ['21/11/2026 15:20', 40, 205, 18], ['TEH TARIK ICED', 40, 245, 18], ['8.90', 420, 245, 18], ['ROTI JOHN', 40, 272, 18], ['12.50', 410, 272, 18],
      ['Subtotal', 40, 310, 18], ['21.40', 410, 310, 18], ['Service Charge 10%', 40, 336, 18], ['2.14', 420, 336, 18], ['SST 6%', 40, 362, 18], ['1.41', 420, 362, 18],
      ['Rounding', 40, 388, 18], ['0.00', 420, 388, 18], ['Total Incl. SST', 40, 420, 22, true], ['24.95', 400, 420, 22, true]],
    expected: { company: 'TEHTARIK HOUSE SDN. BHD.', date: '2026-11-21', address: 'LOT 1.23, LEVEL 1, PAVILION KUALA LUMPUR, 168 JALAN BUKIT BINTANG, 55100 KUALA LUMPUR', total: '24.95' },
  },
  {
    name: 'nl-cafe', what: 'Dutch cafe: B.V., street and number, 1012 JS Amsterdam, KvK and BTW, euro signs before the amount, Totaal then PIN',
    lines: [['CAFE DE KROON B.V.', 140, 30, 24, true], ['Rembrandtplein 17', 170, 76, 20], ['1017 CT Amsterdam', 160, 104, 20], ['KvK 12345678', 190, 132, 18],
      ['21-11-2026 15:02', 40, 180, 20], ['2x Koffie', 40, 225, 20], ['€ 6,40', 400, 225, 20], ['1x Appeltaart', 40, 255, 20], ['€ 4,75', 400, 255, 20],
      ['Totaal', 40, 310, 24, true], ['€ 11,15', 385, 310, 24, true], ['PIN', 40, 350, 20], ['€ 11,15', 395, 350, 20], ['BTW 9%', 40, 380, 20], ['€ 0,92', 400, 380, 20]],
    expected: { company: 'CAFE DE KROON B.V.', date: '2026-11-21', address: 'REMBRANDTPLEIN 17 1017 CT AMSTERDAM', total: '11.15' },
  },
];
