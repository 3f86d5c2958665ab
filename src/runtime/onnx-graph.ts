/**
 * Just enough of the ONNX protobuf format to expose an inner tensor of a model
 * as an extra output and to read a float weight tensor: the recogniser's frame
 * features and its output layer, which a trained head (`src/models/rec/rec-head.ts`)
 * replaces. No protobuf library: the few fields used are read and written here.
 */
import { KieError } from '../core/errors.js';

// Field numbers in onnx.proto: ModelProto.graph = 7; GraphProto.node = 1, initializer = 5, output = 12;
// NodeProto.input = 1, output = 2, op_type = 4, attribute = 5; TensorProto.dims = 1, data_type = 2, float_data = 4, name = 8, raw_data = 9;
// ValueInfoProto.name = 1, type = 2; TypeProto.tensor_type = 1; TypeProto.Tensor.elem_type = 1 (FLOAT = 1).
const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const GRAPH_INITIALIZER = 5;
const GRAPH_OUTPUT = 12;

interface Field {
  readonly field: number;
  readonly wire: number;
  /** Varint value (wire type 0). */
  readonly value: number;
  /** Payload of a length-delimited field (wire type 2), or the fixed bytes (1, 5). */
  readonly bytes: Uint8Array;
  /** Where the whole field (tag included) starts and ends in its message. */
  readonly start: number;
  readonly end: number;
}

function readVarint(b: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  let p = at;
  for (;;) {
    if (p >= b.length) throw new RangeError('truncated varint');
    const byte = b[p++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, p];
    scale *= 128;
  }
}

function writeVarint(value: number): Uint8Array {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

/** The top-level fields of one protobuf message. */
function readFields(b: Uint8Array): Field[] {
  const fields: Field[] = [];
  let p = 0;
  while (p < b.length) {
    const start = p;
    const [tag, afterTag] = readVarint(b, p);
    p = afterTag;
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (wire === 0) {
      const [value, next] = readVarint(b, p);
      fields.push({ field, wire, value, bytes: b.subarray(p, next), start, end: next });
      p = next;
    } else if (wire === 2) {
      const [length, next] = readVarint(b, p);
      if (next + length > b.length) throw new RangeError('truncated field');
      fields.push({ field, wire, value: length, bytes: b.subarray(next, next + length), start, end: next + length });
      p = next + length;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      fields.push({ field, wire, value: 0, bytes: b.subarray(p, p + size), start, end: p + size });
      p += size;
    } else throw new RangeError(`unsupported wire type ${wire}`);
  }
  return fields;
}

function lengthDelimited(field: number, payload: Uint8Array): Uint8Array {
  return concat([writeVarint(field * 8 + 2), writeVarint(payload.length), payload]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

function graphOf(model: Uint8Array, source: string): Field {
  try {
    const graph = readFields(model).find((f) => f.field === MODEL_GRAPH && f.wire === 2);
    if (graph) return graph;
  } catch (cause) {
    throw new KieError('MODEL_INVALID', `${source} is not an ONNX model`, { cause });
  }
  throw new KieError('MODEL_INVALID', `${source} has no graph`);
}

/** One node of a graph: its operator, input and output tensor names, and its attribute fields. */
interface GraphNode {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: readonly Field[];
}

/** The graph's nodes in order (NodeProto.input = 1, output = 2, op_type = 4, attribute = 5). */
function graphNodes(graph: Uint8Array): GraphNode[] {
  return readFields(graph)
    .filter((f) => f.field === GRAPH_NODE)
    .map((f) => {
      const node = readFields(f.bytes);
      return {
        op: text(node.find((x) => x.field === 4)?.bytes ?? new Uint8Array()),
        inputs: node.filter((x) => x.field === 1).map((x) => text(x.bytes)),
        outputs: node.filter((x) => x.field === 2).map((x) => text(x.bytes)),
        attributes: node.filter((x) => x.field === 5),
      };
    });
}

/**
 * The model with the inner float tensor `name` added to its graph outputs, so a
 * session returns it beside the usual outputs.
 */
export function withExtraOutput(model: Uint8Array, name: string, source = 'model'): Uint8Array {
  const graph = graphOf(model, source);
  if (!graphNodes(graph.bytes).some((n) => n.outputs.includes(name))) throw new KieError('MODEL_INVALID', `${source} has no tensor named ${name}`);
  const floatTensorType = lengthDelimited(1, Uint8Array.of(8, 1));
  const valueInfo = concat([lengthDelimited(1, new TextEncoder().encode(name)), lengthDelimited(2, floatTensorType)]);
  const newGraph = concat([graph.bytes, lengthDelimited(GRAPH_OUTPUT, valueInfo)]);
  return concat([model.subarray(0, graph.start), lengthDelimited(MODEL_GRAPH, newGraph), model.subarray(graph.end)]);
}

/** The TensorProto bytes of the weight `name`: a graph initializer, or the value of the Constant node that outputs it. */
function weightTensor(graph: Uint8Array, name: string): Uint8Array | undefined {
  for (const f of readFields(graph)) {
    if (f.field !== GRAPH_INITIALIZER) continue;
    const tensor = readFields(f.bytes);
    if (text(tensor.find((x) => x.field === 8)?.bytes ?? new Uint8Array()) === name) return f.bytes;
  }
  const constant = graphNodes(graph).find((n) => n.op === 'Constant' && n.outputs.includes(name));
  // AttributeProto.t = 5 holds the tensor.
  for (const attribute of constant?.attributes ?? []) {
    const t = readFields(attribute.bytes).find((x) => x.field === 5 && x.wire === 2);
    if (t) return t.bytes;
  }
  return undefined;
}

/** A float32 weight tensor of the model (an initializer or a Constant node's value), with its dimensions. */
export function readFloatInitializer(model: Uint8Array, name: string, source = 'model'): { data: Float32Array; dims: number[] } {
  const tensor = weightTensor(graphOf(model, source).bytes, name);
  if (!tensor) throw new KieError('MODEL_INVALID', `${source} has no weight tensor named ${name}`);
  const fields = readFields(tensor);
  const dims: number[] = [];
  for (const f of fields.filter((x) => x.field === 1)) {
    if (f.wire === 0) dims.push(f.value);
    else {
      for (let p = 0; p < f.bytes.length; ) {
        const [v, next] = readVarint(f.bytes, p);
        dims.push(v);
        p = next;
      }
    }
  }
  const type = fields.find((f) => f.field === 2)?.value ?? 1;
  if (type !== 1) throw new KieError('MODEL_INVALID', `${source}: tensor ${name} is not float32 (type ${type})`);
  const raw = fields.find((f) => f.field === 9)?.bytes ?? fields.find((f) => f.field === 4 && f.wire === 2)?.bytes;
  const count = dims.reduce((a, b) => a * b, 1);
  if (!raw || raw.length !== count * 4) throw new KieError('MODEL_INVALID', `${source}: tensor ${name} has no data for dims [${dims.join(', ')}]`);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const data = new Float32Array(count);
  for (let i = 0; i < count; i++) data[i] = view.getFloat32(i * 4, true);
  return { data, dims };
}

/** Names in a CTC recogniser's output layer: frame features → MatMul(weights) → Add(bias) → Softmax. */
export interface CtcOutputLayer {
  readonly features: string;
  readonly weights: string;
  readonly bias: string;
}

/**
 * Finds the output layer of a CTC recogniser (PP-OCR rec models end in
 * MatMul, Add, Softmax), or undefined when the graph ends otherwise.
 */
export function findCtcOutputLayer(model: Uint8Array, source = 'model'): CtcOutputLayer | undefined {
  const nodes = graphNodes(graphOf(model, source).bytes);
  const producer = (name: string | undefined): GraphNode | undefined => nodes.find((n) => name !== undefined && n.outputs.includes(name));
  const softmax = nodes.findLast((n) => n.op === 'Softmax');
  const add = producer(softmax?.inputs[0]);
  if (add?.op !== 'Add') return undefined;
  const matMulIndex = add.inputs.findIndex((name) => producer(name)?.op === 'MatMul');
  const matMul = producer(add.inputs[matMulIndex]);
  const bias = add.inputs[1 - matMulIndex];
  const [features, weights] = matMul?.inputs ?? [];
  return features && weights && bias ? { features, weights, bias } : undefined;
}
