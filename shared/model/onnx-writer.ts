/**
 * Writes an ONNX ModelProto from a plain description of its graph: the encoder behind exported
 * models. Only what mlgate's exporter emits is covered (tensor inputs and outputs, float, int64 and
 * string initializers, scalar and list attributes), field numbers from onnx/onnx.proto.
 *
 * Deterministic: fields are written in one fixed order, metadata sorted by key, and nothing depends
 * on time or the host (floats little-endian), so the same description always gives the same bytes.
 * Repeated numbers are written packed, which every protobuf parser accepts for proto2 fields too
 * (https://protobuf.dev/programming-guides/encoding/#packed).
 */
import { ModelField, GraphField, TensorTypeField, TypeField, ValueInfoField } from './onnx-proto.js';
import {
  bytesField,
  concat,
  floatField,
  packedFloatsField,
  packedVarintsField,
  varintField
} from './protobuf.js';

/** Tensor element types the writer knows (TensorProto.DataType codes below). */
export type TensorElement = 'float' | 'int64' | 'string';

const DATA_TYPE: Record<TensorElement, number> = { float: 1, int64: 7, string: 8 };

/** A graph input or output: element type and shape (a number is a fixed size, a string a symbolic one). */
export interface ValueSpec {
  readonly name: string;
  readonly element: TensorElement;
  readonly shape: readonly (number | string)[];
}

/** A tensor's contents; `dims` multiply to the number of values. */
export type TensorData =
  | { readonly element: 'float'; readonly dims: readonly number[]; readonly values: ArrayLike<number> }
  | {
      readonly element: 'int64';
      readonly dims: readonly number[];
      readonly values: ArrayLike<number | bigint>;
    }
  | { readonly element: 'string'; readonly dims: readonly number[]; readonly values: readonly string[] };

/** A constant tensor of the graph. */
export type InitializerSpec = TensorData & { readonly name: string };

/** A node attribute, by AttributeProto type. */
export type AttributeSpec =
  | { readonly name: string; readonly type: 'float'; readonly value: number }
  | { readonly name: string; readonly type: 'int'; readonly value: number }
  | { readonly name: string; readonly type: 'string'; readonly value: string }
  | { readonly name: string; readonly type: 'floats'; readonly value: ArrayLike<number> }
  | { readonly name: string; readonly type: 'ints'; readonly value: ArrayLike<number> }
  | { readonly name: string; readonly type: 'strings'; readonly value: readonly string[] };

export interface NodeSpec {
  readonly opType: string;
  /** '' (the default) is ai.onnx. */
  readonly domain?: string;
  readonly name: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes?: readonly AttributeSpec[];
}

export interface GraphSpec {
  /** Required non-empty by onnx's checker. */
  readonly name: string;
  /** In topological order. */
  readonly nodes: readonly NodeSpec[];
  readonly initializers: readonly InitializerSpec[];
  readonly inputs: readonly ValueSpec[];
  readonly outputs: readonly ValueSpec[];
  /** Types of intermediate tensors (for operators whose outputs onnx's shape inference cannot type). */
  readonly valueInfo: readonly ValueSpec[];
}

export interface ModelSpec {
  readonly irVersion: number;
  readonly producerName: string;
  /** Operator set per domain ('' for ai.onnx), written in the order given. */
  readonly opsets: readonly { readonly domain: string; readonly version: number }[];
  readonly graph: GraphSpec;
  /** metadata_props, written sorted by key. */
  readonly metadata: Readonly<Record<string, string>>;
}

const NodeField = { Input: 1, Output: 2, Name: 3, OpType: 4, Attribute: 5, Domain: 7 } as const;
const GraphName = 2;
const AttributeField = { Name: 1, F: 2, I: 3, S: 4, Floats: 7, Ints: 8, Strings: 9, Type: 20 } as const;
/** AttributeProto.AttributeType codes. */
const ATTRIBUTE_TYPE: Record<AttributeSpec['type'], number> = {
  float: 1,
  int: 2,
  string: 3,
  floats: 6,
  ints: 7,
  strings: 8
};
const TensorField = { Dims: 1, DataType: 2, FloatData: 4, StringData: 6, Int64Data: 7, Name: 8 } as const;
const ShapeDim = 1;
const DimField = { Value: 1, Param: 2 } as const;
const OpsetField = { Domain: 1, Version: 2 } as const;
const EntryField = { Key: 1, Value: 2 } as const;

/** The ModelProto's bytes. */
export function encodeModel(model: ModelSpec): Uint8Array {
  const keys = Object.keys(model.metadata).sort(compareCodeUnits);
  return concat([
    varintField(ModelField.IrVersion, model.irVersion),
    bytesField(ModelField.ProducerName, model.producerName),
    bytesField(ModelField.Graph, encodeGraph(model.graph)),
    ...model.opsets.map((opset) =>
      bytesField(
        ModelField.OpsetImport,
        concat([bytesField(OpsetField.Domain, opset.domain), varintField(OpsetField.Version, opset.version)])
      )
    ),
    ...keys.map((key) =>
      bytesField(
        ModelField.MetadataProps,
        concat([bytesField(EntryField.Key, key), bytesField(EntryField.Value, model.metadata[key])])
      )
    )
  ]);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function encodeGraph(graph: GraphSpec): Uint8Array {
  return concat([
    ...graph.nodes.map((node) => bytesField(GraphField.Node, encodeNode(node))),
    bytesField(GraphName, graph.name),
    ...graph.initializers.map((tensor) => bytesField(GraphField.Initializer, encodeTensor(tensor))),
    ...graph.inputs.map((value) => bytesField(GraphField.Input, encodeValueInfo(value))),
    ...graph.outputs.map((value) => bytesField(GraphField.Output, encodeValueInfo(value))),
    ...graph.valueInfo.map((value) => bytesField(GraphField.ValueInfo, encodeValueInfo(value)))
  ]);
}

function encodeNode(node: NodeSpec): Uint8Array {
  return concat([
    ...node.inputs.map((input) => bytesField(NodeField.Input, input)),
    ...node.outputs.map((output) => bytesField(NodeField.Output, output)),
    bytesField(NodeField.Name, node.name),
    bytesField(NodeField.OpType, node.opType),
    ...(node.attributes ?? []).map((attribute) =>
      bytesField(NodeField.Attribute, encodeAttribute(attribute))
    ),
    ...(node.domain === undefined || node.domain === '' ? [] : [bytesField(NodeField.Domain, node.domain)])
  ]);
}

function encodeAttribute(attribute: AttributeSpec): Uint8Array {
  let value: Uint8Array;
  switch (attribute.type) {
    case 'float':
      value = floatField(AttributeField.F, attribute.value);
      break;
    case 'int':
      value = varintField(AttributeField.I, attribute.value);
      break;
    case 'string':
      value = bytesField(AttributeField.S, attribute.value);
      break;
    case 'floats':
      value = packedFloatsField(AttributeField.Floats, attribute.value);
      break;
    case 'ints':
      value = packedVarintsField(AttributeField.Ints, attribute.value);
      break;
    case 'strings':
      value = concat(attribute.value.map((item) => bytesField(AttributeField.Strings, item)));
      break;
  }
  return concat([
    bytesField(AttributeField.Name, attribute.name),
    value,
    varintField(AttributeField.Type, ATTRIBUTE_TYPE[attribute.type])
  ]);
}

function encodeTensor(tensor: InitializerSpec): Uint8Array {
  let data: Uint8Array;
  switch (tensor.element) {
    case 'float':
      data = packedFloatsField(TensorField.FloatData, tensor.values);
      break;
    case 'int64':
      data = packedVarintsField(TensorField.Int64Data, tensor.values);
      break;
    case 'string':
      data = concat(tensor.values.map((item) => bytesField(TensorField.StringData, item)));
      break;
  }
  return concat([
    ...tensor.dims.map((dim) => varintField(TensorField.Dims, dim)),
    varintField(TensorField.DataType, DATA_TYPE[tensor.element]),
    data,
    bytesField(TensorField.Name, tensor.name)
  ]);
}

function encodeValueInfo(value: ValueSpec): Uint8Array {
  const dims = value.shape.map((dim) =>
    bytesField(
      ShapeDim,
      typeof dim === 'number' ? varintField(DimField.Value, dim) : bytesField(DimField.Param, dim)
    )
  );
  const tensorType = concat([
    varintField(TensorTypeField.ElemType, DATA_TYPE[value.element]),
    bytesField(TensorTypeField.Shape, concat(dims))
  ]);
  return concat([
    bytesField(ValueInfoField.Name, value.name),
    bytesField(ValueInfoField.Type, bytesField(TypeField.Tensor, tensorType))
  ]);
}
