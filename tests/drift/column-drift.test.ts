import { describe, expect, it } from '@jest/globals';
import { jensenShannon, psi, wassersteinNormed } from '../../shared/drift/distances.js';
import { chooseDriftMethod, columnDrift, DEFAULT_THRESHOLDS } from '../../shared/drift/column-drift.js';
import { ConfigurationError, DataError } from '../../shared/runtime/errors.js';
import { ColumnStats, type ColumnStatsOptions } from '../../shared/stats/column-stats.js';
import {
  expectClose,
  numericColumn,
  stringColumn,
  valuesColumn,
  type Cell
} from '../stats/fixture-helpers.js';
import { reference, valuesOf } from './reference.js';

function numericStats(
  values: Float64Array,
  options: ColumnStatsOptions = {},
  type: 'int' | 'float' = 'float'
): ColumnStats {
  const stats = new ColumnStats('x', options);
  for (let start = 0; start < values.length; start += 1000) {
    stats.observe(valuesColumn('x', type, values.subarray(start, start + 1000)));
  }
  return stats;
}

function categoryStats(counts: Record<string, number>, options: ColumnStatsOptions = {}): ColumnStats {
  const stats = new ColumnStats('x', options);
  stats.observe(
    stringColumn(
      'x',
      Object.entries(counts).flatMap(([key, count]) => new Array<string>(count).fill(key))
    )
  );
  return stats;
}

const ksCase = (name: string) => reference.ks2samp.find((c) => c.name === name)!;
const chiCase = (name: string) => reference.chiSquare.find((c) => c.name === name)!;

describe('chooseDriftMethod (Evidently default stat test)', () => {
  it.each([
    [500, true, 6, 'ks'],
    [1000, true, 1000, 'ks'],
    [500, true, 5, 'chisquare'],
    [500, false, 100, 'chisquare'],
    [1001, true, 6, 'wasserstein'],
    [1001, true, 5, 'jensenshannon'],
    [5000, false, 3, 'jensenshannon']
  ] as const)('reference of %i rows, numeric %s, %i distinct: %s', (rows, numeric, distinct, method) => {
    expect(chooseDriftMethod(rows, { numeric, distinct })).toBe(method);
  });

  it('uses Evidently default thresholds', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      ks: 0.05,
      chisquare: 0.05,
      psi: 0.1,
      jensenshannon: 0.1,
      wasserstein: 0.1
    });
  });
});

describe('columnDrift', () => {
  it('runs KS for a numeric column with a small reference (scipy reference values)', () => {
    const c = ksCase('normal 999 vs 1000');
    const result = columnDrift(numericStats(valuesOf(c.ref)), numericStats(valuesOf(c.cur)));
    expect(result).toMatchObject({
      column: 'x',
      method: 'ks',
      threshold: 0.05,
      referenceRows: 999,
      currentRows: 1000,
      exact: true
    });
    expectClose(result.statistic, c.statistic, 'statistic');
    expectClose(result.pValue, c.pValue, 'p-value');
    expect(result.drifted).toBe(false);
  });

  it('leaves out nulls, NaN and infinities, as Evidently drops them', () => {
    const c = ksCase('normal 50 vs 50, shifted');
    const withMissing = (values: Float64Array): ColumnStats => {
      const stats = new ColumnStats('x');
      const cells: Cell[] = [...Array.from(values), null, 'NaN', 'inf', '-inf', 'invalid'];
      stats.observe(numericColumn('x', 'float', cells));
      return stats;
    };
    const result = columnDrift(withMissing(valuesOf(c.ref)), withMissing(valuesOf(c.cur)));
    expect(result).toMatchObject({ method: 'ks', referenceRows: 50, currentRows: 50, drifted: true });
    expectClose(result.pValue, c.pValue, 'p-value');
  });

  it('runs the normed Wasserstein distance with a larger reference', () => {
    const c = reference.wasserstein.find((w) => w.name === 'normal 2000 vs 3000, shifted')!;
    const result = columnDrift(numericStats(valuesOf(c.ref)), numericStats(valuesOf(c.cur)));
    expect(result).toMatchObject({ method: 'wasserstein', threshold: 0.1, drifted: false, exact: true });
    expect(result.pValue).toBeUndefined();
    expectClose(result.statistic, c.normed, 'normed distance');
  });

  it('runs chi-square on a small categorical reference (Evidently/scipy reference values)', () => {
    const c = chiCase('shifted');
    const result = columnDrift(categoryStats(c.ref), categoryStats(c.cur));
    expect(result).toMatchObject({
      method: 'chisquare',
      referenceRows: 300,
      currentRows: 310,
      drifted: true
    });
    expectClose(result.statistic, c.statistic, 'statistic');
    expectClose(result.pValue, c.pValue, 'p-value');
  });

  it('reports categories the reference never had', () => {
    const c = chiCase('category unseen in reference');
    expect(columnDrift(categoryStats(c.ref), categoryStats(c.cur))).toEqual({
      column: 'x',
      method: 'chisquare',
      statistic: null,
      pValue: 0,
      threshold: 0.05,
      drifted: true,
      referenceRows: 100,
      currentRows: 100,
      exact: true,
      unseenCategories: ['z']
    });
  });

  it('runs Jensen-Shannon on a large categorical reference', () => {
    const ref = { a: 700, b: 500, c: 300 };
    const cur = { a: 300, b: 500, c: 700 };
    const result = columnDrift(categoryStats(ref), categoryStats(cur));
    expect(result.method).toBe('jensenshannon');
    expect(result.statistic).toBe(jensenShannon(new Map(Object.entries(ref)), new Map(Object.entries(cur))));
    expect(result.drifted).toBe(true);
  });

  it('tests numeric columns with few values as categories', () => {
    const small = numericStats(
      Float64Array.from({ length: 600 }, (_, i) => i % 3),
      {},
      'int'
    );
    const shifted = numericStats(
      Float64Array.from({ length: 600 }, (_, i) => (i % 4 === 0 ? 0 : 1)),
      {},
      'int'
    );
    const result = columnDrift(small, shifted);
    expect(result.method).toBe('chisquare');
    expect(result.unseenCategories).toBeUndefined();
    const large = numericStats(
      Float64Array.from({ length: 3000 }, (_, i) => i % 3),
      {},
      'int'
    );
    const largeResult = columnDrift(large, shifted);
    expect(largeResult.method).toBe('jensenshannon');
    expect(largeResult.statistic).toBe(jensenShannon(large.sample().values, shifted.sample().values));
  });

  it('tests bools as categories', () => {
    const flags = (ones: number, n: number): ColumnStats => {
      const stats = new ColumnStats('x');
      stats.observe(
        numericColumn(
          'x',
          'bool',
          Array.from({ length: n }, (_, i) => (i < ones ? 1 : 0))
        )
      );
      return stats;
    };
    const result = columnDrift(flags(30, 100), flags(60, 100));
    expect(result).toMatchObject({ method: 'chisquare', drifted: true });
  });

  it('honours an explicit method and threshold', () => {
    const c = ksCase('normal 5000 vs 7000');
    const ref = numericStats(valuesOf(c.ref));
    const cur = numericStats(valuesOf(c.cur));
    const ks = columnDrift(ref, cur, { method: 'ks', threshold: 0.001 });
    expectClose(ks.pValue, c.pValue, 'p-value');
    expect(ks).toMatchObject({ method: 'ks', threshold: 0.001, drifted: false });
    const psiResult = columnDrift(ref, cur, { method: 'psi', bins: 10 });
    expect(psiResult.statistic).toBe(psi(ref.sample().values, cur.sample().values, { bins: 10 }));
    expect(psiResult.drifted).toBe(psiResult.statistic! >= 0.1);
    const wasserstein = columnDrift(ref, cur, { method: 'wasserstein', threshold: 0 });
    expect(wasserstein.statistic).toBe(wassersteinNormed(ref.sample().values, cur.sample().values));
    expect(wasserstein.drifted).toBe(true);
  });

  it('says when a side was sampled', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    const sampled = columnDrift(numericStats(values, { sampleCap: 1000 }), numericStats(values));
    // Rows count every finite value; the test ran on the 1000-value reservoir.
    expect(sampled).toMatchObject({
      method: 'wasserstein',
      referenceRows: 5000,
      currentRows: 5000,
      exact: false
    });
    const exact = columnDrift(numericStats(values), numericStats(values));
    expect(exact).toMatchObject({ statistic: 0, drifted: false, exact: true });
  });

  it('rejects what cannot be compared, naming the column', () => {
    const numbers = numericStats(Float64Array.from([1, 2, 3]));
    const texts = categoryStats({ a: 2 });
    const empty = new ColumnStats('x');
    empty.observe(numericColumn('x', 'float', [null, 'NaN']));
    expect(() => columnDrift(new ColumnStats('x'), numbers)).toThrow(
      new DataError('column `x`: the reference has no values to compare')
    );
    expect(() => columnDrift(numbers, empty)).toThrow(
      new DataError('column `x`: the current data has no values to compare')
    );
    expect(() => columnDrift(numbers, texts)).toThrow(
      new DataError('column `x`: the reference is float but the current data is string')
    );
    expect(() => columnDrift(texts, texts, { method: 'ks' })).toThrow(
      new ConfigurationError('drift method ks needs a numeric column; `x` is string')
    );
    expect(() => columnDrift(numbers, numbers, { method: 'ks', threshold: 2 })).toThrow(
      new ConfigurationError('drift threshold for `x` (ks): expected a p-value in [0, 1], got 2')
    );
    const wide = categoryStats(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`v${i}`, 1])), {
      distinctCap: 10
    });
    expect(() => columnDrift(wide, texts)).toThrow(DataError);
    expect(() => columnDrift(wide, texts)).toThrow(
      'column `x`: the reference has about 20 distinct values, more than the distinct-value cap'
    );
  });
});
