/**
 * `kie ocr` through the CLI entry point: output shape, pictures, and one test per
 * kind of bad input, each with its own exit code and message, none stopping a batch.
 */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/cli/exit-codes.js';
import { runKie } from './helpers/run-kie.js';

const examples = join(import.meta.dirname, '..', 'examples');
let dir: string;

/**
 * A decompression bomb's calling card: a PNG whose header claims `width x height`
 * pixels, with a tiny body. kie must refuse it from the header, before decoding.
 */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no interlace
  const idat = deflateSync(Buffer.alloc(1000));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kie-ocr-cli-'));
  await copyFile(join(examples, 'form-en.png'), join(dir, 'form.png'));
  await mkdir(join(dir, 'folder'));
  await writeFile(join(dir, 'empty.png'), '');
  await writeFile(join(dir, 'notes.png'), 'this is a text file, not an image\n');
  const png = await readFile(join(examples, 'form-en.png'));
  await writeFile(join(dir, 'truncated.png'), png.subarray(0, Math.floor(png.length / 3)));
  const jpeg = await readFile(join(examples, 'receipt.jpg'));
  await writeFile(join(dir, 'truncated.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  await writeFile(join(dir, 'bomb.png'), pngHeaderOnly(30000, 30000));
  await writeFile(join(dir, 'corrupt.onnx'), 'not a model');
});

describe('kie ocr', () => {
  it('prints {file, width, height, lines:[{points, text, score}]} and draws a picture', async () => {
    const { code, out, err } = await runKie(dir, 'ocr', 'form.png', '--vis', 'form.vis.png', '--threads', '1');
    expect(err).toBe('');
    expect(code).toBe(0);
    const page = JSON.parse(out) as { width: number; height: number; lines: Array<{ points: number[][]; text: string; score: number }> };
    expect(page).toMatchObject({ file: 'form.png', width: 1000, height: 760 });
    expect(page.lines.map((l) => l.text)).toContain('jane.doe@example.com');
    for (const line of page.lines) {
      expect(line.points).toHaveLength(4);
      expect(line.score).toBeGreaterThan(0);
    }
    const vis = await sharp(join(dir, 'form.vis.png')).metadata();
    expect([vis.width, vis.height]).toEqual([2000, 760]);
  });

  it('cuts lines into entities with --segments entities, and names the choices for a wrong kind', async () => {
    const lines = JSON.parse((await runKie(dir, 'ocr', 'form.png', '--threads', '1')).out) as { lines: Array<{ text: string }> };
    const run = await runKie(dir, 'ocr', 'form.png', '--threads', '1', '--segments', 'entities');
    expect(run.code).toBe(0);
    const entities = JSON.parse(run.out) as { lines: Array<{ text: string }> };
    expect(entities.lines.length).toBeGreaterThanOrEqual(lines.lines.length);
    expect(entities.lines.map((l) => l.text)).toContain('Name:');
    const wrong = await runKie(dir, 'ocr', 'form.png', '--segments', 'words');
    expect(wrong.code).toBe(EXIT_CODES.INVALID_ARGUMENT);
    expect(wrong.err).toMatch(/lines, entities/);
  });

  it('writes --out and --chars', async () => {
    expect((await runKie(dir, 'ocr', 'form.png', '--out', 'form.json', '--chars', '--threads', '1')).code).toBe(0);
    const page = JSON.parse(await readFile(join(dir, 'form.json'), 'utf8')) as { lines: Array<{ text: string; chars: unknown[] }> };
    expect(page.lines[0]!.chars.length).toBeGreaterThan(0);
  });
});

describe('kie ocr on bad input', () => {
  it.each([
    { file: 'missing.png', code: 'FILE_NOT_FOUND', message: /missing\.png: no such file/ },
    { file: 'folder', code: 'NOT_A_FILE', message: /folder is a directory/ },
    { file: 'empty.png', code: 'EMPTY_FILE', message: /empty\.png is empty/ },
    { file: 'notes.png', code: 'UNSUPPORTED_IMAGE', message: /notes\.png is not an image/ },
    { file: 'truncated.png', code: 'CORRUPT_IMAGE', message: /truncated\.png could not be decoded/ },
    { file: 'truncated.jpg', code: 'CORRUPT_IMAGE', message: /truncated\.jpg could not be decoded/ },
    { file: 'bomb.png', code: 'IMAGE_TOO_LARGE', message: /30000x30000 = 900000000 pixels, over the limit/ },
  ] as const)('$file → $code, one line, no stack trace', async ({ file, code, message }) => {
    const run = await runKie(dir, 'ocr', file, '--threads', '1');
    expect(run.code).toBe(EXIT_CODES[code]);
    expect(run.err).toMatch(new RegExp(`^kie: error ${code}: `));
    expect(run.err).toMatch(message);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.out)).toMatchObject({ file, error: { code } });
  });

  it('keeps going after a bad file: the other files of the batch get their results', async () => {
    const run = await runKie(dir, 'ocr', 'missing.png', 'form.png', 'notes.png', '--threads', '1');
    expect(run.code).toBe(EXIT_CODES.FILE_NOT_FOUND);
    const results = JSON.parse(run.out) as Array<{ file: string; error?: unknown; lines?: unknown[] }>;
    expect(results.map((r) => [r.file, r.error === undefined])).toEqual([
      ['missing.png', false],
      ['form.png', true],
      ['notes.png', false],
    ]);
    expect(results[1]!.lines!.length).toBeGreaterThan(10);
  });

  it.each([
    { args: ['--det-model', 'nowhere.onnx'], code: 'MODEL_NOT_FOUND', message: /model file not found: .*nowhere\.onnx/ },
    { args: ['--rec-model', 'corrupt.onnx'], code: 'MODEL_INVALID', message: /corrupt\.onnx could not be loaded/ },
    { args: ['--dict', 'nowhere.txt'], code: 'MODEL_NOT_FOUND', message: /dictionary file not found/ },
  ] as const)('a bad model option $args.0 → $code', async ({ args, code, message }) => {
    const run = await runKie(dir, 'ocr', 'form.png', ...args);
    expect(run.code).toBe(EXIT_CODES[code]);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('prints the stack trace with --debug', async () => {
    const run = await runKie(dir, '--debug', 'ocr', 'form.png', '--det-model', 'nowhere.onnx');
    expect(run.err).toMatch(/\n\s+at /);
  });

  it('refuses images over --max-pixels', async () => {
    const run = await runKie(dir, 'ocr', 'form.png', '--max-pixels', '1000');
    expect(run.code).toBe(EXIT_CODES.IMAGE_TOO_LARGE);
  });

  it('gives a usage error for a bad option value', async () => {
    const run = await runKie(dir, 'ocr', 'form.png', '--threads', 'many');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/expected a positive integer/);
  });

});
