import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../../config/load.js';
import { FAIL_ON } from '../../gate/verdict.js';
import type { Command } from '../../runtime/command.js';
import { commandInfo } from '../commands.js';
import { ConfigurationError } from '../../runtime/errors.js';
import type { Host } from '../../runtime/host.js';
import { input } from '../../runtime/inputs.js';
import { reportingInputs } from '../../report/options.js';
import { evaluateThresholds } from './evaluate-thresholds.js';
import { train, trainInputs } from './train.js';
import { validateData } from './validate-data.js';

export const runInputs = {
  config: input.text('The config file (default: mlgate.yml, when it exists).'),
  'fail-on': input.choice('Which failures fail the step.', FAIL_ON, 'error'),
  'report-dir': input.text(
    'Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.',
    {
      default: 'mlgate-report'
    }
  ),
  'github-token': input.secret('Token for check runs and PR comments.'),
  comment: reportingInputs.comment,
  'comment-on-pass': reportingInputs['comment-on-pass'],
  publish: reportingInputs.publish,
  'upload-report': reportingInputs['upload-report']
};

/** A stage's outputs appear as `<stage>-<output>` so stages don't overwrite each other. */
function stageHost(host: Host, stage: string, outputs = new Map<string, string>()): Host {
  return {
    kind: host.kind,
    logger: host.logger,
    env: host.env,
    getInput: (name) => host.getInput(name),
    setOutput: (name, value) => {
      outputs.set(name, value);
      host.setOutput(`${stage}-${name}`, value);
    },
    print: (text) => {
      host.print(text);
    },
    appendSummary: (markdown) => host.appendSummary(markdown),
    annotate: (annotation) => {
      host.annotate(annotation);
    },
    mask: (secret) => {
      host.mask(secret);
    }
  };
}

/** run: every stage the config sets up, in pipeline order: validate-data, train, evaluate-thresholds. */
export const run: Command<typeof runInputs> = {
  ...commandInfo('run'),
  inputs: runInputs,
  outputs: {
    passed: 'true when every stage passed.',
    report: 'Path of the run summary JSON (each stage and its verdict).'
  },
  async run(inputs, host) {
    const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
    const stages: { stage: string; passed: boolean; report: string }[] = [];
    // What every stage takes from run's own inputs: the config, the gate policy and reporting.
    const common = {
      config: inputs.config,
      'fail-on': inputs['fail-on'],
      'report-dir': inputs['report-dir'],
      'github-token': inputs['github-token'],
      'check-name': undefined,
      comment: inputs.comment,
      'comment-on-pass': inputs['comment-on-pass'],
      publish: inputs.publish,
      'upload-report': inputs['upload-report'],
      'artifact-name': undefined
    };
    if (loaded.config.data?.path !== undefined) {
      const result = await host.logger.group('validate-data', () =>
        validateData.run(
          {
            data: undefined,
            reference: undefined,
            suite: undefined,
            expect: undefined,
            ...common
          },
          stageHost(host, 'validate-data')
        )
      );
      stages.push({
        stage: 'validate-data',
        passed: result.ok,
        report: join(inputs['report-dir']!, 'validate-data.json')
      });
    }
    const trainSection = loaded.config.train;
    if (trainSection?.trainer !== undefined || trainSection?.command !== undefined) {
      const outputs = new Map<string, string>();
      const result = await host.logger.group('train', () =>
        train.run(
          {
            trainer: undefined,
            command: undefined,
            shell: false,
            timeout: undefined,
            data: undefined,
            validation: undefined,
            target: undefined,
            features: undefined,
            task: 'auto',
            params: undefined,
            'params-file': undefined,
            seed: undefined,
            'output-dir': undefined,
            cache: true,
            'cache-dir': trainInputs['cache-dir'].default,
            code: undefined,
            'verify-reproducible': false,
            upload: inputs['upload-report'],
            'artifact-name': trainInputs['artifact-name'].default,
            config: inputs.config
          },
          stageHost(host, 'train', outputs)
        )
      );
      stages.push({ stage: 'train', passed: result.ok, report: outputs.get('manifest') ?? '' });
    }
    const evaluateSection = loaded.config.evaluate;
    if (
      evaluateSection?.data !== undefined &&
      (evaluateSection.model !== undefined || evaluateSection.predictions !== undefined)
    ) {
      const result = await host.logger.group('evaluate-thresholds', () =>
        evaluateThresholds.run(
          {
            model: undefined,
            data: undefined,
            target: undefined,
            task: 'auto',
            'pos-label': undefined,
            features: undefined,
            predictions: undefined,
            thresholds: undefined,
            baseline: undefined,
            slices: undefined,
            nan: undefined,
            ...common
          },
          stageHost(host, 'evaluate-thresholds')
        )
      );
      stages.push({
        stage: 'evaluate-thresholds',
        passed: result.ok,
        report: join(inputs['report-dir']!, 'evaluate-thresholds.json')
      });
    }
    if (stages.length === 0) {
      throw new ConfigurationError(
        `${loaded.file ?? DEFAULT_CONFIG_FILE}: nothing to run: set data.path (validate-data), train.trainer or train.command (train), or evaluate.data with evaluate.model (evaluate-thresholds) in the config`
      );
    }
    const summary = join(inputs['report-dir']!, 'run.json');
    await mkdir(inputs['report-dir']!, { recursive: true });
    await writeFile(summary, `${JSON.stringify({ stages }, null, 2)}\n`);
    const passed = stages.every((stage) => stage.passed);
    host.setOutput('passed', String(passed));
    host.setOutput('report', summary);
    const failed = stages.filter((stage) => !stage.passed).map((stage) => stage.stage);
    return { ok: passed, message: passed ? '' : `run: ${failed.join(', ')} failed` };
  }
};
