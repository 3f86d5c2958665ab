import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { KieError, toKieError } from '../../core/errors.js';
import { writeDataset } from '../../io/formats/registry.js';
import { loadImage, writePng } from '../../io/image.js';
import { pageFileStem } from '../../io/pdf.js';
import { renderRePicture, renderSerPicture } from '../../io/render-kie.js';
import { expandInputs, pdfSources, type ExtractSource } from '../../pipeline/extract-inputs.js';
import { formatJson, toExtractJson, toPredictionDataset, type ExtractedPage } from '../../pipeline/extract-json.js';
import { modelFieldOptions, resultFields, withFields } from '../../pipeline/extract-fields.js';
import { fieldsTable, type FieldsRow } from '../../pipeline/fields-table.js';
import { formatCsv } from '../../io/csv.js';
import { loadDocumentSchema } from '../../io/schema-file.js';
import type { DocumentSchema } from '../../core/schema.js';
import type { RgbImage } from '../../core/image.js';
import { createExtractor, type Extractor, type ExtractResult } from '../../pipeline/kie.js';
import { CLEANUP_SPEC_CHOICES, parseCleanupSpec } from '../../pipeline/clean-up.js';
import { DEFAULT_KIE_MODEL, shippedModelForSchema } from '../../pipeline/model-resolve.js';
import { loadLineSplitter } from '../../pipeline/split-lines.js';
import type { CliContext } from '../io.js';
import { parseIntOption } from '../options.js';
import { reportError } from '../report-error.js';

const OUTPUT_FORMATS = ['json', 'ppocr-kie', 'paddle', 'csv'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface ExtractCommandOptions {
  model?: string;
  out?: string;
  format: OutputFormat;
  vis?: string;
  ocrJson?: string;
  goldLabels?: boolean;
  /** Unset: as the model was trained (its manifest's ocr.splitLines). */
  split?: boolean;
  splitModel?: string;
  threads: number;
  schema?: string;
  fields: 'auto' | 'model' | 'rules';
  knownValues: boolean;
  preprocess: string;
  pdfDpi: number;
  pdfText: boolean;
}

export function registerExtractCommand(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('key-value extraction: OCR → reading order → SER → RE → key-values; prints JSON (schemaVersion 1)')
    .argument('[inputs...]', 'images, PDFs, folders of them, or files of OCR lines / labelled segments (kie ocr JSON, any dataset format)')
    .option('--model <name|dir>', `a shipped model name or a model directory (default: with --schema, the shipped model made for it, e.g. receipts for receipt; else ${DEFAULT_KIE_MODEL})`)
    .option('-o, --out <file>', 'write the result here instead of standard output (required for ppocr-kie and paddle)')
    .addOption(new Option('--format <format>', 'output format: json (everything), ppocr-kie or paddle (label files; need --out), csv (the --schema fields, one row per page)').choices([...OUTPUT_FORMATS]).default('json'))
    .option('--vis <dir>', 'write <image>.ser.png and <image>.re.png pictures into this folder')
    .option('--ocr-json <file>', 'skip OCR: read lines (kie ocr JSON) or segments (any dataset format, ids kept) from this file')
    .option('--gold-labels', 'keep the labels of the given segments and run RE only (the RE protocol)')
    .option('--split', 'split OCR lines that hold a key and its value (default: where the model was trained on split lines; not the receipts model)')
    .option('--no-split', 'do not split OCR lines that hold a key and its value')
    .option('--split-model <file>', 'line-split model (default: the shipped one, when installed)')
    .option('--threads <n>', 'threads per OCR model call', parseIntOption, 2)
    .option('--preprocess <steps>', `image clean-up before OCR: ${CLEANUP_SPEC_CHOICES}; turned pages are labelled upright, points stay the input's`, 'default')
    .option('--schema <name|file>', 'add the fields of a document schema to each page (shipped: receipt, form; or a JSON file)')
    .addOption(new Option('--fields <mode>', 'fields from SER labels (model), key/type/position rules, or the model with rules where it labels nothing (auto)').choices(['auto', 'model', 'rules']).default('auto'))
    .option('--pdf-dpi <n>', 'resolution PDF pages are rendered at', parseIntOption, 200)
    .option('--no-pdf-text', "read PDF pages by OCR even when they carry text (by default a page's own text is taken)")
    .option('--no-known-values', "keep text fields as read, not taking the spelling of a close value seen in the model's training documents")
    .action(async (inputs: string[], opts: ExtractCommandOptions) => {
      await runExtractCommand(ctx, inputs, opts);
    });
}

async function runExtractCommand(ctx: CliContext, inputs: string[], opts: ExtractCommandOptions): Promise<void> {
  const all = [...inputs, ...(opts.ocrJson ? [opts.ocrJson] : [])];
  if (all.length === 0) throw new KieError('INVALID_ARGUMENT', 'nothing to extract: give images, a folder, or --ocr-json FILE');
  if ((opts.format === 'ppocr-kie' || opts.format === 'paddle') && !opts.out) {
    throw new KieError('INVALID_ARGUMENT', `--format ${opts.format} writes files: give --out FILE`);
  }
  if (opts.format === 'csv' && opts.schema === undefined) {
    throw new KieError('INVALID_ARGUMENT', '--format csv writes the fields of a schema, one row per page: give --schema (receipt, form, or a schema file)');
  }
  const schema = opts.schema === undefined ? undefined : await loadDocumentSchema(opts.schema, ctx.io.cwd);
  // Unset, the extractor splits as the model was trained; --split-model asks for splitting.
  const split = opts.split ?? (opts.splitModel !== undefined ? true : undefined);
  const splitter = split === true ? await loadLineSplitter(opts.splitModel && resolve(ctx.io.cwd, opts.splitModel)) : split;
  // The model first: a wrong --model is reported before any input is read.
  const model = opts.model ?? (schema ? await shippedModelForSchema(schema) : undefined) ?? DEFAULT_KIE_MODEL;
  const extractor = await createExtractor({
    model,
    cwd: ctx.io.cwd,
    ocr: { threads: opts.threads, preprocess: parseCleanupSpec(opts.preprocess) },
    ...(splitter === undefined ? {} : { splitLines: splitter }),
  });
  let sources: ExtractSource[];
  try {
    sources = await expandInputs(all, ctx.io.cwd);
  } catch (error) {
    await extractor.release();
    throw error;
  }
  if (opts.goldLabels && sources.some((s) => s.kind !== 'segments')) {
    throw new KieError('INVALID_ARGUMENT', '--gold-labels needs labelled segments (--ocr-json with a dataset file), not images or OCR lines');
  }
  const pages: ExtractedPage[] = [];
  const pictureNames = new Set<string>();
  const visNames = new Set<string>();
  const errors: { image: string; code: string; message: string }[] = [];
  // One bad file or page must not stop the batch: report it, keep going, exit non-zero at the end.
  const failed = (image: string, error: unknown): void => {
    const code = reportError(ctx, error);
    if (ctx.exitCode === 0) ctx.exitCode = code;
    const err = toKieError(error);
    errors.push({ image, code: err.code, message: err.message });
  };
  try {
    for (const input of sources) {
      let units: ExtractSource[];
      try {
        units = input.kind === 'pdf' ? await pdfSources(input.image, input.imagePath, { dpi: opts.pdfDpi, useText: opts.pdfText }) : [input];
      } catch (error) {
        failed(input.image, error);
        continue;
      }
      for (const source of units) {
        try {
          const result = await extractOne(extractor, source, opts);
          // PaddleOCR cannot open `invoice.pdf#page=1`: label files name the page's picture, written beside them.
          const picture = (opts.format === 'ppocr-kie' || opts.format === 'paddle') && 'pixels' in source && source.pixels ? await writePagePicture(opts.out!, ctx, source.image, source.pixels, pictureNames) : undefined;
          const imagePath = picture?.path ?? source.imagePath;
          const page: ExtractedPage = { image: picture?.name ?? source.image, ...(imagePath ? { imagePath } : {}), result };
          pages.push(page);
          if (opts.vis) await writeVis(ctx, opts.vis, page, extractor, visNames, 'pixels' in source ? source.pixels : undefined);
        } catch (error) {
          failed(source.image, error);
        }
      }
    }
  } finally {
    await extractor.release();
  }
  await writeOutput(ctx, opts, pages, errors, extractor, schema);
}

async function extractOne(extractor: Extractor, source: ExtractSource, opts: ExtractCommandOptions): Promise<ExtractResult> {
  switch (source.kind) {
    case 'image':
      return extractor.extract(source.imagePath);
    case 'pixels':
      return extractor.extract(source.pixels);
    case 'ocr':
      return extractor.extract(source.page);
    case 'segments':
      return extractor.extract(source.page, { goldLabels: opts.goldLabels ?? false });
    case 'pdf':
      throw new KieError('INTERNAL', `${source.image}: a PDF reaches extraction unread`);
  }
}

async function writeOutput(
  ctx: CliContext,
  opts: ExtractCommandOptions,
  pages: readonly ExtractedPage[],
  errors: readonly { image: string; code: string; message: string }[],
  extractor: Extractor,
  schema?: DocumentSchema,
): Promise<void> {
  const { manifest } = extractor.model;
  if (opts.format === 'ppocr-kie' || opts.format === 'paddle') {
    const out = resolve(ctx.io.cwd, opts.out!);
    const files = await writeDataset(toPredictionDataset(pages, manifest.classes), out, { format: opts.format });
    ctx.io.stderr(`extracted ${pages.length} page(s); wrote ${opts.format}: ${files.join(', ')}\n`);
    return;
  }
  const fieldOptions = modelFieldOptions(extractor.model, opts.fields, opts.knownValues);
  if (opts.format === 'csv') {
    const rows: FieldsRow[] = [
      ...pages.map((p) => ({ image: p.image, fields: resultFields(p.result, schema!, fieldOptions) })),
      ...errors.map((e) => ({ image: e.image, error: `${e.code}: ${e.message}` })),
    ];
    await writeText(ctx, opts.out, formatCsv(fieldsTable(rows, schema!)));
    return;
  }
  const base = toExtractJson(pages, { name: manifest.name, version: manifest.version }, errors);
  await writeText(ctx, opts.out, `${formatJson(schema ? withFields(base, pages, schema, fieldOptions) : base)}\n`);
}

/** Writes the output to `out`, or to standard output without one. */
async function writeText(ctx: CliContext, out: string | undefined, text: string): Promise<void> {
  if (!out) {
    ctx.io.stdout(text);
    return;
  }
  try {
    await writeFile(resolve(ctx.io.cwd, out), text);
  } catch (cause) {
    throw new KieError('OUTPUT_FAILED', `could not write ${out}`, { cause, path: out });
  }
}

/** `stem`, or `stem-2`, `stem-3`... when this run already wrote it (`a/x.jpg` and `b/x.jpg`); marked as used. */
function uniqueStem(stem: string, used: Set<string>): string {
  let out = stem;
  for (let n = 2; used.has(out); n++) out = `${stem}-${n}`;
  used.add(out);
  return out;
}

/**
 * Writes a PDF page's rendering as `<pdf stem>-page<N>.png` in the folder of the
 * output file `out`; a name already written in this run (`a/x.pdf` and `b/x.pdf`)
 * gets a number (`x-page1-2.png`), so that no page's picture replaces another's.
 */
async function writePagePicture(out: string, ctx: CliContext, image: string, pixels: RgbImage, used: Set<string>): Promise<{ name: string; path: string }> {
  const name = `${uniqueStem(pageFileStem(image), used)}.png`;
  const dir = dirname(resolve(ctx.io.cwd, out));
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new KieError('OUTPUT_FAILED', `could not create ${dir}`, { cause, path: dir });
  }
  const path = join(dir, name);
  await writePng(pixels, path);
  return { name, path };
}

/**
 * Writes the SER and RE pictures of a page (`pixels`: a PDF page's rendering),
 * numbered like the page pictures when a name comes twice (`used`); a page whose
 * image cannot be found is reported and skipped.
 */
async function writeVis(ctx: CliContext, vis: string, page: ExtractedPage, extractor: Extractor, used: Set<string>, pixels?: RgbImage): Promise<void> {
  if (!pixels && !page.imagePath) {
    ctx.io.stderr(`kie: no picture for ${page.image}: its image was not found\n`);
    return;
  }
  const image = pixels ?? (await loadImage(page.imagePath!));
  const dir = resolve(ctx.io.cwd, vis);
  const stem = uniqueStem(pageFileStem(page.image), used);
  const { re } = extractor.model;
  const ser = await renderSerPicture(image, page.result.segments, extractor.model.manifest.classes);
  const rePng = await renderRePicture(image, page.result.segments, page.result.links, {
    keyClass: re.config.keyClass,
    valueClass: re.config.valueClass,
  });
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${stem}.ser.png`), ser);
    await writeFile(join(dir, `${stem}.re.png`), rePng);
  } catch (cause) {
    throw new KieError('OUTPUT_FAILED', `could not write pictures into ${dir}`, { cause, path: dir });
  }
}
