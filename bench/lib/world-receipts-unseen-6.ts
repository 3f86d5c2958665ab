/**
 * A sixth held-out set: twelve receipts and invoices drawn in the twenty-first
 * round, before any change for them, and read once as they were. They come
 * from places none of the earlier sets visit, several in mixed case, two with
 * the date at the bottom, one with its address on three lines and one with no
 * address printed at all; letters the bundled font lacks (č, š, ž, ą, ė, ų, ģ,
 * ļ) are printed bare, as many till printers print them: a Tallinn cafe, a Riga
 * supermarket, a Vilnius furniture maker's invoice, a Split konoba, a Novi Sad
 * bakery, a Reykjavik cafe, a Tbilisi restaurant, an Almaty grocery, a Dhaka
 * biryani house, an Amman coffee house, an Accra supermarket and a Montevideo
 * pharmacy.
 * `npm run bench:receipts-world -- --unseen-6` reads them.
 */
import type { WorldReceipt } from './world-receipts.js';

export const UNSEEN_RECEIPTS_6: readonly WorldReceipt[] = [
  {
    name: 'ee-kohvik', what: 'Tallinn cafe in mixed case: OÜ, street and 5-digit postcode with the city on one line, Reg. kood and KMKR nr, bill and table, Kokku in euro with decimal commas, VAT included and card after it, date at the bottom',
    lines: [['Kohvik Mustikas OÜ', 140, 30, 26, true], ['Telliskivi 60a, 10412 Tallinn', 120, 76, 20], ['Reg. kood 14567890', 170, 104, 18], ['KMKR nr EE102345678', 165, 128, 18],
      ['Arve nr 2026-04417   Laud 7', 40, 172, 18], ['2 x Cappuccino', 40, 212, 20], ['7,60', 420, 212, 20], ['Seljanka', 40, 242, 20], ['6,90', 420, 242, 20], ['Kohupiimakorv', 40, 272, 20], ['3,20', 420, 272, 20],
      ['Kokku', 40, 318, 24, true], ['17,70 €', 385, 318, 24, true], ['sh käibemaks 24%', 40, 356, 18], ['3,43', 420, 356, 18], ['Kaardimakse', 40, 386, 20], ['17,70', 410, 386, 20], ['Visa **** 5521', 40, 414, 18],
      ['Aitäh ja tule jälle!', 160, 456, 18], ['12.11.2026  14:37   Kassa 1', 40, 500, 18]],
    expected: { company: 'KOHVIK MUSTIKAS OÜ', date: '2026-11-12', address: 'TELLISKIVI 60A, 10412 TALLINN', total: '17.70' },
  },
  {
    name: 'lv-lielveikals', what: 'Riga supermarket: SIA, street, city and LV- postcode on one line, PVN reg. nr., year-first date, STARPSUMMA printed larger than the total, a loyalty discount, KOPĀ EUR in plain type, PVN included and card',
    page: { width: 520, height: 600 },
    lines: [['SIA LATGALES PĀRTIKA', 115, 30, 26, true], ['Brīvības iela 68, Rīga, LV-1011', 110, 76, 20], ['PVN reg. nr. LV40003123456', 130, 104, 18], ['Kase 3   Ceks 0045821', 40, 146, 18], ['2026-10-08 18:54', 40, 172, 18],
      ['Maize Rīga 400g', 40, 210, 18], ['1,49', 420, 210, 18], ['Piens 2,5% 1L', 40, 236, 18], ['1,19', 420, 236, 18], ['Biezpiens 9% 200g', 40, 262, 18], ['1,35', 420, 262, 18],
      ['Kartupeli 2kg', 40, 288, 18], ['2,38', 420, 288, 18], ['Kafija malta 500g', 40, 314, 18], ['6,99', 420, 314, 18], ['Sviests 82% 200g', 40, 340, 18], ['2,89', 420, 340, 18],
      ['STARPSUMMA', 40, 380, 26, true], ['16,29', 395, 380, 26, true], ['Atlaide ar klienta karti', 40, 420, 18], ['-1,40', 415, 420, 18], ['KOPĀ EUR', 40, 450, 20], ['14,89', 410, 450, 20],
      ['t.sk. PVN 21%', 40, 480, 18], ['2,58', 420, 480, 18], ['Maksājumu karte', 40, 508, 18], ['14,89', 410, 508, 18], ['Paldies par pirkumu!', 170, 550, 18]],
    expected: { company: 'SIA LATGALES PĀRTIKA', date: '2026-10-08', address: 'BRĪVĪBAS IELA 68, RĪGA, LV-1011', total: '14.89' },
  },
  {
    name: 'lt-saskaita', what: "Vilnius furniture maker's A4 invoice, its Lithuanian letters printed bare: UAB letterhead with pr. street and LT- postcode, Imones kodas and PVM kodas, PVM SASKAITA FAKTURA with series and a date in Lithuanian words, buyer block, space-grouped thousands, Is viso su PVM, the sum in words and an ISO due date",
    page: { width: 700, height: 900, paper: '#ffffff' },
    lines: [['UAB Medzio Meistrai', 40, 40, 28, true], ['Savanoriu pr. 176', 40, 86, 18], ['LT-03154 Vilnius', 40, 110, 18], ['Imones kodas 305123456', 40, 134, 18], ['PVM moketojo kodas LT100012345617', 40, 158, 18], ['Tel. +370 5 212 3456', 40, 182, 18],
      ['PVM SASKAITA FAKTURA', 380, 40, 24, true], ['Serija MM Nr. 000418', 410, 80, 18], ['2026 m. lapkricio 18 d.', 410, 104, 18],
      ['Pirkejas:', 40, 240, 18, true], ['UAB Kauno Interjeras', 40, 266, 18], ['Laisves al. 45, LT-44309 Kaunas', 40, 290, 18], ['Imones kodas 302987654', 40, 314, 18], ['PVM kodas LT100009876512', 40, 338, 18],
      ['Nr.', 40, 400, 18, true], ['Pavadinimas', 90, 400, 18, true], ['Kiekis', 360, 400, 18, true], ['Kaina', 450, 400, 18, true], ['Suma, EUR', 560, 400, 18, true],
      ['1', 45, 440, 18], ['Azuolinis stalas 180x90', 90, 440, 18], ['1', 380, 440, 18], ['1 250,00', 440, 440, 18], ['1 250,00', 570, 440, 18],
      ['2', 45, 470, 18], ['Kede azuoline', 90, 470, 18], ['6', 380, 470, 18], ['145,00', 450, 470, 18], ['870,00', 580, 470, 18],
      ['3', 45, 500, 18], ['Pristatymas', 90, 500, 18], ['1', 380, 500, 18], ['60,00', 455, 500, 18], ['60,00', 590, 500, 18],
      ['Suma be PVM', 380, 560, 18], ['2 180,00', 570, 560, 18], ['PVM 21 %', 380, 588, 18], ['457,80', 580, 588, 18], ['Is viso su PVM', 380, 624, 22, true], ['2 637,80', 560, 624, 22, true],
      ['Suma zodziais: du tukstanciai sesi simtai trisdesimt septyni eurai 80 ct', 40, 690, 16], ['Apmoketi iki 2026-12-02', 40, 724, 18],
      ['A. s. LT12 7300 0101 2345 6789, AB Swedbank', 40, 752, 18], ['Saskaita israse: direktorius Tomas Jankauskas', 40, 820, 18]],
    expected: { company: 'UAB MEDZIO MEISTRAI', date: '2026-11-18', address: 'SAVANORIU PR. 176 LT-03154 VILNIUS', total: '2637.80' },
  },
  {
    name: 'hr-konoba', what: 'Split konoba printed without caron letters: j.d.o.o. in lower case after the name, Ulica and 5-digit postcode before Split, OIB and phone, RACUN br. with its dotted date, table and waiter, UKUPNO EUR, cash received and returned, two PDV rates, ZKI and JIR codes',
    page: { width: 520, height: 660 },
    lines: [['KONOBA KALA j.d.o.o.', 125, 30, 26, true], ['Ulica Dosud 9', 190, 76, 20], ['21000 Split', 200, 104, 20], ['OIB: 12345678903', 170, 132, 18], ['Tel: 021 345 678', 180, 156, 18],
      ['RACUN br. 248/PP1/1', 40, 196, 18], ['Datum: 07.08.2026. Vrijeme: 21:32', 40, 222, 18], ['Stol 5   Konobar: Ante', 40, 248, 18],
      ['Crni rizot', 40, 286, 20], ['16,00', 410, 286, 20], ['Pasticada s njokima', 40, 316, 20], ['22,00', 410, 316, 20], ['2 x Toceno pivo 0,5 l', 40, 346, 20], ['9,00', 420, 346, 20], ['Kruh', 40, 376, 20], ['2,00', 420, 376, 20],
      ['UKUPNO EUR', 40, 420, 24, true], ['49,00', 400, 420, 24, true], ['Gotovina - primljeno', 40, 460, 18], ['50,00', 410, 460, 18], ['Vraceno', 40, 486, 18], ['1,00', 420, 486, 18],
      ['PDV 13%   osnovica 35,40', 40, 520, 16], ['4,60', 420, 520, 16], ['PDV 25%   osnovica 7,20', 40, 542, 16], ['1,80', 420, 542, 16],
      ['ZKI: 3f2a9c1e7b8d4a6f0e1c2b3a4d5e6f70', 40, 580, 16], ['JIR: 6a1b2c3d-4e5f-6789-abcd-ef0123456789', 40, 604, 16]],
    expected: { company: 'KONOBA KALA J.D.O.O.', date: '2026-08-07', address: 'ULICA DOSUD 9 21000 SPLIT', total: '49.00' },
  },
  {
    name: 'rs-pekara', what: 'Novi Sad bakery fiscal receipt in Latin letters without carons: DOO, street and postcode with Novi Sad, PIB and MB, FISKALNI RACUN rules, tax labels after the items, dot-grouped thousands with decimal commas, Ukupan iznos, Gotovina and Povracaj, tax table, PFR vreme with the date near the bottom',
    page: { width: 520, height: 700 },
    lines: [['PEKARA ZLATNI KLAS DOO', 105, 30, 24, true], ['Zmaj Jovina 18', 185, 72, 20], ['21000 Novi Sad', 185, 100, 20], ['PIB: 108765432   MB: 21234567', 110, 128, 18],
      ['=========== FISKALNI RACUN ===========', 40, 166, 16], ['Kasir: Jelena        ESIR broj: 415/2.1', 40, 192, 16], ['Promet prodaja', 40, 216, 16],
      ['Burek sa mesom 2 x 240,00 (E)', 40, 252, 18], ['480,00', 400, 252, 18], ['Jogurt 1 l (E)', 40, 278, 18], ['165,00', 400, 278, 18], ['Kifla sa sirom 3 x 60,00 (E)', 40, 304, 18], ['180,00', 400, 304, 18],
      ['Kafa espreso (Đ)', 40, 330, 18], ['150,00', 400, 330, 18], ['Torta reform parce (Đ)', 40, 356, 18], ['320,00', 400, 356, 18],
      ['Ukupan iznos:', 40, 396, 22, true], ['1.295,00', 380, 396, 22, true], ['Gotovina:', 40, 432, 18], ['2.000,00', 390, 432, 18], ['Povracaj:', 40, 458, 18], ['705,00', 400, 458, 18],
      ['======================================', 40, 488, 16], ['E   PDV   10,00%', 40, 512, 16], ['75,00', 410, 512, 16], ['Đ   PDV   20,00%', 40, 534, 16], ['78,33', 410, 534, 16], ['Ukupan iznos poreza:', 40, 556, 16], ['153,33', 400, 556, 16],
      ['PFR vreme: 14.03.2026. 08:14:35', 40, 592, 16], ['PFR broj racuna: RK4T8QZP-RK4T8QZP-10482', 40, 616, 16], ['Brojac racuna: 10452/10482PP', 40, 640, 16],
      ['======== KRAJ FISKALNOG RACUNA ========', 40, 668, 16]],
    expected: { company: 'PEKARA ZLATNI KLAS DOO', date: '2026-03-14', address: 'ZMAJ JOVINA 18 21000 NOVI SAD', total: '1295.00' },
  },
  {
    name: 'is-kaffihus', what: 'Reykjavik cafe in mixed case: ehf., kennitala and VSK nr, street then 3-digit postcode and Reykjavík, Dags. with kl., whole krónur with dot thousands, SAMTALS kr., VSK included and card after it',
    lines: [['Kaffi Lundi ehf.', 160, 30, 26, true], ['Kt. 540312-0450   VSK nr. 112233', 100, 74, 18], ['Laugavegur 42', 190, 100, 20], ['101 Reykjavík', 190, 128, 20], ['Sími 551 2345', 200, 156, 18],
      ['Dags. 03.02.2026 kl. 10:22', 40, 200, 18], ['2 x Kaffi latte', 40, 240, 20], ['1.580', 405, 240, 20], ['Kleina', 40, 270, 20], ['450', 425, 270, 20], ['Rúgbrauð með síld', 40, 300, 20], ['1.990', 405, 300, 20],
      ['Skyr með berjum', 40, 330, 20], ['1.290', 405, 330, 20], ['SAMTALS', 40, 378, 24, true], ['5.310 kr.', 365, 378, 24, true], ['Þar af VSK 11%', 40, 416, 18], ['526', 425, 416, 18],
      ['Greitt með korti', 40, 446, 20], ['5.310', 405, 446, 20], ['Mastercard **** 8812', 40, 474, 18], ['Takk fyrir komuna!', 165, 516, 18]],
    expected: { company: 'KAFFI LUNDI EHF.', date: '2026-02-03', address: 'LAUGAVEGUR 42 101 REYKJAVÍK', total: '5310' },
  },
  {
    name: 'ge-restorani', what: 'Tbilisi restaurant: LLC, identification code, street then Tbilisi and 4-digit postcode, check, table and waiter, date with an English month name, subtotal and 10% service before JAMI with GEL after it, VAT 18% included, card',
    page: { width: 520, height: 600 },
    lines: [['DZVELI UBANI LLC', 145, 30, 26, true], ['ID code 404512345', 180, 74, 18], ['Kote Afkhazi St. 12', 165, 100, 20], ['Tbilisi 0105', 200, 128, 20], ['Tel: +995 32 2 123456', 160, 156, 18],
      ['Check # 0832   Table 3   Waiter: Nino', 40, 196, 18], ['Date: 24 Sep 2026  21:48', 40, 222, 18],
      ['Khinkali x10', 40, 262, 20], ['15.00', 410, 262, 20], ['Khachapuri Adjaruli', 40, 292, 20], ['18.50', 410, 292, 20], ['Badrijani nigvzit', 40, 322, 20], ['12.00', 410, 322, 20],
      ['Saperavi 0.75 L', 40, 352, 20], ['45.00', 410, 352, 20], ['Borjomi 0.5 L x2', 40, 382, 20], ['7.00', 420, 382, 20],
      ['Subtotal', 40, 424, 20], ['97.50', 410, 424, 20], ['Service 10%', 40, 452, 20], ['9.75', 420, 452, 20],
      ['JAMI', 40, 492, 24, true], ['107.25 GEL', 340, 492, 24, true], ['VAT 18% included', 40, 530, 18], ['16.36', 415, 530, 18], ['CARD', 40, 558, 18], ['107.25', 405, 558, 18]],
    expected: { company: 'DZVELI UBANI LLC', date: '2026-09-24', address: 'KOTE AFKHAZI ST. 12 TBILISI 0105', total: '107.25' },
  },
  {
    name: 'kz-magazin', what: 'Almaty grocery in Russian transliteration: TOO in quotes, BIN, city-first address with district and prospect, KASSOVYY CHEK, ZNM and RNM, space-grouped thousands with decimal commas, ITOGO with an equals sign, NDS 16% included, Nalichnymi and Sdacha',
    page: { width: 520, height: 640 },
    lines: [['TOO "ALMA MARKET"', 128, 30, 26, true], ['BIN 180440012345', 175, 74, 18], ['g. Almaty, Medeuskiy r-n,', 135, 100, 20], ['pr. Dostyk, d. 85', 175, 128, 20],
      ['KASSOVYY CHEK / PRODAZHA', 120, 170, 20, true], ['ZNM: SWK00412345   RNM: 010101234567', 40, 206, 16], ['Kassir: Aigerim   07.12.2026 19:03', 40, 230, 18],
      ['Moloko 2,5% 1 l  2 x 545,00', 40, 270, 18], ['1 090,00', 385, 270, 18], ['Khleb borodinskiy', 40, 298, 18], ['390,00', 400, 298, 18], ['Kolbasa doktorskaya 0,45 kg', 40, 326, 18], ['2 880,00', 385, 326, 18],
      ['Yabloki 1,2 kg', 40, 354, 18], ['1 140,00', 385, 354, 18], ['Chay chernyy 250 g', 40, 382, 18], ['1 650,00', 385, 382, 18],
      ['ITOGO', 40, 424, 26, true], ['=7 150,00', 340, 424, 26, true], ['v t.ch. NDS 16%', 40, 466, 18], ['=986,21', 390, 466, 18], ['Nalichnymi', 40, 494, 18], ['=10 000,00', 365, 494, 18], ['Sdacha', 40, 522, 18], ['=2 850,00', 375, 522, 18],
      ['FP: 2384716523', 40, 562, 16], ['Proverit chek: consumer.oofd.kz', 40, 586, 16]],
    expected: { company: 'TOO "ALMA MARKET"', date: '2026-12-07', address: 'G. ALMATY, MEDEUSKIY R-N, PR. DOSTYK, D. 85', total: '7150.00' },
  },
  {
    name: 'bd-biryani', what: 'Dhaka biryani house: Limited, House and Road, Banani and Dhaka with its postcode on three lines, BIN and Mushak-6.3, invoice and table, day-Mon-year date, comma thousands, service charge and VAT 15% before Net Payable in Tk, cash received and change',
    page: { width: 520, height: 620 },
    lines: [['SHAHI DASTARKHAN LIMITED', 95, 30, 24, true], ['House 27, Road 11', 170, 72, 20], ['Banani', 220, 100, 20], ['Dhaka 1213', 200, 128, 20], ['BIN: 000123456-0101', 165, 156, 18], ['Mushak-6.3', 205, 180, 18],
      ['Invoice: 8841   Table: 12', 40, 220, 18], ['Date: 16-Feb-2026  8:42 PM', 40, 246, 18],
      ['Kacchi Biryani x2', 40, 286, 20], ['900.00', 400, 286, 20], ['Chicken Roast', 40, 316, 20], ['320.00', 400, 316, 20], ['Borhani x2', 40, 346, 20], ['160.00', 400, 346, 20], ['Firni', 40, 376, 20], ['120.00', 400, 376, 20],
      ['Sub Total', 40, 418, 20], ['1,500.00', 380, 418, 20], ['Service Charge 10%', 40, 446, 20], ['150.00', 400, 446, 20], ['VAT 15%', 40, 474, 20], ['225.00', 400, 474, 20],
      ['Net Payable', 40, 514, 24, true], ['Tk 1,875.00', 335, 514, 24, true], ['Cash Received', 40, 554, 18], ['2,000.00', 385, 554, 18], ['Change', 40, 580, 18], ['125.00', 400, 580, 18]],
    expected: { company: 'SHAHI DASTARKHAN LIMITED', date: '2026-02-16', address: 'HOUSE 27, ROAD 11 BANANI DHAKA 1213', total: '1875.00' },
  },
  {
    name: 'jo-qahwa', what: 'Amman coffee house with no address printed: L.L.C., sales tax number and phone only, two-digit-year date, dinars with three decimals, sales tax 16% before TOTAL JOD, cash and change',
    lines: [['DARAT AL-QAHWA L.L.C.', 110, 30, 26, true], ['Sales Tax No. 012345678', 150, 76, 18], ['Tel: 06 464 1234', 185, 102, 18],
      ['Receipt No: 55012', 40, 146, 18], ['Date: 30/06/26  17:05', 40, 172, 18], ['Turkish Coffee x2', 40, 212, 20], ['3.000', 410, 212, 20], ['Mint Lemonade', 40, 242, 20], ['2.750', 410, 242, 20],
      ['Knafeh Nabulsieh', 40, 272, 20], ['2.750', 410, 272, 20], ['Manakish Zaatar', 40, 302, 20], ['1.350', 410, 302, 20],
      ['Sub Total', 40, 344, 20], ['9.850', 410, 344, 20], ['Sales Tax 16%', 40, 372, 20], ['1.576', 410, 372, 20], ['TOTAL JOD', 40, 412, 24, true], ['11.426', 390, 412, 24, true],
      ['Cash', 40, 452, 20], ['20.000', 400, 452, 20], ['Change', 40, 480, 20], ['8.574', 410, 480, 20], ['Thank you - Shukran', 160, 522, 18]],
    expected: { company: 'DARAT AL-QAHWA L.L.C.', date: '2026-06-30', address: null, total: '11.426' },
  },
  {
    name: 'gh-supermarket', what: 'Accra supermarket: LTD, plot and road then area and Accra, TIN and phone, day-first two-digit-year date, an @ line, NHIL and GETFund levies and VAT 15% after the subtotal, TOTAL GHS, paid by mobile money',
    page: { width: 520, height: 620 },
    lines: [['ADOM SUPERMARKET LTD', 97, 30, 26, true], ['Plot 14, Spintex Road', 155, 76, 20], ['Baatsona, Accra', 180, 104, 20], ['TIN: C0012345678', 175, 132, 18], ['Tel: 030 281 2345', 175, 156, 18],
      ['Date: 09/05/26  11:32   Till 2', 40, 198, 18], ['Tomato Paste 400g', 40, 238, 18], ['18.50', 410, 238, 18], ['Jasmine Rice 5kg', 40, 264, 18], ['145.00', 400, 264, 18], ['Vegetable Oil 1L', 40, 290, 18], ['42.00', 410, 290, 18],
      ['Cocoa Drink 400g', 40, 316, 18], ['68.00', 410, 316, 18], ['Sardines 3 @ 15.00', 40, 342, 18], ['45.00', 410, 342, 18],
      ['SUBTOTAL', 40, 382, 20], ['318.50', 400, 382, 20], ['NHIL 2.5%', 40, 410, 18], ['7.96', 420, 410, 18], ['GETFund 2.5%', 40, 436, 18], ['7.96', 420, 436, 18], ['VAT 15%', 40, 462, 18], ['50.16', 410, 462, 18],
      ['TOTAL GHS', 40, 500, 24, true], ['384.58', 390, 500, 24, true], ['MTN MoMo', 40, 540, 18], ['384.58', 400, 540, 18], ['Items: 7   Cashier: Efua', 40, 576, 18]],
    expected: { company: 'ADOM SUPERMARKET LTD', date: '2026-05-09', address: 'PLOT 14, SPINTEX ROAD BAATSONA, ACCRA', total: '384.58' },
  },
  {
    name: 'uy-farmacia', what: 'Montevideo pharmacy e-Ticket in mixed case: S.R.L., RUT, avenue with the corner (esq.) then 5-digit postcode and Montevideo, series and number, pesos with dot thousands and decimal commas, two IVA rates included, TOTAL A PAGAR $, debit card, CAE and security code',
    page: { width: 520, height: 640 },
    lines: [['Farmacia Rambla S.R.L.', 118, 30, 26, true], ['RUT 214567890012', 180, 74, 18], ['Av. Brasil 2847 esq. Ellauri', 130, 100, 20], ['11300 Montevideo', 165, 128, 20],
      ['e-Ticket   Serie A   Nro. 0045127', 40, 170, 18], ['Fecha: 27/04/2026 11:08', 40, 196, 18], ['Consumo final', 40, 222, 18],
      ['Ibuprofeno 400 mg x10', 40, 262, 20], ['$ 189,00', 385, 262, 20], ['Protector solar FPS 50', 40, 292, 20], ['$ 1.045,00', 365, 292, 20], ['Alcohol en gel 250 ml', 40, 322, 20], ['$ 215,00', 385, 322, 20],
      ['Apósitos x20', 40, 352, 20], ['$ 98,00', 395, 352, 20], ['Subtotal', 40, 394, 20], ['$ 1.547,00', 365, 394, 20], ['IVA mínimo 10% incl.', 40, 422, 18], ['17,18', 415, 422, 18], ['IVA básico 22% incl.', 40, 448, 18], ['244,89', 405, 448, 18],
      ['TOTAL A PAGAR $', 40, 488, 24, true], ['1.547,00', 367, 488, 24, true], ['Débito Visa', 40, 528, 18], ['1.547,00', 390, 528, 18],
      ['CAE Nro. 90211234567   Cód. seg.: aB3dE9', 40, 568, 16], ['Verifique en www.dgi.gub.uy', 40, 592, 16]],
    expected: { company: 'FARMACIA RAMBLA S.R.L.', date: '2026-04-27', address: 'AV. BRASIL 2847 ESQ. ELLAURI 11300 MONTEVIDEO', total: '1547.00' },
  },
];
