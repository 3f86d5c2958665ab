/**
 * A seventh held-out set: twelve receipts and invoices drawn in the twenty-first
 * round after that round's changes, before any change for them, and read once
 * as they were. They come from places none of the earlier sets visit, several
 * in mixed case, two with the date at the bottom, one with its address on three
 * lines, one with no address printed at all, one A4 invoice with the seller's
 * block and the invoice details side by side, one with the subtotal printed
 * larger than the total, one in dinars counted in thousandths and one in whole
 * pesos grouped by dots; letters the bundled font lacks (Slovak c and l with
 * caron) are printed bare, as many till printers print them: a Sofia
 * grocery's fiscal receipt, a Bratislava stationer's invoice, a Tunis pastry
 * shop, a Bogota restaurant, a Kathmandu Thakali kitchen, a Phnom Penh coffee
 * shop, a Luxembourg bakery, a Valletta bistro, a Dar es Salaam hardware
 * store's EFD receipt, a San Juan supermarket, a Yerevan cafe and a Santo
 * Domingo hardware store.
 * `npm run bench:receipts-world -- --unseen-7` reads them.
 */
import type { WorldReceipt } from './world-receipts.js';

export const UNSEEN_RECEIPTS_7: readonly WorldReceipt[] = [
  {
    name: 'bg-magazin', what: 'Sofia grocery fiscal receipt in Latin transliteration: EOOD, city and postcode then ul. and No on two lines, EIK and ZDDS No, quantity lines under the item names, tax group letters after the prices, OBSHTA SUMA, V BROY and RESTO, the date with the receipt number and FISKALEN BON at the bottom',
    page: { width: 520, height: 640 },
    lines: [['LOZENETS MARKET EOOD', 100, 30, 26, true], ['GR. SOFIA 1164', 190, 76, 20], ['UL. KRICHIM No 12', 170, 104, 20], ['EIK 204567891   ZDDS No BG204567891', 75, 134, 18],
      ['KASA 01   KASIER: 0003 MARIA', 40, 174, 16], ['HLYAB DOBRUDZHA 650G', 40, 210, 18], ['1.49 B', 400, 210, 18], ['KISELO MLYAKO 3.6% 400G', 40, 236, 18], ['2.000 X 1.19', 60, 262, 18], ['2.38 B', 400, 262, 18],
      ['SIRENE KRAVE 400G', 40, 288, 18], ['7.90 B', 400, 288, 18], ['DOMATI', 40, 314, 18], ['0.850 X 4.20', 60, 340, 18], ['3.57 B', 400, 340, 18], ['BIRA ZAGORKA 0.5L', 40, 366, 18], ['1.65 B', 400, 366, 18],
      ['OBSHTA SUMA', 40, 404, 24, true], ['16.99', 390, 404, 24, true], ['V BROY', 40, 442, 18], ['20.00', 400, 442, 18], ['RESTO', 40, 468, 18], ['3.01', 410, 468, 18],
      ['DDS B = 20.00%', 40, 500, 16], ['2.83', 410, 500, 16], ['5 ARTIKULA', 40, 524, 16], ['No 0004821   14.03.2025   18:22:05', 40, 556, 18], ['FISKALEN BON', 190, 588, 18, true], ['DT455123   02455123', 160, 614, 16]],
    expected: { company: 'LOZENETS MARKET EOOD', date: '2025-03-14', address: 'GR. SOFIA 1164 UL. KRICHIM NO 12', total: '16.99' },
  },
  {
    name: 'sk-faktura', what: "Bratislava stationer's A4 invoice, its caron letters printed bare: s.r.o. letterhead with street, space-grouped postcode and city, ICO, DIC and IC DPH, FAKTURA with issue, delivery and due dates at the right, buyer block, space-grouped thousands with decimal commas, tax base and DPH 23 %, Celkom k uhrade in EUR, IBAN",
    page: { width: 700, height: 900, paper: '#ffffff' },
    lines: [['Papiernictvo Javor s.r.o.', 40, 40, 24, true], ['Obchodná 14', 40, 80, 18], ['811 06 Bratislava', 40, 104, 18], ['ICO: 46123456', 40, 128, 18], ['DIC: 2023456789', 40, 152, 18], ['IC DPH: SK2023456789', 40, 176, 18], ['Tel.: +421 2 5263 1188', 40, 200, 18],
      ['FAKTURA', 420, 40, 28, true], ['Cislo: 2026031', 420, 84, 16], ['Dátum vyhotovenia: 12.03.2026', 420, 108, 16], ['Dátum dodania: 12.03.2026', 420, 132, 16], ['Dátum splatnosti: 26.03.2026', 420, 156, 16], ['Variabilný symbol: 2026031', 420, 180, 16],
      ['Zapísaná v OR Okresného súdu Bratislava I, oddiel Sro, vlozka c. 78123/B', 40, 230, 14],
      ['Odberatel:', 40, 276, 18, true], ['Hotel Pribina a.s.', 40, 302, 18], ['Pribinova 20, 811 09 Bratislava', 40, 326, 18], ['ICO: 35789012   IC DPH: SK2020123456', 40, 350, 18],
      ['Popis', 40, 410, 18, true], ['Mn.', 350, 410, 18, true], ['Cena/MJ', 430, 410, 18, true], ['Spolu', 590, 410, 18, true],
      ['Kopírovací papier A4 80 g', 40, 450, 18], ['40 bal.', 335, 450, 18], ['4,20', 470, 450, 18], ['168,00', 590, 450, 18],
      ['Toner HP 305A cierny', 40, 480, 18], ['3 ks', 345, 480, 18], ['89,00', 460, 480, 18], ['267,00', 590, 480, 18],
      ['Kancelárske kreslo ErgoFlex', 40, 510, 18], ['4 ks', 345, 510, 18], ['289,00', 450, 510, 18], ['1 156,00', 575, 510, 18],
      ['Doprava', 40, 540, 18], ['1', 355, 540, 18], ['25,00', 460, 540, 18], ['25,00', 600, 540, 18],
      ['Základ dane 23 %', 350, 600, 18], ['1 616,00 EUR', 540, 600, 18], ['DPH 23 %', 350, 628, 18], ['371,68 EUR', 555, 628, 18], ['Celkom k úhrade', 300, 666, 22, true], ['1 987,68 EUR', 515, 666, 22, true],
      ['Forma úhrady: bankový prevod', 40, 730, 18], ['IBAN: SK31 1100 0000 0029 4512 3456   Tatra banka, a.s.', 40, 756, 18], ['Vystavil: Ing. Martin Horváth', 40, 830, 18]],
    expected: { company: 'PAPIERNICTVO JAVOR S.R.O.', date: '2026-03-12', address: 'OBCHODNÁ 14 811 06 BRATISLAVA', total: '1987.68' },
  },
  {
    name: 'tn-patisserie', what: 'Tunis pastry shop in French: SARL, house number, comma and Rue then postcode before Tunis, MF matricule fiscal, ticket number with N°, date with a French month name, dinars in thousandths with decimal commas, NET A PAYER ... DT, TVA included, Especes and Rendu',
    page: { width: 520, height: 580 },
    lines: [['PATISSERIE YASMINE SARL', 90, 30, 26, true], ['12, Rue de Marseille', 160, 76, 20], ['1000 Tunis', 205, 104, 20], ['MF : 1234567/A/M/000', 150, 132, 18], ['Tel : 71 345 678', 180, 156, 18],
      ['Ticket N° 004512   Caisse 1', 40, 196, 18], ['Le 12 mars 2026 à 10:15', 40, 222, 18],
      ['Baklawa 0,500 kg', 40, 262, 20], ['22,500', 405, 262, 20], ['Makroudh 0,750 kg', 40, 292, 20], ['9,750', 415, 292, 20], ['Kaak warka x6', 40, 322, 20], ['7,200', 415, 322, 20], ["Jus d'orange", 40, 352, 20], ['3,500', 415, 352, 20],
      ['NET A PAYER', 40, 396, 24, true], ['42,950 DT', 355, 396, 24, true], ['dont TVA 19%', 40, 434, 18], ['6,858', 415, 434, 18], ['Espèces', 40, 462, 18], ['50,000', 405, 462, 18], ['Rendu', 40, 488, 18], ['7,050', 415, 488, 18],
      ['Merci de votre visite', 155, 530, 18]],
    expected: { company: 'PATISSERIE YASMINE SARL', date: '2026-03-12', address: '12, RUE DE MARSEILLE 1000 TUNIS', total: '42.950' },
  },
  {
    name: 'co-restaurante', what: 'Bogota restaurant electronic invoice: S.A.S., NIT with dots and check digit, Cra. # address with a Local then Bogota D.C., electronic invoice number, whole pesos grouped by dots with $ before them, Impoconsumo 8% included, voluntary 10% tip before TOTAL A PAGAR, Efectivo and Cambio, CUFE and DIAN resolution',
    page: { width: 520, height: 680 },
    lines: [['INVERSIONES LA CAZUELA S.A.S.', 70, 30, 24, true], ['NIT 901.234.567-8', 165, 72, 18], ['Cra. 7 # 45-12 Local 3', 145, 98, 20], ['Bogotá D.C.', 205, 126, 20], ['Tel: 601 345 6789', 175, 154, 18],
      ['Factura electrónica de venta FEV 18452', 40, 194, 16], ['Fecha: 21/03/2026  Hora: 13:48', 40, 218, 18], ['Mesa 8   Mesero: Carlos', 40, 244, 18],
      ['2 Ajiaco santafereño', 40, 284, 20], ['$ 52.000', 380, 284, 20], ['1 Bandeja paisa', 40, 314, 20], ['$ 34.000', 380, 314, 20], ['2 Limonada de coco', 40, 344, 20], ['$ 18.000', 380, 344, 20], ['1 Postre de natas', 40, 374, 20], ['$ 9.500', 392, 374, 20],
      ['Subtotal', 40, 416, 20], ['$ 113.500', 368, 416, 20], ['Impoconsumo 8% incl.', 40, 444, 18], ['$ 8.407', 392, 444, 18], ['Propina voluntaria 10%', 40, 470, 18], ['$ 11.350', 381, 470, 18],
      ['TOTAL A PAGAR', 40, 508, 24, true], ['$ 124.850', 350, 508, 24, true], ['Efectivo', 40, 548, 18], ['$ 130.000', 370, 548, 18], ['Cambio', 40, 574, 18], ['$ 5.150', 392, 574, 18],
      ['CUFE: 7c1e9a3b5d2f4e6a8b0c1d3e5f7a9b2c4d6e8f0a', 40, 614, 14], ['Resolución DIAN 18764012345678 de 2025', 40, 638, 14]],
    expected: { company: 'INVERSIONES LA CAZUELA S.A.S.', date: '2026-03-21', address: 'CRA. 7 # 45-12 LOCAL 3 BOGOTÁ D.C.', total: '124850' },
  },
  {
    name: 'np-thakali', what: 'Kathmandu Thakali kitchen: PVT. LTD., ward-numbered locality then Kathmandu, PAN No, TAX INVOICE, fiscal year 2082/83, the AD date beside the Bikram Sambat Miti, comma thousands, service charge, taxable amount and VAT 13% before Grand Total Rs., paid by Fonepay QR',
    page: { width: 520, height: 620 },
    lines: [['HIMALI THAKALI KITCHEN PVT. LTD.', 80, 30, 22, true], ['Thamel-26, Kathmandu', 150, 70, 20], ['Tel: 01-4701234', 190, 98, 18], ['PAN No: 609876543', 180, 122, 18], ['TAX INVOICE', 195, 154, 20, true],
      ['Bill No: 1547   FY 2082/83   Table: 6', 40, 192, 16], ['Date: 22/03/2026   Miti: 2082/12/08', 40, 216, 16],
      ['Thakali Khana Set (Mutton) x2', 40, 254, 18], ['1,700.00', 385, 254, 18], ['Chicken Momo (Steam)', 40, 280, 18], ['380.00', 400, 280, 18], ['Sukuti Sadheko', 40, 306, 18], ['450.00', 400, 306, 18], ['Masala Tea x2', 40, 332, 18], ['200.00', 400, 332, 18],
      ['Sub Total', 40, 370, 18], ['2,730.00', 385, 370, 18], ['Service Charge 10%', 40, 396, 18], ['273.00', 400, 396, 18], ['Taxable Amount', 40, 422, 18], ['3,003.00', 385, 422, 18], ['VAT 13%', 40, 448, 18], ['390.39', 400, 448, 18],
      ['Grand Total', 40, 486, 24, true], ['Rs. 3,393.39', 315, 486, 24, true], ['Paid by: Fonepay QR', 40, 526, 18], ['3,393.39', 385, 526, 18], ['Cashier: Bimala', 40, 552, 16], ['Thank you! Dhanyabad', 165, 584, 18]],
    expected: { company: 'HIMALI THAKALI KITCHEN PVT. LTD.', date: '2026-03-22', address: 'THAMEL-26, KATHMANDU', total: '3393.39' },
  },
  {
    name: 'kh-kafe', what: 'Phnom Penh coffee shop: CO., LTD., No. and St. then Sangkat and Khan then Phnom Penh on three lines, VATTIN, month-first date with an English month name, VAT 10% after the subtotal, Total (USD) with the riel total under it, cash in dollars and change in riel, exchange rate',
    page: { width: 520, height: 640 },
    lines: [['MEKONG BEAN COFFEE CO., LTD.', 70, 30, 24, true], ['No. 45, St. 240', 185, 72, 20], ['Sangkat Chaktomuk, Khan Daun Penh', 80, 100, 20], ['Phnom Penh', 205, 128, 20], ['VATTIN: K001-901234567', 145, 156, 18], ['Tel: 023 987 654', 185, 180, 18],
      ['Invoice: 00318   Cashier: Sreymom', 40, 220, 18], ['Date: Mar 21, 2026 09:14 AM', 40, 246, 18],
      ['Iced Latte (L) x2', 40, 284, 20], ['5.50', 420, 284, 20], ['Cappuccino (M)', 40, 314, 20], ['2.50', 420, 314, 20], ['Num Pang Pate', 40, 344, 20], ['3.00', 420, 344, 20], ['Almond Croissant', 40, 374, 20], ['2.25', 420, 374, 20],
      ['Sub Total', 40, 414, 20], ['13.25', 410, 414, 20], ['VAT 10%', 40, 442, 20], ['1.33', 420, 442, 20], ['Total (USD)', 40, 480, 24, true], ['14.58', 398, 480, 24, true], ['Total (KHR)', 40, 516, 18], ['59,800', 400, 516, 18],
      ['Cash (USD)', 40, 544, 18], ['20.00', 410, 544, 18], ['Change (KHR)', 40, 570, 18], ['22,200', 400, 570, 18], ['Rate: 1 USD = 4,100 KHR', 40, 604, 16]],
    expected: { company: 'MEKONG BEAN COFFEE CO., LTD.', date: '2026-03-21', address: 'NO. 45, ST. 240 SANGKAT CHAKTOMUK, KHAN DAUN PENH PHNOM PENH', total: '14.58' },
  },
  {
    name: 'lu-boulangerie', what: 'Luxembourg bakery in mixed case: S.à r.l., house number, comma and rue then L- postcode and Luxembourg, Tél., TVA LU and RCS, Total EUR with decimal commas, TVA 3% included, card, the date at the bottom',
    lines: [['Boulangerie Hoffmann S.à r.l.', 85, 30, 24, true], ['12, rue du Fossé', 180, 74, 20], ['L-1536 Luxembourg', 165, 102, 20], ['Tél. 22 34 56', 200, 130, 18], ['TVA LU23456789   RCS B123456', 120, 154, 16],
      ['Ticket 0087   Caisse 2   Vendeuse: Sandra', 40, 192, 16], ['2 x Croissant au beurre', 40, 228, 20], ['2,80', 420, 228, 20], ['Pain de campagne', 40, 258, 20], ['4,20', 420, 258, 20],
      ['Quetschentaart (part)', 40, 288, 20], ['3,90', 420, 288, 20], ['Café crème', 40, 318, 20], ['3,40', 420, 318, 20],
      ['Total EUR', 40, 362, 24, true], ['14,30', 400, 362, 24, true], ['dont TVA 3%', 40, 400, 18], ['0,42', 420, 400, 18], ['Carte bancaire', 40, 428, 18], ['14,30', 410, 428, 18],
      ['Merci et à bientôt !', 170, 470, 18], ['14/05/2026   07:48', 180, 510, 18]],
    expected: { company: 'BOULANGERIE HOFFMANN S.À R.L.', date: '2026-05-14', address: '12, RUE DU FOSSÉ L-1536 LUXEMBOURG', total: '14.30' },
  },
  {
    name: 'mt-bistro', what: 'Valletta bistro in mixed case: Ltd, house number, comma and Street then Valletta with its VLT postcode, VAT Reg. No. MT, weekday and English month date, euro sign before dot-decimal amounts, 10% service before the Total, VAT included after it, contactless card',
    page: { width: 520, height: 600 },
    lines: [['Grand Harbour Bistro Ltd', 105, 30, 26, true], ['117, Republic Street', 160, 76, 20], ['Valletta VLT 1117', 175, 104, 20], ['VAT Reg. No. MT 1234-5678', 135, 132, 18], ['Tel: 2122 3456', 195, 156, 18],
      ['Sun 05 Jul 2026  20:31', 40, 196, 18], ['Table 14   Covers 2   Server: Maria', 40, 222, 18],
      ['Stuffat tal-Fenek', 40, 262, 20], ['€18.50', 395, 262, 20], ['Lampuki Pie', 40, 292, 20], ['€14.00', 395, 292, 20], ['Kinnie x2', 40, 322, 20], ['€5.00', 407, 322, 20], ['Cisk Lager', 40, 352, 20], ['€3.50', 407, 352, 20],
      ['Subtotal', 40, 392, 20], ['€41.00', 395, 392, 20], ['Service 10%', 40, 420, 20], ['€4.10', 407, 420, 20], ['Total', 40, 460, 24, true], ['€45.10', 385, 460, 24, true],
      ['incl. VAT 18%', 40, 498, 18], ['€6.88', 410, 498, 18], ['Visa contactless', 40, 526, 18], ['€45.10', 399, 526, 18], ['Grazzi! See you again', 160, 564, 18]],
    expected: { company: 'GRAND HARBOUR BISTRO LTD', date: '2026-07-05', address: '117, REPUBLIC STREET VALLETTA VLT 1117', total: '45.10' },
  },
  {
    name: 'tz-efd', what: "Dar es Salaam hardware store's EFD receipt: START and END OF LEGAL RECEIPT, CO. LTD, plot and street then P.O. BOX and city, MOBILE, TIN, VRN, serial, UIN and tax office, customer lines, receipt and Z numbers, ISO receipt date, comma thousands with tax letters, TOTAL EXCL OF TAX and TOTAL TAX before TOTAL INCL OF TAX, verification code",
    page: { width: 520, height: 790 },
    lines: [['*** START OF LEGAL RECEIPT ***', 125, 24, 16], ['KARIAKOO HARDWARE CO. LTD', 80, 52, 24, true], ['PLOT 23, UHURU STREET', 145, 92, 18], ['P.O. BOX 7812, DAR ES SALAAM', 115, 116, 18], ['MOBILE: 0754 123 456', 150, 140, 18],
      ['TIN: 123-456-789', 175, 164, 18], ['VRN: 40-012345-K', 175, 188, 18], ['SERIAL NO: 10TZ100123', 150, 212, 18], ['UIN: 09VFDWEBAPI-10131234561234567', 90, 236, 16], ['TAX OFFICE: Ilala', 180, 260, 18],
      ['CUSTOMER NAME:', 40, 296, 16], ['CUSTOMER ID TYPE: NIL', 40, 318, 16], ['RECEIPT NO: 4521', 40, 350, 18], ['Z NUMBER: 1173', 40, 374, 18], ['RECEIPT DATE: 2026-04-18', 40, 398, 18], ['RECEIPT TIME: 14:22:05', 40, 422, 18],
      ['CEMENT 50KG 4 x 18,000.00', 40, 462, 18], ['72,000.00 A', 355, 462, 18], ['NAILS 4" 2KG', 40, 488, 18], ['9,000.00 A', 365, 488, 18], ['PAINT WHITE 4L', 40, 514, 18], ['38,000.00 A', 355, 514, 18],
      ['TOTAL EXCL OF TAX:', 40, 554, 18], ['100,847.46', 362, 554, 18], ['TAX A-18.00%', 40, 580, 18], ['18,152.54', 372, 580, 18], ['TOTAL TAX:', 40, 606, 18], ['18,152.54', 372, 606, 18],
      ['TOTAL INCL OF TAX:', 40, 638, 22, true], ['119,000.00', 340, 638, 22, true], ['CASH', 40, 674, 18], ['119,000.00', 362, 674, 18],
      ['RECEIPT VERIFICATION CODE', 140, 708, 16], ['6A1F3C92B7E4', 200, 730, 16], ['*** END OF LEGAL RECEIPT ***', 130, 756, 16]],
    expected: { company: 'KARIAKOO HARDWARE CO. LTD', date: '2026-04-18', address: 'PLOT 23, UHURU STREET P.O. BOX 7812, DAR ES SALAAM', total: '119000.00' },
  },
  {
    name: 'pr-supermercado', what: 'San Juan supermarket: INC., Calle then number, San Juan, PR and ZIP, merchant registration, month-first date with AM, a taxable-item mark, SUBTOTAL printed larger than the TOTAL, state and municipal IVU after it, EFECTIVO and CAMBIO',
    page: { width: 520, height: 620 },
    lines: [['SUPERMERCADO EL BATEY INC.', 80, 30, 24, true], ['Calle Loiza 1857', 175, 72, 20], ['San Juan, PR 00911', 165, 100, 20], ['Tel. (787) 555-0188', 165, 128, 18], ['Reg. Comerciante 1234567-0011', 125, 152, 16],
      ['04/25/2026  11:07 AM   Caja 3', 40, 190, 18], ['ARROZ MAHATMA 5 LB', 40, 228, 18], ['4.29', 420, 228, 18], ['HABICHUELAS ROSADAS', 40, 254, 18], ['1.19', 420, 254, 18], ['CAFE YAUCONO 14 OZ', 40, 280, 18], ['6.49', 420, 280, 18],
      ['PLATANOS 3 @ .79', 40, 306, 18], ['2.37', 420, 306, 18], ['LECHE SUIZA 1/2 GAL', 40, 332, 18], ['3.99', 420, 332, 18], ['DETERGENTE TIDE 46 OZ  T', 40, 358, 18], ['8.99', 420, 358, 18],
      ['SUBTOTAL', 40, 396, 26, true], ['27.32', 392, 396, 26, true], ['IVU ESTATAL 10.5%', 40, 438, 18], ['0.94', 420, 438, 18], ['IVU MUNICIPAL 1%', 40, 464, 18], ['0.09', 420, 464, 18],
      ['TOTAL', 40, 492, 20], ['28.35', 405, 492, 20], ['EFECTIVO', 40, 522, 18], ['30.00', 410, 522, 18], ['CAMBIO', 40, 548, 18], ['1.65', 420, 548, 18], ['ARTICULOS: 8   GRACIAS POR SU COMPRA', 40, 586, 16]],
    expected: { company: 'SUPERMERCADO EL BATEY INC.', date: '2026-04-25', address: 'CALLE LOIZA 1857 SAN JUAN, PR 00911', total: '28.35' },
  },
  {
    name: 'am-cafe', what: 'Yerevan cafe with no address printed: LLC, TIN and phone only, HDM register and cheque numbers, dotted two-digit-year date, whole drams with comma thousands, 10% service before TOTAL AMD, cash and change',
    lines: [['AREVIK CAFE LLC', 150, 30, 26, true], ['TIN 02612345', 205, 76, 18], ['Tel: +374 10 52 34 56', 165, 100, 18], ['HDM No: 00021456   Cheque: 3318', 40, 140, 18], ['Date: 02.05.26  16:40', 40, 166, 18],
      ['Armenian coffee x2', 40, 206, 20], ['1,600', 405, 206, 20], ['Gata', 40, 236, 20], ['900', 425, 236, 20], ['Lahmajo', 40, 266, 20], ['2,200', 405, 266, 20], ['Tarkhun lemonade', 40, 296, 20], ['1,100', 405, 296, 20],
      ['Subtotal', 40, 336, 20], ['5,800', 405, 336, 20], ['Service 10%', 40, 364, 20], ['580', 425, 364, 20], ['TOTAL AMD', 40, 404, 24, true], ['6,380', 395, 404, 24, true],
      ['Cash', 40, 444, 20], ['10,000', 394, 444, 20], ['Change', 40, 472, 20], ['3,620', 405, 472, 20], ['Shnorhakalutyun!', 180, 514, 18]],
    expected: { company: 'AREVIK CAFE LLC', date: '2026-05-02', address: null, total: '6380' },
  },
  {
    name: 'do-ferreteria', what: 'Santo Domingo hardware store: S.R.L., Av. and No. then Ens. and Santo Domingo, D.N., RNC with dashes, FACTURA DE CONSUMO with its NCF, comma thousands, quantity and unit price in the item names, ITBIS 18% after the subtotal, TOTAL RD$, Efectivo and Devuelta',
    page: { width: 520, height: 640 },
    lines: [['FERRETERIA LOS PRADOS S.R.L.', 70, 30, 24, true], ['Av. Winston Churchill No. 95', 125, 72, 20], ['Ens. Piantini, Santo Domingo, D.N.', 95, 100, 20], ['RNC: 1-31-23456-7', 175, 128, 18], ['Tel.: 809-555-0123', 175, 152, 18],
      ['FACTURA DE CONSUMO', 150, 190, 20, true], ['NCF: B0200012345', 40, 226, 18], ['Fecha: 22/04/2026  10:35', 40, 252, 18],
      ['Cemento gris 42.5kg 3 x 525.00', 40, 290, 18], ['1,575.00', 385, 290, 18], ['Varilla 3/8" 10 x 245.00', 40, 316, 18], ['2,450.00', 385, 316, 18], ['Pintura Tropical galón', 40, 342, 18], ['1,195.00', 385, 342, 18],
      ['Tornillos drywall 1 lb', 40, 368, 18], ['180.00', 400, 368, 18], ['SUBTOTAL', 40, 406, 20], ['5,400.00', 380, 406, 20], ['ITBIS 18%', 40, 434, 20], ['972.00', 394, 434, 20],
      ['TOTAL RD$', 40, 474, 24, true], ['6,372.00', 362, 474, 24, true], ['Efectivo', 40, 514, 18], ['7,000.00', 385, 514, 18], ['Devuelta', 40, 540, 18], ['628.00', 400, 540, 18],
      ['Le atendió: Yokasta   Caja 2', 40, 578, 16], ['Gracias por preferirnos', 165, 606, 16]],
    expected: { company: 'FERRETERIA LOS PRADOS S.R.L.', date: '2026-04-22', address: 'AV. WINSTON CHURCHILL NO. 95 ENS. PIANTINI, SANTO DOMINGO, D.N.', total: '6372.00' },
  },
];
