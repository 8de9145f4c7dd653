/**
 * The documented approximation bounds of the column profiler, tested:
 * - quantiles past `sampleCap` come from a uniform reservoir sample; with n = 500,000 the DKW
 *   inequality bounds P(any rank error > 0.005) by 2·exp(−2nε²) = 2·exp(−25) ≈ 2.8e-11;
 * - distinct counts past `distinctCap` come from HyperLogLog with precision 14, relative standard
 *   error 1.04/√16384 ≈ 0.81% (tested at 3 standard errors);
 * - most common strings past `distinctCap` come from Space-Saving with 4096 counters: each reported
 *   count overestimates by at most its error ≤ N/4096, and every value counted more than N/4096 times
 *   is reported;
 * - most common numbers past `distinctCap` are estimated from the quantile sample: a value of true
 *   share p is estimated with standard error N·√(p(1 − p)/n) (tested at 5 standard errors).
 */
import { describe, expect, it } from '@jest/globals';
import { ColumnStats } from '../../shared/stats/column-stats.js';
import { sampledMostCommon } from '../../shared/stats/distinct.js';
import { HyperLogLog, numberHash } from '../../shared/stats/hyperloglog.js';
import { NumericSampler } from '../../shared/stats/sampler.js';
import { selectQuantiles } from '../../shared/stats/select.js';
import { sortFloat64 } from '../../shared/stats/sort.js';
import { StringSpaceSaving } from '../../shared/stats/space-saving.js';
import { quantile } from '../../shared/stats/quantile.js';
import { stringColumn, valuesColumn } from './fixture-helpers.js';
import { Gen32, generate } from './generators.js';

const BATCH = 65_536;

function observeAll(stats: ColumnStats, values: Float64Array, type: 'int' | 'float' = 'float'): void {
  for (let start = 0; start < values.length; start += BATCH) {
    stats.observe(valuesColumn(stats.name, type, values.subarray(start, start + BATCH)));
  }
}

function lowerBound(sorted: Float64Array, x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? sorted[mid] <= x : sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Distance from q to the range of ranks (as fractions of N) that the value x occupies in the data. */
function rankError(sorted: Float64Array, x: number, q: number): number {
  const below = lowerBound(sorted, x, false) / sorted.length;
  const upTo = lowerBound(sorted, x, true) / sorted.length;
  return q < below ? below - q : q > upTo ? q - upTo : 0;
}

describe('quantiles past sampleCap (reservoir sample, DKW bound)', () => {
  it('keeps every quantile of 3,000,000 values within rank error 0.005', () => {
    // A heavy right tail plus a block of ties, in arrival order that drifts (a sorted tail).
    const values = generate({ dist: 'pareto', n: 3_000_000, seed: 101, params: [1, 0] });
    values.fill(1, 1_000_000, 1_300_000);
    values.subarray(2_500_000).sort();
    const stats = new ColumnStats('x');
    observeAll(stats, values);
    const profile = stats.profile();
    const sample = stats.sample();
    expect(sample.exact).toBe(false);
    expect(sample.count).toBe(3_000_000);
    expect(sample.values.length).toBe(500_000);
    expect(profile.numeric!.quantilesExact).toBe(false);
    const sorted = values.slice().sort();
    let worst = 0;
    for (const [key, value] of Object.entries(profile.numeric!.quantiles)) {
      worst = Math.max(worst, rankError(sorted, value, Number(key)));
    }
    // Any q, not only the reported ones: the sample's ECDF against the data's.
    for (let q = 0.001; q < 1; q += 0.001)
      worst = Math.max(worst, rankError(sorted, quantile(sample.values, q), q));
    expect(worst).toBeLessThan(0.005);
    // Exact statistics stay exact past the cap.
    expect(profile.numeric!.min).toBe(sorted[0]);
    expect(profile.numeric!.max).toBe(sorted[sorted.length - 1]);
  });

  it('samples uniformly: every decile of the arrival order gets a tenth of the reservoir', () => {
    const n = 200_000;
    const sampler = new NumericSampler(10_000, 7);
    sampler.offer(Float64Array.from({ length: n }, (_, i) => i));
    const deciles = new Array<number>(10).fill(0);
    for (const v of sampler.sortedValues()) deciles[Math.floor(v / (n / 10))]++;
    // Each decile ~ Binomial-like with mean 1000 and sd < 32: 5 sd either side.
    for (const count of deciles) expect(Math.abs(count - 1000)).toBeLessThan(160);
  });

  it('is exact up to the cap, deterministic per seed, and skips non-finite values', () => {
    const exact = new NumericSampler(4, 0);
    exact.offer(Float64Array.from([3, Number.NaN, 1, Infinity, 2, 5]));
    expect(exact.exact).toBe(true);
    expect(exact.count).toBe(4);
    expect(Array.from(exact.sortedValues())).toEqual([1, 2, 3, 5]);
    exact.offer(Float64Array.from([4]));
    expect(exact.exact).toBe(false);
    expect(exact.sortedValues().length).toBe(4);

    const data = generate({ dist: 'normal', n: 50_000, seed: 5, params: [0, 1] });
    const run = (seed: number): Float64Array => {
      const sampler = new NumericSampler(1000, seed);
      sampler.offer(data);
      return sampler.sortedValues();
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });
});

describe('distinct counts past distinctCap (HyperLogLog, 0.81% standard error)', () => {
  const bound = 3 * HyperLogLog.STANDARD_ERROR;

  it.each([1_000, 30_000, 200_000, 1_000_000, 4_000_000])('estimates %i distinct numbers', (n) => {
    const hll = new HyperLogLog();
    for (let i = 0; i < n; i++) {
      const v = i * 0.37 - 1000;
      hll.addNumber(v, numberHash(v));
    }
    expect(Math.abs(hll.estimate() - n) / n).toBeLessThan(bound);
  });

  it('estimates a numeric column with 1,000,000 distinct values', () => {
    const stats = new ColumnStats('id');
    const ids = Float64Array.from({ length: 1_000_000 }, (_, i) => i);
    observeAll(stats, ids, 'int');
    observeAll(stats, ids.subarray(0, 300_000), 'int'); // repeats do not count
    const profile = stats.profile();
    expect(profile.distinctExact).toBe(false);
    expect(Math.abs(profile.distinct - 1_000_000) / 1_000_000).toBeLessThan(bound);
  });

  it('estimates a string column with 300,000 distinct values', () => {
    const stats = new ColumnStats('s');
    for (let start = 0; start < 300_000; start += BATCH) {
      const texts = Array.from({ length: Math.min(BATCH, 300_000 - start) }, (_, i) => `user-${start + i}`);
      stats.observe(stringColumn('s', texts));
    }
    const profile = stats.profile();
    expect(profile.distinctExact).toBe(false);
    expect(stats.categories()).toBeNull();
    expect(Math.abs(profile.distinct - 300_000) / 300_000).toBeLessThan(bound);
  });

  it('stays exact at exactly distinctCap distinct values', () => {
    const stats = new ColumnStats('x', { distinctCap: 1000 });
    observeAll(
      stats,
      Float64Array.from({ length: 5000 }, (_, i) => i % 1000)
    );
    expect(stats.profile()).toMatchObject({ distinct: 1000, distinctExact: true, mostCommonExact: true });
    expect(stats.categories()!.size).toBe(1000);
  });
});

describe('most common values past distinctCap', () => {
  /** 1,000,000 values: 7 (5%), 42 (3%), 13 (1%), 2.5 (0.5%), the rest distinct. */
  function heavyHitters(): { values: Float64Array; truth: Map<number, number> } {
    const g = new Gen32(3);
    const values = new Float64Array(1_000_000);
    const truth = new Map<number, number>();
    for (let i = 0; i < values.length; i++) {
      const u = g.uniform();
      const v = u < 0.05 ? 7 : u < 0.08 ? 42 : u < 0.09 ? 13 : u < 0.095 ? 2.5 : 1000 + i;
      values[i] = v;
      truth.set(v, (truth.get(v) ?? 0) + 1);
    }
    return { values, truth };
  }

  it('estimates the heavy hitters of a numeric column from its sample, within 5 standard errors', () => {
    const { values, truth } = heavyHitters();
    const sampleCap = 200_000;
    const stats = new ColumnStats('x', { distinctCap: 2000, topK: 4, sampleCap });
    observeAll(stats, values);
    const profile = stats.profile();
    expect(profile.mostCommonExact).toBe(false);
    expect(profile.mostCommon.map((m) => m.value)).toEqual(['7', '42', '13', '2.5']);
    const n = values.length;
    for (const { value, count } of profile.mostCommon) {
      const exact = truth.get(Number(value))!;
      const p = exact / n;
      const standardError = n * Math.sqrt((p * (1 - p)) / sampleCap);
      expect(Math.abs(count - exact)).toBeLessThanOrEqual(5 * standardError);
    }
  });

  it('ranks sampled values by their runs, smaller value first on ties, scaled to the total', () => {
    const sorted = Float64Array.from([1, 1, 2, 3, 3, 3, 4, 4, 5, 6, 6, 6, 7]);
    expect(sampledMostCommon(sorted, 130, 3)).toEqual([
      { key: 3, count: 30 },
      { key: 6, count: 30 },
      { key: 1, count: 20 }
    ]);
    expect(sampledMostCommon(sorted, 13, 10).map((entry) => entry.key)).toEqual([3, 6, 1, 4]);
    expect(sampledMostCommon(sorted, 13, 0)).toEqual([]);
  });

  it('reports no most common number when no sampled value repeats (all distinct)', () => {
    const values = Float64Array.from({ length: 300_000 }, (_, i) => i * 0.5);
    const stats = new ColumnStats('x', { distinctCap: 1000, sampleCap: 10_000 });
    observeAll(stats, values);
    expect(stats.profile()).toMatchObject({ distinctExact: false, mostCommonExact: false, mostCommon: [] });
  });

  it('reports errors that bound every monitored count (strings)', () => {
    const { values, truth } = heavyHitters();
    const strings = new StringSpaceSaving(64);
    for (const v of values) strings.offer(String(v));
    const sketch = strings.top(64);
    for (const { key, count, error } of sketch) {
      const exact = truth.get(Number(key))!;
      expect(count).toBeGreaterThanOrEqual(exact);
      expect(count - error).toBeLessThanOrEqual(exact);
      expect(error).toBeLessThanOrEqual(values.length / 64);
    }
    // Every value counted more than N/m times is monitored.
    const monitored = new Set(sketch.map(({ key }) => Number(key)));
    for (const [value, count] of truth)
      if (count > values.length / 64) expect(monitored.has(value)).toBe(true);
  });

  it('carries the exact counts seen before the switch into the sketch', () => {
    const stats = new ColumnStats('s', { distinctCap: 3, topK: 2 });
    stats.observe(stringColumn('s', ['a', 'a', 'a', 'b', 'b', 'c']));
    expect(stats.profile().mostCommonExact).toBe(true);
    stats.observe(stringColumn('s', ['d', 'a', 'e']));
    expect(stats.profile()).toMatchObject({
      distinctExact: false,
      mostCommonExact: false,
      mostCommon: [
        { value: 'a', count: 4 },
        { value: 'b', count: 2 }
      ]
    });
  });
});

describe('sortFloat64 and selectQuantiles (exact, used by the profiler)', () => {
  it('sorts like the native sort, including -0, infinities and huge/tiny magnitudes', () => {
    const g = new Gen32(9);
    const values = Float64Array.from({ length: 100_000 }, () => {
      const u = g.uniform();
      if (u < 0.01) return -0;
      if (u < 0.02) return 0;
      if (u < 0.025) return u < 0.0225 ? Infinity : -Infinity;
      return (g.uniform() - 0.5) * 10 ** Math.floor(g.uniform() * 600 - 300);
    });
    const expected = values.slice().sort();
    const actual = sortFloat64(values.slice());
    expect(Array.from(actual).every((v, i) => Object.is(v, expected[i]))).toBe(true);
    expect(Array.from(sortFloat64(Float64Array.from([3, -1, 2])))).toEqual([-1, 2, 3]);
  });

  it('selects the same quantiles as a full sort, with ties and without', () => {
    const qs = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1];
    for (const [dist, params] of [
      ['normal', [0, 1]],
      ['int', [0, 5]],
      ['pareto', [1, 0]]
    ] as const) {
      for (const n of [1, 2, 3, 10, 25, 1000, 100_001]) {
        const values = generate({ dist, n, seed: n, params: [...params] });
        const sorted = values.slice().sort();
        expect(selectQuantiles(values.slice(), qs)).toEqual(qs.map((q) => quantile(sorted, q)));
      }
    }
    const sortedInput = Float64Array.from({ length: 5000 }, (_, i) => i);
    expect(selectQuantiles(sortedInput, [0.5])).toEqual([2499.5]);
    expect(() => selectQuantiles(new Float64Array(0), [0.5])).toThrow('quantile: no values');
  });
});
