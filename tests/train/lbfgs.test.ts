/**
 * minimizeLbfgs against scipy's L-BFGS-B (fixtures/linear-reference.json, written by
 * make-linear-reference.py): the same iterations, evaluations, stopping reason and end point on
 * Rosenbrock's function and on a function whose first line search needs many trials. Then the known
 * optima of a 10-dimensional Rosenbrock and of a convex quadratic, and the options' effects.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  minimizeLbfgs,
  type LbfgsOptions,
  type LbfgsStatus,
  type Objective
} from '../../shared/train/lbfgs.js';

interface ScipyRun {
  readonly function: string;
  readonly x0: number[];
  readonly options: { gtol: number; ftol?: number; maxiter?: number; maxfun?: number };
  readonly iterations: number;
  readonly evaluations: number;
  readonly status: LbfgsStatus;
  readonly x: number[];
  readonly f: number;
}

const RUNS = (
  JSON.parse(
    readFileSync(fileURLToPath(new URL('fixtures/linear-reference.json', import.meta.url)), 'utf8')
  ) as { lbfgs: ScipyRun[] }
).lbfgs;

/** Rosenbrock's function in any dimension: minimum 0 at (1, …, 1). */
const rosenbrock: Objective = (x, g) => {
  let f = 0;
  g.fill(0);
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i];
    const b = x[i + 1];
    f += 100 * (b - a ** 2) ** 2 + (1 - a) ** 2;
    g[i] += -400 * a * (b - a ** 2) - 2 * (1 - a);
    g[i + 1] += 200 * (b - a ** 2);
  }
  return f;
};

const FUNCTIONS: Record<string, Objective> = {
  rosenbrock,
  'steep-exponential': (x, g) => {
    g[0] = 1 - 10 * Math.exp(-10 * x[0]);
    return x[0] + Math.exp(-10 * x[0]);
  }
};

describe('minimizeLbfgs', () => {
  it('has the scipy reference runs', () => {
    expect(RUNS.map((run) => run.status)).toEqual([
      'reduction',
      'gradient',
      'max-iterations',
      'max-evaluations',
      'gradient'
    ]);
  });

  it.each(RUNS.map((run) => [run.function, JSON.stringify(run.options), run] as const))(
    '%s with %s: the iterations, evaluations, stop and end point of scipy',
    (name, _, run) => {
      const options: LbfgsOptions = {
        gtol: run.options.gtol,
        maxIter: run.options.maxiter ?? 15000,
        ...(run.options.ftol === undefined ? {} : { ftol: run.options.ftol }),
        ...(run.options.maxfun === undefined ? {} : { maxEvaluations: run.options.maxfun })
      };
      const result = minimizeLbfgs(FUNCTIONS[name], Float64Array.from(run.x0), options);
      expect(result.iterations).toBe(run.iterations);
      expect(result.evaluations).toBe(run.evaluations);
      expect(result.status).toBe(run.status);
      result.x.forEach((value, i) => {
        expect(Math.abs(value - run.x[i])).toBeLessThan(1e-9);
      });
      expect(Math.abs(result.f - run.f)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(run.f)));
    }
  );

  it('reaches the minimum of a 10-dimensional Rosenbrock function', () => {
    const result = minimizeLbfgs(rosenbrock, new Float64Array(10), { maxIter: 1000, gtol: 1e-10, ftol: 0 });
    expect(result.status).toBe('gradient');
    for (const value of result.x) expect(Math.abs(value - 1)).toBeLessThan(1e-8);
    expect(result.f).toBeLessThan(1e-15);
  });

  it('reaches the minimum of a convex quadratic', () => {
    // f = ½(x − x*)ᵀA(x − x*) with A tridiagonal (a varying diagonal of 4…10, off-diagonal −1…−1.5):
    // SPD, minimum 0 at x* = (sin 1, sin 2, …). Written around x* so that f keeps its relative
    // precision near the minimum and only the gradient test can stop the run.
    const n = 50;
    const diagonal = Float64Array.from({ length: n }, (_, i) => 4 + (i % 7));
    const off = Float64Array.from({ length: n - 1 }, (_, i) => -1 - 0.5 * Math.abs(Math.cos(i)));
    const optimum = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
    const e = new Float64Array(n);
    const quadratic: Objective = (x, g) => {
      for (let i = 0; i < n; i++) e[i] = x[i] - optimum[i];
      let f = 0;
      for (let i = 0; i < n; i++) {
        g[i] = diagonal[i] * e[i] + (i > 0 ? off[i - 1] * e[i - 1] : 0) + (i + 1 < n ? off[i] * e[i + 1] : 0);
        f += 0.5 * e[i] * g[i];
      }
      return f;
    };
    const x0 = new Float64Array(n);
    const result = minimizeLbfgs(quadratic, x0, { maxIter: 1000, gtol: 1e-12, ftol: 0 });
    expect(result.status).toBe('gradient');
    expect(result.iterations).toBeLessThan(100);
    result.x.forEach((value, i) => {
      expect(Math.abs(value - optimum[i])).toBeLessThan(1e-12);
    });
    expect(x0.every((value) => value === 0)).toBe(true);
  });

  it('takes its first step to x₀ − g/‖g‖, as L-BFGS-B does', () => {
    const points: number[][] = [];
    const recording: Objective = (x, g) => {
      points.push([...x]);
      return rosenbrock(x, g);
    };
    minimizeLbfgs(recording, Float64Array.of(-1.2, 1), { maxIter: 1, gtol: 1e-5 });
    const g = new Float64Array(2);
    rosenbrock(Float64Array.of(-1.2, 1), g);
    const norm = Math.hypot(g[0], g[1]);
    expect(points[1][0]).toBeCloseTo(-1.2 - g[0] / norm, 15);
    expect(points[1][1]).toBeCloseTo(1 - g[1] / norm, 15);
  });

  it('stops at once when the start is already stationary', () => {
    const result = minimizeLbfgs(rosenbrock, Float64Array.of(1, 1), { maxIter: 100, gtol: 1e-5 });
    expect(result).toMatchObject({ iterations: 0, evaluations: 1, status: 'gradient', f: 0 });
  });

  it('gives up when a line search cannot find a point within maxLineSearch trials', () => {
    // From x = 10 the first trial of x + exp(−10x) lands far beyond the minimum, and a second one
    // is needed; with the memory still empty that ends the run at the start point.
    const result = minimizeLbfgs(FUNCTIONS['steep-exponential'], Float64Array.of(10), {
      maxIter: 100,
      gtol: 1e-5,
      maxLineSearch: 1
    });
    expect(result).toMatchObject({ iterations: 0, evaluations: 2, status: 'line-search-failed' });
    expect(result.x[0]).toBe(10);
  });
});
