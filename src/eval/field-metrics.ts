/**
 * Field-level scores with the SROIE task 3 protocol: per document and field, a
 * prediction counts when it equals the truth after collapsing white space (case
 * kept). Precision = correct / predicted, recall = correct / truths, per field
 * and over all fields (micro).
 */
import { collapseSpaces } from '../core/text.js';
import { prf, type Prf } from './prf.js';

/** Document name → field name → value (null or empty: none). */
export type FieldTable = Readonly<Record<string, Readonly<Record<string, string | null | undefined>>>>;

export interface FieldMetrics {
  readonly perField: Readonly<Record<string, Prf>>;
  readonly overall: Prf;
  /** Documents of the gold table, and how many of them had a prediction. */
  readonly documents: number;
  readonly predictedDocuments: number;
}

export interface FieldMetricsOptions {
  /** Fields to score; default every field named in the gold table. */
  readonly fields?: readonly string[];
}

/** White space runs → one space, trimmed; case kept (the SROIE comparison). */
export function sroieForm(value: string | null | undefined): string {
  return collapseSpaces(value ?? '');
}

/**
 * Scores predicted field values against gold ones. Documents missing from the
 * predictions count as predicting nothing; predicted documents absent from the
 * gold table are ignored.
 *
 * @example
 * evaluateFields({ a: { total: '23.10' } }, { a: { total: '23.10 ' } }).overall.hmean // 1
 */
export function evaluateFields(gold: FieldTable, pred: FieldTable, options: FieldMetricsOptions = {}): FieldMetrics {
  const names = options.fields ?? [...new Set(Object.values(gold).flatMap((g) => Object.keys(g)))].sort();
  const counts = new Map(names.map((n) => [n, { tp: 0, gold: 0, pred: 0 }]));
  let predictedDocuments = 0;
  for (const [doc, truth] of Object.entries(gold)) {
    const guess = pred[doc];
    if (guess) predictedDocuments++;
    for (const name of names) {
      const c = counts.get(name)!;
      const t = sroieForm(truth[name]);
      const p = sroieForm(guess?.[name]);
      if (t !== '') c.gold++;
      if (p !== '') c.pred++;
      if (t !== '' && p === t) c.tp++;
    }
  }
  const perField: Record<string, Prf> = {};
  let tp = 0;
  let g = 0;
  let p = 0;
  for (const [name, c] of counts) {
    perField[name] = prf(c.tp, c.gold, c.pred);
    tp += c.tp;
    g += c.gold;
    p += c.pred;
  }
  return { perField, overall: prf(tp, g, p), documents: Object.keys(gold).length, predictedDocuments };
}
