/**
 * Evaluates a TrainedModel in TypeScript: raw scores from the predictor, then the head. Trainers use
 * it for training metrics and the export tests use it as the reference the ONNX graph must match,
 * so each step does what the graph's operators do (MatMul + Add, TreeEnsembleRegressor with
 * BRANCH_LEQ on float32 features, Sigmoid / Softmax, ArgMax keeping the first of equal maxima).
 */
import type {
  DesignMatrix,
  Head,
  LinearPredictor,
  Predictor,
  Tree,
  TreeEnsemblePredictor
} from './model-types.js';

/** The predictor's raw scores, row-major [rows × outputs]. Throws when the matrix width differs. */
export function rawScores(predictor: Predictor, matrix: DesignMatrix): Float64Array {
  if (matrix.cols !== predictor.features)
    throw new Error(
      `rawScores: the predictor takes ${predictor.features} features, the matrix has ${matrix.cols}`
    );
  return predictor.kind === 'linear' ? linearScores(predictor, matrix) : treeScores(predictor, matrix);
}

function linearScores(predictor: LinearPredictor, matrix: DesignMatrix): Float64Array {
  const { outputs, features, coefficients, intercepts } = predictor;
  const { rows, values } = matrix;
  const out = new Float64Array(rows * outputs);
  for (let row = 0; row < rows; row++) {
    const x = row * features;
    for (let output = 0; output < outputs; output++) {
      const w = output * features;
      let sum = intercepts[output];
      for (let feature = 0; feature < features; feature++)
        sum += coefficients[w + feature] * values[x + feature];
      out[row * outputs + output] = sum;
    }
  }
  return out;
}

function treeScores(predictor: TreeEnsemblePredictor, matrix: DesignMatrix): Float64Array {
  const { outputs, features, base, trees } = predictor;
  const { rows, values } = matrix;
  const out = new Float64Array(rows * outputs);
  for (let row = 0; row < rows; row++) out.set(base, row * outputs);
  for (const { output, tree } of trees)
    for (let row = 0; row < rows; row++)
      out[row * outputs + output] += leafValue(tree, values, row * features);
  return out;
}

/** The value of the leaf the row starting at `values[start]` reaches. */
function leafValue(tree: Tree, values: Float64Array, start: number): number {
  const { feature, threshold, left, right, missingLeft } = tree;
  let node = 0;
  while (feature[node] >= 0) {
    const x = values[start + feature[node]];
    if (x !== x) node = missingLeft[node] === 1 ? left[node] : right[node];
    else node = Math.fround(x) <= threshold[node] ? left[node] : right[node];
  }
  return tree.value[node];
}

/** Predictions of `rows` rows. */
export interface Predictions {
  readonly raw: Float64Array;
  /** Classifiers: row-major [rows × C], C = the head's class count. */
  readonly probabilities?: Float64Array;
  /** Classifiers: the index in the head's classes of each row's most probable class. */
  readonly labels?: Int32Array;
  /** Regressors: one value per row. */
  readonly values?: Float64Array;
}

/**
 * Turns raw scores into predictions: `sigmoid` gives [1 - p, p] from one score per row, `softmax`
 * normalises one score per class, `identity` passes the one score per row through. Labels are the
 * argmax of the probabilities, the first class on ties (onnxruntime's ArgMax, numpy's argmax).
 */
export function applyHead(head: Head, raw: Float64Array, rows: number): Predictions {
  if (head.kind === 'identity') {
    expectWidth(raw, rows, 1, 'an identity head');
    return { raw, values: raw.slice() };
  }
  const classes = head.classes.length;
  const probabilities = new Float64Array(rows * classes);
  if (head.kind === 'sigmoid') {
    if (classes !== 2) throw new Error(`applyHead: a sigmoid head has 2 classes, not ${classes}`);
    expectWidth(raw, rows, 1, 'a sigmoid head');
    for (let row = 0; row < rows; row++) {
      const p = 1 / (1 + Math.exp(-raw[row]));
      probabilities[row * 2] = 1 - p;
      probabilities[row * 2 + 1] = p;
    }
  } else {
    expectWidth(raw, rows, classes, `a softmax head over ${classes} classes`);
    for (let row = 0; row < rows; row++) {
      const start = row * classes;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, raw[start + c]);
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        const e = Math.exp(raw[start + c] - max);
        probabilities[start + c] = e;
        sum += e;
      }
      for (let c = 0; c < classes; c++) probabilities[start + c] /= sum;
    }
  }
  const labels = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const start = row * classes;
    let best = 0;
    for (let c = 1; c < classes; c++) if (probabilities[start + c] > probabilities[start + best]) best = c;
    labels[row] = best;
  }
  return { raw, probabilities, labels };
}

function expectWidth(raw: Float64Array, rows: number, width: number, what: string): void {
  if (raw.length !== rows * width)
    throw new Error(
      `applyHead: ${what} takes ${width} raw score${width === 1 ? '' : 's'} per row; got ${raw.length} for ${rows} rows`
    );
}
