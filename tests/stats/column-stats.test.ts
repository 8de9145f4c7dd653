import { describe, expect, it } from '@jest/globals';
import { ColumnStats } from '../../shared/stats/column-stats.js';
import {
  decode,
  expectClose,
  inBatches,
  loadFixture,
  numericColumn,
  stringColumn,
  codedStringColumn,
  valuesColumn,
  type Cell
} from './fixture-helpers.js';
import { regenerate } from './generators.js';
import type { NumericColumnCase, StatsReference } from './reference-types.js';

const reference = loadFixture(new URL('./fixtures/reference.json', import.meta.url)) as StatsReference;

function cellsOf(c: NumericColumnCase): Cell[] {
  if (c.cells) return c.cells;
  const values = regenerate(c.gen!, c.checksum!);
  const every = c.nullEvery ?? 0;
  return Array.from(values, (v, i) => (every > 0 && i % every === 0 ? null : v));
}

function text(value: number, type: NumericColumnCase['type']): string {
  if (type === 'bool') return value === 0 ? 'false' : 'true';
  if (type === 'datetime' && Number.isFinite(value)) return new Date(value).toISOString();
  return String(value);
}

describe('ColumnStats on numeric columns (pandas on the finite values)', () => {
  it.each(reference.numericColumns.map((c) => [c.name, c] as const))('matches pandas: %s', (_name, c) => {
    const column = numericColumn('x', c.type, cellsOf(c));
    // Exact distinct counts here; past the cap is approximation.test.ts's subject.
    const stats = new ColumnStats('x', { distinctCap: 1_000_000 });
    for (const batch of inBatches(column, c.batchRows ?? column.values.length)) stats.observe(batch);
    const profile = stats.profile();
    const e = c.expected;
    expect(profile).toMatchObject({
      name: 'x',
      type: c.type,
      rows: e.rows,
      nulls: e.nulls,
      nan: e.nan,
      infinite: e.infinite,
      invalid: e.invalid,
      values: e.values,
      distinct: e.distinct,
      distinctExact: true,
      mostCommonExact: true
    });
    if (e.mostCommon) {
      expect(profile.mostCommon).toEqual(
        e.mostCommon.map(([value, count]) => ({ value: text(decode(value)!, c.type), count }))
      );
    }
    if (!e.numeric) {
      expect(profile.numeric).toBeUndefined();
    } else {
      const numeric = profile.numeric!;
      const label = (key: string): string => `${c.name} ${key}`;
      expect(numeric.min).toBe(e.numeric.min);
      expect(numeric.max).toBe(e.numeric.max);
      expect(numeric.zeros).toBe(e.numeric.zeros);
      expectClose(numeric.sum, e.numeric.sum, label('sum'));
      for (const key of ['mean', 'std', 'skewness'] as const) {
        expectClose(numeric[key], e.exact![key], label(`${key} vs exact`));
        if (!e.pandasInexact!.includes(key))
          expectClose(numeric[key], e.numeric[key], label(`${key} vs pandas`));
      }
      expect(Object.keys(numeric.quantiles)).toEqual(Object.keys(e.numeric.quantiles));
      for (const [key, value] of Object.entries(e.numeric.quantiles)) {
        expectClose(numeric.quantiles[key], value, label(`quantile ${key}`));
      }
      expect(numeric.quantilesExact).toBe(true);
    }
    if (e.datetime) expect(profile.datetime).toEqual(e.datetime);
    else expect(profile.datetime).toBeUndefined();
    // JSON-serialisable: nothing is lost or turned into null by JSON.
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });

  it('keeps counts per value in order of first appearance, 1 and 1.0 (and -0 and 0) as one value', () => {
    const stats = new ColumnStats('n');
    stats.observe(numericColumn('n', 'int', [3, 1, 2, 3, null, 1, 3]));
    stats.observe(numericColumn('n', 'float', [1.0, 2.5, -0, 0, 'inf']));
    expect([...stats.categories()!]).toEqual([
      ['3', 3],
      ['1', 3],
      ['2', 1],
      ['2.5', 1],
      ['0', 2],
      ['Infinity', 1]
    ]);
    const profile = stats.profile();
    expect(profile.type).toBe('float');
    expect(profile.mostCommon.slice(0, 3)).toEqual([
      { value: '3', count: 3 },
      { value: '1', count: 3 },
      { value: '0', count: 2 }
    ]);
    expect(profile.numeric!.zeros).toBe(2);
    expect(profile.infinite).toBe(1);
  });

  it('spells bools true/false and datetimes in ISO 8601', () => {
    const flags = new ColumnStats('flag');
    flags.observe(numericColumn('flag', 'bool', [1, 0, 1, null]));
    expect([...flags.categories()!]).toEqual([
      ['true', 2],
      ['false', 1]
    ]);
    const times = new ColumnStats('t');
    times.observe(numericColumn('t', 'datetime', [Date.UTC(2024, 1, 29, 12), Date.UTC(1969, 11, 31)]));
    expect([...times.categories()!.keys()]).toEqual(['2024-02-29T12:00:00.000Z', '1969-12-31T00:00:00.000Z']);
    expect(times.profile().datetime).toEqual({
      min: '1969-12-31T00:00:00.000Z',
      max: '2024-02-29T12:00:00.000Z'
    });
  });

  it('counts rows of batches without the column as nulls', () => {
    const stats = new ColumnStats('x');
    stats.observeAbsent(5);
    stats.observe(numericColumn('x', 'int', [1, 2]));
    stats.observeAbsent(3);
    expect(stats.profile()).toMatchObject({ rows: 10, nulls: 8, values: 2 });
  });

  it('reports an empty profile before any batch', () => {
    const stats = new ColumnStats('later');
    stats.observeAbsent(2);
    expect(stats.columnType).toBeNull();
    expect(stats.profile()).toEqual({
      name: 'later',
      type: 'string',
      rows: 2,
      nulls: 2,
      nan: 0,
      infinite: 0,
      invalid: 0,
      values: 0,
      distinct: 0,
      distinctExact: true,
      mostCommon: [],
      mostCommonExact: true
    });
    expect(stats.sample()).toEqual({ values: new Float64Array(0), exact: true, count: 0 });
    expect(stats.categories()).toEqual(new Map());
  });

  it('returns the finite values sorted, with their count', () => {
    const stats = new ColumnStats('x');
    stats.observe(valuesColumn('x', 'float', Float64Array.from([3, Number.NaN, -1, Infinity, 2])));
    expect(stats.sample()).toEqual({ values: Float64Array.from([-1, 2, 3]), exact: true, count: 3 });
  });

  it('rejects a batch of another column, a type change and bad options', () => {
    const stats = new ColumnStats('x');
    expect(() => {
      stats.observe(numericColumn('y', 'int', [1]));
    }).toThrow('ColumnStats(x): got a batch of column `y`');
    stats.observe(numericColumn('x', 'int', [1]));
    expect(() => {
      stats.observe(stringColumn('x', ['a']));
    }).toThrow('ColumnStats(x): column type changed from int to string');
    expect(() => new ColumnStats('x', { sampleCap: 0 })).toThrow(
      'sampleCap must be a positive integer, got 0'
    );
    expect(() => new ColumnStats('x', { distinctCap: 1.5 })).toThrow(
      'distinctCap must be a positive integer, got 1.5'
    );
    expect(() => new ColumnStats('x', { topK: -1 })).toThrow('topK must be a non-negative integer, got -1');
  });
});

describe('ColumnStats on string columns (pandas value_counts, str.len)', () => {
  const cases = reference.stringColumns.flatMap((c) => [
    [c.name, 'plain', stringColumn, c] as const,
    [c.name, 'dictionary-coded', codedStringColumn, c] as const
  ]);
  it.each(cases)('matches pandas: %s, %s', (_name, _how, make, c) => {
    const stats = new ColumnStats('s');
    for (const batch of inBatches(make('s', c.cells), 2)) stats.observe(batch);
    const profile = stats.profile();
    const e = c.expected;
    expect(profile).toMatchObject({
      type: 'string',
      rows: e.rows,
      nulls: e.nulls,
      nan: 0,
      values: e.values,
      distinct: e.distinct,
      distinctExact: true
    });
    if (e.mostCommon)
      expect(profile.mostCommon).toEqual(e.mostCommon.map(([value, count]) => ({ value, count })));
    expect(profile.lengths).toEqual(e.lengths);
    expect(profile.numeric).toBeUndefined();
    expect(stats.sample().count).toBe(0);
  });

  it('limits mostCommon to topK', () => {
    const stats = new ColumnStats('s', { topK: 2 });
    stats.observe(stringColumn('s', ['a', 'b', 'b', 'c', 'c', 'c']));
    expect(stats.profile().mostCommon).toEqual([
      { value: 'c', count: 3 },
      { value: 'b', count: 2 }
    ]);
  });
});
