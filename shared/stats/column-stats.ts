/**
 * A streaming, bounded-memory profile of one column, fed batch by batch.
 *
 * Exact over all values: row/null/NaN/infinite/invalid counts, min, max, sum (Neumaier-compensated),
 * mean, std and skewness (corrected two-pass per batch, merged with Pébay's formulas), zeros and
 * string lengths. Exact up to a cap, then approximate with a documented, tested bound: quantiles
 * (`sampleCap`, see `sampler.ts`), distinct count and most common values (`distinctCap`, see
 * `distinct.ts`).
 *
 * Differences from pandas, on purpose: ±Infinity is counted in `infinite` and left out of the moments
 * and quantiles (pandas would report inf/NaN); statistics of an empty column are omitted, not NaN.
 */
import {
  Missing,
  type Column,
  type ColumnType,
  type NumericColumn,
  type StringCodes,
  type StringColumn
} from '../data/types.js';
import { CodeCounts } from '../data/code-counts.js';
import { NumberDistinct, sampledMostCommon, StringDistinct, type DistinctSummary } from './distinct.js';
import { Moments } from './moments.js';
import {
  countMissing,
  powerSums,
  scanFiniteShifted,
  type FiniteScan,
  type MissingCounts,
  type PowerSums
} from './numeric-scan.js';
import { PROFILE_QUANTILES, quantile } from './quantile.js';
import { NumericSampler } from './sampler.js';
import { CompensatedSum } from './summation.js';

export interface ColumnStatsOptions {
  /** Finite values kept for exact quantiles; beyond, a reservoir sample of this size. Default 500,000. */
  sampleCap?: number;
  /**
   * Distinct values counted exactly; beyond, a HyperLogLog count, and most common values from
   * Space-Saving (strings) or the quantile sample (numbers). Default 100,000.
   */
  distinctCap?: number;
  /** Most common values reported. Default 10. */
  topK?: number;
  /** Seed of the reservoir sampler (runs are deterministic). Default 0. */
  seed?: number;
}

export interface NumericProfile {
  min: number;
  max: number;
  /** Null only if the sum overflows float64. */
  mean: number | null;
  /** Sample standard deviation (ddof = 1, as pandas); null with fewer than 2 values. */
  std: number | null;
  /** Null only if it overflows float64. */
  sum: number | null;
  zeros: number;
  /** pandas `Series.skew()`; null with fewer than 3 values. */
  skewness: number | null;
  /** Keys "0.01", "0.05", "0.25", "0.5", "0.75", "0.95", "0.99" (numpy 'linear'). */
  quantiles: Record<string, number>;
  quantilesExact: boolean;
}

/** JSON-serialisable (no NaN or Infinity anywhere). */
export interface ColumnProfile {
  name: string;
  type: ColumnType;
  rows: number;
  nulls: number;
  nan: number;
  /** ±Infinity values: counted in `values`, left out of `numeric`. */
  infinite: number;
  invalid: number;
  /** Non-missing, valid cells. */
  values: number;
  distinct: number;
  distinctExact: boolean;
  /** Value texts as `categories()` spells them. */
  mostCommon: { value: string; count: number }[];
  mostCommonExact: boolean;
  /** Numeric columns with at least one finite value (datetime: epoch milliseconds). */
  numeric?: NumericProfile;
  /** String columns with at least one value: lengths in Unicode code points (Python's `len`). */
  lengths?: { min: number; max: number; mean: number };
  datetime?: { min: string; max: string };
}

/** Finite numeric values: sorted ascending, all of them when `exact`, else a uniform sample. */
export interface NumericSample {
  values: Float64Array;
  exact: boolean;
  /** All finite values seen (the sample's population size). */
  count: number;
}

const EMPTY_SAMPLE = new Float64Array(0);
/**
 * A shift within 8 standard deviations of the batch mean keeps the third central sum's relative
 * error under ~8³·ε ≈ 1e-13; farther, the batch is summed again around its own mean.
 */
const FAR_SHIFT_SQUARED = 64;
// Read once: a property of an imported object costs a load per value in a hot loop.
const VALUE = Missing.Value;
const NULL = Missing.Null;

function finiteOrNull(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}

function isoDate(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

/** The first finite value of `values` (0 when there is none). */
function firstFinite(values: Float64Array): number {
  for (let i = 0; i < values.length; i++) if (values[i] - values[i] === 0) return values[i];
  return 0;
}

/** How a numeric value is spelled in `categories()` and `mostCommon`. */
function numberText(value: number, type: ColumnType): string {
  if (type === 'bool') return value === 0 ? 'false' : 'true';
  if (type === 'datetime' && Number.isFinite(value)) return isoDate(value);
  return String(value);
}

/** Length in code points: UTF-16 length minus surrogate pairs. */
function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

export class ColumnStats {
  private type: ColumnType | null = null;
  private rows = 0;
  private nulls = 0;
  private nan = 0;
  private infinite = 0;
  private invalid = 0;
  private values = 0;
  private readonly topK: number;
  private readonly distinctCap: number;
  // Numeric columns.
  private readonly sum = new CompensatedSum();
  private readonly moments = new Moments();
  private min = Infinity;
  private max = -Infinity;
  private zeros = 0;
  private readonly sampler: NumericSampler;
  private readonly sampleCap: number;
  /**
   * While the column's distinct values are counted exactly, quantiles and samples come from those
   * counts (exact at any row count, no reservoir); the sampler starts when the counts give way.
   */
  private sampling = false;
  private countedSample: NumericSample | null = null;
  private numberDistinct: NumberDistinct | null = null;
  // String columns.
  private stringDistinct: StringDistinct | null = null;
  /** A dictionary-coded batch's counts per code. */
  private readonly codeCounts = new CodeCounts();
  private lengthMin = Infinity;
  private lengthMax = 0;
  private lengthSum = 0;
  // Per-batch scan results, reused. The double fields start as doubles (NaN): a field that starts as
  // a small integer and later holds a double changes the object's hidden class, which throws the
  // scan loops out of optimised code (measured: tens of MB of boxed numbers per run).
  private readonly missingScratch: MissingCounts = { nulls: 0, nan: 0, invalid: 0 };
  private readonly scanScratch: FiniteScan = {
    count: 0,
    infinite: 0,
    zeros: 0,
    min: Number.NaN,
    max: Number.NaN,
    sum: Number.NaN,
    compensation: Number.NaN
  };
  private readonly sumsScratch: PowerSums = { s1: Number.NaN, s2: Number.NaN, s3: Number.NaN };
  /** The previous batch's mean of finite values (NaN before any): the next batch's shift. */
  private lastMean = Number.NaN;

  constructor(
    readonly name: string,
    options: ColumnStatsOptions = {}
  ) {
    const { sampleCap = 500_000, distinctCap = 100_000, topK = 10, seed = 0 } = options;
    if (!(Number.isInteger(distinctCap) && distinctCap >= 1)) {
      throw new RangeError(`distinctCap must be a positive integer, got ${distinctCap}`);
    }
    if (!(Number.isInteger(topK) && topK >= 0)) {
      throw new RangeError(`topK must be a non-negative integer, got ${topK}`);
    }
    this.sampler = new NumericSampler(sampleCap, seed);
    this.sampleCap = sampleCap;
    this.distinctCap = distinctCap;
    this.topK = topK;
  }

  /** Non-missing, valid cells so far (`profile().values`). */
  get valueCount(): number {
    return this.values;
  }

  /** The column's type so far (null before the first batch). */
  get columnType(): ColumnType | null {
    return this.type;
  }

  /** Adds one batch's column. Numeric types may widen between batches (int → float). */
  observe(column: Column): void {
    if (column.name !== this.name) {
      throw new Error(`ColumnStats(${this.name}): got a batch of column \`${column.name}\``);
    }
    this.setType(column.type);
    this.rows += column.missing.length;
    if (column.type === 'string') this.observeStrings(column);
    else this.observeNumbers(column);
  }

  /** Counts `rows` rows of a batch that lacked this column, as nulls. */
  observeAbsent(rows: number): void {
    this.rows += rows;
    this.nulls += rows;
  }

  /** Finite numeric values, for quantiles and drift (empty for string columns). */
  sample(): NumericSample {
    if (this.type === 'string' || this.type === null) {
      return { values: EMPTY_SAMPLE, exact: true, count: 0 };
    }
    if (!this.sampling) return this.sampleFromCounts();
    return { values: this.sampler.sortedValues(), exact: this.sampler.exact, count: this.sampler.count };
  }

  /**
   * From exact counts: every finite value when there are at most `sampleCap`, else `sampleCap`
   * values at evenly spaced ranks (rank error ≤ 1 / (2 · sampleCap), deterministic).
   */
  private sampleFromCounts(): NumericSample {
    if (this.countedSample !== null) return this.countedSample;
    const { keys, counts, total } = this.finiteCounts();
    const size = Math.min(total, this.sampleCap);
    const values = new Float64Array(size);
    if (total <= this.sampleCap) {
      let at = 0;
      for (let i = 0; i < keys.length; i++) values.fill(keys[i], at, (at += counts[i]));
    } else {
      let key = 0;
      let below = counts[0];
      for (let j = 0; j < size; j++) {
        const rank = Math.floor(((j + 0.5) * total) / size);
        while (rank >= below) below += counts[++key];
        values[j] = keys[key];
      }
    }
    this.countedSample = { values, exact: total <= this.sampleCap, count: total };
    return this.countedSample;
  }

  /** The finite distinct values in ascending order, their counts, and how many values in all. */
  private finiteCounts(): { keys: Float64Array; counts: Float64Array; total: number } {
    const exact = this.numberDistinct?.counts() ?? null;
    if (exact === null) return { keys: new Float64Array(0), counts: new Float64Array(0), total: 0 };
    const order: number[] = [];
    for (let i = 0; i < exact.size; i++) if (exact.keys[i] - exact.keys[i] === 0) order.push(i);
    order.sort((a, b) => exact.keys[a] - exact.keys[b]);
    const keys = new Float64Array(order.length);
    const counts = new Float64Array(order.length);
    let total = 0;
    order.forEach((index, i) => {
      keys[i] = exact.keys[index];
      counts[i] = exact.counts[index];
      total += exact.counts[index];
    });
    return { keys, counts, total };
  }

  /**
   * Exact counts per value text (non-missing; numbers keyed by value, so 1 and 1.0 are one value,
   * spelled `String(value)`, bools "true"/"false", datetimes ISO 8601), in order of first appearance;
   * null once the column has more than `distinctCap` distinct values. Do not modify.
   */
  categories(): ReadonlyMap<string, number> | null {
    if (this.stringDistinct !== null) return this.stringDistinct.counts();
    if (this.numberDistinct === null) return new Map();
    const counts = this.numberDistinct.counts();
    if (counts === null) return null;
    const type = this.type!;
    const map = new Map<string, number>();
    for (let i = 0; i < counts.size; i++) map.set(numberText(counts.keys[i], type), counts.counts[i]);
    return map;
  }

  profile(): ColumnProfile {
    const type = this.type ?? 'string';
    const distinct: DistinctSummary<number | string> = this.stringDistinct?.summary(this.topK) ??
      this.numberSummary() ?? {
        distinct: 0,
        distinctExact: true,
        mostCommon: [],
        mostCommonExact: true
      };
    const profile: ColumnProfile = {
      name: this.name,
      type,
      rows: this.rows,
      nulls: this.nulls,
      nan: this.nan,
      infinite: this.infinite,
      invalid: this.invalid,
      values: this.values,
      distinct: distinct.distinct,
      distinctExact: distinct.distinctExact,
      mostCommon: distinct.mostCommon.map(({ key, count }) => ({
        value: typeof key === 'string' ? key : numberText(key, type),
        count
      })),
      mostCommonExact: distinct.mostCommonExact
    };
    if (type === 'string') {
      if (this.values > 0) {
        profile.lengths = { min: this.lengthMin, max: this.lengthMax, mean: this.lengthSum / this.values };
      }
    } else if (this.moments.count > 0) {
      profile.numeric = this.numericProfile();
      if (type === 'datetime') profile.datetime = { min: isoDate(this.min), max: isoDate(this.max) };
    }
    return profile;
  }

  /** Past `distinctCap` the most common numbers are estimated from the quantile sample. */
  private numberSummary(): DistinctSummary<number> | undefined {
    const summary = this.numberDistinct?.summary(this.topK);
    if (summary === undefined || summary.mostCommonExact) return summary;
    const sample = this.sample();
    return { ...summary, mostCommon: sampledMostCommon(sample.values, sample.count, this.topK) };
  }

  private numericProfile(): NumericProfile {
    const qs = PROFILE_QUANTILES.map(([, q]) => q);
    const values = this.sampling ? this.sampler.quantiles(qs) : this.countedQuantiles(qs);
    const quantiles: Record<string, number> = {};
    PROFILE_QUANTILES.forEach(([key], i) => (quantiles[key] = values[i]));
    const sum = this.sum.value;
    return {
      min: this.min,
      max: this.max,
      mean: finiteOrNull(sum / this.moments.count),
      std: finiteOrNull(this.moments.std()),
      sum: finiteOrNull(sum),
      zeros: this.zeros,
      skewness: finiteOrNull(this.moments.skewness()),
      quantiles,
      quantilesExact: this.sampling ? this.sampler.exact : true
    };
  }

  /** numpy 'linear' quantiles of the exact multiset, read off the cumulative counts. */
  private countedQuantiles(qs: readonly number[]): number[] {
    const { keys, counts, total } = this.finiteCounts();
    const cumulative = new Float64Array(keys.length);
    let running = 0;
    for (let i = 0; i < keys.length; i++) cumulative[i] = running += counts[i];
    const at = (index: number): number => {
      // The value at 0-based position `index` of the sorted expansion.
      let lo = 0;
      let hi = keys.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid] > index) hi = mid;
        else lo = mid + 1;
      }
      return keys[lo];
    };
    // A read-only view of the sorted expansion, without expanding it: `quantile` reads two positions.
    const view = new Proxy<ArrayLike<number>>(
      { length: total },
      {
        get: (target, property): unknown =>
          typeof property === 'string' && /^\d+$/.test(property)
            ? at(Number(property))
            : Reflect.get(target, property)
      }
    );
    return qs.map((q) => quantile(view, q));
  }

  private setType(type: ColumnType): void {
    const previous = this.type;
    if (previous === type) return;
    if (previous === null) {
      this.type = type;
      if (type === 'string') this.stringDistinct = new StringDistinct(this.distinctCap);
      else this.numberDistinct = new NumberDistinct(this.distinctCap);
      return;
    }
    const numeric = (t: ColumnType): boolean => t === 'int' || t === 'float';
    if (numeric(previous) && numeric(type)) {
      this.type = 'float';
      return;
    }
    if (previous === 'string' && this.values === 0 && this.nan === 0) {
      // Readers give a column that has had only nulls so far as text; its first values decide.
      this.type = null;
      this.stringDistinct = null;
      this.setType(type);
      return;
    }
    throw new Error(`ColumnStats(${this.name}): column type changed from ${previous} to ${type}`);
  }

  private observeNumbers(column: NumericColumn): void {
    const { values, missing, invalid } = column;
    const counts = this.missingScratch;
    countMissing(missing, invalid, counts);
    this.nulls += counts.nulls;
    this.nan += counts.nan;
    this.invalid += counts.invalid;
    this.values += values.length - counts.nulls - counts.nan - counts.invalid;
    const scan = this.scanScratch;
    const sums = this.sumsScratch;
    // Power sums of the deviations from a shift near the batch mean (`Moments.mergeShifted`), in the
    // same pass as the scan: the previous batch's mean (the first batch: its first finite value); the
    // batch mean itself, in a second pass, for a batch whose mean is far from the guess (in standard
    // deviations), where the deviations' sums would cancel digits away.
    let shift = Number.isNaN(this.lastMean) ? firstFinite(values) : this.lastMean;
    scanFiniteShifted(values, shift, scan, sums);
    this.infinite += scan.infinite;
    if (scan.count > 0) {
      const mean = (scan.sum + scan.compensation) / scan.count;
      const e = sums.s1 / scan.count;
      if (!(e * e * scan.count <= FAR_SHIFT_SQUARED * (sums.s2 - sums.s1 * e))) {
        shift = mean;
        powerSums(values, mean, sums);
      }
      this.lastMean = mean;
      this.moments.mergeShifted(scan.count, shift, sums.s1, sums.s2, sums.s3);
      this.sum.add(scan.sum);
      this.sum.add(scan.compensation);
      if (scan.min < this.min) this.min = scan.min;
      if (scan.max > this.max) this.max = scan.max;
      this.zeros += scan.zeros;
    }
    const distinct = this.numberDistinct!;
    const exactBefore = distinct.counts();
    const switched = distinct.addAll(values);
    this.countedSample = null;
    if (this.sampling) this.sampler.offer(values);
    else if (switched >= 0 && exactBefore !== null) {
      // The counts gave way during this batch: the sampler starts from the multiset counted so far
      // (this batch up to `switched` included) and goes on with the rest of the batch.
      this.sampling = true;
      this.sampler.offerCounts(exactBefore.keys, exactBefore.counts, exactBefore.size);
      this.sampler.offer(values.subarray(switched));
    }
  }

  private observeStrings(column: StringColumn): void {
    if (column.dictionary !== null) {
      this.observeCodes(column, column.dictionary);
      return;
    }
    const { values, missing } = column;
    const distinct = this.stringDistinct!;
    let nulls = 0;
    let nan = 0;
    let min = this.lengthMin;
    let max = this.lengthMax;
    let total = 0;
    for (let i = 0; i < values.length; i++) {
      const m = missing[i];
      if (m !== VALUE) {
        if (m === NULL) nulls++;
        else nan++;
        continue;
      }
      const text = values[i];
      const length = codePointLength(text);
      if (length < min) min = length;
      if (length > max) max = length;
      total += length;
      distinct.add(text);
    }
    this.addStringBatch(values.length, nulls, nan, min, max, total);
  }

  /** One string batch's counts and length statistics (`min`/`max` already include the earlier batches). */
  private addStringBatch(
    rows: number,
    nulls: number,
    nan: number,
    min: number,
    max: number,
    total: number
  ): void {
    this.nulls += nulls;
    this.nan += nan;
    this.values += rows - nulls - nan;
    this.lengthMin = min;
    this.lengthMax = max;
    this.lengthSum += total;
  }

  /** `observeStrings` for a dictionary-coded batch: counts per code, then each distinct text once. */
  private observeCodes(column: StringColumn, dictionary: StringCodes): void {
    const counted = this.codeCounts;
    counted.count(column.missing, dictionary);
    const { texts } = dictionary;
    const distinct = this.stringDistinct!;
    let min = this.lengthMin;
    let max = this.lengthMax;
    let total = 0;
    for (let j = 0; j < counted.distinct; j++) {
      const code = counted.code(j);
      const count = counted.countOf(code);
      const text = texts[code];
      const length = codePointLength(text);
      if (length < min) min = length;
      if (length > max) max = length;
      total += length * count;
      distinct.addCount(text, count);
    }
    this.addStringBatch(column.missing.length, counted.nulls, counted.nan, min, max, total);
  }
}
