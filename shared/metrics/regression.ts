/**
 * Regression metrics as scikit-learn 1.2 computes them (sklearn/metrics/_regression.py), single
 * output, no sample weights. Sums are compensated (Neumaier), so they are at least as accurate as
 * numpy's pairwise sums.
 */
import { selectRanks } from '../stats/select.js';
import type { Outcome, RegressionInput } from './types.js';

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, sqrt } = Math;

/** np.finfo(np.float64).eps, mean_absolute_percentage_error's floor on |y_true|. */
const MAPE_EPS = Number.EPSILON;

export const R2_TOO_FEW = 'R^2 score is not well-defined with less than two samples.';

export interface RegressionView {
  readonly input: RegressionInput;
  /** Rows to use (null: all); repeats count every time. */
  readonly rows: Int32Array | null;
  readonly n: number;
}

/** mean_absolute_error */
export function mae(view: RegressionView): number {
  const { yTrue, yPred } = view.input;
  const { rows } = view;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < view.n; i++) {
    const r = rows === null ? i : rows[i];
    const x = abs(yTrue[r] - yPred[r]);
    const t = sum + x;
    compensation += sum >= x ? sum - t + x : x - t + sum;
    sum = t;
  }
  return (sum + compensation) / view.n;
}

/** mean_squared_error */
export function mse(view: RegressionView): number {
  const { yTrue, yPred } = view.input;
  const { rows } = view;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < view.n; i++) {
    const r = rows === null ? i : rows[i];
    const d = yTrue[r] - yPred[r];
    const x = d * d;
    const t = sum + x;
    compensation += sum >= x ? sum - t + x : x - t + sum;
    sum = t;
  }
  return (sum + compensation) / view.n;
}

/** mean_squared_error(squared=False) = sqrt(mse) (sklearn 1.2 has no root_mean_squared_error yet). */
export function rmse(view: RegressionView): number {
  return sqrt(mse(view));
}

/** mean_absolute_percentage_error: mean of |y_pred − y_true| / max(|y_true|, eps), a fraction. */
export function mape(view: RegressionView): number {
  const { yTrue, yPred } = view.input;
  const { rows } = view;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < view.n; i++) {
    const r = rows === null ? i : rows[i];
    const t0 = abs(yTrue[r]);
    const x = abs(yPred[r] - yTrue[r]) / (t0 > MAPE_EPS ? t0 : MAPE_EPS);
    const t = sum + x;
    compensation += sum >= x ? sum - t + x : x - t + sum;
    sum = t;
  }
  return (sum + compensation) / view.n;
}

/** max_error: the largest absolute error. */
export function maxError(view: RegressionView): number {
  const { yTrue, yPred } = view.input;
  let max = 0;
  for (let i = 0; i < view.n; i++) {
    const r = view.rows === null ? i : view.rows[i];
    const e = abs(yTrue[r] - yPred[r]);
    if (e > max) max = e;
  }
  return max;
}

/** median_absolute_error: np.median(|y_pred − y_true|), the mean of the middle two for even n. */
export function medianAbsoluteError(view: RegressionView): number {
  const { yTrue, yPred } = view.input;
  const n = view.n;
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = view.rows === null ? i : view.rows[i];
    errors[i] = abs(yPred[r] - yTrue[r]);
  }
  const half = n >> 1;
  if (n % 2 === 1) {
    selectRanks(errors, [half]);
    return errors[half];
  }
  selectRanks(errors, [half - 1, half]);
  return (errors[half - 1] + errors[half]) / 2;
}

/**
 * sklearn's `_assemble_r2_explained_variance` with force_finite=True: 1 − num/den, except 1.0 when
 * the numerator is zero (perfect predictions, even with a constant y_true) and 0.0 when only the
 * denominator is zero (constant y_true, imperfect predictions).
 */
function assemble(numerator: number, denominator: number): number {
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}

/** What r2 and explained_variance need from one pass: compensated sums and constancy tests. */
interface Sums {
  /** Σ (y − ŷ)² */
  readonly squaredErrors: number;
  /** Σ y */
  readonly truth: number;
  /** Σ (y − ŷ) */
  readonly residuals: number;
  readonly constantTruth: boolean;
  readonly constantResidual: boolean;
}

function sums(view: RegressionView): Sums {
  const { yTrue, yPred } = view.input;
  const { rows } = view;
  const first = rows === null ? 0 : rows[0];
  const t0 = yTrue[first];
  const e0 = yTrue[first] - yPred[first];
  let sse = 0;
  let sseC = 0;
  let st = 0;
  let stC = 0;
  let se = 0;
  let seC = 0;
  let constantTruth = true;
  let constantResidual = true;
  for (let i = 0; i < view.n; i++) {
    const r = rows === null ? i : rows[i];
    const y = yTrue[r];
    const e = y - yPred[r];
    const q = e * e;
    let t = sse + q;
    sseC += sse >= q ? sse - t + q : q - t + sse;
    sse = t;
    t = st + y;
    stC += abs(st) >= abs(y) ? st - t + y : y - t + st;
    st = t;
    t = se + e;
    seC += abs(se) >= abs(e) ? se - t + e : e - t + se;
    se = t;
    if (y !== t0) constantTruth = false;
    if (e !== e0) constantResidual = false;
  }
  return {
    squaredErrors: sse + sseC,
    truth: st + stC,
    residuals: se + seC,
    constantTruth,
    constantResidual
  };
}

/** Σ (v − mean)² over the view's rows, v = y_true (residual false) or y_true − y_pred (true). */
function centredSquares(view: RegressionView, mean: number, residual: boolean): number {
  const { yTrue, yPred } = view.input;
  const { rows } = view;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < view.n; i++) {
    const r = rows === null ? i : rows[i];
    const d = (residual ? yTrue[r] - yPred[r] : yTrue[r]) - mean;
    const x = d * d;
    const t = sum + x;
    compensation += sum >= x ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/**
 * r2_score: 1 − Σ(y − ŷ)² / Σ(y − ȳ)², NaN (undefined here) below two samples. A constant y_true
 * is detected exactly and its denominator is 0; numpy can leave a rounding residue there (its mean of
 * n copies of 0.1 is not 0.1), which sklearn then divides by.
 */
export function r2(view: RegressionView): Outcome {
  if (view.n < 2) return { value: null, reason: R2_TOO_FEW };
  const s = sums(view);
  if (s.constantTruth) return { value: assemble(s.squaredErrors, 0) };
  return { value: assemble(s.squaredErrors, centredSquares(view, s.truth / view.n, false)) };
}

/**
 * explained_variance_score: 1 − Var(y − ŷ) / Var(y) (population variances, as np.average). Defined
 * for a single row (0/0 → 1.0). Constant residuals and a constant y_true are detected exactly, as in r2.
 */
export function explainedVariance(view: RegressionView): Outcome {
  const n = view.n;
  const s = sums(view);
  const numerator = s.constantResidual ? 0 : centredSquares(view, s.residuals / n, true) / n;
  const denominator = s.constantTruth ? 0 : centredSquares(view, s.truth / n, false) / n;
  return { value: assemble(numerator, denominator) };
}

/** One regression metric on a view with at least one row. */
export function regressionOutcome(name: string, view: RegressionView): Outcome {
  switch (name) {
    case 'mae':
      return { value: mae(view) };
    case 'mse':
      return { value: mse(view) };
    case 'rmse':
      return { value: rmse(view) };
    case 'r2':
      return r2(view);
    case 'mape':
      return { value: mape(view) };
    case 'median_absolute_error':
      return { value: medianAbsoluteError(view) };
    case 'explained_variance':
      return explainedVariance(view);
    case 'max_error':
      return { value: maxError(view) };
    default:
      throw new Error(`regressionOutcome: no regression metric \`${name}\``);
  }
}
