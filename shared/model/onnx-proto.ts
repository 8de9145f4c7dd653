/**
 * The parts of an ONNX ModelProto that mlgate reads: opsets, metadata, the graph's inputs, outputs,
 * initializer names and nodes (with their attributes located, decoded on demand). Field numbers are
 * those of onnx/onnx.proto (IR version 3 and later); everything else in the file is skipped
 * unread and, when the graph is rewritten, copied byte for byte.
 */
import { fields, int, int64, packedInt64s, ProtobufError, text, WireType, type Field } from './protobuf.js';

/** ModelProto, GraphProto, NodeProto, ... field numbers (onnx.proto). */
export const ModelField = {
  IrVersion: 1,
  ProducerName: 2,
  ProducerVersion: 3,
  Graph: 7,
  OpsetImport: 8,
  MetadataProps: 14
} as const;
export const GraphField = {
  Node: 1,
  Initializer: 5,
  Input: 11,
  Output: 12,
  ValueInfo: 13,
  SparseInitializer: 15
} as const;
const NodeField = { Input: 1, Output: 2, Name: 3, OpType: 4, Attribute: 5, Domain: 7 } as const;
const AttributeField = { Name: 1, F: 2, I: 3, S: 4, Floats: 7, Ints: 8, Strings: 9 } as const;
export const ValueInfoField = { Name: 1, Type: 2 } as const;
export const TypeField = { Tensor: 1, Sequence: 4, Map: 5, Optional: 9 } as const;
export const TensorTypeField = { ElemType: 1, Shape: 2 } as const;
const TensorProtoName = 8;
const SparseTensorValues = 1;

/** A dimension: a fixed size, a symbolic name, or unknown (null). */
export type Dim = number | string | null;

/** A value's type as the graph declares it. */
export type OnnxType =
  | { readonly kind: 'tensor'; readonly elemType: number; readonly shape: readonly Dim[] | null }
  | { readonly kind: 'sequence'; readonly elem: OnnxType | null }
  | { readonly kind: 'map'; readonly keyType: number; readonly value: OnnxType | null }
  | { readonly kind: 'optional'; readonly elem: OnnxType | null }
  | { readonly kind: 'unknown' };

export interface ValueInfo {
  readonly name: string;
  readonly type: OnnxType;
  /** The ValueInfoProto field within the graph's bytes. */
  readonly field: Field;
}

export interface NodeInfo {
  readonly opType: string;
  /** '' is the default ONNX domain. */
  readonly domain: string;
  readonly name: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** AttributeProto fields by attribute name (decode with `attributeInts`/`attributeStrings`). */
  readonly attributes: ReadonlyMap<string, Field>;
  /** The NodeProto field within the graph's bytes. */
  readonly field: Field;
}

export interface GraphInfo {
  readonly nodes: readonly NodeInfo[];
  /** As declared; IR < 4 models also list their initializers here (see `initializers`). */
  readonly inputs: readonly ValueInfo[];
  readonly outputs: readonly ValueInfo[];
  readonly valueInfo: readonly ValueInfo[];
  readonly initializers: ReadonlySet<string>;
}

export interface ModelInfo {
  readonly irVersion: number;
  readonly producerName: string;
  readonly producerVersion: string;
  /** Operator set version per domain ('' for the default domain). */
  readonly opsets: Readonly<Record<string, number>>;
  /** metadata_props, in file order. */
  readonly metadata: Readonly<Record<string, string>>;
  readonly graph: GraphInfo;
  /** The graph field within the model's bytes. */
  readonly graphField: Field;
}

/** Parses the model's bytes (ProtobufError when they are not a well-formed ModelProto). */
export function parseModel(bytes: Uint8Array): ModelInfo {
  let irVersion: number | undefined;
  let producerName = '';
  let producerVersion = '';
  let graphField: Field | undefined;
  const opsets: Record<string, number> = {};
  const metadata: Record<string, string> = {};
  for (const field of fields(bytes)) {
    switch (field.number) {
      case ModelField.IrVersion:
        irVersion = int(field);
        break;
      case ModelField.ProducerName:
        producerName = text(bytes, field);
        break;
      case ModelField.ProducerVersion:
        producerVersion = text(bytes, field);
        break;
      case ModelField.Graph:
        expectBytes(field, 'graph');
        graphField = field;
        break;
      case ModelField.OpsetImport: {
        expectBytes(field, 'opset_import');
        let domain = '';
        let version = 0;
        for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
          if (inner.number === 1) domain = text(bytes, inner);
          else if (inner.number === 2) version = int(inner);
        }
        opsets[domain === 'ai.onnx' ? '' : domain] = version;
        break;
      }
      case ModelField.MetadataProps: {
        expectBytes(field, 'metadata_props');
        let key = '';
        let value = '';
        for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
          if (inner.number === 1) key = text(bytes, inner);
          else if (inner.number === 2) value = text(bytes, inner);
        }
        metadata[key] = value;
        break;
      }
    }
  }
  if (irVersion === undefined) throw new ProtobufError('no ir_version (field 1): not an ONNX ModelProto');
  if (graphField === undefined) throw new ProtobufError('no graph (field 7)');
  return {
    irVersion,
    producerName,
    producerVersion,
    opsets,
    metadata,
    graph: parseGraph(bytes.subarray(graphField.valueStart, graphField.valueEnd)),
    graphField
  };
}

/** Parses a GraphProto; the fields it returns are located within `bytes` (the graph's payload). */
export function parseGraph(bytes: Uint8Array): GraphInfo {
  const nodes: NodeInfo[] = [];
  const inputs: ValueInfo[] = [];
  const outputs: ValueInfo[] = [];
  const valueInfo: ValueInfo[] = [];
  const initializers = new Set<string>();
  for (const field of fields(bytes)) {
    switch (field.number) {
      case GraphField.Node:
        nodes.push(parseNode(bytes, field));
        break;
      case GraphField.Input:
        inputs.push(parseValueInfo(bytes, field));
        break;
      case GraphField.Output:
        outputs.push(parseValueInfo(bytes, field));
        break;
      case GraphField.ValueInfo:
        valueInfo.push(parseValueInfo(bytes, field));
        break;
      case GraphField.Initializer:
        initializers.add(tensorName(bytes, field));
        break;
      case GraphField.SparseInitializer:
        expectBytes(field, 'sparse_initializer');
        for (const inner of fields(bytes, field.valueStart, field.valueEnd))
          if (inner.number === SparseTensorValues) initializers.add(tensorName(bytes, inner));
        break;
    }
  }
  return { nodes, inputs, outputs, valueInfo, initializers };
}

function tensorName(bytes: Uint8Array, field: Field): string {
  expectBytes(field, 'initializer');
  for (const inner of fields(bytes, field.valueStart, field.valueEnd))
    if (inner.number === TensorProtoName) return text(bytes, inner);
  return '';
}

function parseNode(bytes: Uint8Array, field: Field): NodeInfo {
  expectBytes(field, 'node');
  let opType = '';
  let domain = '';
  let name = '';
  const inputs: string[] = [];
  const outputs: string[] = [];
  const attributes = new Map<string, Field>();
  for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
    switch (inner.number) {
      case NodeField.Input:
        inputs.push(text(bytes, inner));
        break;
      case NodeField.Output:
        outputs.push(text(bytes, inner));
        break;
      case NodeField.Name:
        name = text(bytes, inner);
        break;
      case NodeField.OpType:
        opType = text(bytes, inner);
        break;
      case NodeField.Domain:
        domain = text(bytes, inner);
        break;
      case NodeField.Attribute: {
        expectBytes(inner, 'attribute');
        for (const part of fields(bytes, inner.valueStart, inner.valueEnd)) {
          if (part.number === AttributeField.Name) {
            attributes.set(text(bytes, part), inner);
            break;
          }
        }
        break;
      }
    }
  }
  return { opType, domain: domain === 'ai.onnx' ? '' : domain, name, inputs, outputs, attributes, field };
}

function parseValueInfo(bytes: Uint8Array, field: Field): ValueInfo {
  expectBytes(field, 'value_info');
  let name = '';
  let type: OnnxType = { kind: 'unknown' };
  for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
    if (inner.number === ValueInfoField.Name) name = text(bytes, inner);
    else if (inner.number === ValueInfoField.Type) type = parseType(bytes, inner);
  }
  return { name, type, field };
}

function parseType(bytes: Uint8Array, field: Field): OnnxType {
  expectBytes(field, 'type');
  for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
    switch (inner.number) {
      case TypeField.Tensor: {
        expectBytes(inner, 'tensor_type');
        let elemType = 0;
        let shape: Dim[] | null = null;
        for (const part of fields(bytes, inner.valueStart, inner.valueEnd)) {
          if (part.number === TensorTypeField.ElemType) elemType = int(part);
          else if (part.number === TensorTypeField.Shape) shape = parseShape(bytes, part);
        }
        return { kind: 'tensor', elemType, shape };
      }
      case TypeField.Sequence:
        return { kind: 'sequence', elem: innerType(bytes, inner, 1) };
      case TypeField.Optional:
        return { kind: 'optional', elem: innerType(bytes, inner, 1) };
      case TypeField.Map: {
        expectBytes(inner, 'map_type');
        let keyType = 0;
        let value: OnnxType | null = null;
        for (const part of fields(bytes, inner.valueStart, inner.valueEnd)) {
          if (part.number === 1) keyType = int(part);
          else if (part.number === 2) value = parseType(bytes, part);
        }
        return { kind: 'map', keyType, value };
      }
    }
  }
  return { kind: 'unknown' };
}

function innerType(bytes: Uint8Array, field: Field, number: number): OnnxType | null {
  expectBytes(field, 'type');
  for (const part of fields(bytes, field.valueStart, field.valueEnd))
    if (part.number === number) return parseType(bytes, part);
  return null;
}

function parseShape(bytes: Uint8Array, field: Field): Dim[] {
  expectBytes(field, 'shape');
  const dims: Dim[] = [];
  for (const dim of fields(bytes, field.valueStart, field.valueEnd)) {
    if (dim.number !== 1) continue;
    expectBytes(dim, 'dim');
    let value: Dim = null;
    for (const part of fields(bytes, dim.valueStart, dim.valueEnd)) {
      if (part.number === 1) value = int(part);
      else if (part.number === 2) value = text(bytes, part);
    }
    dims.push(value);
  }
  return dims;
}

/** An int or ints attribute's values (e.g. `classlabels_int64s`), undefined when absent. */
export function attributeInts(bytes: Uint8Array, node: NodeInfo, name: string): bigint[] | undefined {
  const attribute = node.attributes.get(name);
  if (attribute === undefined) return undefined;
  const values: bigint[] = [];
  for (const part of fields(bytes, attribute.valueStart, attribute.valueEnd)) {
    if (part.number === AttributeField.Ints) values.push(...packedInt64s(bytes, part));
    else if (part.number === AttributeField.I) values.push(int64(part));
  }
  return values;
}

/** A string or strings attribute's values (e.g. `classlabels_strings`), undefined when absent. */
export function attributeStrings(bytes: Uint8Array, node: NodeInfo, name: string): string[] | undefined {
  const attribute = node.attributes.get(name);
  if (attribute === undefined) return undefined;
  const values: string[] = [];
  for (const part of fields(bytes, attribute.valueStart, attribute.valueEnd))
    if (part.number === AttributeField.Strings || part.number === AttributeField.S)
      values.push(text(bytes, part));
  return values;
}

function expectBytes(field: Field, what: string): void {
  if (field.wireType !== WireType.Bytes)
    throw new ProtobufError(`${what} (field ${field.number}) at byte ${field.start} is not length-delimited`);
}
