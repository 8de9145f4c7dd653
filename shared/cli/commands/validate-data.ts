import { formatCount } from '../../checks/evaluator.js';
import { planValidation } from '../../checks/plan.js';
import { validate, type DataDetails } from '../../checks/validate.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../../config/load.js';
import { buildVerdict, failedIds, FAIL_ON, type CheckResult } from '../../gate/verdict.js';
import { reportKey } from '../../report/comment.js';
import { reportingInputs, reportingOptions } from '../../report/options.js';
import { publishVerdict } from '../../report/publish.js';
import type { Command } from '../../runtime/command.js';
import { commandInfo } from '../commands.js';
import { input } from '../../runtime/inputs.js';
import { MLGATE_VERSION } from '../../runtime/version.js';

export const validateDataInputs = {
  data: input.text(
    'The data set: a path or a glob (CSV, TSV, gzip’d CSV, JSON Lines, Parquet). Default: data.path in the config.'
  ),
  reference: input.text(
    'A reference data set (path or glob) to test drift against. Default: data.reference in the config.'
  ),
  suite: input.text(
    'The expectation suite to run, by name, from the config. Default: data.suite, or the only suite.'
  ),
  expect: input.text(
    'Inline expectations, e.g. "age: between 18 90; id: unique; city: in [Paris, Oslo]" (see the README).'
  ),
  config: input.text('The config file (default: mlgate.yml, when it exists).'),
  'fail-on': input.choice('Which failures fail the step.', FAIL_ON, 'error'),
  'report-dir': input.text(
    'Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.',
    {
      default: 'mlgate-report'
    }
  ),
  'github-token': input.secret('Token for check runs and PR comments.'),
  ...reportingInputs
};

/** validate-data: data tests (and drift against a reference) on a data set, as one verdict. */
export const validateData: Command<typeof validateDataInputs> = {
  ...commandInfo('validate-data'),
  inputs: validateDataInputs,
  outputs: {
    passed: 'true when the gate passed (per fail-on).',
    report: 'Path of the verdict JSON.',
    fingerprint: 'sha256 of the data set (over each file’s sha256).',
    rows: 'Rows in the data set.',
    'failed-checks': 'JSON array of the ids of the checks that failed.',
    'check-run-id': 'Id of the check run, when one was posted.',
    'comment-url': 'URL of the sticky pull-request comment, when one was posted or updated.'
  },
  async run(inputs, host) {
    const started = Date.now();
    const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
    const plan = planValidation(inputs, loaded);
    const outcome = await validate(plan, host.logger);
    const verdict = buildVerdict<DataDetails>(
      'validate-data',
      outcome.checks,
      inputs['fail-on'],
      headline(outcome.checks, outcome.details.data.rows),
      started,
      outcome.details,
      MLGATE_VERSION
    );
    // The sticky comment's identity: this data set, config and suite (not their contents, which change).
    const key = reportKey([loaded.file ?? '', plan.data, inputs.suite ?? '', inputs['check-name'] ?? '']);
    await publishVerdict(verdict, host, reportingOptions(inputs, key));
    host.setOutput('fingerprint', outcome.details.data.fingerprint);
    host.setOutput('rows', String(outcome.details.data.rows));
    host.setOutput('failed-checks', failedIds(outcome.checks));
    host.logger.info(verdict.headline);
    return { ok: verdict.passed, message: `validate-data: ${verdict.headline}` };
  }
};

function headline(checks: readonly CheckResult[], rows: number): string {
  const failed = checks.filter((check) => !check.success);
  const on = `on ${formatCount(rows)} rows`;
  if (checks.length === 0) return `no checks configured; profiled ${formatCount(rows)} rows`;
  if (failed.length === 0) return `all ${checks.length} checks passed ${on}`;
  const errors = failed.filter((check) => check.severity === 'error').length;
  const warnings = failed.length - errors;
  const counts = [
    errors > 0 ? `${errors} failed` : '',
    warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''
  ]
    .filter((part) => part !== '')
    .join(', ');
  return `${counts} of ${checks.length} checks ${on}: ${failed
    .slice(0, 3)
    .map((check) => check.id)
    .join(', ')}${failed.length > 3 ? ', …' : ''}`;
}
