import { formatCount, formatNumber } from '../../checks/evaluator.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../../config/load.js';
import { evaluate, type EvaluationDetails } from '../../gate/evaluation.js';
import { planEvaluation } from '../../gate/evaluation-plan.js';
import { buildVerdict, failedIds, FAIL_ON, type CheckResult } from '../../gate/verdict.js';
import { reportKey } from '../../report/comment.js';
import { reportingInputs, reportingOptions } from '../../report/options.js';
import { publishVerdict } from '../../report/publish.js';
import type { Command } from '../../runtime/command.js';
import { commandInfo } from '../commands.js';
import { input } from '../../runtime/inputs.js';
import { MLGATE_VERSION } from '../../runtime/version.js';

export const evaluateThresholdsInputs = {
  model: input.text('The candidate ONNX model. Default: evaluate.model in the config.'),
  data: input.text('The test set: a path or a glob (CSV, TSV, gzip’d CSV, JSON Lines, Parquet).'),
  target: input.text('The label column.'),
  task: input.choice(
    'The task; auto takes it from the model (or the target, in predictions mode).',
    ['auto', 'classification', 'regression'] as const,
    'auto'
  ),
  'pos-label': input.text(
    'The positive class for binary metrics (default: the last class in sorted order, e.g. 1).'
  ),
  features: input.text(
    'Feature columns in the model’s order, comma-separated (default: the model’s `features` metadata, else every column but the target).'
  ),
  predictions: input.text(
    'Instead of a model (models that are not ONNX): the test set’s column that holds each row’s prediction, or a data file with one prediction per test-set row in the same order (`preds.csv`: its `prediction` or only column; `preds.parquet#label`: that column).'
  ),
  thresholds: input.text(
    'Thresholds, e.g. "accuracy >= 0.9, roc_auc: max-drop 0.01, f1: max-drop 2%, recall: max-gap 0.05 across gender".'
  ),
  baseline: input.text(
    'The baseline: an ONNX model (scored on the same rows) or a previous verdict JSON. No baseline: change gates are skipped.'
  ),
  slices: input.text('Slices for per-slice metrics and gaps, e.g. "region, age: [18, 30, 50, 90]".'),
  nan: input.text(
    'Rows with NaN or missing features: error (names the columns and counts), drop (scores the other rows) or keep (feeds them to a model that handles missing values). Default: keep for models mlgate trained, else error.'
  ),
  config: input.text('The config file (default: mlgate.yml, when it exists).'),
  'fail-on': input.choice('Which failures fail the step.', FAIL_ON, 'error'),
  'report-dir': input.text(
    'Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.',
    { default: 'mlgate-report' }
  ),
  'github-token': input.secret('Token for check runs and PR comments.'),
  ...reportingInputs
};

/** evaluate-thresholds: scores an ONNX model on a test set, computes metrics, gates on thresholds and regressions. */
export const evaluateThresholds: Command<typeof evaluateThresholdsInputs> = {
  ...commandInfo('evaluate-thresholds'),
  inputs: evaluateThresholdsInputs,
  outputs: {
    passed: 'true when the gate passed (per fail-on).',
    report: 'Path of the verdict JSON.',
    metrics: 'The candidate’s metrics on the whole test set, as compact JSON.',
    'baseline-metrics':
      'The baseline’s metrics on the same rows, as compact JSON (empty without a baseline).',
    'failed-metrics': 'JSON array of the ids of the thresholds that failed.',
    'check-run-id': 'Id of the check run, when one was posted.',
    'comment-url': 'URL of the sticky pull-request comment, when one was posted or updated.'
  },
  async run(inputs, host) {
    const started = Date.now();
    const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
    const plan = planEvaluation(inputs, loaded);
    const outcome = await evaluate(plan, host.logger);
    for (const warning of outcome.details.warnings)
      host.logger.warning(`${warning.metric}: ${warning.message}`);
    const verdict = buildVerdict<EvaluationDetails>(
      'evaluate-thresholds',
      outcome.checks,
      inputs['fail-on'],
      headline(outcome.checks, outcome.details),
      started,
      outcome.details,
      MLGATE_VERSION
    );
    const key = reportKey([
      loaded.file ?? '',
      plan.data,
      plan.model ?? plan.predictions ?? '',
      inputs['check-name'] ?? ''
    ]);
    await publishVerdict(verdict, host, reportingOptions(inputs, key));
    const all = (list: EvaluationDetails['metrics'] | undefined): string =>
      list === undefined ? '' : JSON.stringify(list.find((entry) => entry.slice === 'all')?.values ?? {});
    host.setOutput('metrics', all(outcome.details.metrics));
    host.setOutput('baseline-metrics', all(outcome.details.baselineMetrics));
    host.setOutput('failed-metrics', failedIds(outcome.checks));
    host.logger.info(verdict.headline);
    return { ok: verdict.passed, message: `evaluate-thresholds: ${verdict.headline}` };
  }
};

function headline(checks: readonly CheckResult[], details: EvaluationDetails): string {
  const rows = `on ${formatCount(details.data.rows)} rows`;
  const failed = checks.filter((check) => !check.success);
  const values = details.metrics[0]?.values ?? {};
  const key = details.task === 'classification' ? ['accuracy', 'f1', 'roc_auc'] : ['rmse', 'r2'];
  const shown = key
    .filter((name) => values[name] !== undefined && values[name] !== null)
    .map((name) => `${name} ${formatNumber(values[name])}`)
    .join(', ');
  if (checks.length === 0) return `no thresholds configured; ${shown} ${rows}`;
  if (failed.length === 0) return `all ${checks.length} thresholds passed ${rows} (${shown})`;
  return `${failed.length} of ${checks.length} thresholds failed ${rows}: ${failed
    .slice(0, 3)
    .map((check) => check.id)
    .join(', ')}${failed.length > 3 ? ', …' : ''}`;
}
