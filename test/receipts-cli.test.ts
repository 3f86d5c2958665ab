/**
 * Receipts through runCli: `kie extract --schema receipt` on the bundled
 * example, weak labels in `kie convert --from sroie` and `kie eval --mode fields`
 * on a generated SROIE folder, schema errors.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadDocumentSchema } from '../src/io/schema-file.js';
import { modelFieldOptions, resultFields } from '../src/pipeline/extract-fields.js';
import type { ExtractedField } from '../src/pipeline/fields.js';
import { createExtractor } from '../src/pipeline/kie.js';
import { runKie } from './helpers/run-kie.js';
import { tempDir } from './fixtures/synthetic.js';

const ROOT = join(import.meta.dirname, '..');

/** A two-receipt SROIE folder (box/ and key/, no images). */
async function writeSroie(dir: string): Promise<void> {
  await mkdir(join(dir, 'box'), { recursive: true });
  await mkdir(join(dir, 'key'), { recursive: true });
  const box = (rows: string[]): string => rows.map((t, i) => `10,${10 + i * 30},300,${10 + i * 30},300,${30 + i * 30},10,${30 + i * 30},${t}`).join('\n');
  await writeFile(join(dir, 'box', 'r1.csv'), box(['ACME TRADING SDN BHD', 'NO 1, JALAN SATU,', '50000 KUALA LUMPUR', 'DATE: 01/02/2019', 'TOTAL: 12.50']));
  await writeFile(join(dir, 'key', 'r1.json'), JSON.stringify({ company: 'ACME TRADING SDN BHD', date: '01/02/2019', address: 'NO 1, JALAN SATU, 50000 KUALA LUMPUR', total: '12.50' }));
  await writeFile(join(dir, 'box', 'r2.csv'), box(['BETA STORE', 'TOTAL 7.00']));
  await writeFile(join(dir, 'key', 'r2.json'), JSON.stringify({ company: 'GAMMA STORE', date: '', address: '', total: '7.00' }));
}

/** A temporary folder with the two-receipt SROIE folder converted to `train.json` (weak labels, field tables). */
async function sroieTrainingSet(): Promise<string> {
  const dir = await tempDir();
  await writeSroie(join(dir, 'sroie'));
  expect((await runKie(dir, 'convert', '--from', 'sroie', 'sroie', 'train.json', '--to', 'kie')).code).toBe(0);
  return dir;
}

describe('kie extract --schema receipt', () => {
  it('returns the fields of the bundled receipt (rule-based fallback with a model that has no receipt classes)', async () => {
    const run = await runKie(ROOT, 'extract', '--model', 'kie-forms', '--schema', 'receipt', 'examples/receipt.jpg');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as { documentSchema: string; pages: Array<{ fields: Record<string, { value: string; normalized: string; valid: boolean }> }> };
    expect(json.documentSchema).toBe('receipt');
    const fields = json.pages[0]!.fields;
    expect(fields.company).toMatchObject({ value: 'SUNRISE MART SDN BHD', valid: true });
    expect(fields.date).toMatchObject({ normalized: '2019-03-15', valid: true });
    expect(fields.total).toMatchObject({ value: '23.10', normalized: '23.10', valid: true });
  });

  it('reads the same fields with the shipped receipts model, chosen for the schema when no --model is given', async () => {
    const run = await runKie(ROOT, 'extract', '--schema', 'receipt', '--fields', 'model', 'examples/receipt.jpg');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as { model: { name: string }; pages: Array<{ fields: Record<string, { value: string; normalized: string; source: string }> }> };
    expect(json.model.name).toBe('receipts');
    const fields = json.pages[0]!.fields;
    expect(fields.company).toMatchObject({ value: 'SUNRISE MART SDN BHD', source: 'model' });
    expect(fields.date).toMatchObject({ normalized: '2019-03-15', source: 'model' });
    expect(fields.total).toMatchObject({ normalized: '23.10', source: 'model' });
  });

  it('reads a receipt turned a quarter (clean-up is on by default): fields found upright, boxes in the turned image', async () => {
    const dir = await tempDir();
    await sharp(join(ROOT, 'examples', 'receipt.jpg')).rotate(90).toFile(join(dir, 'turned.jpg'));
    const run = await runKie(dir, 'extract', '--schema', 'receipt', 'turned.jpg');
    expect(run.code).toBe(0);
    const page = (JSON.parse(run.out) as { pages: Array<{ width: number; height: number; fields: Record<string, { value: string; normalized: string }> }> }).pages[0]!;
    const meta = await sharp(join(dir, 'turned.jpg')).metadata();
    expect([page.width, page.height]).toEqual([meta.width, meta.height]);
    expect(page.fields.company).toMatchObject({ value: 'SUNRISE MART SDN BHD' });
    expect(page.fields.total).toMatchObject({ normalized: '23.10' });
  });

  it('reads it turned through the library too: createExtractor cleans up by default, as the CLI does, unless preprocess is false', async () => {
    const turned = new Uint8Array(await sharp(join(ROOT, 'examples', 'receipt.jpg')).rotate(90).toBuffer());
    const schema = await loadDocumentSchema('receipt');
    const read = async (options: Parameters<typeof createExtractor>[0]): Promise<{ turnedBack: number | undefined; fields: Record<string, string | null> }> => {
      const extractor = await createExtractor(options);
      try {
        const result = await extractor.extract(turned);
        const fields = resultFields(result, schema, modelFieldOptions(extractor.model, 'auto'));
        // The frame the page was read in: upright, the turned picture's height wide.
        return { turnedBack: result.readFrame?.width, fields: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, (f as ExtractedField).normalized])) };
      } finally {
        await extractor.release();
      }
    };
    const { height } = await sharp(turned).metadata();
    const cleaned = await read({ model: 'receipts', splitLines: false });
    expect(cleaned.turnedBack).toBe(height);
    expect(cleaned.fields).toMatchObject({ company: 'SUNRISE MART SDN BHD', total: '23.10' });
    const asGiven = await read({ model: 'receipts', splitLines: false, ocr: { preprocess: false } });
    expect(asGiven.turnedBack).toBeUndefined();
  });

  it("writes a company a slip from one of the model's known values as known, unless --no-known-values", async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'models', 'receipts'), join(dir, 'model'), { recursive: true });
    await writeFile(join(dir, 'model', 'known-values.json'), JSON.stringify({ company: ['SUNRISE MART SDN BHD.', 'ACME TRADING SDN BHD'] }));
    const company = async (...extra: string[]): Promise<Record<string, unknown>> => {
      const run = await runKie(ROOT, 'extract', '--schema', 'receipt', '--model', join(dir, 'model'), ...extra, 'examples/receipt.jpg');
      expect(run.code, run.err).toBe(0);
      return (JSON.parse(run.out) as { pages: Array<{ fields: Record<string, Record<string, unknown>> }> }).pages[0]!.fields.company!;
    };
    expect(await company()).toMatchObject({ value: 'SUNRISE MART SDN BHD.', read: 'SUNRISE MART SDN BHD' });
    const asRead = await company('--no-known-values');
    expect(asRead).toMatchObject({ value: 'SUNRISE MART SDN BHD' });
    expect(asRead).not.toHaveProperty('read');
    await writeFile(join(dir, 'model', 'known-values.json'), '{"company": "not a list"}');
    const bad = await runKie(ROOT, 'extract', '--schema', 'receipt', '--model', join(dir, 'model'), 'examples/receipt.jpg');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/known-values\.json: known values must be a JSON object of string lists/u);
  });

  it('names the file when a model copy carries a malformed recogniser head', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'models', 'receipts'), join(dir, 'model'), { recursive: true });
    const manifest = JSON.parse(await readFile(join(dir, 'model', 'model.json'), 'utf8')) as { ocr: { recHead?: string } };
    manifest.ocr.recHead = 'head.json';
    await writeFile(join(dir, 'model', 'model.json'), JSON.stringify(manifest));
    await writeFile(join(dir, 'model', 'head.json'), '{"format": "kie-rec-head", "version": 1, "chars": ["", "A"], "inputSize": 120, "weights": "AAAA", "bias": ""}');
    const run = await runKie(ROOT, 'extract', '--schema', 'receipt', '--model', join(dir, 'model'), 'examples/receipt.jpg');
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/head\.json: weights holds 3 bytes, expected 960/u);
  });

  it('writes the fields as CSV, one row per page and one per input that failed, and asks for a schema without one', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'examples', 'receipt.jpg'), join(dir, 'receipt.jpg'));
    await writeFile(join(dir, 'torn.jpg'), 'not a picture');
    const run = await runKie(dir, 'extract', '--schema', 'receipt', '--format', 'csv', '--out', 'fields.csv', '.');
    expect(run.code).not.toBe(0); // the torn file's code, after the good one was written
    const [header, ...rows] = (await readFile(join(dir, 'fields.csv'), 'utf8')).trimEnd().split('\r\n');
    expect(header).toBe(
      'image,error,company,company_normalized,company_valid,date,date_normalized,date_valid,address,address_normalized,address_valid,' +
        'total,total_normalized,total_valid,total_currency,subtotal,subtotal_normalized,subtotal_valid,subtotal_currency',
    );
    expect(rows[0]).toMatch(/^receipt\.jpg,,SUNRISE MART SDN BHD,SUNRISE MART SDN BHD,true,15\/03\/2019,2019-03-15,true,"NO\. 12, JALAN BUNGA RAYA,.*",true,23\.10,23\.10,true,/u);
    expect(rows[1]).toMatch(/^torn\.jpg,"UNSUPPORTED_IMAGE: .*not an image kie can read \(supported: JPEG, PNG/u);
    const noSchema = await runKie(dir, 'extract', '--format', 'csv', 'receipt.jpg');
    expect(noSchema.code).toBe(2);
    expect(noSchema.err).toMatch(/--format csv writes the fields of a schema.*give --schema \(receipt, form/u);
  });

  it('names the shipped schemas when the schema is unknown', async () => {
    const run = await runKie(ROOT, 'extract', '--schema', 'invoice', 'examples/receipt.jpg');
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/unknown schema "invoice" \(valid: form, receipt/u);
  });
});

describe('weak labels and field scores on a generated SROIE folder', () => {
  it('kie convert labels lines from the field values and reports the coverage', async () => {
    const dir = await tempDir();
    await writeSroie(join(dir, 'sroie'));
    const run = await runKie(dir, 'convert', '--from', 'sroie', 'sroie', 'out.json', '--to', 'kie');
    expect(run.code).toBe(0);
    expect(run.out).toContain('company    found 1/2 (50.0%)');
    expect(run.out).toContain('lines labelled 6/7: COMPANY 1, ADDRESS 2, DATE 1, TOTAL 2');
    expect(run.out).toContain('r2 company: "GAMMA STORE"');
    const written = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as { documents: Array<{ pages: Array<{ segments: Array<{ label: string }> }> }> };
    expect(written.documents[0]!.pages[0]!.segments.map((s) => s.label)).toEqual(['COMPANY', 'ADDRESS', 'ADDRESS', 'DATE', 'TOTAL']);
    const raw = await runKie(dir, 'convert', '--from', 'sroie', '--no-weak-labels', 'sroie', 'raw.json', '--to', 'kie');
    expect(raw.out).not.toContain('weak labels');
  });

  it('kie train --init receipts keeps the base model\'s word list and OCR settings and adds the new known values', async () => {
    const dir = await sroieTrainingSet();
    const run = await runKie(dir, 'train', '--task', 'ser', '--train', 'train.json', '--val', 'train.json', '--out', 'tuned', '--init', 'receipts', '--epochs', '1');
    expect(run.code, run.err).toBe(0);
    const base = JSON.parse(await readFile(join(ROOT, 'models', 'receipts', 'model.json'), 'utf8')) as Record<string, unknown>;
    const tuned = JSON.parse(await readFile(join(dir, 'tuned', 'model.json'), 'utf8')) as Record<string, unknown>;
    expect(tuned).toMatchObject({ lexicon: 'lexicon.tsv', knownValues: 'known-values.json', ocr: base.ocr });
    expect(await readFile(join(dir, 'tuned', 'lexicon.tsv'), 'utf8')).toBe(await readFile(join(ROOT, 'models', 'receipts', 'lexicon.tsv'), 'utf8'));
    const known = JSON.parse(await readFile(join(dir, 'tuned', 'known-values.json'), 'utf8')) as Record<string, string[]>;
    const baseKnown = JSON.parse(await readFile(join(ROOT, 'models', 'receipts', 'known-values.json'), 'utf8')) as Record<string, string[]>;
    expect(known.company!.slice(0, 2)).toEqual(['ACME TRADING SDN BHD', 'GAMMA STORE']);
    expect(known.company).toHaveLength(baseKnown.company!.length + 2);
    expect(known.address![0]).toBe('NO 1, JALAN SATU, 50000 KUALA LUMPUR');
  });

  it('kie train --schema receipt gives a model trained from scratch its own word list and known values', async () => {
    const dir = await sroieTrainingSet();
    const run = await runKie(dir, 'train', '--task', 'ser', '--train', 'train.json', '--val', 'train.json', '--out', 'own', '--schema', 'receipt', '--epochs', '1');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('known values: company 2, address 1');
    const manifest = JSON.parse(await readFile(join(dir, 'own', 'model.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ lexicon: 'lexicon.tsv', knownValues: 'known-values.json' });
    // Nothing said about line splitting: none recorded (kie extract then splits, as for kie-forms).
    expect(manifest.ocr).toBeUndefined();
    // Known values only for the schema's text fields: dates and totals differ on every receipt.
    const known = JSON.parse(await readFile(join(dir, 'own', 'known-values.json'), 'utf8')) as Record<string, string[]>;
    expect(known).toEqual({ company: ['ACME TRADING SDN BHD', 'GAMMA STORE'], address: ['NO 1, JALAN SATU, 50000 KUALA LUMPUR'] });
    expect(await readFile(join(dir, 'own', 'lexicon.tsv'), 'utf8')).toContain('TRADING');
    // Training again into the same directory without --schema keeps them.
    const again = await runKie(dir, 'train', '--task', 'ser', '--train', 'train.json', '--val', 'train.json', '--out', 'own', '--epochs', '1', '--seed', '2');
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'own', 'known-values.json'), 'utf8'))).toEqual(known);
    // --no-split records that the model learnt whole OCR lines; --split the opposite.
    const whole = await runKie(dir, 'train', '--task', 'ser', '--train', 'train.json', '--val', 'train.json', '--out', 'own', '--epochs', '1', '--no-split');
    expect(whole.code, whole.err).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'own', 'model.json'), 'utf8'))).toMatchObject({ ocr: { splitLines: false } });
    await runKie(dir, 'train', '--task', 'ser', '--train', 'train.json', '--val', 'train.json', '--out', 'own', '--epochs', '1', '--split');
    expect(JSON.parse(await readFile(join(dir, 'own', 'model.json'), 'utf8'))).toMatchObject({ ocr: { splitLines: true } });
    const bad = await runKie(dir, 'train', '--task', 'ser', '--train', 'train.json', '--val', 'train.json', '--out', 'x', '--schema', 'invoice');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('form, receipt');
  });

  it('kie eval --mode fields scores a folder of per-receipt JSON with the SROIE comparison', async () => {
    const dir = await tempDir();
    await writeSroie(join(dir, 'sroie'));
    await mkdir(join(dir, 'pred'));
    await writeFile(join(dir, 'pred', 'r1.json'), JSON.stringify({ company: 'ACME  TRADING SDN BHD', date: '01/02/2019', address: 'x', total: '12.50' }));
    await writeFile(join(dir, 'pred', 'r2.json'), JSON.stringify({ company: 'BETA STORE', total: '7.00' }));
    const run = await runKie(dir, 'eval', '--mode', 'fields', '--gold', 'sroie', '--gold-format', 'sroie', '--pred', 'pred', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as { fields: { perField: Record<string, { tp: number; gold: number; pred: number }>; overall: { tp: number } } };
    expect(report.fields.perField.company).toMatchObject({ tp: 1, gold: 2, pred: 2 });
    expect(report.fields.perField.total).toMatchObject({ tp: 2, gold: 2, pred: 2 });
    expect(report.fields.overall.tp).toBe(4);
  });
});
