/**
 * Model metrics with scikit-learn 1.2's names, definitions and edge cases, on typed arrays: label
 * metrics from the confusion matrix, ranking metrics from one cached sort per probability column,
 * probability metrics, regression metrics; and one metric on any subset of rows for the paired
 * bootstrap and slices.
 */
export type {
  ClassIndices,
  ClassScores,
  ClassificationInput,
  ClassificationResult,
  MetricValue,
  MetricsResult,
  Outcome,
  Probabilities,
  RegressionInput,
  RegressionResult,
  Task,
  Warning
} from './types.js';
export { METRICS, isMetricName, metricInfo, metricNames } from './catalogue.js';
export type { MetricInfo } from './catalogue.js';
export { EMPTY_REASON, NO_PROBA_REASON } from './classification.js';
export {
  classificationMetrics,
  metricOn,
  metricOutcome,
  metricOutcomes,
  regressionMetrics
} from './evaluate.js';
export { precisionRecallCurve, rocCurve } from './curves.js';
export { trustClassification } from './prepared.js';
export type { PrecisionRecallCurve, RocCurve } from './curves.js';
export { ECE_BINS } from './probability.js';
