/**
 * Contract tests: the committed dist/train bundle run under Node 24 as the runner runs it, from a
 * folder with no node_modules: training, the run cache's hit and miss, the outputs, and a user error.
 * (No Actions cache service here, so the run cache is the local directory `cache-dir`.)
 */
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runDist } from '../helpers/run-dist.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-train-dist-'));
  copyFileSync(join(FIXTURES, 'mixed-train.csv'), join(dir, 'train.csv'));
  return dir;
}

const INPUTS = {
  trainer: 'gradient-boosted-trees',
  data: 'train.csv',
  target: 'label',
  params: 'rounds: 10, max-leaf-nodes: 15',
  seed: '1',
  'cache-dir': 'cache'
};

describe('dist/train as the runner runs it', () => {
  it('trains, then hits the run cache, then misses when the data changes', async () => {
    const ws = workspace();
    const first = await runDist('train', { workspace: ws, inputs: INPUTS });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs['cache-hit']).toBe('false');
    expect(first.outputs['run-key']).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs.model).toBe('mlgate-model/model.onnx');
    expect(first.outputs.manifest).toBe('mlgate-model/mlgate-manifest.json');
    const manifest = JSON.parse(readFileSync(join(ws, first.outputs.manifest), 'utf8')) as {
      runKey: string;
      params: Record<string, unknown>;
      seed: number;
      source: Record<string, string>;
    };
    expect(manifest.runKey).toBe(first.outputs['run-key']);
    // The runner's environment, as tests/helpers/run-dist.ts sets it.
    expect(manifest.source).toEqual({
      commit: 'ffac537e6cbbf934b08745a378932722df287a53',
      ref: 'refs/heads/main',
      repository: 'octo-org/octo-repo',
      event: 'push',
      actor: 'octocat',
      runId: '1658821493',
      runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1658821493'
    });
    expect(manifest.params).toEqual({ 'max-leaf-nodes': 15, rounds: 10 });
    expect(manifest.seed).toBe(1);
    const metrics = JSON.parse(first.outputs.metrics) as { train: Record<string, number> };
    expect(Object.keys(metrics.train)).toEqual([
      'accuracy',
      'balanced_accuracy',
      'f1',
      'log_loss',
      'roc_auc'
    ]);
    expect(first.summary).toContain('mlgate / train');
    expect(first.summary).toContain('(trained)');
    const model = readFileSync(join(ws, first.outputs.model));

    const second = await runDist('train', { workspace: ws, inputs: INPUTS });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs['run-key']).toBe(first.outputs['run-key']);
    expect(second.outputs.metrics).toBe(first.outputs.metrics);
    expect(readFileSync(join(ws, second.outputs.model)).equals(model)).toBe(true);
    expect(second.summary).toContain('(cache hit: outputs reused)');

    writeFileSync(
      join(ws, 'train.csv'),
      `${readFileSync(join(ws, 'train.csv'), 'utf8')}50.0,40000.0,0.1,north,pro,true,1\n`
    );
    const third = await runDist('train', { workspace: ws, inputs: INPUTS });
    expect(third.exitCode).toBe(0);
    expect(third.outputs['cache-hit']).toBe('false');
    expect(third.outputs['run-key']).not.toBe(first.outputs['run-key']);

    const off = await runDist('train', { workspace: ws, inputs: { ...INPUTS, cache: 'false' } });
    expect(off.outputs['cache-hit']).toBe('false');
  });

  it('runs a command with the MLGATE_* environment and reads back its model and metrics', async () => {
    const ws = workspace();
    copyFileSync(
      join(import.meta.dirname, '..', 'model', 'fixtures', 'logreg-binary.onnx'),
      join(ws, 'fixed.onnx')
    );
    const run = await runDist('train', {
      workspace: ws,
      inputs: {
        command:
          'cp fixed.onnx "$MLGATE_OUTPUT_DIR/model.onnx" && cp "$MLGATE_PARAMS" "$MLGATE_OUTPUT_DIR/metrics.json" && echo "seed=$MLGATE_SEED data=$MLGATE_DATA"',
        shell: 'true',
        data: 'train.csv',
        params: 'alpha: 0.5',
        seed: '7',
        'cache-dir': 'cache'
      }
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('seed=7 data=train.csv');
    // The params file the program read is the resolved params, in the output directory.
    expect(JSON.parse(run.outputs.metrics)).toEqual({ alpha: 0.5 });
    expect(JSON.parse(readFileSync(join(ws, 'mlgate-model', 'params.json'), 'utf8'))).toEqual({ alpha: 0.5 });
    const manifest = JSON.parse(readFileSync(join(ws, run.outputs.manifest), 'utf8')) as {
      training: { mode: string; command: string[] };
    };
    expect(manifest.training.mode).toBe('command');
    expect(manifest.training.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
  });

  it('fails the step with one clear line on a bad param', async () => {
    const ws = workspace();
    const run = await runDist('train', { workspace: ws, inputs: { ...INPUTS, params: 'round: 10' } });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toBe(
      'params: gradient-boosted-trees has no param `round` (did you mean `rounds`?) (params: rounds, learning-rate, max-depth, max-leaf-nodes, min-samples-leaf, l2-regularization, max-bins)'
    );
    expect(existsSync(join(ws, 'mlgate-model', 'model.onnx'))).toBe(false);
  });

  it('runs from the CLI with flags, the trained model then gated by evaluate-thresholds', async () => {
    const ws = workspace();
    copyFileSync(join(FIXTURES, 'mixed-test.csv'), join(ws, 'test.csv'));
    const trained = await runCli(
      [
        'train',
        '--trainer',
        'logistic-regression',
        '--data',
        'train.csv',
        '--target',
        'label',
        '--output-dir',
        'model'
      ],
      { cwd: ws }
    );
    expect(trained.stderr).toMatch(
      /^Run key [0-9a-f]{64}\n== Training logistic-regression on train\.csv\nTrained model\/model\.onnx/
    );
    expect(trained.exitCode).toBe(0);
    expect(trained.stdout).toContain('model=model/model.onnx');
    expect(trained.stdout).toContain('cache-hit=false');
    const gated = await runCli(
      [
        'evaluate-thresholds',
        '--model',
        'model/model.onnx',
        '--data',
        'test.csv',
        '--target',
        'label',
        '--thresholds',
        'accuracy >= 0.7, roc_auc >= 0.75'
      ],
      { cwd: ws }
    );
    expect(gated.stderr).not.toContain('error');
    expect(gated.exitCode).toBe(0);
    expect(gated.stdout).toContain('passed=true');
    // The test set has missing ages, scores and regions: the trained model says it handles them, so
    // every row is scored (the default NaN policy for other models is an error).
    expect(gated.stderr).toContain('passed on 1,500 rows');
  });
});
