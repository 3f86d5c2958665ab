import { join } from 'node:path';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { listShippedSchemas, loadDocumentSchema } from './schema-file.js';

describe('loadDocumentSchema', () => {
  it('lists and loads the shipped schemas', async () => {
    expect(await listShippedSchemas()).toEqual(expect.arrayContaining(['form', 'receipt']));
    const receipt = await loadDocumentSchema('receipt');
    expect(receipt.fields.map((f) => f.name).slice(0, 4)).toEqual(['company', 'date', 'address', 'total']);
    expect(receipt.fields.find((f) => f.name === 'total')!.keys.zh).toEqual(expect.arrayContaining(['合计', '总计']));
    const form = await loadDocumentSchema('form');
    expect(form.fields.map((f) => f.type)).toEqual(expect.arrayContaining(['text', 'date', 'phone', 'email', 'enum']));
  });

  it.each<[string, string, RegExp]>([
    ['unknown name', 'invoice', /unknown schema "invoice" \(valid: .*receipt/u],
    ['missing file', './nope.json', /schema file not found/u],
  ])('%s', async (_, name, message) => {
    await expect(loadDocumentSchema(name)).rejects.toThrow(message);
  });

  it('names the file of a malformed schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kie-schema-'));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 1, name: 'x', fields: [{ name: 'a', type: 'money' }] }));
    await expect(loadDocumentSchema(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json\.fields\[0\]\.type: expected one of text, date/u);
  });
});
