/**
 * SER + RE pre-labelling for the annotation app: the OCR lines of an image get the
 * shipped (or a given) model's classes and question→answer links, with their
 * probabilities as confidences, so they show as predictions to accept or reject.
 */
import type { Link, Segment } from '../../core/document.js';
import { createExtractor, type Extractor } from '../../pipeline/kie.js';
import type { SegmentLabeller } from './predictor.js';

export interface KieLabellerOptions {
  /** A shipped model's name or a model directory; default `kie-forms`. */
  readonly model?: string;
  /** Directory that a relative model path is resolved against. */
  readonly cwd?: string;
}

export interface KieLabeller {
  readonly label: SegmentLabeller;
  release(): Promise<void>;
}

/**
 * A {@link SegmentLabeller} over kie's extractor. The model loads on the first
 * image. Segment ids are kept (no line splitting), so the app's shapes and the
 * predicted links refer to the same ids.
 *
 * @example
 * const kie = createKieLabeller();
 * const predictor = createOcrPredictor({ labeller: kie.label });
 */
export function createKieLabeller(options: KieLabellerOptions = {}): KieLabeller {
  let extractor: Promise<Extractor> | undefined;
  const get = (): Promise<Extractor> => {
    extractor ??= createExtractor({ model: options.model, cwd: options.cwd, splitLines: false });
    extractor.catch(() => {
      extractor = undefined;
    });
    return extractor;
  };
  return {
    async label(segments, _imagePath, size) {
      const result = await (await get()).extract({ ...size, segments });
      const byId = new Map(result.segments.map((s) => [s.id, s]));
      const links = new Map<number, Link[]>();
      for (const link of result.links) {
        const pair: Link = [link.from, link.to];
        for (const id of [link.from, link.to]) links.set(id, [...(links.get(id) ?? []), pair]);
      }
      return segments.map((s): Segment => {
        const predicted = byId.get(s.id);
        if (!predicted) return s;
        return { ...s, label: predicted.label, links: links.get(s.id) ?? [], confidence: Math.round(predicted.labelScore * 1000) / 1000 };
      });
    },
    async release() {
      const e = extractor;
      extractor = undefined;
      if (e) await (await e).release();
    },
  };
}
