/**
 * @jest-environment ./tests/model/onnxruntime-environment.mjs
 */
/**
 * evaluate() end to end on real ONNX models (tests/model/fixtures) against scikit-learn's metrics on
 * scikit-learn's own predictions (fixtures/make-reference.py): label metrics to 1e-9, probability
 * metrics to 1e-5 (onnxruntime scores in float32).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyConfig } from '../../shared/config/load.js';
import { evaluate } from '../../shared/gate/evaluation.js';
import { planEvaluation, type EvaluationInputs } from '../../shared/gate/evaluation-plan.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';

const MODELS = join(import.meta.dirname, '..', 'model', 'fixtures');
const DATA = join(MODELS, 'numeric.csv');
const PREDICTIONS_CSV = join(import.meta.dirname, 'fixtures', 'predictions-softmax.csv');
const PREDICTIONS_JSONL = join(import.meta.dirname, 'fixtures', 'predictions-regressor.jsonl');
const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'reference.json'), 'utf8')
) as Record<string, Record<string, number | { rows: number; accuracy: number }>>;
const PROBABILITY_METRICS = new Set([
  'log_loss',
  'roc_auc',
  'average_precision',
  'brier_score',
  'roc_auc_ovr'
]);

function expectMetrics(
  values: Readonly<Record<string, number | null>>,
  expected: Record<string, unknown>
): void {
  for (const [name, want] of Object.entries(expected)) {
    const got = values[name];
    expect(typeof got).toBe('number');
    const tolerance = PROBABILITY_METRICS.has(name) ? 1e-5 : 1e-9;
    expect(
      Math.abs((got as number) - (want as number)) / Math.max(Math.abs(want as number), 1e-12)
    ).toBeLessThan(tolerance);
  }
}

async function run(inputs: Partial<EvaluationInputs>) {
  const plan = planEvaluation({ task: 'auto', data: DATA, ...inputs }, emptyConfig());
  return evaluate(plan, new RecordingLogger());
}

describe('evaluate-thresholds against scikit-learn', () => {
  it('scores a binary model, slices it, and gates bounds', async () => {
    const outcome = await run({
      model: join(MODELS, 'logreg-binary.onnx'),
      target: 'binary',
      thresholds: 'accuracy >= 0.9, f1 >= 0.8, roc_auc: max-drop 0.01',
      slices: 'species'
    });
    const [all, ...slices] = outcome.details.metrics;
    expect(all.slice).toBe('all');
    expect(all.rows).toBe(320);
    expectMetrics(all.values, reference['logreg-binary']);
    for (const slice of slices) {
      const want = reference['logreg-binary-slices'][slice.slice] as { rows: number; accuracy: number };
      expect(slice.rows).toBe(want.rows);
      expect(slice.values.accuracy).toBeCloseTo(want.accuracy, 12);
    }
    expect(outcome.checks.map((check) => [check.id, check.success])).toEqual([
      ['accuracy bound', true],
      ['f1 bound', false],
      ['roc_auc change', true]
    ]);
    expect(outcome.checks[1].message).toBe('f1 = 0.777778, not ≥ 0.8');
    expect(outcome.checks[2].message).toBe('roc_auc: no baseline yet, the change gate is skipped');
    expect(outcome.details.confusionMatrix).toEqual([
      [276, 5],
      [11, 28]
    ]);
    expect(outcome.details.curves?.roc?.auc).toBeCloseTo(reference['logreg-binary'].roc_auc as number, 5);
  });

  it('compares a candidate with a baseline model on the same rows, with a paired bootstrap', async () => {
    const outcome = await run({
      model: join(MODELS, 'softmax-multiclass.onnx'),
      baseline: join(MODELS, 'tree-ensemble.onnx'),
      target: 'multi',
      thresholds: 'accuracy: max-drop 0.02, f1_macro: max-drop 10%'
    });
    expectMetrics(outcome.details.metrics[0].values, reference['softmax-multiclass']);
    expectMetrics(outcome.details.baselineMetrics![0].values, reference['tree-ensemble']);
    const accuracy = outcome.checks[0];
    expect(accuracy.success).toBe(false);
    expect(accuracy.observed.delta).toBeCloseTo(0.83125 - 0.909375, 12);
    const interval = accuracy.observed.interval as { low: number; high: number; resamples: number };
    expect(interval.resamples).toBe(1000);
    expect(interval.low).toBeLessThan(-0.078125);
    expect(interval.high).toBeGreaterThan(-0.078125);
    expect(interval.high).toBeLessThan(-0.02);
  });

  it('computes regression metrics', async () => {
    const outcome = await run({
      model: join(MODELS, 'linear-regressor.onnx'),
      target: 'value',
      thresholds: 'r2 >= 0.5, rmse <= 100'
    });
    expect(outcome.details.task).toBe('regression');
    for (const [name, want] of Object.entries(reference['linear-regressor'])) {
      expect(
        Math.abs(outcome.details.metrics[0].values[name]! - (want as number)) / Math.abs(want as number)
      ).toBeLessThan(1e-5);
    }
    expect(outcome.checks.every((check) => check.success)).toBe(true);
  });

  it('refuses what it cannot evaluate, naming it', async () => {
    await expect(
      run({ model: join(MODELS, 'logreg-binary.onnx'), target: 'binary', thresholds: 'rmse <= 1' })
    ).rejects.toThrow(/rmse.*regression/);
    await expect(
      run({ model: join(MODELS, 'logreg-binary.onnx'), target: 'binary', thresholds: 'acurracy >= 1' })
    ).rejects.toThrow('thresholds: `acurracy >= 1`: unknown metric `acurracy` (did you mean `accuracy`?)');
    await expect(run({ model: join(MODELS, 'logreg-binary.onnx'), target: 'multi' })).rejects.toThrow(
      'the target has classes the model never emits: "2"'
    );
    await expect(
      run({ model: join(MODELS, 'logreg-binary.onnx'), target: 'binary', baseline: 'production' })
    ).rejects.toThrow('baseline `production` does not resolve');
    await expect(
      run({
        model: join(MODELS, 'logreg-binary.onnx'),
        target: 'binary',
        baseline: join(MODELS, 'nope.onnx')
      })
    ).rejects.toThrow(/baseline `.*nope\.onnx` does not resolve: no such file/);
  });

  it('evaluates a predictions column when the model is not ONNX', async () => {
    const outcome = await run({ predictions: 'multi', target: 'binary', thresholds: 'accuracy >= 0.1' });
    expect(outcome.details.model.path).toBe('column multi');
    expect(outcome.details.task).toBe('classification');
    expect(outcome.details.notes).toContain(
      'Predictions mode: scored from column multi (label metrics only).'
    );
  });

  it('evaluates a predictions file aligned with the test set: scikit-learn’s labels give its metrics', async () => {
    const outcome = await run({ predictions: PREDICTIONS_CSV, target: 'multi', slices: 'species' });
    expect(outcome.details.model.path).toBe(PREDICTIONS_CSV);
    expect(outcome.details.task).toBe('classification');
    const [all, ...slices] = outcome.details.metrics;
    expect(all.rows).toBe(320);
    const labelMetrics = Object.fromEntries(
      Object.entries(reference['softmax-multiclass']).filter(([name]) => !PROBABILITY_METRICS.has(name))
    );
    expectMetrics(all.values, labelMetrics);
    expect(all.values.roc_auc_ovr).toBeUndefined();
    expect(slices.map((slice) => slice.rows).reduce((a, b) => a + b, 0)).toBe(320);
    // The column named after #, here the same one.
    const named = await run({ predictions: `${PREDICTIONS_CSV}#prediction`, target: 'multi' });
    expect(named.details.metrics[0].values.accuracy).toBe(all.values.accuracy);
  });

  it('reads a JSON Lines predictions file’s only key as the regressor’s predictions', async () => {
    const outcome = await run({ predictions: PREDICTIONS_JSONL, target: 'value' });
    expect(outcome.details.task).toBe('regression');
    expectMetrics(outcome.details.metrics[0].values, reference['linear-regressor']);
  });

  it('refuses a predictions file that does not line up with the test set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-predictions-'));
    try {
      const short = join(dir, 'short.csv');
      writeFileSync(short, 'prediction\n1\n2\n');
      await expect(run({ predictions: short, target: 'multi' })).rejects.toThrow(
        `${short} has 2 rows but the test set ${DATA} has 320`
      );
      const two = join(dir, 'two.csv');
      writeFileSync(two, 'a,b\n1,2\n');
      await expect(run({ predictions: two, target: 'multi' })).rejects.toThrow(
        `${two}: which column holds the predictions? It has a, b and none is named \`prediction\`; name one as ${two}#<column>`
      );
      await expect(run({ predictions: `${PREDICTIONS_CSV}#nope`, target: 'multi' })).rejects.toThrow(
        `${PREDICTIONS_CSV}: no column \`nope\` (columns: id, prediction)`
      );
      const gap = join(dir, 'gap.csv');
      writeFileSync(gap, `prediction\n${'1\n'.repeat(319)}\n`);
      await expect(run({ predictions: gap, target: 'multi' })).rejects.toThrow(
        /1 rows have no multi or prediction \(.*gap\.csv; first at .*numeric\.csv:321\); set nan: drop/
      );
      const dropped = await run({ predictions: gap, target: 'multi', nan: 'drop' });
      expect(dropped.details.metrics[0].rows).toBe(319);
      await expect(run({ predictions: join(dir, 'absent.csv'), target: 'multi' })).rejects.toThrow(
        'absent.csv'
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
