/** The shape of tests/stats/fixtures/reference.json (written by make-reference.py). */
import type { Cell, FixtureNumber } from './fixture-helpers.js';
import type { Checksum, GeneratorSpec } from './generators.js';

export interface QuantileCase {
  name: string;
  values: number[];
  qs: number[];
  quantiles: FixtureNumber[];
  median: FixtureNumber;
}

export interface MomentsExpected {
  count: number;
  mean: FixtureNumber;
  std: FixtureNumber;
  variance: FixtureNumber;
  skew: FixtureNumber;
  sum: FixtureNumber;
  fsum: FixtureNumber;
  min: FixtureNumber;
  max: FixtureNumber;
  median: FixtureNumber;
  zeros: number;
}

export interface MomentsCase {
  name: string;
  values?: number[];
  gen?: GeneratorSpec;
  checksum?: Checksum;
  expected: MomentsExpected;
  /** From exact rational central sums, with pandas' formulas. */
  exact: { mean: FixtureNumber; variance: FixtureNumber; std: FixtureNumber; skew: FixtureNumber };
  /** Statistics where pandas is more than 1e-9 from `exact`. */
  pandasInexact: ('mean' | 'variance' | 'std' | 'skew')[];
  note?: string;
}

export interface NumericColumnCase {
  name: string;
  type: 'int' | 'float' | 'bool' | 'datetime';
  cells?: Cell[];
  gen?: GeneratorSpec;
  checksum?: Checksum;
  nullEvery?: number;
  batchRows?: number;
  expected: {
    rows: number;
    nulls: number;
    nan: number;
    infinite: number;
    invalid: number;
    values: number;
    distinct: number;
    mostCommon?: [FixtureNumber, number][];
    numeric?: {
      min: number;
      max: number;
      mean: FixtureNumber;
      std: FixtureNumber;
      sum: FixtureNumber;
      zeros: number;
      skewness: FixtureNumber;
      quantiles: Record<string, FixtureNumber>;
    };
    datetime?: { min: string; max: string };
    exact?: { mean: FixtureNumber; std: FixtureNumber; skewness: FixtureNumber };
    pandasInexact?: ('mean' | 'std' | 'skewness')[];
  };
}

export interface StringColumnCase {
  name: string;
  cells: (string | null)[];
  expected: {
    rows: number;
    nulls: number;
    values: number;
    distinct: number;
    mostCommon?: [string, number][];
    lengths?: { min: number; max: number; mean: number };
  };
}

export interface CorrelationCase {
  name: string;
  x?: number[];
  y?: number[];
  genX?: GeneratorSpec;
  genY?: GeneratorSpec;
  checksumX?: Checksum;
  checksumY?: Checksum;
  corr: FixtureNumber;
  exact: FixtureNumber;
  pandasInexact: boolean;
}

export interface StatsReference {
  quantile: QuantileCase[];
  moments: MomentsCase[];
  numericColumns: NumericColumnCase[];
  stringColumns: StringColumnCase[];
  correlation: CorrelationCase[];
}
