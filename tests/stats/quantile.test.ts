import { describe, expect, it } from '@jest/globals';
import { PROFILE_QUANTILES, median, quantile } from '../../shared/stats/quantile.js';
import { expectClose, loadFixture } from './fixture-helpers.js';
import type { StatsReference } from './reference-types.js';

const reference = loadFixture(new URL('./fixtures/reference.json', import.meta.url)) as StatsReference;

describe('quantile (numpy linear, as pandas Series.quantile)', () => {
  it.each(reference.quantile.map((c) => [c.name, c] as const))('matches pandas: %s', (_name, c) => {
    const values = Float64Array.from(c.values);
    c.qs.forEach((q, i) => {
      expectClose(quantile(values, q), c.quantiles[i], `${c.name} q=${q}`);
    });
    expectClose(median(values), c.median, `${c.name} median`);
  });

  it('interpolates from the upper neighbour at weight >= 0.5 like numpy _lerp', () => {
    expect(quantile([0, 1], 0.5)).toBe(0.5);
    expect(quantile([1, 3], 0.75)).toBe(2.5);
    expect(quantile([7], 0.3)).toBe(7);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it('rejects empty input and q outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow('quantile: no values');
    expect(() => quantile([1], 1.5)).toThrow('quantile: q must be in [0, 1], got 1.5');
    expect(() => quantile([1], Number.NaN)).toThrow('quantile: q must be in [0, 1], got NaN');
    expect(() => median([])).toThrow('median: no values');
  });

  it('lists the profile quantiles in order', () => {
    expect(PROFILE_QUANTILES.map(([key]) => key)).toEqual([
      '0.01',
      '0.05',
      '0.25',
      '0.5',
      '0.75',
      '0.95',
      '0.99'
    ]);
  });
});
