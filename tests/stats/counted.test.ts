import { describe, expect, it } from '@jest/globals';
import { ColumnStats } from '../../shared/stats/column-stats.js';
import { PROFILE_QUANTILES, quantile } from '../../shared/stats/quantile.js';
import { inBatches, stringColumn, valuesColumn } from './fixture-helpers.js';

/** Deterministic values: integers 0..k-1 with a skewed frequency, plus the odd infinity and NaN. */
function lowCardinality(n: number, k: number): Float64Array {
  const values = new Float64Array(n);
  let state = 12345;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const u = state / 2 ** 32;
    values[i] = Math.floor(k * u * u);
  }
  values[7] = Infinity;
  values[11] = Number.NaN;
  return values;
}

/** The reference: numpy 'linear' quantiles of the full sorted array (quantile() is tested against numpy). */
function sortedFinite(values: Float64Array): Float64Array {
  return values.filter((value) => Number.isFinite(value)).sort();
}

describe('quantiles and samples from exact counts', () => {
  it('are exact for a low-cardinality column far beyond the sample cap', () => {
    const values = lowCardinality(200_000, 40);
    const stats = new ColumnStats('x', { sampleCap: 1_000 });
    for (const batch of inBatches(valuesColumn('x', 'int', values), 4_096)) stats.observe(batch);
    const numeric = stats.profile().numeric!;
    const sorted = sortedFinite(values);
    expect(numeric.quantilesExact).toBe(true);
    for (const [key, q] of PROFILE_QUANTILES) expect(numeric.quantiles[key]).toBe(quantile(sorted, q));
    const sample = stats.sample();
    expect(sample).toMatchObject({ exact: false, count: sorted.length });
    expect(sample.values).toHaveLength(1_000);
    // Evenly spaced ranks: every sample quantile is within 1/(2·cap) in rank of the true one.
    for (let j = 0; j < 1_000; j += 37) {
      const rank = Math.floor(((j + 0.5) * sorted.length) / 1_000);
      expect(sample.values[j]).toBe(sorted[rank]);
    }
  });

  it('expands every value when there are at most sampleCap of them', () => {
    const values = lowCardinality(900, 12);
    const stats = new ColumnStats('x', { sampleCap: 1_000 });
    stats.observe(valuesColumn('x', 'int', values));
    expect(stats.sample()).toEqual({ values: sortedFinite(values), exact: true, count: 898 });
  });

  it('hands over to the reservoir with everything counted so far when distinct values pass the cap', () => {
    const values = new Float64Array(50_000);
    for (let i = 0; i < values.length; i++) values[i] = i < 20_000 ? i % 10 : i;
    const stats = new ColumnStats('x', { sampleCap: 100_000, distinctCap: 1_000 });
    for (const batch of inBatches(valuesColumn('x', 'float', values), 3_000)) stats.observe(batch);
    const sample = stats.sample();
    // Still under the sample cap: the reservoir holds every value, the counted ones included.
    expect(sample).toEqual({ values: sortedFinite(values), exact: true, count: 50_000 });
    const numeric = stats.profile().numeric!;
    expect(numeric.quantilesExact).toBe(true);
    expect(numeric.quantiles['0.5']).toBe(quantile(sortedFinite(values), 0.5));
    expect(stats.profile().distinctExact).toBe(false);
  });

  it('lets a column that had only nulls so far (read as text) turn numeric', () => {
    const stats = new ColumnStats('x');
    stats.observe(stringColumn('x', [null, null, null]));
    stats.observe(valuesColumn('x', 'int', new Float64Array([4, 6])));
    expect(stats.profile()).toMatchObject({
      type: 'int',
      rows: 5,
      nulls: 3,
      values: 2,
      numeric: { mean: 5, min: 4, max: 6 }
    });
    const text = new ColumnStats('y');
    text.observe(stringColumn('y', ['a']));
    expect(() => {
      text.observe(valuesColumn('y', 'int', new Float64Array([1])));
    }).toThrow('ColumnStats(y): column type changed from string to int');
  });
});
