/**
 * A ninth held-out set: twelve receipts and invoices drawn at the start of the
 * twenty-second round, before any change for them, to be read once as they are.
 * They come from places none of the earlier sets visit, several in mixed case,
 * three with the date at the bottom, one with its address on three lines, one
 * with no address printed at all, one A4 invoice with the seller's block and
 * the invoice details side by side, one in Kuwaiti dinars counted in
 * thousandths, four in whole units (so'm and CFA francs grouped by spaces,
 * kyats and Ugandan shillings grouped by commas) and one paid in US dollars
 * with the change in Belize dollars; letters the bundled font lacks or a till
 * printer drops (Bosnian c with caron, Azerbaijani schwa and cedillas, Romanian
 * s with comma and a with breve, Spanish and Portuguese accents) are printed
 * bare and Uzbek in its Latin alphabet, as many till printers print them: a
 * Salmiya falafel house, a Tashkent supermarket's fiscal cheque, a Sarajevo
 * bakery's fiscal receipt, a Chisinau printer's fiscal invoice, a Baku tea
 * house, a Dakar restaurant, a San Jose soda, a Yangon tea shop, a Kampala
 * supermarket's e-receipt, a Gaborone fuel station, a Luanda pharmacy and a
 * Belize City cafe.
 * `npm run bench:receipts-world -- --unseen-9` reads them.
 */
import type { WorldReceipt } from './world-receipts.js';

export const UNSEEN_RECEIPTS_9: readonly WorldReceipt[] = [
  {
    name: 'kw-falafel', what: 'Salmiya falafel house: CO. W.L.L., Block and street then Salmiya, Kuwait, order and table, dashed day-first date with Time, dinars in thousandths, no tax line, TOTAL K.D., cash and change',
    page: { width: 520, height: 580 },
    lines: [['FALAFEL AL KHAIR CO. W.L.L.', 101, 30, 24, true], ['Block 10, Salem Al Mubarak Street', 102, 72, 20], ['Salmiya, Kuwait', 185, 100, 20], ['Tel: 2575 1234', 201, 128, 18],
      ['Order No: 118   Dine In   Table 4', 40, 168, 18], ['Date: 10-05-2026   Time: 21:14', 40, 194, 18],
      ['Chicken Shawarma x2', 40, 234, 20], ['1.500', 410, 234, 20], ['Falafel Plate', 40, 264, 20], ['1.250', 410, 264, 20], ['Hummus Beiruti', 40, 294, 20], ['0.850', 410, 294, 20],
      ['Fattoush', 40, 324, 20], ['0.900', 410, 324, 20], ['Fresh Lemon Mint x2', 40, 354, 20], ['1.400', 410, 354, 20],
      ['Subtotal', 40, 394, 20], ['5.900', 410, 394, 20], ['TOTAL K.D.', 40, 432, 24, true], ['5.900', 400, 432, 24, true], ['Cash', 40, 472, 18], ['10.000', 405, 472, 18], ['Change', 40, 498, 18], ['4.100', 415, 498, 18],
      ['Thank you - Shukran', 174, 538, 18]],
    expected: { company: 'FALAFEL AL KHAIR CO. W.L.L.', date: '2026-05-10', address: 'BLOCK 10, SALEM AL MUBARAK STREET SALMIYA, KUWAIT', total: '5.900' },
  },
  {
    name: 'uz-supermarket', what: "Tashkent supermarket fiscal cheque in Uzbek Latin letters: name in quotes before MChJ, city and district then ko'chasi with apostrophes, STIR, SOTUV CHEKI, whole so'm grouped by spaces, a weighed line, Jami above a loyalty-card discount, JAMI TO'LOV, QQS 12% included, Naqd pul and Qaytim, fiscal module and sign, the date at the bottom",
    page: { width: 520, height: 700 },
    lines: [['"BARAKA SAVDO" MChJ', 129, 30, 24, true], ["Toshkent sh., Mirzo Ulug'bek tumani,", 106, 70, 18], ["Buyuk Ipak Yo'li ko'chasi, 187", 139, 94, 18], ['STIR: 305123456', 199, 120, 16],
      ['SOTUV CHEKI No 004518', 157, 156, 18, true], ['Kassa 2   Kassir: Dilnoza', 40, 188, 16],
      ['Non patir', 40, 222, 18], ['6 000', 416, 222, 18], ['Sut 2,5% 1 l', 40, 248, 18], ['12 500', 406, 248, 18], ['Guruch devzira 1 kg', 40, 274, 18], ['32 000', 406, 274, 18], ['Tuxum 10 dona', 40, 300, 18], ['18 000', 406, 300, 18],
      ['Olma', 40, 326, 18], ['1,500 kg x 14 000', 60, 350, 16], ['21 000', 406, 350, 18], ['Choy qora 100 g', 40, 376, 18], ['15 900', 406, 376, 18],
      ['Jami', 40, 414, 18], ['105 400', 396, 414, 18], ['Chegirma (Baraka karta 3%)', 40, 440, 18], ['-3 162', 410, 440, 18],
      ["JAMI TO'LOV", 40, 476, 24, true], ['102 238', 375, 476, 24, true], ['shu jumladan QQS 12%', 40, 514, 16], ['10 954', 412, 514, 16], ['Naqd pul', 40, 538, 18], ['110 000', 396, 538, 18], ['Qaytim', 40, 564, 18], ['7 762', 416, 564, 18],
      ['FM: UZ170703100123   Fiskal belgi: 481516234200', 40, 602, 14], ['Chek sanasi: 12.05.2026 18:44:10', 40, 626, 16], ['Xaridingiz uchun rahmat!', 155, 660, 18]],
    expected: { company: '"BARAKA SAVDO" MCHJ', date: '2026-05-12', address: "TOSHKENT SH., MIRZO ULUG'BEK TUMANI, BUYUK IPAK YO'LI KO'CHASI, 187", total: '102238' },
  },
  {
    name: 'ba-pekara', what: 'Sarajevo bakery fiscal receipt in mixed case, caron letters printed bare: d.o.o., street and postcode before Sarajevo on one line, ID broj and PDV broj, FISKALNI RACUN with BF and IBFM, weighed lines with tax letter E, UKUPNO KM with decimal commas, PDV E 17% with its base, Gotovina and Povrat, the dotted date with its trailing dot at the bottom',
    page: { width: 520, height: 640 },
    lines: [['Pekara Sedef d.o.o.', 144, 30, 26, true], ['Ferhadija 15, 71000 Sarajevo', 127, 76, 20], ['ID broj: 4200123450005', 163, 104, 18], ['PDV broj: 200123450005', 160, 128, 18],
      ['FISKALNI RACUN', 182, 166, 20, true], ['BF: 004512   IBFM: SA123456', 40, 200, 16], ['Kasa 1   Kasir: Amra', 40, 222, 16],
      ['Burek sa mesom', 40, 258, 20], ['0,350 kg x 22,00', 60, 284, 16], ['7,70 E', 405, 284, 20], ['Pita sirnica', 40, 310, 20], ['0,250 kg x 20,00', 60, 336, 16], ['5,00 E', 405, 336, 20],
      ['Somun', 40, 362, 20], ['2 x 1,00', 60, 388, 16], ['2,00 E', 405, 388, 20], ['Jogurt 0,5 l', 40, 414, 20], ['1,60 E', 405, 414, 20], ['Bosanska kahva', 40, 444, 20], ['2,50 E', 405, 444, 20],
      ['UKUPNO KM', 40, 484, 24, true], ['18,80', 400, 484, 24, true], ['PDV E 17%   osnovica 16,07', 40, 522, 16], ['2,73', 429, 522, 16], ['Gotovina', 40, 546, 18], ['20,00', 415, 546, 18], ['Povrat', 40, 572, 18], ['1,20', 425, 572, 18],
      ['14.05.2026.  08:12:37', 40, 606, 16], ['Hvala na posjeti!', 336, 606, 16]],
    expected: { company: 'PEKARA SEDEF D.O.O.', date: '2026-05-14', address: 'FERHADIJA 15, 71000 SARAJEVO', total: '18.80' },
  },
  {
    name: 'md-factura', what: "Chisinau printer's A4 fiscal invoice in Romanian without diacritics: S.R.L. letterhead with str., house number and office then MD- postcode before mun. Chisinau, IDNO and Cod TVA, FACTURA FISCALA with series and number, the date and the due date in Romanian month names at the right, buyer block with its own address, unit and quantity columns, space-grouped thousands with decimal commas, TVA 20%, Total de plata, MDL, the sum in words",
    page: { width: 760, height: 960, paper: '#ffffff' },
    lines: [['TEHNO PRINT S.R.L.', 40, 40, 24, true], ['str. Stefan cel Mare si Sfant 134, of. 12', 40, 80, 16], ['MD-2012, mun. Chisinau', 40, 102, 16], ['IDNO: 1003600123456', 40, 124, 16], ['Cod TVA: 0612345', 40, 146, 16], ['Tel.: +373 22 123 456', 40, 168, 16],
      ['FACTURA FISCALA', 470, 36, 26, true], ['Seria EAA Nr. 0045127', 470, 80, 16], ['Data: 07 mai 2026', 470, 102, 16], ['Termen de plata: 06 iunie 2026', 470, 124, 16], ['Contract nr. 18/2025', 470, 146, 16],
      ['Cumparator:', 40, 220, 18, true], ['Vinaria Codru S.A.', 40, 246, 16], ['s. Stauceni, mun. Chisinau, MD-2091', 40, 268, 16], ['IDNO: 1002600654321   Cod TVA: 0204567', 40, 290, 16],
      ['Nr.', 40, 346, 16, true], ['Denumirea', 80, 346, 16, true], ['U.M.', 390, 346, 16, true], ['Cant.', 450, 346, 16, true], ['Pret, MDL', 528, 346, 16, true], ['Suma, MDL', 636, 346, 16, true],
      ['1', 45, 382, 16], ['Etichete autoadezive 100x150 mm', 80, 382, 16], ['rola', 390, 382, 16], ['40', 461, 382, 16], ['185,00', 551, 382, 16], ['7 400,00', 659, 382, 16],
      ['2', 45, 410, 16], ['Cartus toner HP 59A', 80, 410, 16], ['buc.', 390, 410, 16], ['6', 466, 410, 16], ['1 150,00', 539, 410, 16], ['6 900,00', 659, 410, 16],
      ['3', 45, 438, 16], ['Hartie A4 80 g/m2', 80, 438, 16], ['top', 390, 438, 16], ['20', 461, 438, 16], ['72,50', 560, 438, 16], ['1 450,00', 659, 438, 16],
      ['4', 45, 466, 16], ['Livrare Chisinau - Stauceni', 80, 466, 16], ['serv.', 390, 466, 16], ['1', 466, 466, 16], ['250,00', 551, 466, 16], ['250,00', 671, 466, 16],
      ['Total fara TVA', 440, 524, 16], ['16 000,00', 650, 524, 16], ['TVA 20%', 440, 550, 16], ['3 200,00', 659, 550, 16], ['Total de plata, MDL', 440, 584, 20, true], ['19 200,00', 632, 584, 20, true],
      ['Suma in litere: nouasprezece mii doua sute lei 00 bani', 40, 640, 14], ['IBAN: MD24AG000000022512345678   BC "Moldova Agroindbank" S.A.', 40, 664, 14],
      ['Conducator: ______________', 40, 820, 16], ['Contabil-sef: ______________', 400, 820, 16], ['Primit: ______________', 40, 870, 16]],
    expected: { company: 'TEHNO PRINT S.R.L.', date: '2026-05-07', address: 'STR. STEFAN CEL MARE SI SFANT 134, OF. 12 MD-2012, MUN. CHISINAU', total: '19200.00' },
  },
  {
    name: 'az-chay-evi', what: 'Baku tea house in mixed case, schwa and cedilla letters printed bare: MMC, VOEN, street and district then Baki with its AZ postcode after the city, receipt and till number, ISO date with seconds, Ara cem and 10% service before Cemi, AZN, with EDV 18% included, bank card, fiscal ID',
    page: { width: 520, height: 640 },
    lines: [['Qala Cay Evi MMC', 154, 30, 26, true], ['VOEN: 1401234567', 182, 76, 18], ['Nizami kuc. 65, Sebail r-nu', 138, 102, 20], ['Baki AZ1005', 203, 130, 20], ['Tel: (012) 493 12 34', 181, 158, 18],
      ['Satis ceki No 2218   Kassa 1', 40, 198, 18], ['2026-05-13 17:22:05', 40, 224, 18], ['Masa 6   Ofisiant: Elvin', 40, 250, 18],
      ['Cay dest (2 nefer)', 40, 288, 20], ['8.00', 421, 288, 20], ['Paxlava x4', 40, 318, 20], ['6.00', 421, 318, 20], ['Sekerbura x4', 40, 348, 20], ['5.20', 421, 348, 20],
      ['Qutab goyerti x2', 40, 378, 20], ['4.40', 421, 378, 20], ['Murebbe (ag gilas)', 40, 408, 20], ['3.50', 421, 408, 20],
      ['Ara cem', 40, 448, 20], ['27.10', 410, 448, 20], ['Xidmet haqqi 10%', 40, 476, 20], ['2.71', 421, 476, 20], ['Cemi, AZN', 40, 514, 24, true], ['29.81', 400, 514, 24, true],
      ['o cumleden EDV 18%', 40, 552, 16], ['4.55', 429, 552, 16], ['Bank karti Visa ****7731', 40, 576, 18], ['29.81', 415, 576, 18], ['Fiskal ID: 5XkQ9aR2mTzP', 40, 610, 14]],
    expected: { company: 'QALA CAY EVI MMC', date: '2026-05-13', address: 'NIZAMI KUC. 65, SEBAIL R-NU BAKI AZ1005', total: '29.81' },
  },
  {
    name: 'sn-restaurant', what: 'Dakar restaurant in capitals and French: SARL, the corner of two streets with X then Plateau - Dakar, no postcode, NINEA and RC, table and covers, two-digit-year date with HEURE, whole CFA francs grouped by spaces, SOUS-TOTAL HT and TVA 18% before TOTAL TTC ... F CFA, ESPECES and RENDU MONNAIE',
    page: { width: 520, height: 620 },
    lines: [['RESTAURANT LA TERANGA SARL', 82, 30, 24, true], ['ANGLE RUE MOHAMED V X RUE CARNOT', 76, 72, 20], ['PLATEAU - DAKAR', 178, 100, 20], ['NINEA : 005123456 2G3', 175, 128, 16], ['RC : SN-DKR-2018-B-12345', 162, 150, 16], ['TEL : 33 821 45 67', 195, 172, 16],
      ['TABLE 12   COUVERTS 3   SERVEUR : MODOU', 40, 210, 16], ['DATE : 09/05/26   HEURE : 13:40', 40, 234, 18],
      ['2 THIEBOU DIEUNE', 40, 274, 20], ['9 000', 411, 274, 20], ['1 YASSA POULET', 40, 304, 20], ['4 000', 411, 304, 20], ['3 BISSAP 50CL', 40, 334, 20], ['3 000', 411, 334, 20], ['1 JUS DE BOUYE', 40, 364, 20], ['1 500', 411, 364, 20],
      ['SOUS-TOTAL HT', 40, 404, 20], ['17 500', 400, 404, 20], ['TVA 18%', 40, 432, 20], ['3 150', 411, 432, 20], ['TOTAL TTC', 40, 472, 24, true], ['20 650 F CFA', 322, 472, 24, true],
      ['ESPECES', 40, 512, 18], ['25 000', 406, 512, 18], ['RENDU MONNAIE', 40, 538, 18], ['4 350', 416, 538, 18], ['MERCI ET A BIENTOT - JEREJEF', 145, 580, 16]],
    expected: { company: 'RESTAURANT LA TERANGA SARL', date: '2026-05-09', address: 'ANGLE RUE MOHAMED V X RUE CARNOT PLATEAU - DAKAR', total: '20650' },
  },
  {
    name: 'cr-soda', what: 'San Jose soda in mixed case, accents dropped: S.A. with its cedula juridica, an address given by directions from a church (no street or number) then Montes de Oca, San Jose, Tiquete Electronico with its consecutive number, day-first date with p.m., colones grouped by spaces with decimal commas, 10% service and IVA 13% before Total CRC, VISA card, the 50-digit clave',
    page: { width: 520, height: 680 },
    lines: [['Soda El Guapinol S.A.', 131, 30, 26, true], ['Ced. Juridica 3-101-654321', 147, 74, 18], ['De la Iglesia de San Pedro 200 m norte', 101, 100, 18], ['Montes de Oca, San Jose', 156, 126, 18], ['Tel: 2253-4187', 207, 152, 16],
      ['Tiquete Electronico', 179, 188, 18, true], ['Consecutivo: 00100001040000004512', 40, 220, 16], ['Fecha: 11/05/2026 12:35 p.m.', 40, 244, 16], ['Mesa 5   Salonero: Jose Pablo', 40, 268, 16],
      ['2 Casado con pollo', 40, 304, 20], ['7 600,00', 383, 304, 20], ['1 Olla de carne', 40, 334, 20], ['4 200,00', 383, 334, 20], ['2 Fresco de cas', 40, 364, 20], ['2 400,00', 383, 364, 20], ['1 Cafe chorreado', 40, 394, 20], ['900,00', 399, 394, 20],
      ['Subtotal', 40, 434, 20], ['15 100,00', 372, 434, 20], ['Servicio 10%', 40, 462, 20], ['1 510,00', 383, 462, 20], ['IVA 13%', 40, 490, 20], ['1 963,00', 383, 490, 20],
      ['Total CRC', 40, 528, 24, true], ['18 573,00', 355, 528, 24, true], ['Tarjeta VISA ****8812', 40, 568, 18], ['18 573,00', 381, 568, 18],
      ['Clave: 50611052600310165432100100001040000004512187654321', 40, 606, 12], ['Autorizado mediante resolucion MH-DGT-RES-0027-2024', 40, 626, 12], ['Pura vida, gracias!', 192, 652, 16]],
    expected: { company: 'SODA EL GUAPINOL S.A.', date: '2026-05-11', address: 'DE LA IGLESIA DE SAN PEDRO 200 M NORTE MONTES DE OCA, SAN JOSE', total: '18573.00' },
  },
  {
    name: 'mm-tea-shop', what: 'Yangon tea shop with its address on three lines: no company form, No. and Street, Township and Yangon with commas at the line ends, voucher and table, day-Mon-year date with dashes and AM, whole kyats with comma thousands, Commercial Tax 5%, Net Amount Ks, cash and change',
    page: { width: 520, height: 620 },
    lines: [['SHWE LA PYAE TEA SHOP', 108, 30, 26, true], ['No. 142, 37th Street,', 166, 76, 20], ['Kyauktada Township,', 161, 104, 20], ['Yangon', 226, 132, 20], ['Ph: 09 420 123 456', 183, 160, 18],
      ['Voucher No: 0815   Table: 3', 40, 200, 18], ['Date: 08-May-2026   07:45 AM', 40, 226, 18],
      ['Mohinga x2', 40, 266, 20], ['2,400', 410, 266, 20], ['Laphet Thoke', 40, 296, 20], ['2,500', 410, 296, 20], ['Tea (Cho Seint) x3', 40, 326, 20], ['2,100', 410, 326, 20], ['Palata', 40, 356, 20], ['1,200', 410, 356, 20],
      ['Shan Khauk Swe', 40, 386, 20], ['3,000', 410, 386, 20], ['Sub Total', 40, 426, 20], ['11,200', 399, 426, 20], ['Commercial Tax 5%', 40, 454, 20], ['560', 427, 454, 20],
      ['Net Amount', 40, 494, 24, true], ['Ks 11,760', 355, 494, 24, true], ['Cash', 40, 534, 18], ['20,000', 405, 534, 18], ['Change', 40, 560, 18], ['8,240', 415, 560, 18], ['Thank you, come again', 174, 592, 16]],
    expected: { company: 'SHWE LA PYAE TEA SHOP', date: '2026-05-08', address: 'NO. 142, 37TH STREET, KYAUKTADA TOWNSHIP, YANGON', total: '11760' },
  },
  {
    name: 'ug-supermarket', what: "Kampala supermarket's e-receipt in capitals: LIMITED, plot and road then P.O. BOX and Kampala, TIN and phone on one line, till and cashier, tax letters A and C after whole-shilling prices with comma thousands, a x2 line, TOTAL UGX, TAX A 18% included, mobile money, loyalty points, FDN and verification code, the issue date at the bottom",
    page: { width: 520, height: 680 },
    lines: [['KABALAGALA FRESH MART LIMITED', 81, 30, 22, true], ['PLOT 45, KAMPALA ROAD', 144, 68, 20], ['P.O. BOX 7065, KAMPALA', 147, 96, 20], ['TIN: 1000123456   TEL: 0414 234 567', 127, 124, 16],
      ['E-RECEIPT   TILL 03   CASHIER: PROSSY', 40, 162, 16], ['SUGAR KAKIRA 2KG', 40, 198, 18], ['11,500 A', 390, 198, 18], ['BLUE BAND 500G', 40, 224, 18], ['9,800 A', 400, 224, 18], ['COOKING OIL 1L', 40, 250, 18], ['8,900 A', 400, 250, 18],
      ['POSHO MAIZE FLOUR 2KG', 40, 276, 18], ['6,300 C', 400, 276, 18], ['FRESH MILK 500ML', 40, 302, 18], ['2 X 2,200', 60, 326, 16], ['4,400 C', 400, 326, 18], ['TOTAL ITEMS: 6', 40, 356, 16],
      ['TOTAL UGX', 40, 390, 24, true], ['40,900', 387, 390, 24, true], ['TAX A 18% (INCL.)', 40, 430, 18], ['4,607', 415, 430, 18], ['TAX C EXEMPT', 40, 456, 18], ['0', 450, 456, 18],
      ['MOBILE MONEY (MTN)', 40, 482, 18], ['40,900', 405, 482, 18], ['LOYALTY POINTS EARNED: 40', 40, 516, 16], ['FDN: 325012345678901', 40, 550, 16], ['VERIFICATION CODE: 4815 1623 4200 8899 1234', 40, 574, 14],
      ['ISSUED: 09/05/2026 16:12:40', 40, 604, 16], ['THANK YOU - WEBALE NYO', 149, 644, 18]],
    expected: { company: 'KABALAGALA FRESH MART LIMITED', date: '2026-05-09', address: 'PLOT 45, KAMPALA ROAD P.O. BOX 7065, KAMPALA', total: '40900' },
  },
  {
    name: 'bw-fuel', what: 'Gaborone fuel station in mixed case: (Pty) Ltd, plot and road then Gaborone, no postcode, VAT No, year-first date with slashes and the pump, litres at a price per litre under the fuel line, car wash and oil, TOTAL P, VAT 14% included, debit card with its authorisation, vehicle registration and odometer',
    page: { width: 520, height: 640 },
    lines: [['Kgale Fuels (Pty) Ltd', 138, 30, 26, true], ['Plot 54366, Western Bypass', 133, 76, 20], ['Gaborone', 214, 104, 20], ['VAT No: C05123456789', 165, 132, 18], ['Tel: 391 2345', 206, 156, 18],
      ['2026/05/06  06:55   Pump 04', 40, 196, 18], ['Attendant: Kagiso', 40, 222, 18],
      ['DIESEL 50PPM', 40, 262, 20], ['45.20 L @ P 14.35', 60, 288, 18], ['648.62', 399, 288, 20], ['CAR WASH STANDARD', 40, 318, 20], ['60.00', 410, 318, 20], ['ENGINE OIL 5W30 1L', 40, 348, 20], ['95.00', 410, 348, 20],
      ['TOTAL P', 40, 392, 24, true], ['803.62', 387, 392, 24, true], ['VAT 14% incl.', 40, 430, 18], ['98.69', 415, 430, 18], ['Debit Card ****5521', 40, 458, 18], ['803.62', 405, 458, 18], ['Auth: 048213', 40, 484, 16],
      ['Vehicle Reg: B 123 ABC   Odometer: 84512', 40, 520, 16], ['Thank you - Re a leboga', 161, 566, 18]],
    expected: { company: 'KGALE FUELS (PTY) LTD', date: '2026-05-06', address: 'PLOT 54366, WESTERN BYPASS GABORONE', total: '803.62' },
  },
  {
    name: 'ao-farmacia', what: "Luanda pharmacy's factura-recibo in Portuguese without accents: a comma before Lda., NIF, Rua and n.o with a comma then Ingombota - Luanda, FACTURA-RECIBO with its series, place and date with a Portuguese month name, Consumidor Final with its NIF, kwanzas with dot thousands and decimal commas, Total iliquido, a loyalty-card discount, IVA 14% on one item and the M11 exemption, Total a pagar (Kz), Multicaixa card, the AGT validation line",
    page: { width: 520, height: 720 },
    lines: [['Farmacia Boa Saude, Lda.', 116, 30, 24, true], ['NIF: 5417123456', 191, 72, 18], ['Rua Rainha Ginga, n.o 87', 145, 98, 20], ['Ingombota - Luanda', 166, 126, 20], ['Tel: +244 923 456 789', 182, 154, 16],
      ['FACTURA-RECIBO FR FBS2026/1234', 112, 190, 18, true], ['Luanda, 12 de Maio de 2026   10:24', 40, 226, 16], ['Cliente: Consumidor Final   NIF: 999999999', 40, 250, 16],
      ['Paracetamol 500mg cx20', 40, 286, 18], ['M11', 300, 286, 18], ['1.250,00', 390, 286, 18], ['Amoxicilina 500mg cx16', 40, 312, 18], ['M11', 300, 312, 18], ['4.800,00', 390, 312, 18], ['Sais de rehidratacao x5', 40, 338, 18], ['M11', 300, 338, 18], ['2.750,00', 390, 338, 18],
      ['Vitamina C 1g efervesc.', 40, 364, 18], ['M11', 300, 364, 18], ['3.900,00', 390, 364, 18], ['Protector solar FPS50', 40, 390, 18], ['14%', 300, 390, 18], ['9.500,00', 390, 390, 18],
      ['Total iliquido', 40, 428, 18], ['22.200,00', 380, 428, 18], ['Desconto cartao cliente 5%', 40, 454, 18], ['-1.110,00', 384, 454, 18], ['IVA 14%', 40, 480, 18], ['1.263,50', 390, 480, 18],
      ['Total a pagar (Kz)', 40, 516, 24, true], ['22.353,50', 353, 516, 24, true], ['Multicaixa', 40, 556, 18], ['22.353,50', 380, 556, 18],
      ['M11 - Isento nos termos da al. b) do n.o 1 do art. 12.o do CIVA', 40, 596, 12], ['Processado por programa validado n.o 245/AGT/2019', 40, 618, 13], ['Obrigado pela preferencia!', 148, 660, 18]],
    expected: { company: 'FARMACIA BOA SAUDE, LDA.', date: '2026-05-12', address: 'RUA RAINHA GINGA, N.O 87 INGOMBOTA - LUANDA', total: '22353.50' },
  },
  {
    name: 'bz-cafe', what: 'Belize City cafe in mixed case with no address printed: Ltd., GST TIN, phone and website only, English month-first date with AM, order and cashier, GST 12.5% after the subtotal, Total BZ$, cash in US dollars with its Belize value and the change in Belize dollars, exchange rate',
    lines: [['Seaside Grind Cafe Ltd.', 121, 30, 26, true], ['GST TIN: 000123456', 177, 76, 18], ['Tel: 223-4567   www.seasidegrind.bz', 126, 100, 16], ['May 10, 2026  8:05 AM', 40, 140, 18], ['Order #57   Cashier: Shanice', 40, 166, 16],
      ['2 Fry Jacks w/ Beans', 40, 204, 20], ['9.00', 421, 204, 20], ['Johnny Cake & Cheese', 40, 234, 20], ['5.50', 421, 234, 20], ['Iced Coffee Lg', 40, 264, 20], ['8.00', 421, 264, 20], ['Stew Chicken Plate', 40, 294, 20], ['16.00', 410, 294, 20],
      ['Subtotal', 40, 334, 20], ['38.50', 410, 334, 20], ['GST 12.5%', 40, 362, 20], ['4.81', 421, 362, 20], ['Total BZ$', 40, 400, 24, true], ['43.31', 400, 400, 24, true],
      ['Cash US$25.00 (BZ$50.00)', 40, 440, 18], ['50.00', 415, 440, 18], ['Change BZ$', 40, 466, 18], ['6.69', 425, 466, 18], ['Rate: US$1.00 = BZ$2.00', 40, 496, 14], ['Thanks, come again!', 174, 526, 18]],
    expected: { company: 'SEASIDE GRIND CAFE LTD.', date: '2026-05-10', address: null, total: '43.31' },
  },
];
