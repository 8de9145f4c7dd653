/**
 * trainLogistic and trainRidge against scikit-learn 1.2 (fixtures/linear-reference.json, written by
 * make-linear-reference.py from the fixture CSVs): run to convergence, the coefficients equal
 * scikit-learn's (logistic to 1e-4, ridge to 1e-9, relative); with the default parameters the
 * held-out accuracy or r² is within 0.01 of scikit-learn's. The design matrices are built here the
 * way the script builds them (see its docstring).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../shared/runtime/errors.js';
import {
  LOGISTIC_DEFAULTS,
  RIDGE_DEFAULTS,
  trainLogistic,
  trainRidge,
  type LogisticParams
} from '../../shared/train/linear.js';
import type { DesignMatrix, LinearPredictor } from '../../shared/train/model-types.js';
import { FIXTURES, fixtureDesign, mean } from './fixture-design.js';

interface LogisticFit {
  readonly coef: number[][];
  readonly intercept: number[];
  readonly n_iter: number;
  readonly accuracy: number;
}
interface RidgeFit {
  readonly coef: number[];
  readonly intercept: number;
  readonly r2: number;
}
interface Reference {
  readonly logistic: Record<
    string,
    {
      readonly columns: string[];
      readonly classes: number;
      readonly train_mean_of_design: number[];
      readonly default: LogisticFit;
      /** Keyed by C; run with tol 1e-10 and max_iter 10000. */
      readonly converged: Record<string, LogisticFit>;
    }
  >;
  readonly ridge: Record<
    string,
    {
      readonly target: string;
      readonly columns: string[];
      readonly fits: Record<string, RidgeFit>;
      readonly least_squares: { readonly coef: number[]; readonly intercept: number };
      readonly singular_at_zero: boolean;
    }
  >;
}

const REFERENCE = JSON.parse(readFileSync(`${FIXTURES}linear-reference.json`, 'utf8')) as Reference;

/** Class codes: the index of each label among the sorted train labels (scikit-learn's `classes_`). */
function codesOf(train: Float64Array, labels: Float64Array): Float64Array {
  const classes = [...new Set(train)].sort((a, b) => a - b);
  return labels.map((label) => classes.indexOf(label));
}

function scores(model: LinearPredictor, matrix: DesignMatrix, row: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < model.outputs; k++) {
    let z = model.intercepts[k];
    for (let j = 0; j < model.features; j++) {
      z += model.coefficients[k * model.features + j] * matrix.values[row * matrix.cols + j];
    }
    out.push(z);
  }
  return out;
}

function accuracy(model: LinearPredictor, matrix: DesignMatrix, codes: Float64Array): number {
  let correct = 0;
  for (let i = 0; i < matrix.rows; i++) {
    const z = scores(model, matrix, i);
    const predicted = z.length === 1 ? Number(z[0] > 0) : z.indexOf(Math.max(...z));
    if (predicted === codes[i]) correct++;
  }
  return correct / matrix.rows;
}

function r2(model: LinearPredictor, matrix: DesignMatrix, target: Float64Array): number {
  const center = mean(target);
  let residual = 0;
  let total = 0;
  for (let i = 0; i < matrix.rows; i++) {
    residual += (target[i] - scores(model, matrix, i)[0]) ** 2;
    total += (target[i] - center) ** 2;
  }
  return 1 - residual / total;
}

/** max |actual − expected| / max |expected|: the error relative to the vector's scale. */
function relativeError(actual: ArrayLike<number>, expected: readonly number[]): number {
  expect(actual.length).toBe(expected.length);
  let error = 0;
  let scale = 0;
  expected.forEach((value, i) => {
    error = Math.max(error, Math.abs(actual[i] - value));
    scale = Math.max(scale, Math.abs(value));
  });
  return error / scale;
}

const CONVERGED: LogisticParams = { C: 1, maxIter: 10000, tol: 1e-10 };

describe('trainLogistic', () => {
  const datasets = Object.keys(REFERENCE.logistic);

  it('has reference data for binary and multinomial problems', () => {
    expect(datasets).toEqual(['breast-cancer', 'wine', 'digits', 'mixed']);
    expect(datasets.map((name) => REFERENCE.logistic[name].classes)).toEqual([2, 3, 10, 2]);
  });

  describe.each(datasets)('%s', (name) => {
    const reference = REFERENCE.logistic[name];
    const data = fixtureDesign(name, 'label', 'standardise');

    it('builds the same design matrix as the reference script', async () => {
      const { columns, train } = await data;
      expect(columns).toEqual(reference.columns);
      const means = columns.map((_, j) => {
        let sum = 0;
        for (let i = 0; i < train.rows; i++) sum += train.values[i * train.cols + j];
        return sum / train.rows;
      });
      means.forEach((value, j) => {
        expect(value).toBeCloseTo(reference.train_mean_of_design[j], 12);
      });
    });

    it.each(Object.keys(reference.converged))(
      'run to convergence with C = %s, equals scikit-learn to 1e-4',
      async (C) => {
        const { train, trainTarget } = await data;
        const codes = codesOf(trainTarget, trainTarget);
        const expected = reference.converged[C];
        const model = trainLogistic(train, codes, reference.classes, { ...CONVERGED, C: Number(C) });
        const outputs = reference.classes === 2 ? 1 : reference.classes;
        expect(model).toMatchObject({ kind: 'linear', outputs, features: train.cols });
        expect(relativeError(model.coefficients, expected.coef.flat())).toBeLessThan(1e-4);
        expect(relativeError(model.intercepts, expected.intercept)).toBeLessThan(1e-4);
      }
    );

    it('with the default parameters, scores within 0.01 of scikit-learn on the test set', async () => {
      const { train, test, trainTarget, testTarget } = await data;
      const model = trainLogistic(
        train,
        codesOf(trainTarget, trainTarget),
        reference.classes,
        LOGISTIC_DEFAULTS
      );
      const score = accuracy(model, test, codesOf(trainTarget, testTarget));
      expect(Math.abs(score - reference.default.accuracy)).toBeLessThanOrEqual(0.01);
    });
  });

  it('uses scikit-learn defaults', () => {
    expect(LOGISTIC_DEFAULTS).toEqual({ C: 1, maxIter: 100, tol: 1e-4 });
  });

  it('stops at maxIter: a short run differs from the converged one', async () => {
    const { train, trainTarget } = await fixtureDesign('digits', 'label', 'standardise');
    const codes = codesOf(trainTarget, trainTarget);
    const short = trainLogistic(train, codes, 10, { ...CONVERGED, maxIter: 3 });
    const expected = REFERENCE.logistic.digits.converged['1.0'].coef.flat();
    expect(relativeError(short.coefficients, expected)).toBeGreaterThan(0.1);
  });

  it('is deterministic to the bit', async () => {
    const { train, trainTarget } = await fixtureDesign('wine', 'label', 'standardise');
    const codes = codesOf(trainTarget, trainTarget);
    const a = trainLogistic(train, codes, 3, LOGISTIC_DEFAULTS);
    const b = trainLogistic(train, codes, 3, LOGISTIC_DEFAULTS);
    expect(Buffer.from(a.coefficients.buffer)).toEqual(Buffer.from(b.coefficients.buffer));
    expect(Buffer.from(a.intercepts.buffer)).toEqual(Buffer.from(b.intercepts.buffer));
  });

  it('rejects invalid parameters and class codes', () => {
    const matrix: DesignMatrix = { rows: 2, cols: 1, values: Float64Array.of(-1, 1) };
    const codes = Float64Array.of(0, 1);
    expect(() => trainLogistic(matrix, codes, 2, { ...LOGISTIC_DEFAULTS, C: 0 })).toThrow(ConfigurationError);
    expect(() => trainLogistic(matrix, codes, 2, { ...LOGISTIC_DEFAULTS, maxIter: 0 })).toThrow(
      ConfigurationError
    );
    expect(() => trainLogistic(matrix, codes, 2, { ...LOGISTIC_DEFAULTS, tol: -1 })).toThrow(
      ConfigurationError
    );
    expect(() => trainLogistic(matrix, Float64Array.of(0, 2), 2, LOGISTIC_DEFAULTS)).toThrow(RangeError);
    expect(() => trainLogistic(matrix, Float64Array.of(0), 2, LOGISTIC_DEFAULTS)).toThrow(RangeError);
  });
});

describe('trainRidge', () => {
  it('has reference data for both data sets', () => {
    expect(Object.keys(REFERENCE.ridge)).toEqual(['diabetes', 'mixed']);
  });

  describe.each(Object.keys(REFERENCE.ridge))('%s', (name) => {
    const reference = REFERENCE.ridge[name];
    const data = fixtureDesign(name, reference.target, 'standardise');
    const alphas = Object.keys(reference.fits).filter((alpha) => Number(alpha) > 0);

    it.each(alphas)('alpha = %s: coefficients equal scikit-learn to 1e-9, r² within 0.01', async (alpha) => {
      const { columns, train, test, trainTarget, testTarget } = await data;
      expect(columns).toEqual(reference.columns);
      const expected = reference.fits[alpha];
      const model = trainRidge(train, trainTarget, { alpha: Number(alpha) });
      expect(model).toMatchObject({ kind: 'linear', outputs: 1, features: train.cols });
      expect(relativeError(model.coefficients, expected.coef)).toBeLessThan(1e-9);
      expect(relativeError(model.intercepts, [expected.intercept])).toBeLessThan(1e-9);
      expect(Math.abs(r2(model, test, testTarget) - expected.r2)).toBeLessThan(0.01);
    });
  });

  it('alpha = 0 on collinear columns (a full one-hot encoding): the minimum-norm least-squares fit', async () => {
    // scikit-learn's Ridge meant to fall back to its SVD solver here, but LAPACK did not flag the
    // matrix, so its coefficients are one arbitrary point of the solution set; LinearRegression's are
    // the minimum-norm one. The predictions, and so r², agree.
    const reference = REFERENCE.ridge.mixed;
    expect(reference.singular_at_zero).toBe(true);
    const { train, test, trainTarget, testTarget } = await fixtureDesign(
      'mixed',
      reference.target,
      'standardise'
    );
    const model = trainRidge(train, trainTarget, { alpha: 0 });
    expect(relativeError(model.coefficients, reference.least_squares.coef)).toBeLessThan(1e-9);
    expect(relativeError(model.intercepts, [reference.least_squares.intercept])).toBeLessThan(1e-9);
    expect(Math.abs(r2(model, test, testTarget) - reference.fits['0.0'].r2)).toBeLessThan(1e-9);
  });

  it('alpha = 0 on independent columns: ordinary least squares', async () => {
    const reference = REFERENCE.ridge.diabetes;
    expect(reference.singular_at_zero).toBe(false);
    const { train, trainTarget } = await fixtureDesign('diabetes', reference.target, 'standardise');
    const model = trainRidge(train, trainTarget, { alpha: 0 });
    expect(relativeError(model.coefficients, reference.least_squares.coef)).toBeLessThan(1e-9);
  });

  it('uses the scikit-learn default and rejects a negative alpha', () => {
    expect(RIDGE_DEFAULTS).toEqual({ alpha: 1 });
    const matrix: DesignMatrix = { rows: 2, cols: 1, values: Float64Array.of(-1, 1) };
    expect(() => trainRidge(matrix, Float64Array.of(0, 1), { alpha: -1 })).toThrow(ConfigurationError);
  });
});
