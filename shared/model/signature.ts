/**
 * A model's input/output signature in mlgate's words: element type names, shapes with the batch
 * dimension shown as N, and one-line descriptions for error messages (`float [N,1]`).
 */
import type { Dim, ModelInfo, OnnxType, ValueInfo } from './onnx-proto.js';

/** TensorProto.DataType names (onnx.proto), as mlgate prints them. */
export type ElementType =
  | 'float'
  | 'uint8'
  | 'int8'
  | 'uint16'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'string'
  | 'bool'
  | 'float16'
  | 'double'
  | 'uint32'
  | 'uint64'
  | 'complex64'
  | 'complex128'
  | 'bfloat16'
  | 'other';

const ELEMENT_TYPES: readonly ElementType[] = [
  'other',
  'float',
  'uint8',
  'int8',
  'uint16',
  'int16',
  'int32',
  'int64',
  'string',
  'bool',
  'float16',
  'double',
  'uint32',
  'uint64',
  'complex64',
  'complex128',
  'bfloat16'
];

/** The name of a TensorProto.DataType code. */
export function elementType(code: number): ElementType {
  return ELEMENT_TYPES[code] ?? 'other';
}

/** One input or output of the graph. */
export type ValueSignature =
  | {
      readonly name: string;
      readonly kind: 'tensor';
      readonly elementType: ElementType;
      /** Per dimension: a size, a symbolic name, or null (unknown); null when the rank is unknown. */
      readonly shape: readonly Dim[] | null;
    }
  | {
      readonly name: string;
      readonly kind: 'sequence' | 'map' | 'optional' | 'unknown';
      /** E.g. `seq(map(string,float))`. */
      readonly type: string;
    };

export type TensorSignature = Extract<ValueSignature, { kind: 'tensor' }>;

/** What the model file declares: inputs (initializers excluded), outputs, metadata, opsets. */
export interface ModelSignature {
  readonly inputs: readonly ValueSignature[];
  /** As in the file: a ZipMap output is listed with its `seq(map(...))` type. */
  readonly outputs: readonly ValueSignature[];
  /** metadata_props, e.g. `features` (a JSON array or comma-separated column names), `classes`. */
  readonly metadata: Readonly<Record<string, string>>;
  /** Operator set version per domain ('' is the default ONNX domain, `ai.onnx.ml` the ML one). */
  readonly opsets: Readonly<Record<string, number>>;
  readonly irVersion: number;
  /** producer_name and producer_version, e.g. `skl2onnx 1.16.0`. */
  readonly producer: string;
}

/** The signature `parseModel` found. */
export function signatureOf(info: ModelInfo): ModelSignature {
  return {
    inputs: info.graph.inputs.filter((input) => !info.graph.initializers.has(input.name)).map(valueSignature),
    outputs: info.graph.outputs.map(valueSignature),
    metadata: info.metadata,
    opsets: info.opsets,
    irVersion: info.irVersion,
    producer: [info.producerName, info.producerVersion].filter((part) => part !== '').join(' ')
  };
}

function valueSignature(value: ValueInfo): ValueSignature {
  const type = value.type;
  if (type.kind === 'tensor')
    return { name: value.name, kind: 'tensor', elementType: elementType(type.elemType), shape: type.shape };
  return { name: value.name, kind: type.kind, type: typeText(type) };
}

function typeText(type: OnnxType | null): string {
  if (type === null) return '?';
  switch (type.kind) {
    case 'tensor':
      return elementType(type.elemType);
    case 'sequence':
      return `seq(${typeText(type.elem)})`;
    case 'optional':
      return `optional(${typeText(type.elem)})`;
    case 'map':
      return `map(${elementType(type.keyType)},${typeText(type.value)})`;
    case 'unknown':
      return 'unknown';
  }
}

/** `float [N,4]`, `string [N,1]`, `int64 [N]`, `float (shape unknown)`, `seq(map(string,float))`. */
export function describeValue(value: ValueSignature): string {
  if (value.kind !== 'tensor') return value.type;
  if (value.shape === null) return `${value.elementType} (shape unknown)`;
  return `${value.elementType} [${value.shape.map((dim, index) => dimText(dim, index)).join(',')}]`;
}

/** The batch dimension (the first) reads N whatever the file calls it; others keep their names. */
function dimText(dim: Dim, index: number): string {
  if (typeof dim === 'number') return String(dim);
  if (index === 0) return 'N';
  return dim === null || dim === '' ? '?' : dim;
}

/** The fixed size of a dimension, or null when it is symbolic or unknown. */
export function fixedDim(value: TensorSignature, index: number): number | null {
  const dim = value.shape?.[index];
  return typeof dim === 'number' && dim >= 0 ? dim : null;
}

/** A metadata entry listing names: a JSON array (`["a","b"]`) or comma-separated (`a, b`). */
export function metadataList(metadata: Readonly<Record<string, string>>, key: string): string[] | undefined {
  const raw = metadata[key];
  if (raw === undefined || raw.trim() === '') return undefined;
  const trimmed = raw.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (
        Array.isArray(parsed) &&
        parsed.every((item) => typeof item === 'string' || typeof item === 'number')
      )
        return parsed.map(String);
    } catch {
      // Not JSON after all: read it as a comma-separated list below.
    }
  }
  return trimmed
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
