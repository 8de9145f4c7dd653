/**
 * @jest-environment ./tests/model/onnxruntime-environment.mjs
 */
/**
 * A training run end to end: outputs and manifest, the run cache (hit, and a miss for a changed
 * byte), byte-identical models for a seed, verify-reproducible, command mode with a real Python
 * program (Debian's python3-sklearn + python3-onnx), and each way a run fails.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModel } from '../../shared/model/index.js';
import { ConfigurationError, TrainingError } from '../../shared/runtime/errors.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';
import { MANIFEST_FILE, manifestSchema } from '../../shared/train/manifest.js';
import { LocalRunCache } from '../../shared/train/run-cache.js';
import { train, type TrainPlan } from '../../shared/train/train.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const PYTHON = '/usr/bin/python3';
/** python3-sklearn, python3-onnx and python3-pandas: .ci/run installs them; without them these tests say so. */
const hasPythonStack =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import sklearn, onnx, pandas']).status === 0;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-train-'));
  for (const file of ['mixed-train.csv', 'mixed-test.csv', 'breast-cancer-train.csv', 'python-train.py'])
    copyFileSync(join(FIXTURES, file), join(dir, file));
  return dir;
}

function plan(dir: string, overrides: Partial<TrainPlan> = {}): TrainPlan {
  return {
    program: { mode: 'trainer', trainer: 'gradient-boosted-trees' },
    data: join(dir, 'mixed-train.csv'),
    target: 'label',
    params: { rounds: 20 },
    seed: 0,
    outputDir: join(dir, 'out'),
    verifyReproducible: false,
    ...overrides
  };
}

function context(cacheDir?: string): {
  logger: RecordingLogger;
  env: Record<string, string>;
  cache: LocalRunCache | null;
} {
  return {
    logger: new RecordingLogger(),
    env: {},
    cache: cacheDir === undefined ? null : new LocalRunCache(cacheDir)
  };
}

describe('train with a built-in trainer', () => {
  it('writes the model, metrics, params and a manifest that describes them', async () => {
    const dir = workspace();
    const outcome = await train(plan(dir, { validation: join(dir, 'mixed-test.csv') }), context());
    expect(outcome.cacheHit).toBe(false);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'out', MANIFEST_FILE), 'utf8')));
    expect(manifest).toEqual(outcome.manifest);
    expect(manifest.runKey).toBe(outcome.runKey);
    expect(manifest.training).toEqual({
      mode: 'trainer',
      trainer: 'gradient-boosted-trees',
      trainerVersion: '1',
      task: 'classification',
      target: 'label',
      features: ['age', 'income', 'score', 'region', 'plan', 'active'],
      classes: ['0', '1'],
      rows: 4500
    });
    expect(manifest.params).toEqual({ rounds: 20 });
    expect(manifest.data.files).toHaveLength(1);
    expect(manifest.data.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.validation?.files).toHaveLength(1);
    const bytes = readFileSync(outcome.modelPath);
    expect(manifest.model.bytes).toBe(bytes.length);
    expect(manifest.model.inputs.map((input) => input.name)).toEqual([
      'age',
      'income',
      'score',
      'region',
      'plan',
      'active'
    ]);
    expect(manifest.model.outputs.map((output) => output.name)).toEqual(['label', 'probabilities']);
    expect(manifest.environment.node).toBe(process.version);
    const metrics = JSON.parse(readFileSync(join(dir, 'out', 'metrics.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >;
    expect(metrics).toEqual(outcome.metrics);
    expect(Object.keys(metrics)).toEqual(['train', 'validation']);
    expect(metrics.train.accuracy).toBeGreaterThan(metrics.validation.accuracy - 0.05);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'params.json'), 'utf8'))).toEqual({ rounds: 20 });
    // The model takes raw columns and says it handles missing values.
    const model = await loadModel(outcome.modelPath);
    expect(model.signature.metadata['missing-values']).toBe('handled');
    expect(model.classes).toEqual(['0', '1']);
    await model.close();
  });

  it('gives byte-identical models for the same seed, and passes verify-reproducible', async () => {
    const dir = workspace();
    const first = await train(plan(dir, { outputDir: join(dir, 'a') }), context());
    const second = await train(plan(dir, { outputDir: join(dir, 'b') }), context());
    expect(readFileSync(second.modelPath).equals(readFileSync(first.modelPath))).toBe(true);
    const logger = new RecordingLogger();
    await train(plan(dir, { outputDir: join(dir, 'c'), verifyReproducible: true }), { ...context(), logger });
    expect(logger.messages('info')).toContain(
      'Reproducible: the second run gave the same model bytes and metrics.'
    );
  });

  it('reuses the outputs on a cache hit and misses when a byte of the data changes', async () => {
    const dir = workspace();
    const cache = join(dir, 'cache');
    const first = await train(plan(dir), context(cache));
    const firstBytes = readFileSync(first.modelPath);
    const hitContext = context(cache);
    const hit = await train(plan(dir), hitContext);
    expect(hit.cacheHit).toBe(true);
    expect(hit.runKey).toBe(first.runKey);
    expect(readFileSync(hit.modelPath).equals(firstBytes)).toBe(true);
    expect(hit.manifest).toEqual(first.manifest);
    expect(hitContext.logger.messages('group')).toEqual([]);

    const csv = readFileSync(join(dir, 'mixed-train.csv'), 'utf8');
    writeFileSync(join(dir, 'mixed-train.csv'), csv.replace(/\n61\.0,/, '\n62.0,'));
    const miss = await train(plan(dir), context(cache));
    expect(miss.cacheHit).toBe(false);
    expect(miss.runKey).not.toBe(first.runKey);

    const reseeded = await train(plan(dir, { seed: 1 }), context(cache));
    expect(reseeded.cacheHit).toBe(false);
    const reparamed = await train(plan(dir, { params: { rounds: 21 } }), context(cache));
    expect(reparamed.cacheHit).toBe(false);
  });

  it('names the problem: unknown param, wrong task, missing target column', async () => {
    const dir = workspace();
    await expect(train(plan(dir, { params: { 'learnig-rate': 0.1 } }), context())).rejects.toThrow(
      new ConfigurationError(
        'params: gradient-boosted-trees has no param `learnig-rate` (did you mean `learning-rate`?) (params: rounds, learning-rate, max-depth, max-leaf-nodes, min-samples-leaf, l2-regularization, max-bins)'
      )
    );
    await expect(
      train(
        plan(dir, {
          program: { mode: 'trainer', trainer: 'linear-regression' },
          task: 'classification',
          params: {}
        }),
        context()
      )
    ).rejects.toThrow('trainer linear-regression does not do classification (it does regression)');
    await expect(train(plan(dir, { target: 'lable' }), context())).rejects.toThrow(
      /^target column `lable` is not in .*mixed-train\.csv \(did you mean `label`\?\)/
    );
    await expect(train(plan(dir, { params: { rounds: 0 } }), context())).rejects.toThrow(
      /^params: rounds: .* \(got 0\)$/
    );
  });
});

describe('verify-reproducible', () => {
  it('fails naming what differs when a second run gives another model or other metrics', async () => {
    const dir = workspace();
    const models = join(import.meta.dirname, '..', 'model', 'fixtures');
    copyFileSync(join(models, 'logreg-binary.onnx'), join(dir, 'a.onnx'));
    copyFileSync(join(models, 'linear-regressor.onnx'), join(dir, 'b.onnx'));
    // First run: model a and noise 1; the second: model b and noise 2.
    const script =
      'if [ -f seen ]; then cp b.onnx "$MLGATE_OUTPUT_DIR/model.onnx"; n=2; ' +
      'else cp a.onnx "$MLGATE_OUTPUT_DIR/model.onnx"; touch seen; n=1; fi; ' +
      'echo "{\\"accuracy\\": 0.9, \\"noise\\": $n}" > "$MLGATE_OUTPUT_DIR/metrics.json"';
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expect(
        train(
          plan(dir, {
            program: { mode: 'command', command: { command: script, shell: true, timeout: 1 } },
            outputDir: 'out',
            verifyReproducible: true
          }),
          context()
        )
      ).rejects.toThrow(
        /^verify-reproducible: two runs with the same inputs gave different results: model\.onnx differs \(sha256 [0-9a-f]{12}… then [0-9a-f]{12}…, \d+ then \d+ bytes\); metric noise: 1 then 2$/
      );
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('train with a command', () => {
  const run = hasPythonStack ? it : it.skip;

  function commandPlan(dir: string, extra: string[] = [], timeout = 5): TrainPlan {
    return plan(dir, {
      program: {
        mode: 'command',
        command: { command: [PYTHON, 'python-train.py', ...extra], shell: false, timeout }
      },
      data: 'breast-cancer-train.csv',
      params: { C: 0.5, max_iter: 5000 },
      seed: 3,
      outputDir: 'out'
    });
  }

  async function inDir<T>(dir: string, work: () => Promise<T>): Promise<T> {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      return await work();
    } finally {
      process.chdir(cwd);
    }
  }

  run('runs a Python program that writes an ONNX model and metrics, streaming its output', async () => {
    const dir = workspace();
    const ctx = context(join(dir, 'cache'));
    const outcome = await inDir(dir, () => train(commandPlan(dir), ctx));
    expect(ctx.logger.messages('group')).toEqual([`Training: ${PYTHON} python-train.py`]);
    expect(ctx.logger.messages('info')).toContain('python-train: data breast-cancer-train.csv seed 3');
    expect(outcome.metrics.accuracy).toBeGreaterThan(0.9);
    expect(outcome.manifest.training).toEqual({
      mode: 'command',
      command: [PYTHON, 'python-train.py'],
      target: 'label'
    });
    expect(outcome.manifest.code.map((file) => file.path)).toEqual(['python-train.py']);
    const model = await loadModel(join(dir, 'out', 'model.onnx'));
    expect(model.classes).toEqual(['0', '1']);
    await model.close();
    // The script is in the run key: a changed byte is a miss, the same bytes a hit.
    const hit = await inDir(dir, () => train(commandPlan(dir), context(join(dir, 'cache'))));
    expect(hit.cacheHit).toBe(true);
    writeFileSync(
      join(dir, 'python-train.py'),
      `${readFileSync(join(dir, 'python-train.py'), 'utf8')}\n# changed\n`
    );
    const miss = await inDir(dir, () => train(commandPlan(dir), context(join(dir, 'cache'))));
    expect(miss.cacheHit).toBe(false);
  });

  run('fails clearly: exit code, timeout, no model, a model onnxruntime cannot load', async () => {
    const dir = workspace();
    await inDir(dir, async () => {
      await expect(train(commandPlan(dir, ['--fail']), context())).rejects.toThrow(
        new TrainingError(`command: ${PYTHON} python-train.py --fail failed with exit code 3`)
      );
      await expect(train(commandPlan(dir, ['--sleep', '30'], 0.02), context())).rejects.toThrow(
        `command: ${PYTHON} python-train.py --sleep 30 ran past the timeout of 0.02 minutes and was stopped`
      );
      await expect(train(commandPlan(dir, ['--no-model']), context())).rejects.toThrow(
        'the command finished but left no model.onnx in out: it must write the trained ONNX model to $MLGATE_OUTPUT_DIR/model.onnx'
      );
      await expect(train(commandPlan(dir, ['--garbage-model']), context())).rejects.toThrow(
        /^the command's model is not usable: out\/model\.onnx /
      );
    });
  });
});
