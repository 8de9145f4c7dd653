/**
 * Distribution distances between a reference and a current sample, as Evidently's stat tests
 * compute them (`psi.py`, `jensenshannon.py`, `wasserstein_distance_norm.py`).
 */
import { CompensatedSum } from '../stats/summation.js';
import { binnedProportions, type BinOptions, type DriftInput } from './binning.js';
import { checkSorted } from './ks.js';

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, log, max, sqrt } = Math;

/**
 * Population Stability Index Σ (r − c)·ln(r / c) over Evidently's bins, empty bins filled
 * (`feel_zeroes`).
 */
export function psi(ref: DriftInput, cur: DriftInput, options: BinOptions = {}): number {
  const { reference, current } = binnedProportions(ref, cur, { ...options, feelZeroes: true });
  const sum = new CompensatedSum();
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i];
    const c = current[i];
    sum.add((r - c) * log(r / c));
  }
  return sum.value;
}

/** scipy `special.rel_entr(x, y)` for x, y ≥ 0. */
function relativeEntropy(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Infinity;
  return x * log(x / y);
}

/**
 * Jensen–Shannon distance (natural log): scipy `spatial.distance.jensenshannon(ref_percents,
 * cur_percents)` over Evidently's bins without zero filling — √((KL(p‖m) + KL(q‖m)) / 2), m = (p + q)/2,
 * after normalising p and q to sum to 1.
 */
export function jensenShannon(ref: DriftInput, cur: DriftInput, options: BinOptions = {}): number {
  const { reference, current } = binnedProportions(ref, cur, { ...options, feelZeroes: false });
  let sumP = 0;
  let sumQ = 0;
  for (let i = 0; i < reference.length; i++) {
    sumP += reference[i];
    sumQ += current[i];
  }
  const left = new CompensatedSum();
  const right = new CompensatedSum();
  for (let i = 0; i < reference.length; i++) {
    const p = reference[i] / sumP;
    const q = current[i] / sumQ;
    const m = (p + q) / 2;
    left.add(relativeEntropy(p, m));
    right.add(relativeEntropy(q, m));
  }
  return sqrt((left.value + right.value) / 2);
}

/**
 * First Wasserstein distance between the empirical distributions of ascending `ref` and `cur`:
 * scipy `stats.wasserstein_distance(ref, cur)` = ∫ |F_ref − F_cur|.
 * @throws RangeError when a sample is empty, unsorted or holds NaN.
 */
export function wasserstein(ref: Float64Array, cur: Float64Array): number {
  checkSorted(ref, 'wasserstein: reference');
  checkSorted(cur, 'wasserstein: current');
  const n1 = ref.length;
  const n2 = cur.length;
  const sum = new CompensatedSum();
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && ref[i] <= cur[j]) ? ref[i] : cur[j];
    while (i < n1 && ref[i] <= x) i++;
    while (j < n2 && cur[j] <= x) j++;
    if (i === n1 && j === n2) break;
    const next = j >= n2 || (i < n1 && ref[i] <= cur[j]) ? ref[i] : cur[j];
    sum.add(abs(i / n1 - j / n2) * (next - x));
  }
  return sum.value;
}

/** numpy `np.std(values)` (ddof = 0), two-pass. */
function populationStd(values: Float64Array): number {
  const sum = new CompensatedSum();
  for (const v of values) sum.add(v);
  const mean = sum.value / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return sqrt(squares / values.length);
}

/**
 * Evidently's normed Wasserstein distance: `wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)`
 * (np.std with ddof = 0; the floor avoids dividing by a zero spread).
 */
export function wassersteinNormed(ref: Float64Array, cur: Float64Array): number {
  const distance = wasserstein(ref, cur);
  return distance / max(populationStd(ref), 0.001);
}
