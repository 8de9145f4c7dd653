/**
 * What the built-in trainers produce and the ONNX exporter consumes: a feature pipeline (raw table
 * columns → design matrix), a predictor (design matrix → raw scores) and a head (raw scores →
 * probabilities and labels, or values). Training in TypeScript and scoring the exported graph in
 * onnxruntime evaluate the same functions, so the two agree to float32 rounding.
 */

/** One raw column's contribution to the design matrix, in matrix-column order. */
export type FeatureTransform =
  | {
      /** An int, float or bool column: one matrix column, `(x - center) / scale` after imputation. */
      readonly kind: 'numeric';
      readonly column: string;
      /** Replaces a missing value (NaN); `null` keeps NaN (tree models route it themselves). */
      readonly impute: number | null;
      readonly center: number;
      readonly scale: number;
    }
  | {
      /** A string column: one 0/1 matrix column per category; unknown and missing values are all 0. */
      readonly kind: 'one-hot';
      readonly column: string;
      readonly categories: readonly string[];
    };

/** Raw scores are `coefficients · x + intercepts`: one row of `features` coefficients per output. */
export interface LinearPredictor {
  readonly kind: 'linear';
  readonly outputs: number;
  readonly features: number;
  /** Row-major [outputs × features]. */
  readonly coefficients: Float64Array;
  /** [outputs]. */
  readonly intercepts: Float64Array;
}

/**
 * One regression tree, nodes in arrays (node 0 is the root). At a split node, a row goes left when
 * `x[feature] <= threshold`, or when `x[feature]` is NaN and `missingLeft` is 1. Thresholds are
 * float32 values and rows are compared as float32 (what onnxruntime's TreeEnsemble does).
 */
export interface Tree {
  /** Feature index per node; -1 at a leaf. */
  readonly feature: Int32Array;
  readonly threshold: Float32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly missingLeft: Uint8Array;
  /** The leaf's contribution to its output's raw score (learning rate already applied); 0 at splits. */
  readonly value: Float64Array;
}

/** Raw score of output `o` = `base[o]` + the sum of the values of the leaves reached in its trees. */
export interface TreeEnsemblePredictor {
  readonly kind: 'trees';
  readonly outputs: number;
  readonly features: number;
  readonly base: Float64Array;
  readonly trees: readonly { readonly output: number; readonly tree: Tree }[];
}

export type Predictor = LinearPredictor | TreeEnsemblePredictor;

/**
 * How raw scores become predictions: `sigmoid` (binary: one raw score, P(classes[1])), `softmax`
 * (one raw score per class) or `identity` (regression, one output).
 */
export type Head =
  | { readonly kind: 'sigmoid'; readonly classes: readonly (string | number)[] }
  | { readonly kind: 'softmax'; readonly classes: readonly (string | number)[] }
  | { readonly kind: 'identity' };

/** A trained model, ready to export. */
export interface TrainedModel {
  readonly features: readonly FeatureTransform[];
  readonly predictor: Predictor;
  readonly head: Head;
  /** ONNX metadata_props entries (trainer, params, target, ...), written as given. */
  readonly metadata: Readonly<Record<string, string>>;
}

/** The design matrix the transforms produce: row-major, `values[row * cols + col]`; NaN = missing. */
export interface DesignMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly values: Float64Array;
}
