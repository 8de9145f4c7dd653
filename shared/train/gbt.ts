/**
 * Histogram gradient-boosted trees, a TypeScript mirror of scikit-learn 1.2's
 * HistGradientBoostingRegressor / HistGradientBoostingClassifier with `early_stopping=False`: bin the
 * features once (gbt-binning), then per round compute every row's gradient and hessian (gbt-loss) and
 * grow one tree per output on them (gbt-grower), adding its leaf values to the raw scores.
 *
 * The result is a TreeEnsemblePredictor whose trees compare float32 values with float32 thresholds,
 * as the exported ONNX TreeEnsemble does, and reproduce the training-time raw scores exactly that way.
 * Training is deterministic: the seed only picks the binning subsample (data sets over 200,000 rows).
 */
import { ConfigurationError } from '../runtime/errors.js';
import { binMatrix } from './gbt-binning.js';
import { TreeGrower } from './gbt-grower.js';
import { gbtLoss } from './gbt-loss.js';
import type { DesignMatrix, Tree, TreeEnsemblePredictor } from './model-types.js';

export interface GbtParams {
  /** Boosting rounds (scikit-learn's `max_iter`). */
  readonly rounds: number;
  readonly learningRate: number;
  /** null: unlimited. */
  readonly maxDepth: number | null;
  readonly maxLeafNodes: number;
  readonly minSamplesLeaf: number;
  readonly l2Regularization: number;
  /** Non-missing bins per feature, at most 255. */
  readonly maxBins: number;
}

/** scikit-learn's defaults. */
export const GBT_DEFAULTS: GbtParams = {
  rounds: 100,
  learningRate: 0.1,
  maxDepth: null,
  maxLeafNodes: 31,
  minSamplesLeaf: 20,
  l2Regularization: 0,
  maxBins: 255
};

export type GbtTask =
  | { readonly kind: 'regression' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'multiclass'; readonly classes: number };

/**
 * Trains the ensemble. `target` holds regression values, or class codes 0..C-1 (binary: 0/1).
 * Binary: one output, the logit of class 1. Multiclass: one output and one tree per round per class
 * (softmax). Regression: one output (squared error).
 */
export function trainGbt(
  matrix: DesignMatrix,
  target: Float64Array,
  task: GbtTask,
  params: GbtParams,
  seed: number
): TreeEnsemblePredictor {
  checkInputs(matrix, target, task);
  checkParams(params);
  const classes = task.kind === 'multiclass' ? task.classes : 2;
  const loss = gbtLoss(task.kind, classes);
  const { rows } = matrix;
  const outputs = loss.outputs;

  const data = binMatrix(matrix, params.maxBins, seed);
  const grower = new TreeGrower(data, {
    maxLeafNodes: params.maxLeafNodes,
    maxDepth: params.maxDepth,
    minSamplesLeaf: params.minSamplesLeaf,
    l2Regularization: params.l2Regularization,
    constantHessian: loss.constantHessian,
    shrinkage: params.learningRate
  });

  const base = loss.baseline(target);
  const raw = new Float64Array(rows * outputs);
  for (let k = 0; k < outputs; k++) raw.fill(base[k], k * rows, (k + 1) * rows);
  const gradients = new Float32Array(rows * outputs);
  const hessians = new Float32Array(loss.constantHessian ? 0 : rows * outputs);
  const trees: { output: number; tree: Tree }[] = [];
  for (let round = 0; round < params.rounds; round++) {
    loss.gradients(target, raw, gradients, hessians);
    for (let k = 0; k < outputs; k++) {
      const tree = grower.grow(
        gradients.subarray(k * rows, (k + 1) * rows),
        hessians.subarray(k * rows, (k + 1) * rows),
        raw.subarray(k * rows, (k + 1) * rows)
      );
      trees.push({ output: k, tree });
    }
  }
  return { kind: 'trees', outputs, features: matrix.cols, base, trees };
}

function checkInputs(matrix: DesignMatrix, target: Float64Array, task: GbtTask): void {
  if (matrix.rows < 1) throw new RangeError('gradient-boosted trees need at least one row');
  if (matrix.values.length !== matrix.rows * matrix.cols) {
    throw new RangeError(`design matrix has ${matrix.values.length} values, expected rows × cols`);
  }
  if (target.length !== matrix.rows) {
    throw new RangeError(`target has ${target.length} values for ${matrix.rows} rows`);
  }
  if (task.kind === 'regression') {
    for (const y of target)
      if (!Number.isFinite(y)) throw new RangeError(`regression target ${y} is not finite`);
    return;
  }
  const classes = task.kind === 'binary' ? 2 : task.classes;
  if (!Number.isInteger(classes) || classes < 2) throw new RangeError(`classes must be ≥ 2, got ${classes}`);
  for (const code of target) {
    if (!Number.isInteger(code) || code < 0 || code >= classes) {
      throw new RangeError(`class codes must be integers in [0, ${classes}), got ${code}`);
    }
  }
}

function checkParams(params: GbtParams): void {
  const positiveInteger = (name: string, value: number, min: number): void => {
    if (!Number.isInteger(value) || value < min) {
      throw new ConfigurationError(
        `gradient-boosted trees: ${name} must be an integer ≥ ${min}, got ${value}`
      );
    }
  };
  positiveInteger('rounds', params.rounds, 1);
  positiveInteger('max_leaf_nodes', params.maxLeafNodes, 2);
  positiveInteger('min_samples_leaf', params.minSamplesLeaf, 1);
  if (params.maxDepth !== null) positiveInteger('max_depth', params.maxDepth, 1);
  if (!Number.isInteger(params.maxBins) || params.maxBins < 2 || params.maxBins > 255) {
    throw new ConfigurationError(
      `gradient-boosted trees: max_bins must be in [2, 255], got ${params.maxBins}`
    );
  }
  if (!(params.learningRate > 0) || !Number.isFinite(params.learningRate)) {
    throw new ConfigurationError(
      `gradient-boosted trees: learning_rate must be a positive number, got ${params.learningRate}`
    );
  }
  if (!(params.l2Regularization >= 0) || !Number.isFinite(params.l2Regularization)) {
    throw new ConfigurationError(
      `gradient-boosted trees: l2_regularization must be ≥ 0, got ${params.l2Regularization}`
    );
  }
}
