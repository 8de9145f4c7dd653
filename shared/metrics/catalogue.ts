/**
 * The metric catalogue: every name the gate accepts, with its task, direction and whether it needs
 * class probabilities. Names are scikit-learn's; averaged variants carry the average as a suffix.
 */
import { ConfigurationError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';
import type { Task } from './types.js';

export interface MetricInfo {
  readonly task: Task;
  readonly higherIsBetter: boolean;
  readonly needsProba: boolean;
  readonly description: string;
}

function classification(higherIsBetter: boolean, needsProba: boolean, description: string): MetricInfo {
  return { task: 'classification', higherIsBetter, needsProba, description };
}

function regression(higherIsBetter: boolean, description: string): MetricInfo {
  return { task: 'regression', higherIsBetter, needsProba: false, description };
}

const PLAIN_PRF =
  'binary: the positive class (pos-label) only, sklearn average="binary"; multiclass: the macro average';

/** The catalogue, in display order. */
export const METRICS: Readonly<Record<string, MetricInfo>> = Object.freeze({
  accuracy: classification(true, false, 'fraction of rows predicted correctly (accuracy_score)'),
  balanced_accuracy: classification(
    true,
    false,
    'mean recall over the classes present in y_true (balanced_accuracy_score)'
  ),
  precision: classification(true, false, `precision_score; ${PLAIN_PRF}`),
  recall: classification(true, false, `recall_score; ${PLAIN_PRF}`),
  f1: classification(true, false, `f1_score; ${PLAIN_PRF}`),
  precision_macro: classification(true, false, 'precision, unweighted mean over the classes present'),
  precision_micro: classification(true, false, 'precision from the total counts (equals accuracy)'),
  precision_weighted: classification(true, false, 'precision, mean weighted by each class support'),
  recall_macro: classification(true, false, 'recall, unweighted mean over the classes present'),
  recall_micro: classification(true, false, 'recall from the total counts (equals accuracy)'),
  recall_weighted: classification(true, false, 'recall, mean weighted by each class support'),
  f1_macro: classification(true, false, 'F1, unweighted mean over the classes present'),
  f1_micro: classification(true, false, 'F1 from the total counts (equals accuracy)'),
  f1_weighted: classification(true, false, 'F1, mean weighted by each class support'),
  matthews_corrcoef: classification(true, false, 'Matthews correlation coefficient, multiclass (R_K)'),
  cohen_kappa: classification(true, false, "Cohen's kappa, unweighted"),
  roc_auc: classification(
    true,
    true,
    'area under the ROC curve; binary: of the positive class; multiclass: one-vs-rest macro'
  ),
  roc_auc_ovr: classification(true, true, 'ROC AUC one-vs-rest, macro average (binary: roc_auc)'),
  roc_auc_ovr_weighted: classification(
    true,
    true,
    'ROC AUC one-vs-rest, weighted by class support (binary: roc_auc)'
  ),
  roc_auc_ovo: classification(true, true, 'ROC AUC one-vs-one (Hand & Till), macro (binary: roc_auc)'),
  roc_auc_ovo_weighted: classification(
    true,
    true,
    'ROC AUC one-vs-one, weighted by pair prevalence (binary: roc_auc)'
  ),
  average_precision: classification(
    true,
    true,
    'average precision (step-wise PR area); binary: of the positive class; multiclass: one-vs-rest macro'
  ),
  log_loss: classification(
    false,
    true,
    'cross-entropy; probabilities clipped to [eps, 1-eps], rows renormalised'
  ),
  brier_score: classification(
    false,
    true,
    'binary: brier_score_loss of the positive class; multiclass: mean over rows of sum_c (p_c - y_c)^2'
  ),
  expected_calibration_error: classification(
    false,
    true,
    'sum over 10 equal-width confidence bins of |accuracy - confidence| * rows in bin / rows'
  ),
  mae: regression(false, 'mean absolute error (mean_absolute_error)'),
  mse: regression(false, 'mean squared error (mean_squared_error)'),
  rmse: regression(false, 'root mean squared error (mean_squared_error, squared=False)'),
  r2: regression(true, 'coefficient of determination (r2_score, force_finite=True)'),
  mape: regression(false, 'mean absolute percentage error, as a fraction (mean_absolute_percentage_error)'),
  median_absolute_error: regression(false, 'median of |y_true - y_pred| (median_absolute_error)'),
  explained_variance: regression(true, 'explained_variance_score (force_finite=True)'),
  max_error: regression(false, 'largest |y_true - y_pred| (max_error)')
});

/** Every metric name of a task, in catalogue order. */
export function metricNames(task: Task): string[] {
  return Object.keys(METRICS).filter((name) => METRICS[name].task === task);
}

/** True when `name` is in the catalogue. */
export function isMetricName(name: string): boolean {
  return Object.hasOwn(METRICS, name);
}

/**
 * The catalogue entry of `name`, checked against `task`.
 * @throws ConfigurationError for an unknown name (with the closest name) or a metric of the other task.
 */
export function metricInfo(name: string, task: Task): MetricInfo {
  if (!isMetricName(name)) {
    throw new ConfigurationError(`unknown metric \`${name}\`${didYouMean(name, Object.keys(METRICS))}`);
  }
  const info = METRICS[name];
  if (info.task !== task) {
    throw new ConfigurationError(
      `metric \`${name}\` is a ${info.task} metric and does not apply to ${task}; ${task} metrics: ${metricNames(task).join(', ')}`
    );
  }
  return info;
}
