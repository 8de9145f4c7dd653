/**
 * Mergeable accumulators of moments: exact enough, whatever the order, to shard a data set over a job
 * matrix and merge the pieces (DESIGN.md "Scale").
 */
import { addToSplit, CompensatedSum } from './summation.js';

/** Single values are buffered and summarised this many at a time. */
const PENDING = 256;

/** The serialisable state of `Moments` (for shipping shard results between jobs). */
export interface MomentsState {
  readonly count: number;
  readonly mean: number;
  /**
   * The rounding error of `mean` (the exact mean is mean + meanError): keeps merges of shards with a
   * large mean and a small spread exact. 0 when absent.
   */
  readonly meanError?: number;
  /** Σ (x − mean)² */
  readonly m2: number;
  /** Σ (x − mean)³ */
  readonly m3: number;
}

/**
 * Count, mean and the central sums M2 = Σ(x − x̄)², M3 = Σ(x − x̄)³ of a stream of finite values.
 * Values are summarised in two passes per array (like pandas, plus a rounding correction; single
 * values are buffered into small arrays first) and summaries merged with Pébay's pairwise formulas
 * (Pébay 2008, "Formulas for robust, one-pass parallel computation of covariances and arbitrary-order
 * statistical moments", eqs. 2.1–2.3), which is also how shards merge. Welford-style one-value updates
 * were not accurate enough: with a mean of 1e9 and a spread of 1 they lose 1e-8 of the variance.
 */
export class Moments implements MomentsState {
  private n = 0;
  /** The mean as an unevaluated sum muHi + muLo (double-double), so merges do not round it. */
  private muHi = 0;
  private muLo = 0;
  private sum2 = 0;
  private sum3 = 0;
  private readonly pending = new Float64Array(PENDING);
  private pendingCount = 0;

  static from(state: MomentsState): Moments {
    const moments = new Moments();
    moments.merge(state);
    return moments;
  }

  get count(): number {
    this.flush();
    return this.n;
  }

  get mean(): number {
    this.flush();
    return this.muHi;
  }

  get meanError(): number {
    this.flush();
    return this.muLo;
  }

  /** Σ (x − mean)² */
  get m2(): number {
    this.flush();
    return this.sum2;
  }

  /** Σ (x − mean)³ */
  get m3(): number {
    this.flush();
    return this.sum3;
  }

  /** Adds one finite value. */
  add(x: number): void {
    this.pending[this.pendingCount++] = x;
    if (this.pendingCount === PENDING) this.flush();
  }

  private flush(): void {
    const count = this.pendingCount;
    if (count === 0) return;
    this.pendingCount = 0;
    this.addAll(this.pending.subarray(0, count));
  }

  /**
   * Adds every value of `values` (all must be finite) with a corrected two-pass summary of the array
   * (Chan, Golub & LeVeque 1983): the second pass also sums the deviations from the rounded mean and
   * corrects M2 and M3 for them, which keeps full precision for data with a large mean and a small
   * spread (where pandas' plain two-pass loses digits to its rounded mean).
   */
  addAll(values: ArrayLike<number>): void {
    const n = values.length;
    if (n === 0) return;
    const sum = new CompensatedSum();
    for (let i = 0; i < n; i++) sum.add(values[i]);
    const shift = sum.value / n;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i++) {
      const d = values[i] - shift;
      const d2 = d * d;
      s1 += d;
      s2 += d2;
      s3 += d2 * d;
    }
    this.mergeShifted(n, shift, s1, s2, s3);
  }

  /**
   * Merges `count` values summarised by the power sums s1 = Σd, s2 = Σd², s3 = Σd³ of their deviations
   * d = x − shift from any shift close to their mean.
   */
  mergeShifted(count: number, shift: number, s1: number, s2: number, s3: number): void {
    if (count === 0) return;
    const e = s1 / count;
    const m2 = s2 - s1 * e;
    const m3 = s3 - 3 * s2 * e + 2 * s1 * e * e;
    this.mergeSplit(count, shift, e, Math.max(m2, 0), m3);
  }

  merge(other: MomentsState): void {
    this.mergeSplit(other.count, other.mean, other.meanError ?? 0, other.m2, other.m3);
  }

  /** Merges a summary of `count` values with the given mean and central sums. */
  mergeState(count: number, mean: number, m2: number, m3: number): void {
    this.mergeSplit(count, mean, 0, m2, m3);
  }

  /**
   * Pébay's merge with the incoming mean given as meanHi + meanLo. Keeping both means unrounded
   * matters for M3, whose merge term 3·δ/n·(nₐ·M2_b − n_b·M2ₐ) is linear in the difference of the
   * means: rounding a mean of 1e9 to its ulp at every batch costs 1e-6 of the skewness.
   */
  private mergeSplit(count: number, meanHi: number, meanLo: number, m2: number, m3: number): void {
    if (count === 0) return;
    this.flush();
    const na = this.n;
    if (na === 0) {
      this.n = count;
      [this.muHi, this.muLo] = addToSplit(meanHi, 0, meanLo);
      this.sum2 = m2;
      this.sum3 = m3;
      return;
    }
    const nb = count;
    const n = na + nb;
    const delta = meanHi - this.muHi + (meanLo - this.muLo);
    const deltaN = delta / n;
    this.sum3 += m3 + delta * deltaN * deltaN * na * nb * (na - nb) + 3 * deltaN * (na * m2 - nb * this.sum2);
    this.sum2 += m2 + delta * deltaN * na * nb;
    [this.muHi, this.muLo] = addToSplit(this.muHi, this.muLo, deltaN * nb);
    this.n = n;
  }

  /** Variance with `ddof` delta degrees of freedom (pandas' default ddof = 1); null when count ≤ ddof. */
  variance(ddof = 1): number | null {
    const count = this.count;
    if (count <= ddof) return null;
    return Math.max(this.sum2, 0) / (count - ddof);
  }

  /** Standard deviation, ddof = 1 like pandas `Series.std()`; null when fewer than 2 values. */
  std(ddof = 1): number | null {
    const variance = this.variance(ddof);
    return variance === null ? null : Math.sqrt(variance);
  }

  /**
   * Sample skewness exactly as pandas `Series.skew()` (pandas 1.5 `nanops.nanskew`): the adjusted
   * Fisher–Pearson coefficient n·√(n−1)/(n−2) · M3/M2^1.5 (scipy `skew(bias=False)`). Like pandas, M2 and
   * M3 below 1e-14 in absolute value count as floating-point noise and are zeroed, so a constant (or
   * numerically constant) column has skewness 0, not NaN. Null when fewer than 3 values.
   */
  skewness(): number | null {
    const n = this.count;
    if (n < 3) return null;
    const m2 = Math.abs(this.sum2) < 1e-14 ? 0 : this.sum2;
    const m3 = Math.abs(this.sum3) < 1e-14 ? 0 : this.sum3;
    if (m2 === 0) return 0;
    return ((n * (n - 1) ** 0.5) / (n - 2)) * (m3 / m2 ** 1.5);
  }

  toJSON(): MomentsState {
    this.flush();
    return { count: this.n, mean: this.muHi, meanError: this.muLo, m2: this.sum2, m3: this.sum3 };
  }
}
export { CoMoments } from './co-moments.js';
export type { CoMomentsState } from './co-moments.js';
