import { DEFAULT_CONFIG_FILE, loadConfig } from '../../config/load.js';
import { TRAINERS } from '../../config/schema.js';
import { ActionsRunCache, canUseActionsCache } from '../../github/cache.js';
import { uploadArtifact } from '../../github/artifact.js';
import type { Command } from '../../runtime/command.js';
import { commandInfo } from '../commands.js';
import { input } from '../../runtime/inputs.js';
import { trainSummary } from '../../report/train-summary.js';
import { DEFAULT_OUTPUT_DIR, planTraining } from '../../train/plan.js';
import { LocalRunCache, type RunCache } from '../../train/run-cache.js';
import { train as runTraining } from '../../train/train.js';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const trainInputs = {
  trainer: input.text(`A built-in trainer: ${TRAINERS.join(', ')}. No Python needed.`),
  command: input.text(
    'Instead of a trainer: your training program, e.g. "python train.py". It gets MLGATE_SEED, MLGATE_PARAMS, MLGATE_DATA and MLGATE_OUTPUT_DIR and must write model.onnx (and may write metrics.json) there. (Through the root action, whose `command` picks the mlgate command, set train.command in mlgate.yml instead.)'
  ),
  shell: input.flag(
    'Run the command through /bin/sh (pipes, variables); otherwise it runs without a shell.',
    false
  ),
  timeout: input.number('Minutes before the command is stopped (default 360).', { min: 0.01 }),
  data: input.text('The training set: a path or a glob (CSV, TSV, gzip’d CSV, JSON Lines, Parquet).'),
  validation: input.text('A validation set, scored after training (built-in trainers).'),
  target: input.text('The label (or value) column.'),
  features: input.text('Feature columns, comma-separated (default: every column but the target).'),
  task: input.choice(
    'The task; auto infers it from the trainer and the target column.',
    ['auto', 'classification', 'regression'] as const,
    'auto'
  ),
  params: input.text(
    'Params over the params file, as YAML: "learning-rate: 0.05, rounds: 200" (e.g. from a workflow_dispatch form).'
  ),
  'params-file': input.text('The params file, YAML or JSON (default: params.yaml when it exists).'),
  seed: input.number('The seed (default: train.seed in the config, else 0).', { min: 0, integer: true }),
  'output-dir': input.text(
    `Where model.onnx, metrics.json and mlgate-manifest.json go (default ${DEFAULT_OUTPUT_DIR}).`
  ),
  cache: input.flag(
    'Reuse the outputs of an earlier run with the same run key (the Actions cache; a local directory elsewhere).',
    true
  ),
  'cache-dir': input.text('The local run cache, outside Actions.', { default: '.mlgate/cache' }),
  code: input.text(
    "Globs of the code files in the run key, comma-separated (default: the command's script and the lockfiles)."
  ),
  'verify-reproducible': input.flag(
    'Train a second time without the cache and fail if the model bytes or metrics differ.',
    false
  ),
  upload: input.flag('In Actions, upload the output directory as an artifact.', true),
  'artifact-name': input.text('Name of the uploaded artifact.', { default: 'mlgate-model' }),
  config: input.text('The config file (default: mlgate.yml, when it exists).')
};

/** train: trains a model (built-in trainer or your command), with a run cache and a lineage manifest. */
export const train: Command<typeof trainInputs> = {
  ...commandInfo('train'),
  inputs: trainInputs,
  outputs: {
    model: 'Path of the trained ONNX model.',
    manifest: 'Path of mlgate-manifest.json (the lineage).',
    metrics: 'The training metrics, as compact JSON.',
    'cache-hit': 'true when the outputs came from the run cache.',
    'run-key': 'The run key: sha256 of the code, data, params, seed and trainer.'
  },
  async run(inputs, host) {
    const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
    const plan = await planTraining(inputs, loaded);
    const cacheOn = inputs.cache && (loaded.config.train?.cache ?? true);
    let cache: RunCache | null = null;
    if (cacheOn)
      cache =
        host.kind === 'actions' && canUseActionsCache(host.env)
          ? new ActionsRunCache(host.logger)
          : new LocalRunCache(inputs['cache-dir']!);
    const outcome = await runTraining(plan, { logger: host.logger, env: host.env, cache });
    host.setOutput('model', outcome.modelPath);
    host.setOutput('manifest', outcome.manifestPath);
    host.setOutput('metrics', JSON.stringify(outcome.metrics));
    host.setOutput('cache-hit', String(outcome.cacheHit));
    host.setOutput('run-key', outcome.runKey);
    await host.appendSummary(trainSummary(outcome));
    if (host.kind === 'actions' && inputs.upload) {
      const files = (await readdir(plan.outputDir)).map((name) => join(plan.outputDir, name));
      await uploadArtifact(
        inputs['artifact-name']!,
        files,
        plan.outputDir,
        host.env,
        host.logger,
        'the trained model'
      );
    }
    host.logger.info(
      `${outcome.cacheHit ? 'Reused' : 'Trained'} ${outcome.modelPath} (run key ${outcome.runKey.slice(0, 12)}…)`
    );
    return { ok: true, message: '' };
  }
};
