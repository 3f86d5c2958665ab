import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultOcrModelPaths } from './model-paths.js';
import { findCtcOutputLayer, readFloatInitializer, withExtraOutput } from './onnx-graph.js';
import { createSession } from './session.js';

const recPath = defaultOcrModelPaths().rec;

describe('the PP-OCRv4 recogniser graph', () => {
  it('ends in a CTC output layer whose weights can be read', async () => {
    const model = new Uint8Array(await readFile(recPath));
    const layer = findCtcOutputLayer(model);
    expect(layer).toBeDefined();
    const weights = readFloatInitializer(model, layer!.weights);
    const bias = readFloatInitializer(model, layer!.bias);
    expect(weights.dims).toEqual([120, 6625]);
    expect(bias.dims).toEqual([6625]);
    expect(weights.data.every(Number.isFinite)).toBe(true);
  });

  it('returns the frame features as an extra output, consistent with its softmax', async () => {
    const model = new Uint8Array(await readFile(recPath));
    const layer = findCtcOutputLayer(model)!;
    const session = await createSession(recPath, { threads: 1, exposeTensors: [layer.features] });
    try {
      expect(session.outputNames).toContain(layer.features);
      const input = new Float32Array(3 * 48 * 64).map((_, i) => Math.sin(i) * 0.5);
      const out = await session.run({ [session.inputNames[0]!]: { data: input, dims: [1, 3, 48, 64] } });
      const features = out[layer.features]!;
      const probs = out[session.outputNames[0]!]!;
      expect(features.dims).toEqual([1, 8, 120]);
      // Softmax(features · W + b) of the first frame is the model's own output.
      const w = readFloatInitializer(model, layer.weights).data;
      const b = readFloatInitializer(model, layer.bias).data;
      const logits = Array.from(b, (bk, k) => bk + features.data.subarray(0, 120).reduce((s, x, c) => s + x * w[c * 6625 + k]!, 0));
      const max = Math.max(...logits);
      const sum = logits.reduce((s, x) => s + Math.exp(x - max), 0);
      for (const k of [0, 1, 100, 6624]) expect(probs.data[k]).toBeCloseTo(Math.exp(logits[k]! - max) / sum, 4);
    } finally {
      await session.release();
    }
  });

  it('names what is missing', async () => {
    const model = new Uint8Array(await readFile(recPath));
    expect(() => withExtraOutput(model, 'no_such_tensor', 'rec.onnx')).toThrow(/rec.onnx has no tensor named no_such_tensor/u);
    expect(() => readFloatInitializer(model, 'no_such_weight', 'rec.onnx')).toThrow(/no weight tensor named no_such_weight/u);
    expect(() => findCtcOutputLayer(Uint8Array.of(0xff, 0xff, 0xff), 'x.onnx')).toThrow(/x.onnx is not an ONNX model/u);
  });
});
