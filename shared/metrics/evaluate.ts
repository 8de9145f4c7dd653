/** The public entry points: every metric of a test set, or one metric on a subset of its rows. */
import { METRICS, metricInfo, metricNames } from './catalogue.js';
import { ClassificationView, EMPTY_REASON, classificationOutcome } from './classification.js';
import { confusionRows } from './confusion.js';
import { perClassScores } from './label-metrics.js';
import { checkRows, prepareClassification, prepareRegression } from './prepared.js';
import { regressionOutcome, type RegressionView } from './regression.js';
import type {
  ClassScores,
  ClassificationInput,
  ClassificationResult,
  MetricsResult,
  Outcome,
  RegressionInput,
  RegressionResult,
  Task,
  Warning
} from './types.js';

function collect(names: readonly string[], outcomeOf: (name: string) => Outcome): MetricsResult {
  const values: Record<string, number | null> = {};
  const reasons: Record<string, string> = {};
  const warnings: Warning[] = [];
  for (const name of names) {
    const outcome = outcomeOf(name);
    values[name] = outcome.value;
    if (outcome.value === null) reasons[name] = outcome.reason ?? 'undefined on this data';
    for (const message of outcome.warnings ?? []) warnings.push({ metric: name, message });
  }
  return { values, reasons, warnings };
}

function checkedNames(names: readonly string[], task: Task): readonly string[] {
  for (const name of names) metricInfo(name, task);
  return names;
}

/**
 * Classification metrics of the whole test set. `names` defaults to every classification metric
 * that applies (the probability metrics only when `proba` is given); a requested probability metric
 * without probabilities is null with a reason.
 * @throws ConfigurationError for an unknown or regression metric name; RangeError for inconsistent
 *   shapes or class indices; ModelError for non-finite probabilities.
 */
export function classificationMetrics(
  input: ClassificationInput,
  names?: readonly string[]
): ClassificationResult {
  const prepared = prepareClassification(input);
  const wanted =
    names === undefined
      ? metricNames('classification').filter((name) => input.proba !== null || !METRICS[name].needsProba)
      : checkedNames(names, 'classification');
  const view = new ClassificationView(prepared, null);
  try {
    const result = collect(wanted, (name) => classificationOutcome(name, view, METRICS[name].needsProba));
    const cm = view.confusion();
    const scores = perClassScores(cm);
    const perClass: Record<string, ClassScores> = {};
    input.classes.forEach((label, k) => {
      perClass[label] = scores[k];
    });
    return { ...result, confusionMatrix: confusionRows(cm), perClass };
  } finally {
    view.release();
  }
}

/**
 * Regression metrics of the whole test set (`names` defaults to every regression metric).
 * @throws ConfigurationError for an unknown or classification metric name; RangeError when the
 *   lengths differ; DataError/ModelError for a non-finite target/prediction.
 */
export function regressionMetrics(
  yTrue: Float64Array,
  yPred: Float64Array,
  names?: readonly string[]
): RegressionResult {
  const input = { yTrue, yPred };
  prepareRegression(input);
  const wanted = names === undefined ? metricNames('regression') : checkedNames(names, 'regression');
  const view: RegressionView = { input, rows: null, n: yTrue.length };
  return collect(wanted, (name) =>
    view.n === 0 ? { value: null, reason: EMPTY_REASON } : regressionOutcome(name, view)
  );
}

function isClassification(input: ClassificationInput | RegressionInput): input is ClassificationInput {
  return 'classes' in input;
}

/**
 * One metric on the rows listed in `rows` (repeats count every time, as in a bootstrap resample;
 * null: every row), with its reason when undefined and sklearn's warnings. The input is validated on
 * its first call and its caches (sort orders, label codes) are reused by later calls on the same
 * object: O(rows) per call for label, regression and probability metrics (per-row loss terms are
 * cached), O(n) for ROC AUC and average precision (a pass over the cached score order, no sort).
 * @throws ConfigurationError for an unknown name or one of the other task; RangeError for a row
 *   index out of range or inconsistent input.
 */
export function metricOutcome(
  name: string,
  input: ClassificationInput | RegressionInput,
  rows: Int32Array | null
): Outcome {
  if (isClassification(input)) {
    const info = metricInfo(name, 'classification');
    const prepared = prepareClassification(input);
    if (rows !== null) checkRows(rows, prepared.n);
    const view = new ClassificationView(prepared, rows);
    try {
      return classificationOutcome(name, view, info.needsProba);
    } finally {
      view.release();
    }
  }
  metricInfo(name, 'regression');
  prepareRegression(input);
  if (rows !== null) checkRows(rows, input.yTrue.length);
  const n = rows === null ? input.yTrue.length : rows.length;
  if (n === 0) return { value: null, reason: EMPTY_REASON };
  return regressionOutcome(name, { input, rows, n });
}

/**
 * Several metrics on the same rows, sharing the work (one confusion matrix, one pass per score
 * column): what a bootstrap resample gated on several metrics wants. Same contract as metricOutcome.
 */
export function metricOutcomes(
  names: readonly string[],
  input: ClassificationInput | RegressionInput,
  rows: Int32Array | null
): Record<string, Outcome> {
  const outcomes: Record<string, Outcome> = {};
  if (!isClassification(input)) {
    for (const name of names) outcomes[name] = metricOutcome(name, input, rows);
    return outcomes;
  }
  for (const name of names) metricInfo(name, 'classification');
  const prepared = prepareClassification(input);
  if (rows !== null) checkRows(rows, prepared.n);
  const view = new ClassificationView(prepared, rows);
  try {
    for (const name of names) outcomes[name] = classificationOutcome(name, view, METRICS[name].needsProba);
  } finally {
    view.release();
  }
  return outcomes;
}

/** metricOutcome's value only: the form a bootstrap loop wants. */
export function metricOn(
  name: string,
  input: ClassificationInput | RegressionInput,
  rows: Int32Array | null
): number | null {
  return metricOutcome(name, input, rows).value;
}
