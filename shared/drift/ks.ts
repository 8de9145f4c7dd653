/**
 * Two-sample Kolmogorov–Smirnov test, ported from scipy 1.10 `scipy.stats.ks_2samp` (two-sided,
 * method 'auto') and its helpers in `scipy/stats/_stats_py.py` (`_attempt_exact_2kssamp`,
 * `_compute_prob_outside_square`) and `scipy/stats/_stats_pythran.py`
 * (`_compute_outer_prob_inside_method`, Viehmann 2021's recursion for 1 − p, arXiv:2102.08037).
 * Exact p-values (Hodges 1958) when both samples have at most 10,000 values; otherwise the
 * asymptotic one, `kstwo.sf(d, round(n·m/(n+m)))`.
 */
import { kolmogornSf } from './kolmogorov.js';

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, ceil, floor, max, min, round } = Math;

export interface KsResult {
  /** sup |F_ref − F_cur| (for the exact method, rounded to the lattice h / lcm(n, m) as scipy does). */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymp';
}

/** scipy's MAX_AUTO_N: 'auto' tries the exact distribution when both sizes are at most this. */
const MAX_AUTO_N = 10_000;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** numpy's round-half-to-even. */
function roundHalfEven(x: number): number {
  const r = round(x);
  return abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Throws unless `values` is non-empty, NaN-free and ascending. */
export function checkSorted(values: Float64Array, what: string): void {
  if (values.length === 0) throw new RangeError(`${what}: no values`);
  let previous = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) throw new RangeError(`${what}: value ${i} is NaN`);
    if (v < previous)
      throw new RangeError(`${what}: values must be sorted ascending (value ${i} = ${v} < ${previous})`);
    previous = v;
  }
}

/** Pr(D_{n,n} ≥ h/n), scipy `_compute_prob_outside_square`. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** Proportion of lattice paths leaving |x/m − y/n| < h/lcm (scipy `_compute_outer_prob_inside_method`). */
function outerProbInside(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = min(ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const A = new Float64Array(min(2 * maxj + 2, n + 1)).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = min(max(floor((ng * i - h) / mg) + 1, 0), n);
    maxj = min(ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

/**
 * The two-sided two-sample KS test of ascending samples `ref` and `cur`: scipy
 * `stats.ks_2samp(ref, cur)` (statistic, p-value and the method 'auto' picked).
 * @throws RangeError when a sample is empty, unsorted or holds NaN.
 */
export function ks2samp(ref: Float64Array, cur: Float64Array): KsResult {
  checkSorted(ref, 'ks2samp: reference');
  checkSorted(cur, 'ks2samp: current');
  const n1 = ref.length;
  const n2 = cur.length;
  // max and −min of cdf1 − cdf2 over every value of either sample (scipy evaluates the ECDFs with
  // searchsorted 'right' at data_all; both are constant between values, so a merge walk suffices).
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let minDiff = Infinity;
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && ref[i] <= cur[j]) ? ref[i] : cur[j];
    while (i < n1 && ref[i] <= x) i++;
    while (j < n2 && cur[j] <= x) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = min(1, max(0, -minDiff));
  let d = minS > maxS ? minS : maxS;
  const g = gcd(n1, n2);
  let method: 'exact' | 'asymp' = max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
  let pValue = Number.NaN;
  if (method === 'exact') {
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) {
      pValue = 1;
    } else {
      pValue = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
      // scipy falls back to the asymptotic distribution when rounding breaks the exact computation.
      if (!(pValue >= 0 && pValue <= 1)) method = 'asymp';
    }
  }
  if (method === 'asymp') {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    pValue = kolmogornSf(roundHalfEven(en), d);
  }
  return { statistic: d, pValue: min(1, max(0, pValue)), method };
}
