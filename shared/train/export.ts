/**
 * Writes a TrainedModel as an ONNX graph that mlgate (and any onnxruntime) scores from raw table
 * columns: one [N,1] input per column, named like it (mlgate's `columns` input mode, the shape
 * skl2onnx gives a ColumnTransformer), the preprocessing, the predictor and the head, with the
 * outputs evaluate-thresholds reads (`label` + `probabilities`, or `variable`).
 *
 * The graph computes what `design.ts` and `predict.ts` compute, in float32: Imputer, Sub and Div for
 * numbers and OneHotEncoder (zeros=1: unknown and missing strings are all 0, as scikit-learn's
 * `handle_unknown='ignore'`) for strings, concatenated into X [N,P]; MatMul + Add or a
 * TreeEnsembleRegressor for raw scores; Sigmoid or Softmax, ArgMax and Gather for labels.
 * Opsets ai.onnx 17 and ai.onnx.ml 3 at IR version 8, which onnx 1.12's checker accepts.
 */
import {
  encodeModel,
  type AttributeSpec,
  type InitializerSpec,
  type NodeSpec,
  type TensorData,
  type ValueSpec
} from '../model/onnx-writer.js';
import { ConfigurationError } from '../runtime/errors.js';
import type {
  FeatureTransform,
  Head,
  LinearPredictor,
  Predictor,
  TrainedModel,
  TreeEnsemblePredictor
} from './model-types.js';

/** The raw type of each feature column: numbers feed float inputs, strings string inputs. */
export type ColumnKind = 'number' | 'string';

const IR_VERSION = 8;
const OPSETS = [
  { domain: '', version: 17 },
  { domain: 'ai.onnx.ml', version: 3 }
] as const;
const ML = 'ai.onnx.ml';
/** The symbolic batch dimension. */
const N = 'N';

/**
 * The ONNX bytes of `model`, whose feature columns have the raw types `columnTypes`. Deterministic:
 * the same model gives the same bytes. Metadata: the model's entries plus `features` (the input
 * columns in order, JSON) and, for classifiers, `classes` (the labels as strings, JSON); these two
 * replace model entries of the same name.
 */
export function exportOnnx(model: TrainedModel, columnTypes: ReadonlyMap<string, ColumnKind>): Uint8Array {
  const { features, predictor, head } = model;
  const outputs = outputValues(head);
  const inputs = inputValues(features, columnTypes, outputs);
  checkShapes(features, predictor, head);

  const graph = new GraphBuilder(
    inputs.map((input) => input.name),
    outputs.map((output) => output.name)
  );
  const pieces = features.flatMap((transform) => featurePiece(graph, transform));
  const x = graph.node('Concat', pieces, graph.fresh('features'), [{ name: 'axis', type: 'int', value: 1 }]);
  const raw = head.kind === 'identity' ? 'variable' : graph.fresh('scores');
  if (predictor.kind === 'linear') linear(graph, predictor, x, raw);
  else trees(graph, predictor, x, raw);
  if (head.kind !== 'identity') classify(graph, head, raw);

  const metadata: Record<string, string> = {
    ...model.metadata,
    features: JSON.stringify(inputs.map((input) => input.name))
  };
  if (head.kind !== 'identity') metadata.classes = JSON.stringify(head.classes.map(String));
  return encodeModel({
    irVersion: IR_VERSION,
    producerName: 'mlgate',
    opsets: OPSETS,
    graph: {
      name: 'mlgate',
      nodes: graph.nodes,
      initializers: graph.initializers,
      inputs,
      outputs,
      valueInfo: graph.valueInfo
    },
    metadata
  });
}

function outputValues(head: Head): ValueSpec[] {
  if (head.kind === 'identity') return [{ name: 'variable', element: 'float', shape: [N, 1] }];
  return [
    { name: 'label', element: integerClasses(head.classes) ? 'int64' : 'string', shape: [N] },
    { name: 'probabilities', element: 'float', shape: [N, head.classes.length] }
  ];
}

/** int64 labels when every class is an integer number (as scikit-learn's int targets), else strings. */
function integerClasses(classes: readonly (string | number)[]): boolean {
  return classes.every((label) => typeof label === 'number' && Number.isSafeInteger(label));
}

/** One input per column, in first-use order, checked against the column's raw type. */
function inputValues(
  features: readonly FeatureTransform[],
  columnTypes: ReadonlyMap<string, ColumnKind>,
  outputs: readonly ValueSpec[]
): ValueSpec[] {
  if (features.length === 0) throw new Error('exportOnnx: the model has no feature transforms');
  const inputs = new Map<string, ValueSpec>();
  for (const transform of features) {
    const kind = columnTypes.get(transform.column);
    if (kind === undefined) throw new Error(`exportOnnx: no column type for ${transform.column}`);
    const wanted: ColumnKind = transform.kind === 'numeric' ? 'number' : 'string';
    if (kind !== wanted)
      throw new Error(
        `exportOnnx: column ${transform.column} holds ${kind}s but its ${transform.kind} transform takes ${wanted}s`
      );
    if (transform.kind === 'one-hot') checkCategories(transform.column, transform.categories);
    if (outputs.some((output) => output.name === transform.column))
      throw new ConfigurationError(
        `feature column \`${transform.column}\` has the name of the exported model's output \`${transform.column}\`: rename the column or leave it out of features`
      );
    if (!inputs.has(transform.column))
      inputs.set(transform.column, {
        name: transform.column,
        element: kind === 'number' ? 'float' : 'string',
        shape: [N, 1]
      });
  }
  return [...inputs.values()];
}

/**
 * mlgate feeds '' for a missing string cell, which must encode as all zeros like the null the
 * design matrix sees; repeated categories would make OneHotEncoder's columns ambiguous.
 */
function checkCategories(column: string, categories: readonly string[]): void {
  if (categories.includes(''))
    throw new Error(`exportOnnx: column ${column} has the empty string as a category`);
  if (new Set(categories).size !== categories.length)
    throw new Error(`exportOnnx: column ${column} repeats a category`);
}

/** The predictor reads every design column and the head fits its outputs. */
function checkShapes(features: readonly FeatureTransform[], predictor: Predictor, head: Head): void {
  let cols = 0;
  for (const transform of features) cols += transform.kind === 'numeric' ? 1 : transform.categories.length;
  if (cols === 0) throw new Error('exportOnnx: the transforms make no design-matrix columns');
  if (cols !== predictor.features)
    throw new Error(
      `exportOnnx: the transforms make ${cols} columns but the predictor takes ${predictor.features}`
    );
  const wanted = head.kind === 'softmax' ? head.classes.length : 1;
  if (predictor.outputs !== wanted)
    throw new Error(
      `exportOnnx: a ${head.kind} head needs ${wanted} raw outputs, the predictor has ${predictor.outputs}`
    );
  if (head.kind === 'sigmoid' && head.classes.length !== 2)
    throw new Error(`exportOnnx: a sigmoid head has 2 classes, not ${head.classes.length}`);
  if (head.kind === 'softmax' && head.classes.length < 2)
    throw new Error('exportOnnx: a softmax head needs at least 2 classes');
  if (predictor.kind === 'trees' && predictor.trees.length === 0)
    throw new Error('exportOnnx: a tree ensemble needs at least one tree');
}

/** The design-matrix block of one transform: the tensor name, or none for a one-hot of no categories. */
function featurePiece(graph: GraphBuilder, transform: FeatureTransform): string[] {
  const column = transform.column;
  if (transform.kind === 'one-hot') {
    const width = transform.categories.length;
    if (width === 0) return [];
    // OneHotEncoder appends the category axis: [N,1] → [N,1,K], reshaped to [N,K].
    const encoded = graph.mlNode(
      'OneHotEncoder',
      column,
      graph.fresh(`${column}_onehot`),
      [
        { name: 'cats_strings', type: 'strings', value: transform.categories },
        { name: 'zeros', type: 'int', value: 1 }
      ],
      [N, 1, width]
    );
    const shape = graph.constant(`${column}_shape`, { element: 'int64', dims: [2], values: [-1, width] });
    return [graph.node('Reshape', [encoded, shape], graph.fresh(`${column}_encoded`))];
  }
  let value = column;
  if (transform.impute !== null)
    value = graph.mlNode(
      'Imputer',
      value,
      graph.fresh(`${column}_imputed`),
      [
        { name: 'imputed_value_floats', type: 'floats', value: [transform.impute] },
        { name: 'replaced_value_float', type: 'float', value: Number.NaN }
      ],
      [N, 1]
    );
  if (transform.center !== 0) {
    const center = graph.constant(`${column}_center`, {
      element: 'float',
      dims: [1],
      values: [transform.center]
    });
    value = graph.node('Sub', [value, center], graph.fresh(`${column}_centered`));
  }
  if (transform.scale !== 1) {
    const scale = graph.constant(`${column}_scale`, {
      element: 'float',
      dims: [1],
      values: [transform.scale]
    });
    value = graph.node('Div', [value, scale], graph.fresh(`${column}_scaled`));
  }
  return [value];
}

/** raw = X · Wᵀ + b. */
function linear(graph: GraphBuilder, predictor: LinearPredictor, x: string, raw: string): void {
  const { outputs, features, coefficients, intercepts } = predictor;
  const transposed = new Float64Array(features * outputs);
  for (let output = 0; output < outputs; output++)
    for (let feature = 0; feature < features; feature++)
      transposed[feature * outputs + output] = coefficients[output * features + feature];
  const weights = graph.constant('coefficients', {
    element: 'float',
    dims: [features, outputs],
    values: transposed
  });
  const bias = graph.constant('intercepts', { element: 'float', dims: [outputs], values: intercepts });
  const product = graph.node('MatMul', [x, weights], graph.fresh('product'));
  graph.node('Add', [product, bias], raw);
}

/**
 * raw = base + the leaf values reached, one TreeEnsembleRegressor target per output. A split sends
 * a row to its true (left) branch when x <= threshold, or when x is NaN and the node's missing
 * values track true, which is `missingLeft`.
 */
function trees(graph: GraphBuilder, predictor: TreeEnsemblePredictor, x: string, raw: string): void {
  const numbers = (): number[] => [];
  const nodes = {
    treeIds: numbers(),
    nodeIds: numbers(),
    featureIds: numbers(),
    modes: [] as string[],
    values: numbers()
  };
  const branches = { trueIds: numbers(), falseIds: numbers(), missingTrue: numbers() };
  const leaves = { treeIds: numbers(), nodeIds: numbers(), outputs: numbers(), weights: numbers() };
  predictor.trees.forEach(({ output, tree }, treeId) => {
    for (let id = 0; id < tree.feature.length; id++) {
      const leaf = tree.feature[id] < 0;
      nodes.treeIds.push(treeId);
      nodes.nodeIds.push(id);
      nodes.featureIds.push(leaf ? 0 : tree.feature[id]);
      nodes.modes.push(leaf ? 'LEAF' : 'BRANCH_LEQ');
      nodes.values.push(leaf ? 0 : tree.threshold[id]);
      branches.trueIds.push(leaf ? 0 : tree.left[id]);
      branches.falseIds.push(leaf ? 0 : tree.right[id]);
      branches.missingTrue.push(leaf ? 0 : tree.missingLeft[id]);
      if (leaf) {
        leaves.treeIds.push(treeId);
        leaves.nodeIds.push(id);
        leaves.outputs.push(output);
        leaves.weights.push(tree.value[id]);
      }
    }
  });
  const attributes: AttributeSpec[] = [
    { name: 'aggregate_function', type: 'string', value: 'SUM' },
    { name: 'base_values', type: 'floats', value: predictor.base },
    { name: 'n_targets', type: 'int', value: predictor.outputs },
    { name: 'nodes_falsenodeids', type: 'ints', value: branches.falseIds },
    { name: 'nodes_featureids', type: 'ints', value: nodes.featureIds },
    { name: 'nodes_missing_value_tracks_true', type: 'ints', value: branches.missingTrue },
    { name: 'nodes_modes', type: 'strings', value: nodes.modes },
    { name: 'nodes_nodeids', type: 'ints', value: nodes.nodeIds },
    { name: 'nodes_treeids', type: 'ints', value: nodes.treeIds },
    { name: 'nodes_truenodeids', type: 'ints', value: branches.trueIds },
    { name: 'nodes_values', type: 'floats', value: nodes.values },
    { name: 'post_transform', type: 'string', value: 'NONE' },
    { name: 'target_ids', type: 'ints', value: leaves.outputs },
    { name: 'target_nodeids', type: 'ints', value: leaves.nodeIds },
    { name: 'target_treeids', type: 'ints', value: leaves.treeIds },
    { name: 'target_weights', type: 'floats', value: leaves.weights }
  ];
  graph.mlNode('TreeEnsembleRegressor', x, raw, attributes, [N, predictor.outputs]);
}

/** probabilities = [1 - σ(raw), σ(raw)] or softmax(raw); label = classes[argmax(probabilities)]. */
function classify(graph: GraphBuilder, head: Extract<Head, { classes: unknown }>, raw: string): void {
  if (head.kind === 'sigmoid') {
    const positive = graph.node('Sigmoid', [raw], graph.fresh('positive'));
    const one = graph.constant('one', { element: 'float', dims: [1], values: [1] });
    const negative = graph.node('Sub', [one, positive], graph.fresh('negative'));
    graph.node('Concat', [negative, positive], 'probabilities', [{ name: 'axis', type: 'int', value: 1 }]);
  } else {
    graph.node('Softmax', [raw], 'probabilities', [{ name: 'axis', type: 'int', value: 1 }]);
  }
  // ArgMax keeps the first of equal maxima (select_last_index defaults to 0).
  const index = graph.node('ArgMax', ['probabilities'], graph.fresh('label_index'), [
    { name: 'axis', type: 'int', value: 1 },
    { name: 'keepdims', type: 'int', value: 0 }
  ]);
  const classes = integerClasses(head.classes)
    ? graph.constant('classes', {
        element: 'int64',
        dims: [head.classes.length],
        values: head.classes.map(Number)
      })
    : graph.constant('classes', {
        element: 'string',
        dims: [head.classes.length],
        values: head.classes.map(String)
      });
  graph.node('Gather', [classes, index], 'label', [{ name: 'axis', type: 'int', value: 0 }]);
}

/**
 * Collects nodes and initializers under unique tensor names. Graph inputs are column names, so an
 * internal tensor takes its base name only when no input, output or earlier tensor has it, else the
 * first free `base_1`, `base_2`, ... Each node is named after its output.
 */
class GraphBuilder {
  readonly nodes: NodeSpec[] = [];
  readonly initializers: InitializerSpec[] = [];
  readonly valueInfo: ValueSpec[] = [];
  private readonly used: Set<string>;
  private readonly outputs: ReadonlySet<string>;

  constructor(inputs: readonly string[], outputs: readonly string[]) {
    this.used = new Set([...inputs, ...outputs]);
    this.outputs = new Set(outputs);
  }

  /** A name no other tensor has. */
  fresh(base: string): string {
    let name = base;
    for (let suffix = 1; this.used.has(name); suffix++) name = `${base}_${suffix}`;
    this.used.add(name);
    return name;
  }

  /** Adds a node writing `output` (a graph output's name or one from `fresh`); returns `output`. */
  node(
    opType: string,
    inputs: readonly string[],
    output: string,
    attributes: readonly AttributeSpec[] = [],
    domain = ''
  ): string {
    this.nodes.push({ opType, domain, name: output, inputs, outputs: [output], attributes });
    return output;
  }

  /**
   * Adds an ai.onnx.ml node with one float output of `shape`. onnx 1.12 has no type inference for
   * Imputer or OneHotEncoder, and its checker's strict shape inference stops at an untyped tensor,
   * so the output's type is declared in value_info (unless it is a graph output, typed already).
   */
  mlNode(
    opType: string,
    input: string,
    output: string,
    attributes: readonly AttributeSpec[],
    shape: readonly (number | string)[]
  ): string {
    if (!this.outputs.has(output)) this.valueInfo.push({ name: output, element: 'float', shape });
    return this.node(opType, [input], output, attributes, ML);
  }

  /** Adds an initializer under a fresh name derived from `base`; returns the name. */
  constant(base: string, data: TensorData): string {
    const name = this.fresh(base);
    this.initializers.push({ ...data, name });
    return name;
  }
}
