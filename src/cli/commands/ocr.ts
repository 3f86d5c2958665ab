import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { KieError } from '../../core/errors.js';
import type { OcrPage } from '../../core/ocr.js';
import { loadImage } from '../../io/image.js';
import { pageFileStem, pdfPageName, readPdf } from '../../io/pdf.js';
import { isPdfFile } from '../../pipeline/extract-inputs.js';
import { renderOcrPicture } from '../../io/render.js';
import { createOcr, type OcrOptions } from '../../pipeline/ocr.js';
import { toOcrJson } from '../../pipeline/ocr-json.js';
import { loadLineSplitter } from '../../pipeline/split-lines.js';
import { CLEANUP_SPEC_CHOICES, parseCleanupSpec } from '../../pipeline/clean-up.js';

import type { CliContext } from '../io.js';
import { parseIntOption, parseFloatOption } from '../options.js';
import { reportError } from '../report-error.js';

interface OcrCommandOptions {
  out?: string;
  vis?: string;
  threads: number;
  limitSideLen?: number;
  boxThresh?: number;
  thresh?: number;
  unclipRatio?: number;
  cls: boolean;
  halfWidth: boolean;
  checkboxes: boolean;
  chars: boolean;
  detModel?: string;
  recModel?: string;
  clsModel?: string;
  dict?: string;
  maxPixels?: number;
  preprocess: string;
  segments: string;
  pdfDpi: number;
}

const SEGMENTS = ['lines', 'entities'] as const;

export function registerOcrCommand(program: Command, ctx: CliContext): void {
  program
    .command('ocr')
    .description('detect and recognise the text lines of images; prints JSON {width, height, lines:[{points,text,score}]}')
    .argument('<images...>', 'image files (JPEG, PNG, WebP, TIFF, BMP, GIF) or PDFs (each page rendered and read)')
    .option('-o, --out <file>', 'write the JSON here instead of standard output')
    .option('--vis <path>', 'write a picture of the lines (a PNG file for one image, a directory for several)')
    .option('--threads <n>', 'threads per model call', parseIntOption, 2)
    .option('--limit-side-len <px>', 'longer side of the detector input', parseIntOption)
    .option('--thresh <p>', 'text pixel threshold of the detector', parseFloatOption)
    .option('--box-thresh <p>', 'minimum mean text probability of a box', parseFloatOption)
    .option('--unclip-ratio <r>', 'how far detected kernels are grown', parseFloatOption)
    .option('--no-cls', 'skip the 180° direction classifier')
    .option('--no-half-width', 'keep full-width punctuation and letters as recognised, apart from half-width ones while decoding')
    .option('--no-checkboxes', 'keep a line-opening 口 as read instead of the checkbox □')
    .option('--chars', 'include each character and its position along the line')
    .option('--det-model <file>', 'detection model (ONNX)')
    .option('--rec-model <file>', 'recognition model (ONNX)')
    .option('--cls-model <file>', 'direction classification model (ONNX)')
    .option('--dict <file>', 'recognition dictionary, one character per line')
    .option('--max-pixels <n>', 'refuse images with more pixels (PDF pages: render larger pages smaller)', parseIntOption)
    .option('--pdf-dpi <n>', 'resolution PDF pages are rendered at', parseIntOption, 200)
    .option('--segments <kind>', `lines: the detector's lines; entities: lines joined and cut into key and value pieces by the learned line merge + split (what kie extract works on)`, 'lines')
    .option('--preprocess <steps>', `image clean-up: ${CLEANUP_SPEC_CHOICES}; points stay the input's`, 'default')
    .action(async (images: string[], opts: OcrCommandOptions) => {
      await runOcrCommand(ctx, images, opts);
    });
}

async function runOcrCommand(ctx: CliContext, images: string[], opts: OcrCommandOptions): Promise<void> {
  if (!(SEGMENTS as readonly string[]).includes(opts.segments)) {
    throw new KieError('INVALID_ARGUMENT', `--segments must be one of ${SEGMENTS.join(', ')}, got "${opts.segments}"`);
  }
  const splitter = opts.segments === 'entities' ? await loadLineSplitter() : undefined;
  if (opts.segments === 'entities' && !splitter) throw new KieError('MODEL_NOT_FOUND', 'the line-split model is not installed (models/line-split)');
  const options: OcrOptions = {
    threads: opts.threads,
    useCls: opts.cls,
    halfWidth: opts.halfWidth,
    checkboxes: opts.checkboxes,
    maxPixels: opts.maxPixels,
    preprocess: parseCleanupSpec(opts.preprocess),
    det: definedOnly({
      limitSideLen: opts.limitSideLen,
      thresh: opts.thresh,
      boxThresh: opts.boxThresh,
      unclipRatio: opts.unclipRatio,
    }),
    models: definedOnly({
      det: inCwd(ctx, opts.detModel),
      rec: inCwd(ctx, opts.recModel),
      cls: inCwd(ctx, opts.clsModel),
      dict: inCwd(ctx, opts.dict),
    }),
  };
  const ocr = await createOcr(options);
  const results: unknown[] = [];
  // A PDF gives one result per page, so its pictures go into a folder as several images' do.
  const many = images.length > 1 || images.some((i) => isPdfFile(i));
  try {
    for (const image of images) {
      const path = resolve(ctx.io.cwd, image);
      try {
        // Every page of a PDF is read as a picture (its rendering), text layer or not: this is the OCR command.
        const pages = isPdfFile(path)
          ? (await readPdf(path, { dpi: opts.pdfDpi, ...(opts.maxPixels ? { maxPixels: opts.maxPixels } : {}) })).map((p) => ({ file: pdfPageName(image, p.number), decoded: p.image }))
          : [{ file: image, decoded: await loadImage(path, { maxPixels: opts.maxPixels }) }];
        for (const { file, decoded } of pages) {
          const read: OcrPage = await ocr.recognize(decoded);
          const page: OcrPage = splitter ? { ...read, lines: splitter(read.lines) } : read;
          results.push({ file, ...toOcrJson(page, { chars: opts.chars }) });
          if (opts.vis) await writeVis(ctx, opts.vis, many, file, await renderOcrPicture(decoded, page.lines));
        }
      } catch (error) {
        // One bad file must not stop the batch: report it, keep going, exit non-zero at the end.
        const code = reportError(ctx, error);
        if (ctx.exitCode === 0) ctx.exitCode = code;
        results.push({ file: image, error: errorJson(error) });
      }
    }
  } finally {
    await ocr.release();
  }
  const json = `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`;
  if (opts.out) {
    try {
      await writeFile(resolve(ctx.io.cwd, opts.out), json);
    } catch (cause) {
      throw new KieError('OUTPUT_FAILED', `could not write ${opts.out}`, { cause, path: opts.out });
    }
  } else {
    ctx.io.stdout(json);
  }
}

async function writeVis(ctx: CliContext, vis: string, many: boolean, image: string, png: Buffer): Promise<void> {
  let target = resolve(ctx.io.cwd, vis);
  if (many || !/\.png$/iu.test(vis)) {
    await mkdir(target, { recursive: true });
    // `scan.pdf#page=2` → `scan-page2.ocr.png`.
    target = join(target, `${pageFileStem(image)}.ocr.png`);
  }
  try {
    await writeFile(target, png);
  } catch (cause) {
    throw new KieError('OUTPUT_FAILED', `could not write the picture ${target}`, { cause, path: target });
  }
}

function inCwd(ctx: CliContext, path: string | undefined): string | undefined {
  return path === undefined ? undefined : resolve(ctx.io.cwd, path);
}

function errorJson(error: unknown): { code: string; message: string } {
  return error instanceof KieError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: String(error) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
