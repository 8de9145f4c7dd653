/**
 * An unbounded L-BFGS minimiser that follows scipy's L-BFGS-B (`scipy.optimize.minimize(method=
 * 'L-BFGS-B')`, the optimiser behind scikit-learn's `solver='lbfgs'`) step for step, so a model
 * trained here stops where scikit-learn's does: the same first step (1/‖g‖), the same Moré–Thuente
 * line search (MINPACK-2 `dcsrch`/`dcstep` with ftol 1e-3, gtol 0.9, xtol 0.1, at most `maxls`
 * evaluations), the same curvature test for skipping an update, the same restart when the line search
 * fails, and the same stopping tests in the same order (iteration limit, evaluation limit, projected
 * gradient, relative reduction of f). Without bounds L-BFGS-B's Cauchy point and subspace
 * minimisation reduce to the quasi-Newton step −Hg, computed here with the two-loop recursion.
 */

/** Writes ∇f(x) into `gradient` and returns f(x). */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Iteration limit (scipy `maxiter`). */
  readonly maxIter: number;
  /** Stop when max |∇f| ≤ gtol (scipy `gtol`). */
  readonly gtol: number;
  /** Stop when (f_old − f) ≤ ftol · max(|f_old|, |f|, 1); scipy's default (factr 1e7 × ε). */
  readonly ftol?: number;
  /** Correction pairs kept (scipy `maxcor`, default 10). */
  readonly memory?: number;
  /** Evaluations per line search (scipy `maxls`, default 20). */
  readonly maxLineSearch?: number;
  /** Evaluation limit (scipy `maxfun`, default 15000). */
  readonly maxEvaluations?: number;
}

export type LbfgsStatus =
  'gradient' | 'reduction' | 'max-iterations' | 'max-evaluations' | 'line-search-failed';

export interface LbfgsResult {
  readonly x: Float64Array;
  readonly f: number;
  readonly gradient: Float64Array;
  readonly iterations: number;
  readonly evaluations: number;
  readonly status: LbfgsStatus;
}

const EPS = 2.220446049250313e-16;
/** L-BFGS-B's step bound when there are no constraints. */
const STEP_MAX = 1e10;

/** Minimises `objective` from `x0` (left unchanged). */
export function minimizeLbfgs(objective: Objective, x0: Float64Array, options: LbfgsOptions): LbfgsResult {
  const n = x0.length;
  const m = options.memory ?? 10;
  const ftol = options.ftol ?? 1e7 * EPS;
  const maxLineSearch = options.maxLineSearch ?? 20;
  const maxEvaluations = options.maxEvaluations ?? 15000;

  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  const d = new Float64Array(n);
  const xOld = new Float64Array(n);
  const gOld = new Float64Array(n);
  const alpha = new Float64Array(m);
  const memory = new Memory(n, m);

  let f = objective(x, g);
  let evaluations = 1;
  let iterations = 0;
  const done = (status: LbfgsStatus): LbfgsResult => ({ x, f, gradient: g, iterations, evaluations, status });
  if (maxAbs(g) <= options.gtol) return done('gradient');

  for (;;) {
    memory.direction(g, d, alpha);
    const gdOld = dot(g, d);
    xOld.set(x);
    gOld.set(g);
    const fOld = f;
    let search: LineSearchOutcome | undefined;
    if (gdOld < 0) {
      // L-BFGS-B's first step is 1/‖d‖ (d = −g), later ones the full quasi-Newton step.
      const initial = iterations === 0 ? Math.min(1 / Math.sqrt(dot(d, d)), STEP_MAX) : 1;
      let last = Number.NaN;
      search = lineSearch(initial, fOld, gdOld, maxLineSearch, (step) => {
        // MINPACK may retry the step it just tried; x, f and g still hold it (scipy caches too).
        if (step !== last) {
          for (let i = 0; i < n; i++) x[i] = step * d[i] + xOld[i];
          f = objective(x, g);
          evaluations++;
          last = step;
        }
        return [f, dot(g, d)];
      });
    }
    if (search === undefined) {
      // An ascent direction or a failed line search: back to the previous point, then forget the
      // curvature pairs and retry along −g, or give up if that was already the direction.
      x.set(xOld);
      g.set(gOld);
      f = fOld;
      if (memory.size === 0) return done('line-search-failed');
      memory.reset();
      continue;
    }
    iterations++;
    // scipy's driver checks its limits on every new point before the optimiser's own tests.
    if (iterations >= options.maxIter) return done('max-iterations');
    if (evaluations > maxEvaluations) return done('max-evaluations');
    if (maxAbs(g) <= options.gtol) return done('gradient');
    if (fOld - f <= ftol * Math.max(Math.abs(fOld), Math.abs(f), 1)) return done('reduction');
    const { step, slope } = search;
    // s = step·d, y = g − g_old; s·y computed from the directional derivatives, as L-BFGS-B does.
    const sy = (slope - gdOld) * step;
    if (sy > EPS * -gdOld * step) memory.push(d, step, g, gOld, sy);
  }
}

/** The last `m` correction pairs (s, y) in a ring, with ρ = 1/(s·y) and the scaling θ = y·y/s·y. */
class Memory {
  private readonly s: Float64Array[];
  private readonly y: Float64Array[];
  private readonly rho: Float64Array;
  private head = 0;
  size = 0;
  private theta = 1;

  constructor(
    private readonly n: number,
    private readonly m: number
  ) {
    this.s = Array.from({ length: m }, () => new Float64Array(n));
    this.y = Array.from({ length: m }, () => new Float64Array(n));
    this.rho = new Float64Array(m);
  }

  reset(): void {
    this.head = 0;
    this.size = 0;
    this.theta = 1;
  }

  push(d: Float64Array, step: number, g: Float64Array, gOld: Float64Array, sy: number): void {
    const slot = (this.head + this.size) % this.m;
    if (this.size < this.m) this.size++;
    else this.head = (this.head + 1) % this.m;
    const s = this.s[slot];
    const y = this.y[slot];
    let yy = 0;
    for (let i = 0; i < this.n; i++) {
      s[i] = step * d[i];
      const yi = g[i] - gOld[i];
      y[i] = yi;
      yy += yi * yi;
    }
    this.rho[slot] = 1 / sy;
    this.theta = yy / sy;
  }

  /** d = −H·g by the two-loop recursion, with H₀ = I/θ. */
  direction(g: Float64Array, d: Float64Array, alpha: Float64Array): void {
    const { n, m } = this;
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = this.size - 1; k >= 0; k--) {
      const slot = (this.head + k) % m;
      const a = this.rho[slot] * dot(this.s[slot], d);
      alpha[slot] = a;
      const y = this.y[slot];
      for (let i = 0; i < n; i++) d[i] -= a * y[i];
    }
    const scale = 1 / this.theta;
    for (let i = 0; i < n; i++) d[i] *= scale;
    for (let k = 0; k < this.size; k++) {
      const slot = (this.head + k) % m;
      const b = this.rho[slot] * dot(this.y[slot], d);
      const s = this.s[slot];
      const c = alpha[slot] - b;
      for (let i = 0; i < n; i++) d[i] += c * s[i];
    }
  }
}

interface LineSearchOutcome {
  readonly step: number;
  /** ∇f · d at the accepted step. */
  readonly slope: number;
}

/**
 * Moré–Thuente line search (MINPACK-2 `dcsrch`) on φ(t) = f(x + t·d), with L-BFGS-B's constants.
 * `evaluate` moves to step t and returns [φ(t), φ'(t)]. Returns undefined when `maxEvaluations` were
 * not enough; the MINPACK warnings (rounding errors, xtol, step bounds) accept the current step, as
 * L-BFGS-B does.
 */
function lineSearch(
  initial: number,
  f0: number,
  g0: number,
  maxEvaluations: number,
  evaluate: (step: number) => readonly [number, number]
): LineSearchOutcome | undefined {
  const ftol = 1e-3;
  const gtol = 0.9;
  const xtol = 0.1;
  const stpmin = 0;
  const stpmax = STEP_MAX;
  const gtest = ftol * g0;
  let width = stpmax - stpmin;
  let width1 = width / 0.5;
  const state: StepState = { stx: 0, fx: f0, gx: g0, sty: 0, fy: f0, gy: g0, brackt: false };
  let stmin = 0;
  let stmax = initial + 4 * initial;
  let stage = 1;
  let stp = initial;
  for (let evaluation = 1; evaluation <= maxEvaluations; evaluation++) {
    const [f, g] = evaluate(stp);
    const ftest = f0 + stp * gtest;
    if (stage === 1 && f <= ftest && g >= 0) stage = 2;
    if (state.brackt && (stp <= stmin || stp >= stmax)) return { step: stp, slope: g };
    if (state.brackt && stmax - stmin <= xtol * stmax) return { step: stp, slope: g };
    if (stp === stpmax && f <= ftest && g <= gtest) return { step: stp, slope: g };
    if (stp === stpmin && (f > ftest || g >= gtest)) return { step: stp, slope: g };
    if (f <= ftest && Math.abs(g) <= gtol * -g0) return { step: stp, slope: g };

    if (stage === 1 && f <= state.fx && f > ftest) {
      // Step on the modified function ψ(t) = φ(t) − φ(0) − ftol·t·φ'(0) until it has a minimiser.
      const modified: StepState = {
        stx: state.stx,
        fx: state.fx - state.stx * gtest,
        gx: state.gx - gtest,
        sty: state.sty,
        fy: state.fy - state.sty * gtest,
        gy: state.gy - gtest,
        brackt: state.brackt
      };
      stp = cstep(modified, stp, f - stp * gtest, g - gtest, stmin, stmax);
      state.stx = modified.stx;
      state.sty = modified.sty;
      state.fx = modified.fx + modified.stx * gtest;
      state.fy = modified.fy + modified.sty * gtest;
      state.gx = modified.gx + gtest;
      state.gy = modified.gy + gtest;
      state.brackt = modified.brackt;
    } else {
      stp = cstep(state, stp, f, g, stmin, stmax);
    }
    if (state.brackt) {
      // Bisect when the interval did not shrink enough over the last two steps.
      if (Math.abs(state.sty - state.stx) >= 0.66 * width1) stp = state.stx + 0.5 * (state.sty - state.stx);
      width1 = width;
      width = Math.abs(state.sty - state.stx);
      stmin = Math.min(state.stx, state.sty);
      stmax = Math.max(state.stx, state.sty);
    } else {
      stmin = stp + 1.1 * (stp - state.stx);
      stmax = stp + 4 * (stp - state.stx);
    }
    stp = Math.min(Math.max(stp, stpmin), stpmax);
    if (state.brackt && (stp <= stmin || stp >= stmax || stmax - stmin <= xtol * stmax)) stp = state.stx;
  }
  return undefined;
}

/** The interval of uncertainty of the line search: best step x and the other end y. */
interface StepState {
  stx: number;
  fx: number;
  gx: number;
  sty: number;
  fy: number;
  gy: number;
  brackt: boolean;
}

/** MINPACK-2 `dcstep`: updates the interval with the trial (stp, fp, dp) and returns the next trial. */
function cstep(st: StepState, stp: number, fp: number, dp: number, stpmin: number, stpmax: number): number {
  const { stx, fx, gx: dx, sty, fy, gy: dy } = st;
  const sgnd = dp * Math.sign(dx);
  let stpf: number;
  if (fp > fx) {
    // Higher function value: the minimum is bracketed; cubic or quadratic interpolation.
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
    let gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
    if (stp < stx) gamma = -gamma;
    const p = gamma - dx + theta;
    const q = gamma - dx + gamma + dp;
    const stpc = stx + (p / q) * (stp - stx);
    const stpq = stx + (dx / ((fx - fp) / (stp - stx) + dx) / 2) * (stp - stx);
    stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
    st.brackt = true;
  } else if (sgnd < 0) {
    // Derivatives of opposite sign: bracketed; cubic or secant step.
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
    let gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
    if (stp > stx) gamma = -gamma;
    const p = gamma - dp + theta;
    const q = gamma - dp + gamma + dx;
    const stpc = stp + (p / q) * (stx - stp);
    const stpq = stp + (dp / (dp - dx)) * (stx - stp);
    stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
    st.brackt = true;
  } else if (Math.abs(dp) < Math.abs(dx)) {
    // Same sign, derivative decreasing in magnitude.
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
    let gamma = s * Math.sqrt(Math.max(0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
    if (stp > stx) gamma = -gamma;
    const p = gamma - dp + theta;
    const q = gamma + (dx - dp) + gamma;
    const r = p / q;
    let stpc: number;
    if (r < 0 && gamma !== 0) stpc = stp + r * (stx - stp);
    else if (stp > stx) stpc = stpmax;
    else stpc = stpmin;
    const stpq = stp + (dp / (dp - dx)) * (stx - stp);
    if (st.brackt) {
      stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
      stpf = stp > stx ? Math.min(stp + 0.66 * (sty - stp), stpf) : Math.max(stp + 0.66 * (sty - stp), stpf);
    } else {
      stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
      stpf = Math.max(stpmin, Math.min(stpmax, stpf));
    }
  } else if (st.brackt) {
    // Same sign, derivative not decreasing, bracketed: cubic step towards sty.
    const theta = (3 * (fp - fy)) / (sty - stp) + dy + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dy), Math.abs(dp));
    let gamma = s * Math.sqrt((theta / s) * (theta / s) - (dy / s) * (dp / s));
    if (stp > sty) gamma = -gamma;
    const p = gamma - dp + theta;
    const q = gamma - dp + gamma + dy;
    stpf = stp + (p / q) * (sty - stp);
  } else {
    stpf = stp > stx ? stpmax : stpmin;
  }
  if (fp > fx) {
    st.sty = stp;
    st.fy = fp;
    st.gy = dp;
  } else {
    if (sgnd < 0) {
      st.sty = stx;
      st.fy = fx;
      st.gy = dx;
    }
    st.stx = stp;
    st.fx = fp;
    st.gx = dp;
  }
  return stpf;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (const v of a) max = Math.max(max, Math.abs(v));
  return max;
}
