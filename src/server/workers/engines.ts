/**
 * The page engines a worker (or the inline pool) runs: the KIE pipeline through
 * `createExtractor`, or OCR only. Each loads its sessions once and serves many pages.
 */
import { join } from 'node:path';
import type { DocumentSchema } from '../../core/schema.js';
import { shippedSchemaCache } from '../../io/schema-file.js';
import { modelFieldOptions, resultFields } from '../../pipeline/extract-fields.js';
import { toExtractPageJson } from '../../pipeline/extract-json.js';
import { extractFields } from '../../pipeline/fields.js';
import { createExtractor, type Extractor } from '../../pipeline/kie.js';
import { PACKAGE_MODELS_DIR } from '../../pipeline/model-resolve.js';
import { createOcr, type OcrEngine } from '../../pipeline/ocr.js';
import type { RgbImage } from '../../core/image.js';
import type { OcrPage } from '../../core/ocr.js';
import { readPdf } from '../../io/pdf.js';
import { pdfPageInput } from '../../pipeline/extract-inputs.js';
import type { EngineSpec, PageEngine, PageOutcome, PageTask } from './types.js';

/** Name and version the OCR-only engine reports as its model. */
export const OCR_ONLY_MODEL = { name: 'ocr-only', version: '1' } as const;

const round1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * Creates the engine a spec names. OCR sessions are shared by every KIE model
 * the engine serves; KIE models load on their first page and stay loaded.
 *
 * @example
 * const engine = await createEngine({ engine: 'ocr', threads: 1, maxPixels: 40e6 });
 * const { page } = await engine.extract({ bytes, name: 'form.png', model: 'ocr-only' });
 * await engine.release();
 */
export async function createEngine(spec: EngineSpec): Promise<PageEngine> {
  const ocr = await createOcr({ threads: spec.threads, maxPixels: spec.maxPixels, ...(spec.preprocess ? { preprocess: spec.preprocess } : {}) });
  const input = (task: PageTask): Promise<TaskInput> => taskInput(task, spec.maxPixels);
  return spec.engine === 'ocr' ? ocrOnlyEngine(ocr, input, shippedSchemaCache()) : kieEngine(ocr, input, spec.preload ?? [], shippedSchemaCache());
}

/** What a task is read from: an image's bytes; for a PDF page, its text-layer lines or its picture. */
type TaskInput = Uint8Array | RgbImage | OcrPage;

async function taskInput(task: PageTask, maxPixels: number): Promise<TaskInput> {
  if (task.page === undefined) return task.bytes;
  // The page's picture is held to the image pixel limit: a larger page is rendered smaller.
  const [page] = await readPdf(task.bytes, { pages: [task.page], maxPixels });
  const read = pdfPageInput(page!);
  return 'page' in read ? read.page : read.pixels;
}

const isOcrPage = (input: TaskInput): input is OcrPage => 'lines' in input;

function ocrOnlyEngine(ocr: OcrEngine, inputOf: (task: PageTask) => Promise<TaskInput>, schemaFor: (name: string) => Promise<DocumentSchema>): PageEngine {
  return {
    async extract(task): Promise<PageOutcome> {
      const schema = task.schema === undefined ? undefined : await schemaFor(task.schema);
      const input = await inputOf(task);
      const page = isOcrPage(input) ? input : await ocr.recognize(input);
      // The `kie extract` page shape with every line an unlabelled segment, so clients parse one format.
      const segments = page.lines.map((line, id) => ({
        id,
        points: line.points.map((p): [number, number] => [round1(p[0]), round1(p[1])]),
        text: line.text,
        label: 'other',
        labelScore: 0,
      }));
      // No SER labels: a schema's fields come from its key synonyms, types and positions alone.
      const fields = schema ? { fields: extractFields({ segments, width: page.width, height: page.height }, schema, { mode: 'rules' }) } : {};
      return {
        model: { ...OCR_ONLY_MODEL },
        page: {
          image: task.name,
          width: page.width,
          height: page.height,
          segments,
          links: [],
          keyValues: [],
          timings: { ocr: round1(page.timings.total), ser: 0, re: 0, total: round1(page.timings.total) },
          ...fields,
        },
      };
    },
    release: () => ocr.release(),
  };
}

async function kieEngine(
  ocr: OcrEngine,
  inputOf: (task: PageTask) => Promise<TaskInput>,
  preload: readonly string[],
  schemaFor: (name: string) => Promise<DocumentSchema>,
): Promise<PageEngine> {
  const extractors = new Map<string, Promise<Extractor>>();
  const extractorFor = (model: string): Promise<Extractor> => {
    let extractor = extractors.get(model);
    if (!extractor) {
      // The API only accepts shipped model names: load from the package, never a same-named folder of the cwd.
      // Lines split as `kie extract` splits them by default: where the model was trained on split lines.
      extractor = createExtractor({ model: join(PACKAGE_MODELS_DIR, model), ocr });
      // A model that fails to load is tried again on the next page rather than cached as failed.
      extractor.catch(() => extractors.delete(model));
      extractors.set(model, extractor);
    }
    return extractor;
  };
  // Loading the default model up front makes readiness mean "can answer" and keeps the first page fast.
  try {
    await Promise.all(preload.map(extractorFor));
  } catch (error) {
    await ocr.release();
    throw error;
  }
  return {
    async extract(task) {
      const schema = task.schema === undefined ? undefined : await schemaFor(task.schema);
      const extractor = await extractorFor(task.model);
      const result = await extractor.extract(await inputOf(task));
      const { manifest } = extractor.model;
      const page = { ...toExtractPageJson({ image: task.name, result }) };
      // As `kie extract --schema` does by default: the model's labels, rules where it labels nothing, its word lists.
      const fields = schema ? { fields: resultFields(result, schema, modelFieldOptions(extractor.model, 'auto')) } : {};
      return { model: { name: manifest.name, version: manifest.version }, page: { ...page, ...fields } };
    },
    async release() {
      for (const extractor of extractors.values()) await (await extractor.catch(() => undefined))?.release();
      await ocr.release();
    },
  };
}
