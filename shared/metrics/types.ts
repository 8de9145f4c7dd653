/** The shapes the metrics library takes and returns (the contract the gate uses). */

export type Task = 'classification' | 'regression';

/**
 * A classification test set, encoded: every label is an index into `classes`. Arrays must not be
 * mutated after the first call that sees this object: validation and sort orders are cached per object.
 */
export interface ClassificationInput {
  /** Class index (0..classes.length-1) of each row's true label. */
  readonly yTrue: ClassIndices;
  /** Predicted class index per row. */
  readonly yPred: ClassIndices;
  /**
   * Row-major [N, C] probabilities (C = classes.length), or null when the model gives labels only.
   * In the model's own precision: a float model's are float32 values, kept as such.
   */
  readonly proba: Probabilities | null;
  /**
   * Class labels as the data spells them, sorted as scikit-learn sorts `np.unique(y)` (numbers
   * numerically, strings lexically).
   */
  readonly classes: readonly string[];
  /**
   * Index of the positive class for binary metrics (scikit-learn's pos_label; by convention the last
   * class, i.e. 1 for 0/1 labels). Ignored by multiclass averages.
   */
  readonly posLabel: number;
}

/**
 * Class indices, one per row: a byte each when there are at most 256 classes (as the scoring pass
 * stores them: a quarter of the memory to fill and to read), else four.
 */
export type ClassIndices = Uint8Array | Int32Array;

/** Class probabilities, in float32 (a float model's scores, unwidened) or float64. */
export type Probabilities = Float32Array | Float64Array;

/** A regression test set. Same caching rule as ClassificationInput. */
export interface RegressionInput {
  readonly yTrue: Float64Array;
  readonly yPred: Float64Array;
}

/** A metric's value, or null when it is undefined on this data (then `reason` says why). */
export interface MetricValue {
  readonly name: string;
  readonly value: number | null;
  readonly reason?: string;
}

/**
 * A value that is defined but degenerate, worded as scikit-learn's UndefinedMetricWarning or
 * UserWarning (e.g. zero division in precision set to 0.0).
 */
export interface Warning {
  readonly metric: string;
  readonly message: string;
}

/** One metric computed on one set of rows. */
export interface Outcome {
  readonly value: number | null;
  /** Why `value` is null. */
  readonly reason?: string;
  /** scikit-learn's warning texts for this metric, in the order it emits them, without repeats. */
  readonly warnings?: readonly string[];
}

/** precision_recall_fscore_support(average=None, zero_division=0) for one class. */
export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Number of rows whose true label is this class. */
  readonly support: number;
}

export interface MetricsResult {
  /** Every requested metric; null when undefined on this data. */
  readonly values: Record<string, number | null>;
  /** Why each null value is null. */
  readonly reasons: Record<string, string>;
  readonly warnings: Warning[];
}

export interface ClassificationResult extends MetricsResult {
  /** Counts, rows = true class, columns = predicted class, both in `classes` order (sklearn's layout). */
  readonly confusionMatrix: number[][];
  /** Per class label, for every class in `classes` (absent classes get zeros). */
  readonly perClass: Record<string, ClassScores>;
}

export type RegressionResult = MetricsResult;
