/**
 * Pre-labelling in the annotation app with the real OCR and the shipped SER/RE
 * model: lines come back labelled and linked, ids kept.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKieLabeller } from '../src/server/label/kie-labeller.js';
import { createOcrPredictor } from '../src/server/label/predictor.js';

const kie = createKieLabeller();
const predictor = createOcrPredictor({ ocr: { threads: 1 }, labeller: kie.label });
afterAll(async () => Promise.all([predictor.release(), kie.release()]));

describe('SER + RE pre-labelling', () => {
  it('labels the lines of a form and links a question to its answer', async () => {
    const { segments } = await predictor.predict(join(import.meta.dirname, '..', 'examples', 'form-en.png'));
    const byText = new Map(segments.map((s) => [s.text, s]));
    const name = byText.get('Name:');
    const value = byText.get('Jane Doe');
    expect(name?.label).toBe('question');
    expect(value?.label).toBe('answer');
    expect(name?.links).toContainEqual([name!.id, value!.id]);
    expect(value?.links).toContainEqual([name!.id, value!.id]);
    expect(segments.map((s) => s.id)).toEqual(segments.map((_, i) => i));
    for (const s of segments) expect(s.confidence).toBeGreaterThan(0);
    expect(predictor.name).toBe('ocr+kie');
  });
});
