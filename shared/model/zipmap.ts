/**
 * ZipMap removal. skl2onnx's classifiers end, by default, in an `ai.onnx.ml` ZipMap that turns the
 * [N, C] probability tensor into a sequence of {class: probability} maps; onnxruntime-node cannot
 * return sequences of maps, so the session would fail to fetch that output. mlgate deletes the
 * ZipMap node and exposes its input (the probability tensor) as the graph output instead, before
 * the session is created. The class labels the ZipMap carried are kept: they name the columns.
 */
import {
  attributeInts,
  attributeStrings,
  GraphField,
  ModelField,
  parseGraph,
  type ModelInfo,
  type NodeInfo
} from './onnx-proto.js';
import { bytesField, concat, varintField, type Field } from './protobuf.js';

export interface RemovedZipMap {
  /** The graph output the ZipMap produced (e.g. `output_probability`). */
  readonly output: string;
  /** The probability tensor now exposed in its place (e.g. `probabilities`). */
  readonly probabilities: string;
  /** The ZipMap's keys (classlabels_strings or classlabels_int64s), as strings, in column order. */
  readonly classes: readonly string[];
}

export interface ZipMapEdit {
  /** The model's bytes with every removable ZipMap gone (the input itself when there was none). */
  readonly bytes: Uint8Array;
  readonly removed: readonly RemovedZipMap[];
}

const FLOAT = 1;

/** Removes the ZipMap nodes whose output is a graph output and that nothing else consumes. */
export function removeZipMaps(bytes: Uint8Array, info: ModelInfo): ZipMapEdit {
  const graphBytes = bytes.subarray(info.graphField.valueStart, info.graphField.valueEnd);
  const graph = info.graph;
  const consumed = new Set(graph.nodes.flatMap((node) => node.inputs));
  const outputNames = new Set(graph.outputs.map((output) => output.name));
  const zipMaps = graph.nodes.filter(
    (node) =>
      node.opType === 'ZipMap' &&
      node.domain === 'ai.onnx.ml' &&
      node.inputs.length === 1 &&
      node.outputs.length === 1 &&
      outputNames.has(node.outputs[0]) &&
      !consumed.has(node.outputs[0])
  );
  if (zipMaps.length === 0) return { bytes, removed: [] };

  const removed: RemovedZipMap[] = [];
  const dropped = new Set<Field>();
  const replaced = new Map<Field, Uint8Array>();
  for (const node of zipMaps) {
    const classes = zipMapClasses(graphBytes, node);
    const [probabilities] = node.inputs;
    const [output] = node.outputs;
    dropped.add(node.field);
    for (const info of graph.valueInfo) if (info.name === output) dropped.add(info.field);
    const outputField = graph.outputs.find((candidate) => candidate.name === output)!.field;
    if (outputNames.has(probabilities)) dropped.add(outputField);
    else replaced.set(outputField, tensorOutput(probabilities, classes.length));
    outputNames.add(probabilities);
    removed.push({ output, probabilities, classes });
  }

  const parts: Uint8Array[] = [];
  let offset = 0;
  const edits = [...dropped, ...replaced.keys()].sort((a, b) => a.start - b.start);
  for (const field of edits) {
    parts.push(graphBytes.subarray(offset, field.start));
    const replacement = replaced.get(field);
    if (replacement !== undefined) parts.push(replacement);
    offset = field.end;
  }
  parts.push(graphBytes.subarray(offset));
  const newGraph = concat(parts);
  const edited = concat([
    bytes.subarray(0, info.graphField.start),
    bytesField(ModelField.Graph, newGraph),
    bytes.subarray(info.graphField.end)
  ]);
  // The edit must leave a graph that still parses; a failure here is a bug, not the user's file.
  parseGraph(newGraph);
  return { bytes: edited, removed };
}

function zipMapClasses(graphBytes: Uint8Array, node: NodeInfo): string[] {
  const strings = attributeStrings(graphBytes, node, 'classlabels_strings');
  if (strings !== undefined && strings.length > 0) return strings;
  return (attributeInts(graphBytes, node, 'classlabels_int64s') ?? []).map(String);
}

/** A ValueInfoProto field: `name`, tensor(float) of shape [N, classes]. */
function tensorOutput(name: string, classes: number): Uint8Array {
  const dims = concat([
    bytesField(1, bytesField(2, 'N')), // dim { dim_param: "N" }
    bytesField(1, varintField(1, classes)) // dim { dim_value: classes }
  ]);
  const tensorType = concat([varintField(1, FLOAT), bytesField(2, dims)]);
  const typeProto = bytesField(1, tensorType);
  return bytesField(GraphField.Output, concat([bytesField(1, name), bytesField(2, typeProto)]));
}
