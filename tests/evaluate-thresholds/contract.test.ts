/**
 * Contract tests: the committed dist/evaluate-thresholds bundle (with onnxruntime's native library
 * from dist/bin) run under Node 24 as the runner runs it, from a folder with no node_modules.
 */
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli, runDist } from '../helpers/run-dist.js';

const MODELS = join(REPO_ROOT, 'tests', 'model', 'fixtures');
const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'reference.json'), 'utf8')
) as Record<string, Record<string, number>>;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-eval-'));
  mkdirSync(join(dir, 'models'));
  for (const file of ['logreg-binary.onnx', 'softmax-multiclass.onnx', 'tree-ensemble.onnx', 'numeric.csv']) {
    copyFileSync(join(MODELS, file), join(dir, file.endsWith('.csv') ? file : join('models', file)));
  }
  return dir;
}

describe('dist/evaluate-thresholds as the runner runs it', () => {
  it('scores, gates and reports; fails the step on a failing threshold', async () => {
    const ws = workspace();
    const run = await runDist('evaluate-thresholds', {
      workspace: ws,
      inputs: {
        model: 'models/logreg-binary.onnx',
        data: 'numeric.csv',
        target: 'binary',
        thresholds: 'accuracy >= 0.9, f1 >= 0.8',
        slices: 'species'
      }
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toBe('evaluate-thresholds: 1 of 2 thresholds failed on 320 rows: f1 bound');
    const metrics = JSON.parse(run.outputs.metrics) as Record<string, number>;
    expect(metrics.accuracy).toBe(reference['logreg-binary'].accuracy);
    expect(metrics.f1).toBeCloseTo(reference['logreg-binary'].f1, 12);
    expect(run.outputs['failed-metrics']).toBe('["f1 bound"]');
    expect(run.outputs['baseline-metrics']).toBe('');
    expect(run.summary).toContain('#### Metrics');
    expect(run.summary).toContain('| species=setosa |');
    const junit = readFileSync(join(ws, 'mlgate-report', 'evaluate-thresholds.junit.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="mlgate evaluate-thresholds" tests="2" failures="1"');
  });

  it('compares with a baseline model on the same rows', async () => {
    const ws = workspace();
    const run = await runDist('evaluate-thresholds', {
      workspace: ws,
      inputs: {
        model: 'models/tree-ensemble.onnx',
        baseline: 'models/softmax-multiclass.onnx',
        data: 'numeric.csv',
        target: 'multi',
        thresholds: 'accuracy: max-drop 0.01'
      }
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs['baseline-metrics'])).toMatchObject({
      accuracy: reference['softmax-multiclass'].accuracy
    });
    expect(run.summary).toContain('| metric | candidate | baseline | delta |');
  });

  it('evaluates a predictions file instead of a model (a model that is not ONNX)', async () => {
    const ws = workspace();
    copyFileSync(
      join(import.meta.dirname, 'fixtures', 'predictions-softmax.csv'),
      join(ws, 'predictions.csv')
    );
    const run = await runDist('evaluate-thresholds', {
      workspace: ws,
      inputs: {
        predictions: 'predictions.csv',
        data: 'numeric.csv',
        target: 'multi',
        thresholds: 'accuracy >= 0.8'
      }
    });
    expect(run.exitCode).toBe(0);
    const metrics = JSON.parse(run.outputs.metrics) as Record<string, number>;
    expect(metrics.accuracy).toBe(reference['softmax-multiclass'].accuracy);
    expect(metrics.f1_macro).toBeCloseTo(reference['softmax-multiclass'].f1_macro, 12);
    expect(run.summary).toContain('predictions.csv');
  });

  it('refuses bad models and bad thresholds with one line', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'models', 'model.pkl'), Buffer.from([0x80, 0x04, 0x95]));
    writeFileSync(join(ws, 'models', 'broken.onnx'), 'not a model');
    const cases: [Record<string, string>, RegExp][] = [
      [{ model: 'models/model.pkl' }, /model\.pkl.*pickle/i],
      [{ model: 'models/broken.onnx' }, /broken\.onnx/],
      [
        { model: 'models/logreg-binary.onnx', thresholds: 'acuracy >= 1' },
        /unknown metric `acuracy` \(did you mean `accuracy`\?\)/
      ],
      [{ model: 'models/logreg-binary.onnx', thresholds: 'rmse <= 1' }, /rmse/],
      [{ model: 'models/logreg-binary.onnx', target: 'nope' }, /nope/]
    ];
    for (const [inputs, message] of cases) {
      const run = await runDist('evaluate-thresholds', {
        workspace: ws,
        inputs: { data: 'numeric.csv', target: 'binary', ...inputs }
      });
      expect(run.exitCode).toBe(1);
      expect(run.failure).toMatch(message);
      expect(run.stdout).not.toMatch(/\n\s+at /);
    }
  });

  it('runs through the CLI with exit code 2 for invalid input', async () => {
    const ws = workspace();
    const run = await runCli(
      [
        'evaluate-thresholds',
        '--model',
        'models/logreg-binary.onnx',
        '--data',
        'numeric.csv',
        '--target',
        'binary',
        '--nan',
        'maybe'
      ],
      { cwd: ws }
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('error: input `nan`: expected one of error, drop, keep, got `maybe`\n');
  });
});
