import { describe, expect, it } from '@jest/globals';
import { pairedBootstrap } from '../../shared/gate/bootstrap.js';
import { evaluateGate, type SliceMetrics } from '../../shared/gate/evaluate.js';
import { parseThresholds } from '../../shared/gate/thresholds.js';

const KNOWN = ['accuracy', 'recall', 'log_loss', 'f1'];
const higherIsBetter = (metric: string): boolean => metric !== 'log_loss';

function slices(
  values: Record<string, Record<string, number | null>>,
  rows: Record<string, number> = {}
): SliceMetrics[] {
  return Object.entries(values).map(([slice, metrics]) => ({
    slice,
    ...(slice === 'all' ? {} : { column: slice.split('=')[0] }),
    rows: rows[slice] ?? 1000,
    values: metrics
  }));
}

describe('evaluateGate', () => {
  it('checks value bounds and says by how much', () => {
    const results = evaluateGate({
      thresholds: parseThresholds('accuracy >= 0.9, log_loss <= 0.35', KNOWN),
      candidate: slices({ all: { accuracy: 0.87, log_loss: 0.3 } }),
      higherIsBetter,
      minSliceSize: 30
    });
    expect(results.map((result) => [result.id, result.success, result.message])).toEqual([
      ['accuracy bound', false, 'accuracy = 0.87, not ≥ 0.9'],
      ['log_loss bound', true, 'log_loss = 0.3, ≤ 0.35']
    ]);
  });

  it('skips change gates without a baseline, and gates drops and rises against it', () => {
    const thresholds = parseThresholds(
      'accuracy: max-drop 0.01, f1: max-drop 2%, log_loss: max-rise 0.05',
      KNOWN
    );
    const first = evaluateGate({
      thresholds,
      candidate: slices({ all: { accuracy: 0.8, f1: 0.7, log_loss: 0.4 } }),
      higherIsBetter,
      minSliceSize: 30
    });
    expect(first.every((result) => result.success && result.observed.skipped === true)).toBe(true);
    expect(first[0].message).toBe('accuracy: no baseline yet, the change gate is skipped');
    const results = evaluateGate({
      thresholds,
      candidate: slices({ all: { accuracy: 0.88, f1: 0.7, log_loss: 0.46 } }),
      baseline: slices({ all: { accuracy: 0.9, f1: 0.71, log_loss: 0.4 } }),
      higherIsBetter,
      minSliceSize: 30
    });
    expect(results.map((result) => [result.success, result.message])).toEqual([
      [false, 'accuracy 0.9 → 0.88 (-0.02): drop beyond max-drop 0.01'],
      [true, 'f1 0.71 → 0.7 (-0.01): drop within max-drop 2%'],
      [false, 'log_loss 0.4 → 0.46 (+0.06): rise beyond max-rise 0.05']
    ]);
  });

  it('fails a change only when the whole interval is beyond the tolerance', () => {
    const thresholds = parseThresholds('accuracy: max-drop 0.01', KNOWN);
    const base = {
      thresholds,
      candidate: slices({ all: { accuracy: 0.88 } }),
      baseline: slices({ all: { accuracy: 0.9 } }),
      higherIsBetter,
      minSliceSize: 30
    };
    const noisy = evaluateGate({
      ...base,
      interval: () => ({ low: -0.05, high: 0.005, confidence: 0.95, resamples: 1000 })
    });
    expect(noisy[0]).toMatchObject({
      success: true,
      message:
        'accuracy 0.9 → 0.88 (-0.02): drop beyond, but not significantly (the interval reaches the tolerance) max-drop 0.01; 95% CI of the difference [-0.05, 0.005]'
    });
    const clear = evaluateGate({
      ...base,
      interval: () => ({ low: -0.03, high: -0.012, confidence: 0.95, resamples: 1000 })
    });
    expect(clear[0].success).toBe(false);
  });

  it('refuses a drop gate on a lower-is-better metric unless the direction says so', () => {
    expect(() =>
      evaluateGate({
        thresholds: parseThresholds('log_loss: max-drop 0.1', KNOWN),
        candidate: slices({ all: { log_loss: 1 } }),
        baseline: slices({ all: { log_loss: 1 } }),
        higherIsBetter,
        minSliceSize: 1
      })
    ).toThrow(
      'threshold `log_loss: max-drop 0.1`: log_loss is lower-is-better, so a drop is an improvement; use max-rise (or set direction)'
    );
  });

  it('gates gaps across slices, ignoring slices that are too small', () => {
    const candidate = slices(
      {
        all: { recall: 0.8 },
        'sex=F': { recall: 0.74 },
        'sex=M': { recall: 0.83 },
        'sex=X': { recall: 0.2 }
      },
      { 'sex=X': 5 }
    );
    const results = evaluateGate({
      thresholds: parseThresholds('recall: max-gap 0.05 across sex, recall[sex=X] >= 0.5', KNOWN),
      candidate,
      higherIsBetter,
      minSliceSize: 30
    });
    expect(results.map((result) => [result.id, result.success, result.message])).toEqual([
      [
        'recall gap across sex',
        false,
        'recall gap across sex = 0.09 (sex=M 0.83 vs sex=F 0.74), beyond max-gap 0.05'
      ],
      ['recall[sex=X]', true, 'recall[sex=X]: skipped, the slice has 5 rows (minimum 30)']
    ]);
  });
});

describe('pairedBootstrap', () => {
  // Paired 0/1 outcomes of two models on the same rows.
  function outcomes(n: number, seed: number): { a: Uint8Array; b: Uint8Array } {
    const a = new Uint8Array(n);
    const b = new Uint8Array(n);
    let state = seed;
    for (let i = 0; i < n; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const u = state / 2 ** 32;
      a[i] = u < 0.85 ? 1 : 0;
      b[i] = u < 0.82 || (u > 0.9 && u < 0.93) ? 1 : 0;
    }
    return { a, b };
  }
  const mean = (values: Uint8Array) => (rows: Int32Array) => {
    let sum = 0;
    for (let i = 0; i < rows.length; i++) sum += values[rows[i]];
    return sum / rows.length;
  };

  it('matches the normal approximation of a paired difference of accuracies', () => {
    const n = 4000;
    const { a, b } = outcomes(n, 7);
    const interval = pairedBootstrap(n, mean(a), mean(b), { resamples: 2000, confidence: 0.95, seed: 1 })!;
    // Analytic reference: d_i = a_i − b_i, CI = mean(d) ± 1.96 · sd(d)/√n.
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const d = a[i] - b[i];
      sum += d;
      squares += d * d;
    }
    const md = sum / n;
    const se = Math.sqrt((squares / n - md * md) / (n - 1));
    expect(interval.low).toBeCloseTo(md - 1.959964 * se, 2);
    expect(interval.high).toBeCloseTo(md + 1.959964 * se, 2);
    expect(Math.abs(interval.high - interval.low - 2 * 1.959964 * se) / (2 * 1.959964 * se)).toBeLessThan(
      0.1
    );
    expect(interval.resamples).toBe(2000);
  });

  it('is reproducible for a seed and zero-width for identical models', () => {
    const { a, b } = outcomes(500, 3);
    const options = { resamples: 200, confidence: 0.9, seed: 42 };
    expect(pairedBootstrap(500, mean(a), mean(b), options)).toEqual(
      pairedBootstrap(500, mean(a), mean(b), options)
    );
    expect(pairedBootstrap(500, mean(a), mean(a), options)).toEqual({
      low: 0,
      high: 0,
      confidence: 0.9,
      resamples: 200
    });
    expect(pairedBootstrap(0, mean(a), mean(b), options)).toBeUndefined();
  });
});
