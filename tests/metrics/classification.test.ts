import { describe, expect, it } from '@jest/globals';
import {
  classificationMetrics,
  metricOutcome,
  metricOutcomes,
  precisionRecallCurve,
  rocCurve,
  type ClassificationInput
} from '../../shared/metrics/index.js';
import { decode, expectClose } from '../stats/fixture-helpers.js';
import { expectOutcome, outcomeIn } from './compare.js';
import {
  classificationInput,
  reference,
  rowsOf,
  type ClassificationCase,
  type Expected
} from './reference.js';

const cases = reference.classification.map((c) => [c.name, c] as const);

/** A new input holding only `rows` (gathered), to check metricOn against a plain recomputation. */
function gather(input: ClassificationInput, rows: Int32Array): ClassificationInput {
  const count = input.classes.length;
  const proba = input.proba;
  return {
    ...input,
    yTrue: rows.map((r) => input.yTrue[r]),
    yPred: rows.map((r) => input.yPred[r]),
    proba:
      proba === null
        ? null
        : Float64Array.from(
            { length: rows.length * count },
            (_, k) => proba[rows[Math.floor(k / count)] * count + (k % count)]
          )
  };
}

function expectResult(input: ClassificationInput, expected: Expected, label: string): void {
  const names = Object.keys(expected.metrics);
  const result = classificationMetrics(input, names);
  expect(Object.keys(result.values)).toEqual(names);
  for (const name of names)
    expectOutcome(outcomeIn(result, name), expected.metrics[name], `${label}: ${name}`);
  expect(result.confusionMatrix).toEqual(expected.confusionMatrix);
  input.classes.forEach((label_, k) => {
    const want = expected.perClass![k];
    const got = result.perClass[label_];
    expect(got.support).toBe(want.support);
    expectClose(got.precision, want.precision, `${label}: precision of ${label_}`);
    expectClose(got.recall, want.recall, `${label}: recall of ${label_}`);
    expectClose(got.f1, want.f1, `${label}: f1 of ${label_}`);
  });
}

describe('classificationMetrics matches scikit-learn 1.2', () => {
  it.each(cases)('%s', (name, c: ClassificationCase) => {
    expectResult(classificationInput(c), c.expected, name);
  });
});

describe('classificationMetrics matches scikit-learn 1.2 with class indices as bytes', () => {
  // The scoring pass stores label codes a byte each (shared/model/label-codes.ts, CodeColumn).
  it.each(cases)('%s', (name, c: ClassificationCase) => {
    const input = classificationInput(c);
    const bytes = { ...input, yTrue: Uint8Array.from(input.yTrue), yPred: Uint8Array.from(input.yPred) };
    expectResult(bytes, c.expected, `${name} (bytes)`);
    c.subsets.forEach((subset, s) => {
      const rows = rowsOf(subset.rows, input.yTrue.length);
      const together = metricOutcomes(Object.keys(subset.expected.metrics), bytes, rows);
      for (const [metric, expected] of Object.entries(subset.expected.metrics))
        expectOutcome(together[metric], expected, `${name} subset ${s} (bytes): ${metric}`);
    });
  });
});

describe('metricOutcome on row subsets (bootstrap resamples with repeats, slices)', () => {
  const withSubsets = cases.filter(([, c]) => c.subsets.length > 0);
  it.each(withSubsets)('%s', (name, c: ClassificationCase) => {
    const input = classificationInput(c);
    c.subsets.forEach((subset, s) => {
      const rows = rowsOf(subset.rows, input.yTrue.length);
      for (const [metric, expected] of Object.entries(subset.expected.metrics)) {
        expectOutcome(metricOutcome(metric, input, rows), expected, `${name} subset ${s}: ${metric}`);
      }
      const together = metricOutcomes(Object.keys(subset.expected.metrics), input, rows);
      for (const [metric, expected] of Object.entries(subset.expected.metrics)) {
        expectOutcome(together[metric], expected, `${name} subset ${s} (metricOutcomes): ${metric}`);
      }
      // The same rows materialised give the same answers through the whole-set path.
      expectResult(gather(input, rows), subset.expected, `${name} subset ${s} gathered`);
    });
  });

  it('gives the whole-set values with rows = null and with every row listed', () => {
    const c = reference.classification.find((x) => x.name === 'multiclass 3, 300 rows')!;
    const input = classificationInput(c);
    const all = Int32Array.from({ length: input.yTrue.length }, (_, i) => i);
    for (const [metric, expected] of Object.entries(c.expected.metrics)) {
      expectOutcome(metricOutcome(metric, input, null), expected, `null rows: ${metric}`);
      expectOutcome(metricOutcome(metric, input, all), expected, `all rows: ${metric}`);
    }
  });
});

describe('log_loss near 0 (a confident, right model)', () => {
  // The comparison above allows 1e-12 absolute near zero, which a loss of 1e-9 sits under: here the
  // loss must agree with sklearn's to 1e-12 relative, whole set and subsets, binary and multiclass.
  const confident = cases.filter(([name]) => name.includes('confident model'));
  it.each(confident)('%s: agrees with sklearn to 1e-12 relative', (name, c: ClassificationCase) => {
    const input = classificationInput(c);
    const checks = [
      { rows: null, expected: c.expected },
      ...c.subsets.map((subset) => ({
        rows: rowsOf(subset.rows, input.yTrue.length),
        expected: subset.expected
      }))
    ];
    expect(checks.length).toBeGreaterThan(1);
    for (const { rows, expected } of checks) {
      const want = decode(expected.metrics.log_loss.value)!;
      expect(want).toBeLessThan(1e-6);
      const got = metricOutcome('log_loss', input, rows).value!;
      expect({ name, rows: rows?.length, relative: Math.abs(got - want) / want < 1e-12 }).toEqual({
        name,
        rows: rows?.length,
        relative: true
      });
    }
  });
});

describe('rocCurve and precisionRecallCurve match roc_curve and precision_recall_curve', () => {
  const withCurves = cases.filter(([, c]) => c.curves !== undefined && c.curves !== null);
  it.each(withCurves)('%s', (name, c: ClassificationCase) => {
    const input = classificationInput(c);
    const close = (got: number[] | undefined, want: number[], what: string): void => {
      expect(got?.length).toBe(want.length);
      want.forEach((w, i) => {
        expectClose(got![i], w, `${name} ${what}[${i}]`);
      });
    };
    const roc = rocCurve(input);
    if (c.curves!.roc === null) expect(roc).toBeNull();
    else {
      close(roc?.fpr, c.curves!.roc.fpr, 'fpr');
      close(roc?.tpr, c.curves!.roc.tpr, 'tpr');
      close(roc?.thresholds, c.curves!.roc.thresholds, 'roc thresholds');
    }
    const pr = precisionRecallCurve(input);
    if (c.curves!.pr === null) expect(pr).toBeNull();
    else {
      close(pr?.precision, c.curves!.pr.precision, 'precision');
      close(pr?.recall, c.curves!.pr.recall, 'recall');
      close(pr?.thresholds, c.curves!.pr.thresholds, 'pr thresholds');
    }
  });

  it('keeps exactly the evenly spaced distinct thresholds, for either class, with or without ties', () => {
    // A plain recomputation: rows by descending score, counts at each distinct score, the k-th of
    // maxPoints − 1 evenly spaced of them (the chart's first point is (0, 0)). Two classes, so the
    // thinning counts 0/1 label bytes four at a time, and one at a time in a word that holds a kept end.
    for (const name of [
      'binary, 5000 rows',
      'binary, heavy ties',
      'binary, 6000 rows, float32 scores with ties',
      'binary, 5000 rows, float32 scores, positive first'
    ]) {
      const input = classificationInput(reference.classification.find((x) => x.name === name)!);
      for (const positive of [0, 1]) {
        const scores = Array.from({ length: input.yTrue.length }, (_, r) => input.proba![2 * r + positive]);
        const order = scores.map((_, r) => r).sort((a, b) => scores[b] - scores[a]);
        const ends: { fp: number; tp: number; score: number }[] = [];
        let tp = 0;
        order.forEach((r, i) => {
          if (input.yTrue[r] === positive) tp++;
          if (i === order.length - 1 || scores[order[i + 1]] !== scores[r])
            ends.push({ fp: i + 1 - tp, tp, score: scores[r] });
        });
        for (const maxPoints of [3, 7, 50]) {
          const kept = Array.from(
            { length: maxPoints - 1 },
            (_, k) => ends[Math.round((k * (ends.length - 1)) / (maxPoints - 2))]
          );
          const last = ends[ends.length - 1];
          const thin = rocCurve(input, positive, maxPoints)!;
          // No more distinct scores than points: the whole (drop_intermediate) curve.
          if (ends.length <= maxPoints - 1) {
            expect(thin).toEqual(rocCurve(input, positive));
            continue;
          }
          expect({ name, positive, maxPoints, thin }).toEqual({
            name,
            positive,
            maxPoints,
            thin: {
              fpr: [0, ...kept.map((e) => e.fp / last.fp)],
              tpr: [0, ...kept.map((e) => e.tp / last.tp)],
              thresholds: [kept[0].score + 1, ...kept.map((e) => e.score)]
            }
          });
        }
      }
    }
  });

  it('thins a curve to maxPoints, keeping both ends', () => {
    const c = reference.classification.find((x) => x.name === 'binary, 200 rows')!;
    const input = classificationInput(c);
    const full = rocCurve(input)!;
    const thin = rocCurve(input, input.posLabel, 5)!;
    expect(thin.fpr).toHaveLength(5);
    expect([thin.fpr[0], thin.tpr[0]]).toEqual([0, 0]);
    expect([thin.fpr[4], thin.tpr[4]]).toEqual([full.fpr.at(-1), full.tpr.at(-1)]);
    const pr = precisionRecallCurve(input, input.posLabel, 5)!;
    expect(pr.precision).toHaveLength(5);
    expect(pr.thresholds).toHaveLength(4);
    expect([pr.precision[4], pr.recall[4]]).toEqual([1, 0]);
    // Every thinned point is a point of the curve: on the polyline of sklearn's (drop_intermediate) curve.
    thin.fpr.forEach((x, k) => {
      const y = thin.tpr[k];
      const onCurve = full.fpr.some((x0, i) => {
        const x1 = full.fpr[i + 1];
        if (x1 === undefined || x < x0 || x > x1) return false;
        const [y0, y1] = [full.tpr[i], full.tpr[i + 1]];
        if (x1 === x0) return y >= Math.min(y0, y1) - 1e-12 && y <= Math.max(y0, y1) + 1e-12;
        return Math.abs(y0 + ((y1 - y0) * (x - x0)) / (x1 - x0) - y) < 1e-12;
      });
      expect(onCurve).toBe(true);
    });
  });
});
