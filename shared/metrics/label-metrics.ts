/**
 * Metrics of predicted labels, from the confusion matrix, as scikit-learn 1.2 computes them
 * (sklearn/metrics/_classification.py). Every metric uses sklearn's default label set
 * (`labels=None`: the classes present in y_true or y_pred) and `zero_division="warn"` (an ill-defined
 * ratio is 0.0, with sklearn's UndefinedMetricWarning text).
 */
import { presentLabels, type Confusion } from './confusion.js';
import type { ClassScores, Outcome } from './types.js';

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { sqrt } = Math;

export type Average = 'binary' | 'macro' | 'micro' | 'weighted';
export type PrfKind = 'precision' | 'recall' | 'f1';

/** accuracy_score: the fraction of rows whose prediction equals the truth. */
export function accuracy(cm: Confusion): Outcome {
  let correct = 0;
  for (let k = 0; k < cm.classCount; k++) correct += cm.counts[k * cm.classCount + k];
  return { value: correct / cm.n };
}

/**
 * balanced_accuracy_score (adjusted=False): mean recall over the present labels. A class predicted but
 * absent from y_true has no recall; sklearn drops it and warns "y_pred contains classes not in y_true".
 */
export function balancedAccuracy(cm: Confusion): Outcome {
  let sum = 0;
  let classes = 0;
  let dropped = false;
  for (const k of presentLabels(cm)) {
    if (cm.trueSum[k] === 0) {
      dropped = true;
      continue;
    }
    sum += cm.counts[k * cm.classCount + k] / cm.trueSum[k];
    classes++;
  }
  const value = sum / classes;
  return dropped ? { value, warnings: ['y_pred contains classes not in y_true'] } : { value };
}

/** sklearn's `_warn_prf` text (average != "samples"). */
function prfWarning(start: string, modifier: string, resultSize: number): string {
  const where = resultSize === 1 ? 'due to' : 'in labels with';
  return `${start} ill-defined and being set to 0.0 ${where} no ${modifier} samples. Use \`zero_division\` parameter to control this behavior.`;
}

/**
 * precision_score / recall_score / f1_score with `average`; binary uses `posLabel` only (sklearn's
 * `labels = [pos_label]`). Follows precision_recall_fscore_support: ratios with a zero denominator
 * are 0.0; precision_score warns only about precision, recall_score about recall, and f1_score only
 * when a label has neither true nor predicted rows (`warn_for=("f-score",)`); F = 2·P·R / (P + R)
 * with 0 when P + R = 0; "weighted" averages by support and is 0.0 when the support sums to zero.
 */
export function prf(cm: Confusion, kind: PrfKind, average: Average, posLabel: number): Outcome {
  const count = cm.classCount;
  const labels = average === 'binary' ? [posLabel] : presentLabels(cm);
  let tp: number[] = labels.map((k) => cm.counts[k * count + k]);
  let pred: number[] = labels.map((k) => cm.predSum[k]);
  let truth: number[] = labels.map((k) => cm.trueSum[k]);
  if (average === 'micro') {
    const total = (xs: number[]): number[] => [xs.reduce((a, b) => a + b, 0)];
    tp = total(tp);
    pred = total(pred);
    truth = total(truth);
  }
  const size = tp.length;
  const warnings: string[] = [];
  const precision = tp.map((t, i) => (pred[i] === 0 ? 0 : t / pred[i]));
  const recall = tp.map((t, i) => (truth[i] === 0 ? 0 : t / truth[i]));
  if (kind === 'precision' && pred.includes(0)) {
    warnings.push(prfWarning('Precision is', 'predicted', size));
  }
  if (kind === 'recall' && truth.includes(0)) warnings.push(prfWarning('Recall is', 'true', size));
  if (kind === 'f1' && truth.some((t, i) => t === 0 && pred[i] === 0)) {
    warnings.push(prfWarning('F-score is', 'true nor predicted', size));
  }
  const scores =
    kind === 'precision'
      ? precision
      : kind === 'recall'
        ? recall
        : precision.map((p, i) => {
            const denom = p + recall[i];
            return (2 * p * recall[i]) / (denom === 0 ? 1 : denom);
          });
  let value: number;
  if (average === 'weighted') {
    const weightSum = truth.reduce((a, b) => a + b, 0);
    value = weightSum === 0 ? 0 : scores.reduce((a, s, i) => a + s * truth[i], 0) / weightSum;
  } else {
    value = scores.reduce((a, b) => a + b, 0) / size;
  }
  return warnings.length > 0 ? { value, warnings } : { value };
}

/** precision_recall_fscore_support(labels=every class, average=None, zero_division=0). */
export function perClassScores(cm: Confusion): ClassScores[] {
  const scores: ClassScores[] = [];
  for (let k = 0; k < cm.classCount; k++) {
    const tp = cm.counts[k * cm.classCount + k];
    const precision = cm.predSum[k] === 0 ? 0 : tp / cm.predSum[k];
    const recall = cm.trueSum[k] === 0 ? 0 : tp / cm.trueSum[k];
    const denom = precision + recall;
    const f1 = (2 * precision * recall) / (denom === 0 ? 1 : denom);
    scores.push({ precision, recall, f1, support: cm.trueSum[k] });
  }
  return scores;
}

/**
 * matthews_corrcoef, multiclass (Gorodkin's R_K) exactly as sklearn writes it:
 * (c·s − t·p) / sqrt((s² − t·t)(s² − p·p)), and 0.0 when either factor is zero (one class only in
 * y_true or in y_pred). All terms are integer counts, exact in float64 below 2^53.
 */
export function matthews(cm: Confusion): Outcome {
  const count = cm.classCount;
  const samples = cm.n;
  let correct = 0;
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let k = 0; k < count; k++) {
    correct += cm.counts[k * count + k];
    tp += cm.trueSum[k] * cm.predSum[k];
    pp += cm.predSum[k] * cm.predSum[k];
    tt += cm.trueSum[k] * cm.trueSum[k];
  }
  const covYtYp = correct * samples - tp;
  const covYpYp = samples * samples - pp;
  const covYtYt = samples * samples - tt;
  if (covYpYp * covYtYt === 0) return { value: 0 };
  return { value: covYtYp / sqrt(covYtYt * covYpYp) };
}

/**
 * cohen_kappa_score (weights=None): 1 − Σ_{i≠j} observed / Σ_{i≠j} expected, with expected =
 * outer(pred_sum, true_sum) / n. When y_true and y_pred hold one and the same class only, chance
 * agreement is 1 and sklearn returns NaN (0/0): reported as undefined.
 */
export function cohenKappa(cm: Confusion): Outcome {
  const count = cm.classCount;
  let observed = 0;
  let diagonalExpected = 0;
  for (let i = 0; i < count; i++) {
    diagonalExpected += cm.predSum[i] * cm.trueSum[i];
    for (let j = 0; j < count; j++) if (i !== j) observed += cm.counts[i * count + j];
  }
  // Σ_{i≠j} pred_i·true_j = n² − Σ_i pred_i·true_i: integers, exact, divided once.
  const expected = (cm.n * cm.n - diagonalExpected) / cm.n;
  if (expected === 0) {
    return {
      value: null,
      reason:
        'cohen_kappa is undefined when y_true and y_pred contain one and the same single class (chance agreement is 1; scikit-learn returns NaN)'
    };
  }
  return { value: 1 - observed / expected };
}
