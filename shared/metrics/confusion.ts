/** The confusion matrix of a set of rows: the sufficient statistic of every label-based metric. */
import type { PreparedClassification } from './prepared.js';

export interface Confusion {
  readonly classCount: number;
  /** Rows counted (with multiplicity). */
  readonly n: number;
  /** counts[t * C + p]: rows of true class t predicted as p. */
  readonly counts: Float64Array;
  /** Per class: rows whose true label is the class (sklearn's `true_sum`, the support). */
  readonly trueSum: Float64Array;
  /** Per class: rows predicted as the class (sklearn's `pred_sum`). */
  readonly predSum: Float64Array;
}

/** The confusion matrix of `rows` (null: every row; repeats count every time). */
export function confusionOf(prepared: PreparedClassification, rows: Int32Array | null): Confusion {
  const count = prepared.classCount;
  const counts = new Float64Array(count * count);
  if (rows === null) {
    const { yTrue, yPred } = prepared.input;
    for (let i = 0; i < yTrue.length; i++) counts[yTrue[i] * count + yPred[i]]++;
  } else {
    const codes = prepared.codes();
    for (let i = 0; i < rows.length; i++) counts[codes[rows[i]]]++;
  }
  const trueSum = new Float64Array(count);
  const predSum = new Float64Array(count);
  let n = 0;
  for (let t = 0; t < count; t++) {
    for (let p = 0; p < count; p++) {
      const c = counts[t * count + p];
      trueSum[t] += c;
      predSum[p] += c;
      n += c;
    }
  }
  return { classCount: count, n, counts, trueSum, predSum };
}

/**
 * The classes seen in y_true or y_pred, ascending: scikit-learn's `unique_labels(y_true, y_pred)`,
 * the label set of every set-wise metric when `labels=None`.
 */
export function presentLabels(cm: Confusion): number[] {
  const labels: number[] = [];
  for (let k = 0; k < cm.classCount; k++) if (cm.trueSum[k] + cm.predSum[k] > 0) labels.push(k);
  return labels;
}

/** The matrix as rows of numbers (true × predicted). */
export function confusionRows(cm: Confusion): number[][] {
  const rows: number[][] = [];
  for (let t = 0; t < cm.classCount; t++) {
    rows.push(Array.from(cm.counts.subarray(t * cm.classCount, (t + 1) * cm.classCount)));
  }
  return rows;
}
