import { describe, expect, it } from '@jest/globals';
import {
  EMPTY_REASON,
  METRICS,
  NO_PROBA_REASON,
  classificationMetrics,
  metricNames,
  metricOn,
  metricOutcome,
  regressionMetrics,
  type ClassificationInput
} from '../../shared/metrics/index.js';
import { ECE_BINS, eceBin } from '../../shared/metrics/probability.js';
import { ConfigurationError, DataError, ModelError } from '../../shared/runtime/errors.js';

function binary(overrides: Partial<ClassificationInput> = {}): ClassificationInput {
  return {
    yTrue: Int32Array.from([0, 1, 1, 0]),
    yPred: Int32Array.from([0, 1, 0, 0]),
    proba: Float64Array.from([0.8, 0.2, 0.3, 0.7, 0.85, 0.15, 0.9, 0.1]),
    classes: ['no', 'yes'],
    posLabel: 1,
    ...overrides
  };
}

describe('the catalogue', () => {
  it('lists scikit-learn names per task, in display order', () => {
    expect(metricNames('regression')).toEqual([
      'mae',
      'mse',
      'rmse',
      'r2',
      'mape',
      'median_absolute_error',
      'explained_variance',
      'max_error'
    ]);
    expect(metricNames('classification')).toHaveLength(25);
    expect(metricNames('classification').slice(0, 5)).toEqual([
      'accuracy',
      'balanced_accuracy',
      'precision',
      'recall',
      'f1'
    ]);
  });

  it('knows each direction and which metrics need probabilities', () => {
    const lowerIsBetter = Object.keys(METRICS).filter((name) => !METRICS[name].higherIsBetter);
    expect(lowerIsBetter).toEqual([
      'log_loss',
      'brier_score',
      'expected_calibration_error',
      'mae',
      'mse',
      'rmse',
      'mape',
      'median_absolute_error',
      'max_error'
    ]);
    const needsProba = Object.keys(METRICS).filter((name) => METRICS[name].needsProba);
    expect(needsProba).toEqual([
      'roc_auc',
      'roc_auc_ovr',
      'roc_auc_ovr_weighted',
      'roc_auc_ovo',
      'roc_auc_ovo_weighted',
      'average_precision',
      'log_loss',
      'brier_score',
      'expected_calibration_error'
    ]);
    expect(Object.isFrozen(METRICS)).toBe(true);
  });

  it('rejects an unknown name with the closest one, and a metric of the other task', () => {
    expect(() => classificationMetrics(binary(), ['acuracy'])).toThrow(
      new ConfigurationError('unknown metric `acuracy` (did you mean `accuracy`?)')
    );
    expect(() => metricOn('zzz', binary(), null)).toThrow(new ConfigurationError('unknown metric `zzz`'));
    expect(() => metricOn('mae', binary(), null)).toThrow(
      `metric \`mae\` is a regression metric and does not apply to classification; classification metrics: ${metricNames('classification').join(', ')}`
    );
    const reg = { yTrue: Float64Array.from([1]), yPred: Float64Array.from([1]) };
    expect(() => metricOn('f1', reg, null)).toThrow(
      'metric `f1` is a classification metric and does not apply to regression'
    );
    expect(() => regressionMetrics(reg.yTrue, reg.yPred, ['toString'])).toThrow('unknown metric `toString`');
  });
});

describe('undefined values', () => {
  it('are null with a reason on an empty test set, for every metric', () => {
    const empty = binary({ yTrue: new Int32Array(0), yPred: new Int32Array(0), proba: new Float64Array(0) });
    const result = classificationMetrics(empty);
    expect(Object.keys(result.values)).toEqual(metricNames('classification'));
    for (const name of metricNames('classification')) {
      expect(result.values[name]).toBeNull();
      expect(result.reasons[name]).toBe(EMPTY_REASON);
    }
    expect(result.warnings).toEqual([]);
    expect(result.confusionMatrix).toEqual([
      [0, 0],
      [0, 0]
    ]);
    expect(result.perClass.yes).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    const reg = regressionMetrics(new Float64Array(0), new Float64Array(0));
    expect(Object.values(reg.values).every((v) => v === null)).toBe(true);
    expect(reg.reasons.r2).toBe(EMPTY_REASON);
  });

  it('are null with a reason on an empty slice', () => {
    const rows = new Int32Array(0);
    expect(metricOutcome('f1', binary(), rows)).toEqual({ value: null, reason: EMPTY_REASON });
    expect(metricOutcome('roc_auc', binary(), rows)).toEqual({ value: null, reason: EMPTY_REASON });
    const reg = { yTrue: Float64Array.from([1, 2]), yPred: Float64Array.from([1, 3]) };
    expect(metricOutcome('mae', reg, rows)).toEqual({ value: null, reason: EMPTY_REASON });
  });

  it('skip probability metrics by default without probabilities, and explain them when asked', () => {
    const input = binary({ proba: null });
    const result = classificationMetrics(input);
    expect(Object.keys(result.values)).toEqual(
      metricNames('classification').filter((n) => !METRICS[n].needsProba)
    );
    const asked = classificationMetrics(input, ['accuracy', 'roc_auc', 'log_loss']);
    expect(asked.values).toEqual({ accuracy: 0.75, roc_auc: null, log_loss: null });
    expect(asked.reasons).toEqual({ roc_auc: NO_PROBA_REASON, log_loss: NO_PROBA_REASON });
  });

  it('handle a single-class label set', () => {
    const input: ClassificationInput = {
      yTrue: Int32Array.from([0, 0]),
      yPred: Int32Array.from([0, 0]),
      proba: Float64Array.from([1, 1]),
      classes: ['only'],
      posLabel: 0
    };
    const result = classificationMetrics(input);
    expect(result.values.accuracy).toBe(1);
    expect(result.values.f1).toBe(1);
    expect(result.values.roc_auc).toBeNull();
    expect(result.reasons.log_loss).toBe('log_loss needs at least two classes, got ["only"]');
    expect(result.values.brier_score).toBe(0);
  });

  it('report the cohen_kappa 0/0 case and the r2 single-row case', () => {
    const same = binary({ yTrue: Int32Array.from([1, 1]), yPred: Int32Array.from([1, 1]), proba: null });
    expect(metricOutcome('cohen_kappa', same, null)).toEqual({
      value: null,
      reason:
        'cohen_kappa is undefined when y_true and y_pred contain one and the same single class (chance agreement is 1; scikit-learn returns NaN)'
    });
    const result = regressionMetrics(Float64Array.from([1]), Float64Array.from([2]));
    expect(result.values.r2).toBeNull();
    expect(result.reasons.r2).toBe('R^2 score is not well-defined with less than two samples.');
    expect(result.values.explained_variance).toBe(1);
  });
});

describe('bad input', () => {
  it('names the shape or index at fault', () => {
    expect(() => classificationMetrics(binary({ yPred: Int32Array.from([0, 1, 0]) }))).toThrow(
      new RangeError('classification metrics: yTrue has 4 rows but yPred has 3')
    );
    expect(() => classificationMetrics(binary({ yTrue: Int32Array.from([0, 1, 2, 0]) }))).toThrow(
      'yTrue[2] = 2 is not a class index (0..1 for 2 classes)'
    );
    expect(() => classificationMetrics(binary({ yPred: Int32Array.from([0, -1, 0, 0]) }))).toThrow(
      'yPred[1] = -1 is not a class index (0..1 for 2 classes)'
    );
    expect(() => classificationMetrics(binary({ posLabel: 2 }))).toThrow(
      'posLabel 2 is not a class index (0..1 for classes ["no","yes"])'
    );
    expect(() => classificationMetrics(binary({ proba: new Float64Array(7) }))).toThrow(
      'proba has 7 values; expected 4 rows × 2 classes = 8'
    );
    expect(() => classificationMetrics(binary({ classes: ['a', 'a'] }))).toThrow(
      'classification metrics: `classes` has repeats: ["a","a"]'
    );
    expect(() => classificationMetrics(binary({ classes: [] }))).toThrow(
      'classification metrics: `classes` is empty'
    );
    expect(() => metricOn('accuracy', binary(), Int32Array.from([0, 4]))).toThrow(
      'rows[1] = 4 is outside the 4 rows (0..3)'
    );
    expect(() => regressionMetrics(new Float64Array(2), new Float64Array(3))).toThrow(
      'regression metrics: yTrue has 2 rows but yPred has 3'
    );
  });

  it('blames the model for non-finite probabilities and predictions, the data for targets', () => {
    const proba = Float64Array.from([0.8, 0.2, 0.3, Number.NaN, 0.6, 0.4, 0.9, 0.1]);
    expect(() => classificationMetrics(binary({ proba }))).toThrow(
      new ModelError('probability of class "yes" at row 1 is NaN; probabilities must be finite')
    );
    expect(() => regressionMetrics(Float64Array.from([1, Infinity]), Float64Array.from([1, 2]))).toThrow(
      new DataError('target value yTrue[1] is Infinity; regression targets must be finite')
    );
    expect(() => regressionMetrics(Float64Array.from([1, 2]), Float64Array.from([-Infinity, 2]))).toThrow(
      new ModelError('prediction yPred[0] is -Infinity; predictions must be finite')
    );
  });
});

describe('caches', () => {
  it('leave no trace between calls on the same input', () => {
    const input = binary();
    const whole = metricOn('roc_auc', input, null);
    expect(whole).toBe(0.75);
    expect(metricOn('roc_auc', input, Int32Array.from([0, 1, 1, 1]))).toBe(1);
    expect(metricOn('roc_auc', input, Int32Array.from([0, 3]))).toBeNull();
    expect(metricOn('roc_auc', input, null)).toBe(whole);
    expect(metricOn('average_precision', input, Int32Array.from([2, 2, 0]))).toBe(0.6666666666666666);
    expect(metricOn('log_loss', input, Int32Array.from([1]))).toBeCloseTo(-Math.log(0.7), 15);
  });
});

describe('calibration bins', () => {
  /** The float64 `ulps` steps above (or below, when negative) `x`. */
  function nudged(x: number, ulps: number): number {
    const bits = new BigInt64Array(new Float64Array([x]).buffer);
    bits[0] += BigInt(ulps);
    return new Float64Array(bits.buffer)[0];
  }

  /** The bin by its definition: (k/10, (k+1)/10], bin 0 also holding 0. */
  function binOf(p: number): number {
    for (let k = 0; k < ECE_BINS; k++) if (p <= (k + 1) / ECE_BINS) return k;
    return -1;
  }

  it('put every probability within 300 ulps of an edge in the bin its edges say', () => {
    let checked = 0;
    for (let k = 0; k <= ECE_BINS; k++) {
      for (let ulps = -300; ulps <= 300; ulps++) {
        const p = k === 0 ? (ulps < 0 ? -0 : ulps * Number.MIN_VALUE) : nudged(k / ECE_BINS, ulps);
        if (!(p >= 0 && p <= 1)) continue;
        expect({ p, bin: eceBin(p) }).toEqual({ p, bin: binOf(p) });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(6000);
    expect([eceBin(-1e-300), eceBin(1 + Number.EPSILON), eceBin(Number.NaN)]).toEqual([0xff, 0xff, 0xff]);
  });
});

describe('binary probability metrics of the whole set', () => {
  /** Seeded xorshift: the same rows on every run. */
  function random(seed: number): () => number {
    let state = seed >>> 0 || 1;
    return () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 2 ** 32;
    };
  }

  /**
   * `n` rows of two-class probabilities: float32 scores, exact 0s and 1s (log_loss clipping), ties,
   * scores on the ECE bin edges, and rows that do not sum to one.
   */
  function rows(
    n: number,
    seed: number,
    special: (row: number, p: number[]) => void = () => {}
  ): ClassificationInput {
    const next = random(seed);
    const yTrue = new Int32Array(n);
    const yPred = new Int32Array(n);
    const proba = new Float64Array(2 * n);
    const edges = [0, 0.1, 0.3, 0.5, 0.7, 1];
    for (let r = 0; r < n; r++) {
      const kind = next();
      let p1 = Math.fround(next());
      if (kind < 0.05) p1 = edges[Math.floor(next() * edges.length)];
      else if (kind < 0.1) p1 = 0.25;
      const p = [1 - p1, p1];
      if (kind > 0.97) p[0] = Math.fround(next());
      special(r, p);
      proba[2 * r] = p[0];
      proba[2 * r + 1] = p[1];
      yTrue[r] = next() < p1 ? 1 : 0;
      yPred[r] = p[1] > p[0] ? 1 : 0;
    }
    return { yTrue, yPred, proba, classes: ['0', '1'], posLabel: 1 };
  }

  const NAMES = ['log_loss', 'brier_score', 'expected_calibration_error'];

  /** The whole set (one pass, no per-row terms) against the same rows as a subset (per-row terms). */
  function expectSame(input: ClassificationInput): void {
    const every = Int32Array.from({ length: input.yTrue.length }, (_, r) => r);
    for (const name of NAMES) {
      const whole = metricOutcome(name, input, null);
      const subset = metricOutcome(name, { ...input }, every);
      expect({ name, ...whole }).toEqual({ name, ...subset });
      if (whole.value !== null) expect(Object.is(whole.value, subset.value)).toBe(true);
    }
  }

  it('equal the per-row path bit for bit, for either positive class', () => {
    for (const [n, seed] of [
      [1, 3],
      [8191, 5],
      [8193, 7],
      [50_000, 11]
    ]) {
      const input = rows(n, seed);
      expectSame(input);
      expectSame({ ...input, posLabel: 0 });
    }
  });

  it('are the same, bit for bit, from float32 probabilities as from the same values in float64', () => {
    // Rows of float32 values only (rows() also makes 1 − p in float64, which float32 cannot hold).
    const wide = rows(20_000, 19, (_, p) => {
      p[0] = Math.fround(p[0]);
      p[1] = Math.fround(p[1]);
    });
    const narrow = { ...wide, proba: Float32Array.from(wide.proba!) };
    expect(Array.from(narrow.proba)).toEqual(Array.from(wide.proba!));
    const fromWide = classificationMetrics(wide);
    const fromNarrow = classificationMetrics(narrow);
    expect(Object.keys(fromNarrow.values).length).toBeGreaterThan(10);
    for (const [name, value] of Object.entries(fromWide.values))
      expect({ name, value: fromNarrow.values[name] }).toEqual({ name, value });
    const every = Int32Array.from({ length: wide.yTrue.length }, (_, r) => r);
    for (const name of [...NAMES, 'roc_auc', 'average_precision'])
      expect(metricOutcome(name, narrow, every)).toEqual(metricOutcome(name, wide, every));
  });

  it('refuse probabilities outside [0, 1] with the per-row path’s reasons', () => {
    const above = rows(9000, 13, (row, p) => {
      if (row === 8200) p[1] = 1.5;
    });
    expectSame(above);
    expect(metricOutcome('brier_score', above, null).reason).toBe('y_prob contains values greater than 1.');
    expect(metricOutcome('expected_calibration_error', above, null).reason).toBe(
      'expected_calibration_error needs probabilities in [0, 1]; row 8200 has a top-class probability of 1.5'
    );
    const below = rows(9000, 17, (row, p) => {
      if (row === 4) p[1] = -0.25;
      if (row === 9) p.fill(-0.5);
    });
    expectSame(below);
    expect(metricOutcome('brier_score', below, null).reason).toBe('y_prob contains values less than 0.');
    expect(metricOutcome('expected_calibration_error', below, null).reason).toBe(
      'expected_calibration_error needs probabilities in [0, 1]; row 9 has a top-class probability of -0.5'
    );
  });
});
