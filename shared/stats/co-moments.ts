/**
 * A mergeable accumulator of co-moments, for Pearson's correlation.
 */
import { addToSplit, CompensatedSum } from './summation.js';

/** Single pairs are buffered and summarised this many at a time (see `Moments`). */
const PENDING = 256;

/** The serialisable state of `CoMoments`. */
export interface CoMomentsState {
  readonly count: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Rounding errors of the means (see `MomentsState.meanError`); 0 when absent. */
  readonly meanXError?: number;
  readonly meanYError?: number;
  /** Σ (x − x̄)² */
  readonly m2x: number;
  /** Σ (y − ȳ)² */
  readonly m2y: number;
  /** Σ (x − x̄)(y − ȳ) */
  readonly cxy: number;
}

/**
 * Co-moments of paired finite values, for Pearson's correlation ("correlation between" expectations).
 * Mergeable like `Moments` (Pébay 2008 eq. 3.1).
 */
export class CoMoments implements CoMomentsState {
  private n = 0;
  private mx = 0;
  private mxLo = 0;
  private my = 0;
  private myLo = 0;
  private sxx = 0;
  private syy = 0;
  private sxy = 0;
  private readonly pendingX = new Float64Array(PENDING);
  private readonly pendingY = new Float64Array(PENDING);
  private pendingCount = 0;

  static from(state: CoMomentsState): CoMoments {
    const co = new CoMoments();
    co.merge(state);
    return co;
  }

  get count(): number {
    this.flush();
    return this.n;
  }

  get meanX(): number {
    this.flush();
    return this.mx;
  }

  get meanY(): number {
    this.flush();
    return this.my;
  }

  get meanXError(): number {
    this.flush();
    return this.mxLo;
  }

  get meanYError(): number {
    this.flush();
    return this.myLo;
  }

  /** Σ (x − x̄)² */
  get m2x(): number {
    this.flush();
    return this.sxx;
  }

  /** Σ (y − ȳ)² */
  get m2y(): number {
    this.flush();
    return this.syy;
  }

  /** Σ (x − x̄)(y − ȳ) */
  get cxy(): number {
    this.flush();
    return this.sxy;
  }

  /** Adds one pair of finite values (buffered, then summarised like `addAll`). */
  add(x: number, y: number): void {
    this.pendingX[this.pendingCount] = x;
    this.pendingY[this.pendingCount++] = y;
    if (this.pendingCount === PENDING) this.flush();
  }

  private flush(): void {
    const count = this.pendingCount;
    if (count === 0) return;
    this.pendingCount = 0;
    this.addAll(this.pendingX.subarray(0, count), this.pendingY.subarray(0, count));
  }

  /**
   * Adds the pairs (xs[i], ys[i]) whose both sides are finite, summarised in two passes and merged.
   * @throws RangeError when the arrays differ in length.
   */
  addAll(xs: ArrayLike<number>, ys: ArrayLike<number>): void {
    if (xs.length !== ys.length) {
      throw new RangeError(`CoMoments.addAll: ${xs.length} x values but ${ys.length} y values`);
    }
    const sx = new CompensatedSum();
    const sy = new CompensatedSum();
    let n = 0;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const y = ys[i];
      if (x - x === 0 && y - y === 0) {
        sx.add(x);
        sy.add(y);
        n++;
      }
    }
    if (n === 0) return;
    const meanX = sx.value / n;
    const meanY = sy.value / n;
    let sdx = 0;
    let sdy = 0;
    let m2x = 0;
    let m2y = 0;
    let cxy = 0;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const y = ys[i];
      if (x - x === 0 && y - y === 0) {
        const dx = x - meanX;
        const dy = y - meanY;
        sdx += dx;
        sdy += dy;
        m2x += dx * dx;
        m2y += dy * dy;
        cxy += dx * dy;
      }
    }
    // Corrected two-pass (see `Moments.addAll`): remove what the rounded means left in the sums.
    const ex = sdx / n;
    const ey = sdy / n;
    this.merge({
      count: n,
      meanX,
      meanXError: ex,
      meanY,
      meanYError: ey,
      m2x: Math.max(m2x - sdx * ex, 0),
      m2y: Math.max(m2y - sdy * ey, 0),
      cxy: cxy - sdx * ey
    });
  }

  merge(other: CoMomentsState): void {
    const nb = other.count;
    if (nb === 0) return;
    this.flush();
    const na = this.n;
    if (na === 0) {
      this.n = nb;
      [this.mx, this.mxLo] = addToSplit(other.meanX, 0, other.meanXError ?? 0);
      [this.my, this.myLo] = addToSplit(other.meanY, 0, other.meanYError ?? 0);
      this.sxx = other.m2x;
      this.syy = other.m2y;
      this.sxy = other.cxy;
      return;
    }
    const n = na + nb;
    const dx = other.meanX - this.mx + ((other.meanXError ?? 0) - this.mxLo);
    const dy = other.meanY - this.my + ((other.meanYError ?? 0) - this.myLo);
    const f = (na * nb) / n;
    this.sxx += other.m2x + dx * dx * f;
    this.syy += other.m2y + dy * dy * f;
    this.sxy += other.cxy + dx * dy * f;
    [this.mx, this.mxLo] = addToSplit(this.mx, this.mxLo, (dx * nb) / n);
    [this.my, this.myLo] = addToSplit(this.my, this.myLo, (dy * nb) / n);
    this.n = n;
  }

  /**
   * Pearson's r as pandas `Series.corr()` (numpy `corrcoef`: cov / (σx·σy), clipped to [−1, 1]); null
   * with fewer than 2 pairs or a constant side, where numpy returns NaN.
   */
  correlation(): number | null {
    this.flush();
    if (this.n < 2 || this.sxx <= 0 || this.syy <= 0) return null;
    const r = this.sxy / Math.sqrt(this.sxx) / Math.sqrt(this.syy);
    return Math.min(1, Math.max(-1, r));
  }

  toJSON(): CoMomentsState {
    this.flush();
    return {
      count: this.n,
      meanX: this.mx,
      meanXError: this.mxLo,
      meanY: this.my,
      meanYError: this.myLo,
      m2x: this.sxx,
      m2y: this.syy,
      cxy: this.sxy
    };
  }
}
