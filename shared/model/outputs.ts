/**
 * Which outputs hold the predictions, what the task is, and the class labels.
 *
 * Conventions followed (skl2onnx, onnxmltools, hand-written graphs): a classifier has an int64 or
 * string label tensor [N] (named `label`, `output_label`) and/or a float probability tensor [N, C]
 * (`probabilities`, `output_probability`, the input of a removed ZipMap); a regressor has one float
 * tensor [N] or [N, 1] (`variable`). Class labels come from, in order: the removed ZipMap's keys,
 * the `classlabels_*` attribute of an ai.onnx.ml classifier node, the `classes` metadata entry, and
 * for integer or absent labels the column indices 0..C-1.
 */
import { ModelError } from '../runtime/errors.js';
import { attributeInts, attributeStrings, type GraphInfo } from './onnx-proto.js';
import {
  describeValue,
  fixedDim,
  metadataList,
  type ModelSignature,
  type TensorSignature
} from './signature.js';
import type { RemovedZipMap } from './zipmap.js';

export type Task = 'classification' | 'regression';

export interface OutputPlan {
  readonly task: Task;
  /** The label tensor (int64/int32/string), if the model has one. */
  readonly label: TensorSignature | null;
  /** The probability tensor [N, C] (or, with `positiveScore`, the one score column). */
  readonly probabilities: TensorSignature | null;
  /**
   * True when `probabilities` is a single column P(classes[1]) of a binary classifier (a float
   * [N] or [N, 1] output scored with task `classification`): mlgate widens it to [1 - p, p].
   */
  readonly positiveScore: boolean;
  /** The regression output. */
  readonly value: TensorSignature | null;
  /** Class labels as strings, in probability-column order; null when the model does not say. */
  readonly classes: readonly string[] | null;
}

const LABEL_TYPES = new Set(['int64', 'int32', 'string']);
const SCORE_TYPES = new Set(['float', 'double']);
const CLASSIFIER_LABEL_ATTRIBUTES = ['classlabels_strings', 'classlabels_int64s', 'classlabels_ints'];

/**
 * Picks the outputs of a model whose ZipMaps are already removed. `outputs` are the graph's outputs
 * after the edit; `task` is the configured task, if any (checked against the model).
 */
export function planOutputs(
  path: string,
  outputs: ModelSignature['outputs'],
  graph: { readonly info: GraphInfo; readonly bytes: Uint8Array },
  metadata: ModelSignature['metadata'],
  zipMaps: readonly RemovedZipMap[],
  task: Task | undefined
): OutputPlan {
  const tensors = outputs.filter((output): output is TensorSignature => output.kind === 'tensor');
  const rank = (output: TensorSignature): number | null => output.shape?.length ?? null;
  const columnLike = (output: TensorSignature): boolean =>
    rank(output) === null || rank(output) === 1 || (rank(output) === 2 && fixedDim(output, 1) === 1);

  const labels = tensors.filter((output) => LABEL_TYPES.has(output.elementType) && columnLike(output));
  const label = preferred(labels, /label/i);
  const zipMapOutputs = new Set(zipMaps.map((zipMap) => zipMap.probabilities));
  const matrices = tensors.filter(
    (output) => SCORE_TYPES.has(output.elementType) && rank(output) === 2 && fixedDim(output, 1) !== 1
  );
  const probabilities =
    matrices.find((output) => zipMapOutputs.has(output.name)) ?? preferred(matrices, /prob/i);
  const scores = tensors.filter((output) => SCORE_TYPES.has(output.elementType) && columnLike(output));
  const inferred: Task | null =
    label !== null || probabilities !== null || zipMaps.length > 0
      ? 'classification'
      : scores.length > 0
        ? 'regression'
        : null;
  if (inferred === null)
    throw new ModelError(
      `${path}: none of its outputs is a label, probability or value tensor (outputs: ${outputList(outputs)})`
    );

  if (task === 'regression' && inferred === 'classification') {
    if (label === null && zipMaps.length === 0 && probabilities !== null && scores.length === 0)
      throw new ModelError(
        `${path}: output "${probabilities.name}" (${describeValue(probabilities)}) has several columns; regression needs one value per row ([N] or [N,1])`
      );
    throw new ModelError(
      `${path} is a classifier (outputs: ${outputList(outputs)}), but the task is regression`
    );
  }

  if (inferred === 'regression' && task !== 'classification') {
    const value = preferred(scores, /variable|predict|value|output/i)!;
    return {
      task: 'regression',
      label: null,
      probabilities: null,
      positiveScore: false,
      value,
      classes: null
    };
  }

  if (inferred === 'regression') {
    // A single score column scored as a binary classifier: P(positive class).
    const score = preferred(scores, /prob|score|output/i)!;
    const classes = metadataList(metadata, 'classes') ?? ['0', '1'];
    if (classes.length !== 2)
      throw new ModelError(
        `${path}: output "${score.name}" (${describeValue(score)}) is one score column, which fits a binary classifier, but its metadata lists ${classes.length} classes`
      );
    return {
      task: 'classification',
      label: null,
      probabilities: score,
      positiveScore: true,
      value: null,
      classes
    };
  }

  const classes = classLabels(graph, metadata, zipMaps, probabilities, label);
  const width = probabilities === null ? null : fixedDim(probabilities, 1);
  if (probabilities !== null && classes !== null && width !== null && width !== classes.length)
    throw new ModelError(
      `${path}: output "${probabilities.name}" (${describeValue(probabilities)}) has ${width} columns but the model names ${classes.length} classes (${classes.join(', ')})`
    );
  return { task: 'classification', label, probabilities, positiveScore: false, value: null, classes };
}

function classLabels(
  graph: { readonly info: GraphInfo; readonly bytes: Uint8Array },
  metadata: ModelSignature['metadata'],
  zipMaps: readonly RemovedZipMap[],
  probabilities: TensorSignature | null,
  label: TensorSignature | null
): string[] | null {
  const zipMap = zipMaps.find((removed) => removed.probabilities === probabilities?.name) ?? zipMaps[0];
  if (zipMap !== undefined && zipMap.classes.length > 0) return [...zipMap.classes];

  // The ai.onnx.ml classifier that produces the label output, else the first one in the graph.
  const classifiers = graph.info.nodes.filter(
    (node) =>
      node.domain === 'ai.onnx.ml' && CLASSIFIER_LABEL_ATTRIBUTES.some((name) => node.attributes.has(name))
  );
  const classifier =
    classifiers.find((node) => label !== null && node.outputs.includes(label.name)) ?? classifiers[0];
  if (classifier !== undefined) {
    const strings = attributeStrings(graph.bytes, classifier, 'classlabels_strings');
    if (strings !== undefined && strings.length > 0) return strings;
    for (const name of ['classlabels_int64s', 'classlabels_ints']) {
      const ints = attributeInts(graph.bytes, classifier, name);
      if (ints !== undefined && ints.length > 0) return ints.map(String);
    }
  }

  const listed = metadataList(metadata, 'classes');
  if (listed !== undefined) return listed;
  const width = probabilities === null ? null : fixedDim(probabilities, 1);
  if (width !== null && (label === null || label.elementType !== 'string'))
    return Array.from({ length: width }, (_, index) => String(index));
  return null;
}

/** The first candidate whose name matches, else the first candidate, else null. */
function preferred(candidates: readonly TensorSignature[], name: RegExp): TensorSignature | null {
  return candidates.find((candidate) => name.test(candidate.name)) ?? candidates[0] ?? null;
}

function outputList(outputs: ModelSignature['outputs']): string {
  return outputs.map((output) => `"${output.name}" ${describeValue(output)}`).join(', ') || 'none';
}
