/**
 * An eighth held-out set: twelve receipts and invoices drawn at the end of the
 * twenty-first round, before any change for them, and read once as they were.
 * They come from places none of the earlier sets visit, several in mixed case,
 * two with the date at the bottom, one with its address on three lines, one
 * with no address printed at all, one A4 invoice with the seller's block and
 * the invoice details side by side, one with the cash tendered printed larger
 * than the total, one in Omani rials counted in thousandths and one in whole
 * guaranies grouped by dots (whole lek and tugrik too); letters the bundled
 * font lacks (Slovenian c, s and z with caron) are printed bare and other
 * scripts (Ukrainian, Mongolian) transliterated, as many till printers print
 * them: a Ljubljana grocery, a Kyiv coffee house's fiscal check, a Limassol
 * fish tavern, a Tirana minimarket's fiscal invoice, a Muscat grocery, an
 * Asuncion general store, an Ulaanbaatar canteen's e-barimt, a Doha office
 * supplier's invoice, a Port Louis restaurant, an Addis Ababa coffee house, a
 * Kingston patty shop and a Quito pharmacy.
 * `npm run bench:receipts-world -- --unseen-8` reads them.
 */
import type { WorldReceipt } from './world-receipts.js';

export const UNSEEN_RECEIPTS_8: readonly WorldReceipt[] = [
  {
    name: 'si-trgovina', what: 'Ljubljana grocery: D.O.O., street then number, postcode before Ljubljana, ID za DDV and registration number, receipt number, Slovenian spaced date, quantity lines under the item names, SKUPAJ EUR with decimal commas, DDV 9,5 % with its base, Gotovina and Vracilo, ZOI and EOR codes',
    page: { width: 520, height: 620 },
    lines: [['TRGOVINA ROZNIK D.O.O.', 100, 30, 26, true], ['Celovska cesta 150', 165, 76, 20], ['1000 Ljubljana', 185, 104, 20], ['ID za DDV: SI12345678', 150, 132, 18], ['Maticna st.: 1234567000', 140, 156, 18],
      ['Racun st.: 01-BL1-004512', 40, 196, 18], ['Datum: 14. 4. 2026   17:32', 40, 222, 18],
      ['Kruh polbeli 500 g', 40, 262, 20], ['1,89', 420, 262, 20], ['Mleko 3,5 % 1 l', 40, 292, 20], ['1,19', 420, 292, 20], ['Jogurt navadni 180 g', 40, 322, 20], ['2 x 0,65', 60, 348, 18], ['1,30', 420, 348, 20],
      ['Jabolka zlati delises', 40, 374, 20], ['1,240 kg x 1,99', 60, 400, 18], ['2,47', 420, 400, 20],
      ['SKUPAJ EUR', 40, 440, 24, true], ['6,85', 410, 440, 24, true], ['DDV 9,5 %   osnova 6,26', 40, 478, 18], ['0,59', 420, 478, 18], ['Gotovina', 40, 504, 18], ['10,00', 410, 504, 18], ['Vracilo', 40, 530, 18], ['3,15', 420, 530, 18],
      ['ZOI: 2b7f0c9e41d35a6c8e12f4a09b7d3e56', 40, 566, 14], ['EOR: 4e1a9c52-7b3d-4f08-9a6e-1c2d3e4f5a6b', 40, 588, 14]],
    expected: { company: 'TRGOVINA ROZNIK D.O.O.', date: '2026-04-14', address: 'CELOVSKA CESTA 150 1000 LJUBLJANA', total: '6.85' },
  },
  {
    name: 'ua-chek', what: "Kyiv coffee house fiscal check in Latin transliteration: TOV with the name in quotes, vul. and house number then m. Kyiv and postcode, PN tax number, cashier, quantity line, tax letter A after the prices, SUMA larger, PDV A 20.00%, HOTIVKA and RESHTA, check number and the date at the bottom above FISKALNYI CHEK",
    page: { width: 520, height: 660 },
    lines: [['TOV "KAVA NA PODOLI"', 110, 30, 24, true], ['vul. Petra Sahaidachnoho, 25', 120, 70, 20], ['m. Kyiv, 04070', 185, 98, 20], ['PN 412345678901', 175, 126, 18],
      ['KASYR: Oksana   KASA 1', 40, 166, 18], ['Kapuchino 0.3', 40, 204, 20], ['75.00 A', 385, 204, 20], ['Amerykano', 40, 234, 20], ['2.000 x 55.00', 60, 260, 18], ['110.00 A', 373, 260, 20],
      ['Syrnyky zi smetanoiu', 40, 290, 20], ['145.00 A', 373, 290, 20], ['Kruasan myhdalnyi', 40, 320, 20], ['68.00 A', 385, 320, 20],
      ['SUMA', 40, 362, 26, true], ['398.00', 375, 362, 26, true], ['PDV A 20.00%', 40, 404, 18], ['66.33', 410, 404, 18], ['HOTIVKA', 40, 430, 18], ['500.00', 400, 430, 18], ['RESHTA', 40, 456, 18], ['102.00', 400, 456, 18],
      ['CHEK No 0000718', 40, 496, 18], ['03.04.2026 09:41:22', 40, 522, 18], ['FISKALNYI CHEK', 175, 560, 20, true], ['FN 4000123456   ZN 0000456789', 105, 592, 16], ['Diakuiemo za pokupku!', 160, 620, 16]],
    expected: { company: 'TOV "KAVA NA PODOLI"', date: '2026-04-03', address: 'VUL. PETRA SAHAIDACHNOHO, 25 M. KYIV, 04070', total: '398.00' },
  },
  {
    name: 'cy-taverna', what: 'Limassol fish tavern in mixed case: Ltd, avenue then number, 4-digit postcode before the village and Limassol, VAT No with check letter, two-digit-year date with table and covers, euro sign before dot-decimal amounts, Total with VAT 9% included after it, Visa card line',
    lines: [['Kalamies Fish Tavern Ltd', 105, 30, 26, true], ['Amathountos Avenue 78', 150, 76, 20], ['4532 Agios Tychonas, Limassol', 110, 104, 20], ['VAT No: 10234567X', 165, 132, 18], ['Tel: 25 321 456', 185, 156, 18],
      ['12/04/26  21:05   Table 7   Pax 2', 40, 196, 18], ['Fish meze x2', 40, 236, 20], ['€52.00', 392, 236, 20], ['Halloumi grilled', 40, 266, 20], ['€8.50', 404, 266, 20], ['Village salad', 40, 296, 20], ['€9.00', 404, 296, 20],
      ['KEO beer x3', 40, 326, 20], ['€13.50', 392, 326, 20], ['Commandaria', 40, 356, 20], ['€6.00', 404, 356, 20],
      ['Total', 40, 398, 24, true], ['€89.00', 385, 398, 24, true], ['incl. VAT 9%', 40, 436, 18], ['€7.35', 408, 436, 18], ['Visa **** 4417', 40, 464, 18], ['€89.00', 396, 464, 18], ['Efcharistoume! Kalo vrady', 140, 506, 18]],
    expected: { company: 'KALAMIES FISH TAVERN LTD', date: '2026-04-12', address: 'AMATHOUNTOS AVENUE 78 4532 AGIOS TYCHONAS, LIMASSOL', total: '89.00' },
  },
  {
    name: 'al-fature', what: 'Tirana minimarket fiscal invoice: SH.P.K., NIPT, Rruga and Nr. then postcode before Tirane, FATURE TATIMORE with number and till code, date with an Albanian month name, whole lek grouped by spaces, TOTALI (Lek) with TVSH 20% included, cash and Kusuri, NIVF and NSLF codes',
    page: { width: 520, height: 680 },
    lines: [['MARKET BLLOKU SH.P.K.', 105, 30, 26, true], ['NIPT: L91234567A', 175, 76, 18], ['Rruga Pjeter Bogdani, Nr. 15', 120, 102, 20], ['1019 Tirane', 200, 130, 20],
      ['FATURE TATIMORE', 170, 170, 20, true], ['Nr. 452/2026   Arka: ka123ab456', 40, 206, 16], ['Data: 9 prill 2026, ora 10:22', 40, 230, 18],
      ['Kafe ekspres x2', 40, 270, 20], ['200', 430, 270, 20], ['Byrek me spinaq', 40, 300, 20], ['150', 430, 300, 20], ['Uje Glina 0.5 L', 40, 330, 20], ['60', 441, 330, 20],
      ['Sallate fshati', 40, 360, 20], ['450', 430, 360, 20], ['Fergese Tirane', 40, 390, 20], ['700', 430, 390, 20],
      ['TOTALI (Lek)', 40, 432, 24, true], ['1 560', 400, 432, 24, true], ['TVSH 20%', 40, 470, 18], ['260', 430, 470, 18], ['Para ne dore', 40, 496, 18], ['2 000', 412, 496, 18], ['Kusuri', 40, 522, 18], ['440', 430, 522, 18],
      ['NIVF: 9a4f2c1e-3b7d-4e58-a0c1-6d2e8f9b1a37', 40, 564, 14], ['NSLF: 5C2E91A7B3D04F68E1A29C7B5D3F0E84', 40, 586, 14], ['Faleminderit!', 195, 626, 18]],
    expected: { company: 'MARKET BLLOKU SH.P.K.', date: '2026-04-09', address: 'RRUGA PJETER BOGDANI, NR. 15 1019 TIRANE', total: '1560' },
  },
  {
    name: 'om-grocery', what: 'Muscat grocery with its address on three lines: LLC, Way and Bldg with the district, P.O. Box and P.C., Muscat and Sultanate of Oman, CR No and VATIN, TAX INVOICE, rials in thousandths, VAT 5% after the subtotal, TOTAL OMR, cash and change',
    page: { width: 520, height: 640 },
    lines: [['AL MOUJ GROCERY LLC', 115, 30, 26, true], ['Way 3021, Bldg 245, Al Khuwair', 105, 76, 20], ['P.O. Box 1234, P.C. 133', 145, 104, 20], ['Muscat, Sultanate of Oman', 130, 132, 20],
      ['CR No: 1234567   VATIN: OM1100123456', 70, 160, 16], ['Tel: +968 2448 1234', 170, 184, 16], ['TAX INVOICE', 195, 216, 20, true], ['Bill: 27845   18/04/2026 19:42', 40, 254, 18],
      ['Basmati Rice 5kg', 40, 292, 20], ['3.450', 410, 292, 20], ['Laban Up 1L x2', 40, 322, 20], ['0.900', 410, 322, 20], ['Khalas Dates 1kg', 40, 352, 20], ['2.200', 410, 352, 20], ['Chicken Breast 1kg', 40, 382, 20], ['1.950', 410, 382, 20],
      ['Subtotal', 40, 422, 20], ['8.500', 410, 422, 20], ['VAT 5%', 40, 450, 20], ['0.425', 410, 450, 20], ['TOTAL OMR', 40, 490, 24, true], ['8.925', 400, 490, 24, true],
      ['Cash', 40, 530, 18], ['10.000', 400, 530, 18], ['Change', 40, 556, 18], ['1.075', 410, 556, 18], ['Shukran - Thank you', 160, 596, 18]],
    expected: { company: 'AL MOUJ GROCERY LLC', date: '2026-04-18', address: 'WAY 3021, BLDG 245, AL KHUWAIR P.O. BOX 1234, P.C. 133 MUSCAT, SULTANATE OF OMAN', total: '8.925' },
  },
  {
    name: 'py-despensa', what: 'Asuncion general store: S.A., RUC with check digit, Avda. and number with the cross street (c/), Asuncion - Paraguay, timbrado and factura contado number, whole guaranies grouped by dots, TOTAL A PAGAR Gs., IVA 10% liquidation, Efectivo and Vuelto',
    page: { width: 520, height: 590 },
    lines: [['COMERCIAL LA ESTRELLA S.A.', 85, 30, 24, true], ['RUC: 80012345-6', 180, 72, 18], ['Avda. Mariscal Lopez 1234 c/ Venezuela', 55, 98, 20], ['Asuncion - Paraguay', 165, 126, 20],
      ['Timbrado N° 16012345   Vigencia 01/01/2026', 40, 166, 14], ['Factura Contado 001-001-0004521', 40, 190, 18], ['Fecha: 17/04/2026  18:22', 40, 216, 18],
      ['Yerba mate 1 kg', 40, 256, 20], ['28.500', 400, 256, 20], ['Chipa x4', 40, 286, 20], ['12.000', 400, 286, 20], ['Leche entera 1 L', 40, 316, 20], ['7.900', 410, 316, 20], ['Mandioca 1 kg', 40, 346, 20], ['5.600', 410, 346, 20],
      ['Coca Cola 2 L', 40, 376, 20], ['14.500', 400, 376, 20], ['TOTAL A PAGAR Gs.', 40, 418, 24, true], ['68.500', 390, 418, 24, true], ['Liquidacion IVA 10%', 40, 456, 18], ['6.227', 410, 456, 18],
      ['Efectivo', 40, 482, 18], ['100.000', 392, 482, 18], ['Vuelto', 40, 508, 18], ['31.500', 400, 508, 18], ['Gracias por su compra', 150, 550, 18]],
    expected: { company: 'COMERCIAL LA ESTRELLA S.A.', date: '2026-04-17', address: 'AVDA. MARISCAL LOPEZ 1234 C/ VENEZUELA ASUNCION - PARAGUAY', total: '68500' },
  },
  {
    name: 'mn-guanz', what: "Ulaanbaatar canteen's e-barimt in Latin transliteration: KHKHK, TTD taxpayer number, street and khoroo then duureg and Ulaanbaatar, whole tugrik with comma thousands, NIIT DUN, NUAT 10% included, Belen and Khariult, DDTD and lottery number, the ISO date at the bottom",
    page: { width: 520, height: 620 },
    lines: [['TSAGAAN DAVAA KHKHK', 120, 30, 26, true], ['TTD: 5123456', 195, 76, 18], ['Baga toiruu-14, 1-r khoroo', 130, 102, 20], ['Sukhbaatar duureg, Ulaanbaatar', 105, 130, 20], ['Utas: 7011-2345', 185, 158, 18],
      ['Kass 2   Kassir: Enkhjargal', 40, 196, 18], ['Suutei tsai x2', 40, 236, 20], ['5,000', 405, 236, 20], ['Buuz x6', 40, 266, 20], ['10,800', 395, 266, 20], ['Khuushuur x2', 40, 296, 20], ['6,400', 405, 296, 20], ['Tsuivan', 40, 326, 20], ['12,500', 395, 326, 20],
      ['NIIT DUN', 40, 368, 24, true], ['34,700', 385, 368, 24, true], ['NUAT 10% (dotor)', 40, 406, 18], ['3,155', 405, 406, 18], ['Belen', 40, 432, 18], ['40,000', 395, 432, 18], ['Khariult', 40, 458, 18], ['5,300', 405, 458, 18],
      ['DDTD: 012345678901234567890123456789012', 40, 498, 14], ['Sugalaa: AB 12345678', 40, 520, 16], ['Ognoo: 2026-04-19 14:05:33', 40, 548, 18], ['Bayarlalaa!', 200, 586, 18]],
    expected: { company: 'TSAGAAN DAVAA KHKHK', date: '2026-04-19', address: 'BAGA TOIRUU-14, 1-R KHOROO SUKHBAATAR DUUREG, ULAANBAATAR', total: '34700' },
  },
  {
    name: 'qa-invoice', what: "Doha office supplier's A4 invoice in mixed case: W.L.L., Building, Street and Zone then P.O. Box, Doha, Qatar, C.R. No, INVOICE with number, dates with English month abbreviations, PO at the right, Bill To block, comma thousands in QAR, delivery line, 3% discount, Total Due (QAR), amount in words, bank IBAN",
    page: { width: 700, height: 900, paper: '#ffffff' },
    lines: [['Al Rayyan Office Supplies W.L.L.', 40, 40, 20, true], ['Building 45, Street 230, Zone 56', 40, 76, 16], ['P.O. Box 24567, Doha, Qatar', 40, 98, 16], ['Tel: +974 4412 3456', 40, 120, 16], ['C.R. No: 123456', 40, 142, 16],
      ['INVOICE', 470, 36, 28, true], ['Invoice No: INV-2026-0417', 450, 80, 16], ['Invoice Date: 16-Apr-2026', 450, 102, 16], ['Due Date: 16-May-2026', 450, 124, 16], ['Customer PO: PO-7781', 450, 146, 16],
      ['Bill To:', 40, 200, 18, true], ['Qatar Gulf Engineering W.L.L.', 40, 226, 16], ['P.O. Box 8812, Doha, Qatar', 40, 248, 16],
      ['Description', 40, 300, 16, true], ['Qty', 360, 300, 16, true], ['Unit Price', 430, 300, 16, true], ['Amount (QAR)', 570, 300, 16, true],
      ['A4 copy paper 80 gsm (box)', 40, 336, 16], ['50', 365, 336, 16], ['95.00', 460, 336, 16], ['4,750.00', 600, 336, 16],
      ['Ergonomic office chair', 40, 364, 16], ['6', 370, 364, 16], ['1,150.00', 440, 364, 16], ['6,900.00', 600, 364, 16],
      ['Toner cartridge 85A', 40, 392, 16], ['12', 365, 392, 16], ['210.00', 452, 392, 16], ['2,520.00', 600, 392, 16],
      ['Whiteboard 180 x 120 cm', 40, 420, 16], ['2', 370, 420, 16], ['640.00', 452, 420, 16], ['1,280.00', 600, 420, 16],
      ['Delivery and installation', 40, 448, 16], ['1', 370, 448, 16], ['250.00', 452, 448, 16], ['250.00', 612, 448, 16],
      ['Subtotal', 430, 500, 16], ['15,700.00', 592, 500, 16], ['Discount 3%', 430, 524, 16], ['-471.00', 608, 524, 16], ['Total Due (QAR)', 400, 558, 20, true], ['15,229.00', 582, 558, 20, true],
      ['Amount in words: Fifteen Thousand Two Hundred Twenty-Nine Qatari Riyals Only', 40, 612, 14], ['Bank: Qatar National Bank   IBAN: QA58 QNBA 0000 0000 0123 4567 8901 2', 40, 640, 14],
      ['Payment terms: 30 days from invoice date', 40, 664, 14], ['Authorised signature', 480, 800, 16]],
    expected: { company: 'AL RAYYAN OFFICE SUPPLIES W.L.L.', date: '2026-04-16', address: 'BUILDING 45, STREET 230, ZONE 56 P.O. BOX 24567, DOHA, QATAR', total: '15229.00' },
  },
  {
    name: 'mu-restaurant', what: 'Port Louis restaurant in mixed case: Ltd, house number, comma and Street then Port Louis, BRN and VAT numbers, weekday and English month date, comma thousands in rupees, Total Rs printed small with VAT 15% included, Cash Tendered printed larger than the total, Change',
    page: { width: 520, height: 580 },
    lines: [['Le Dodo Blanc Restaurant Ltd', 90, 30, 24, true], ['14, Sir William Newton Street', 120, 72, 20], ['Port Louis', 205, 100, 20], ['BRN: C09012345   VAT: 20123456', 100, 128, 16], ['Tel: 212 3456', 195, 150, 16],
      ['Sat 11 Apr 2026  13:20   Table 5', 40, 188, 18], ['Dholl puri x4', 40, 228, 20], ['140.00', 400, 228, 20], ['Mine frite poulet', 40, 258, 20], ['275.00', 400, 258, 20], ['Vindaye ourite', 40, 288, 20], ['425.00', 400, 288, 20],
      ['Alouda x2', 40, 318, 20], ['190.00', 400, 318, 20], ['Phoenix beer', 40, 348, 20], ['110.00', 400, 348, 20],
      ['Total Rs', 40, 390, 20], ['1,140.00', 380, 390, 20], ['VAT 15% incl.', 40, 418, 16], ['148.70', 405, 418, 16], ['Cash Tendered', 40, 452, 26, true], ['2,000.00', 355, 452, 26, true], ['Change', 40, 494, 20], ['860.00', 400, 494, 20],
      ['Mersi, a bientot!', 170, 536, 18]],
    expected: { company: 'LE DODO BLANC RESTAURANT LTD', date: '2026-04-11', address: '14, SIR WILLIAM NEWTON STREET PORT LOUIS', total: '1140.00' },
  },
  {
    name: 'et-buna', what: 'Addis Ababa coffee house fiscal receipt: PLC, TIN and VAT Reg No, Sub City and Woreda then H.No and Addis Ababa, FS No, day-first date, asterisks before every amount as the fiscal printers print them, TXBL1 and TAX1 15.00% before TOTAL, CASH and CHANGE, ERCA machine number',
    page: { width: 520, height: 620 },
    lines: [['YEGNA BUNA PLC', 150, 30, 26, true], ['TIN: 0012345678', 180, 76, 18], ['VAT Reg No: 1234560987', 150, 100, 18], ['Bole Sub City, Woreda 03', 140, 126, 20], ['H.No 245, Addis Ababa', 150, 154, 20], ['Tel: 0116 61 23 45', 175, 182, 18],
      ['FS No. 00004512', 40, 220, 18], ['16/04/2026   08:45', 40, 246, 18], ['Macchiato 2 x 45.00', 40, 284, 20], ['*90.00', 400, 284, 20], ['Buna', 40, 314, 20], ['*40.00', 400, 314, 20], ['Chechebsa', 40, 344, 20], ['*180.00', 390, 344, 20],
      ['Firfir be siga', 40, 374, 20], ['*220.00', 390, 374, 20], ['TXBL1', 40, 414, 18], ['*530.00', 390, 414, 18], ['TAX1 15.00%', 40, 440, 18], ['*79.50', 400, 440, 18],
      ['TOTAL', 40, 476, 24, true], ['*609.50', 380, 476, 24, true], ['CASH', 40, 514, 18], ['*700.00', 390, 514, 18], ['CHANGE', 40, 540, 18], ['*90.50', 400, 540, 18], ['ERCA   FGE0012345', 175, 580, 16]],
    expected: { company: 'YEGNA BUNA PLC', date: '2026-04-16', address: 'BOLE SUB CITY, WOREDA 03 H.NO 245, ADDIS ABABA', total: '609.50' },
  },
  {
    name: 'jm-patties', what: 'Kingston patty shop in mixed case with no address printed: Ltd, TRN and phone only, receipt and register numbers, day-first date with PM, comma thousands, Sub-Total and GCT 15% before the Total in J$, cash and change',
    lines: [['Island Crust Patties Ltd', 105, 30, 26, true], ['TRN: 000-123-456', 175, 76, 18], ['Tel: 876-926-1234', 170, 100, 18], ['Receipt #: 10-004512   Reg 2', 40, 140, 18], ['15/04/2026 12:48 PM   Cashier: Tanisha', 40, 166, 16],
      ['Beef Patty x3', 40, 206, 20], ['840.00', 400, 206, 20], ['Coco Bread x3', 40, 236, 20], ['360.00', 400, 236, 20], ['Ting 600ml', 40, 266, 20], ['250.00', 400, 266, 20],
      ['Sub-Total', 40, 306, 20], ['1,450.00', 380, 306, 20], ['GCT 15%', 40, 334, 20], ['217.50', 400, 334, 20], ['Total', 40, 374, 24, true], ['J$1,667.50', 340, 374, 24, true],
      ['Cash', 40, 414, 20], ['2,000.00', 380, 414, 20], ['Change', 40, 444, 20], ['332.50', 400, 444, 20], ['Thanks for stopping by! Come again', 100, 490, 18]],
    expected: { company: 'ISLAND CRUST PATTIES LTD', date: '2026-04-15', address: null, total: '1667.50' },
  },
  {
    name: 'ec-farmacia', what: 'Quito pharmacy electronic invoice: CIA. LTDA., 13-digit RUC, Av. with the N34-451 block number and y the cross avenue, Quito - Ecuador, FACTURA No. with its establishment codes, place and date with a Spanish month name, Consumidor Final, SUBTOTAL 0% and 15% with IVA 15%, VALOR TOTAL in dollars, Efectivo and Cambio, clave de acceso',
    page: { width: 520, height: 680 },
    lines: [['FARMACIA SAN GABRIEL CIA. LTDA.', 60, 30, 24, true], ['RUC: 1791234567001', 170, 72, 18], ['Av. Amazonas N34-451 y Av. Atahualpa', 70, 98, 20], ['Quito - Ecuador', 185, 126, 20], ['Tel: 02 245 6789', 180, 154, 18],
      ['FACTURA No. 001-002-000045123', 90, 190, 18, true], ['Quito, 20 de abril de 2026', 40, 226, 18], ['Cliente: CONSUMIDOR FINAL', 40, 252, 18], ['C.I./RUC: 9999999999999', 40, 276, 16],
      ['Paracetamol 500 mg x20', 40, 312, 18], ['2.40', 420, 312, 18], ['Ibuprofeno 400 mg x10', 40, 338, 18], ['3.15', 420, 338, 18], ['Vitamina C 1 g efervescente', 40, 364, 18], ['6.80', 420, 364, 18],
      ['Alcohol antiseptico 250 ml', 40, 390, 18], ['2.25', 420, 390, 18], ['SUBTOTAL 0%', 40, 428, 18], ['5.55', 420, 428, 18], ['SUBTOTAL 15%', 40, 454, 18], ['9.05', 420, 454, 18], ['IVA 15%', 40, 480, 18], ['1.36', 420, 480, 18],
      ['VALOR TOTAL', 40, 516, 24, true], ['$ 15.96', 380, 516, 24, true], ['Efectivo', 40, 556, 18], ['20.00', 410, 556, 18], ['Cambio', 40, 582, 18], ['4.04', 420, 582, 18],
      ['Clave de acceso:', 40, 618, 14], ['2004202601179123456700120010020000451231234567815', 40, 636, 14]],
    expected: { company: 'FARMACIA SAN GABRIEL CIA. LTDA.', date: '2026-04-20', address: 'AV. AMAZONAS N34-451 Y AV. ATAHUALPA QUITO - ECUADOR', total: '15.96' },
  },
];
