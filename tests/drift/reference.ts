/** The shape of tests/drift/fixtures/reference.json (written by make-reference.py), and its inputs. */
import { loadFixture, type FixtureNumber } from '../stats/fixture-helpers.js';
import { regenerate, type Checksum, type GeneratorSpec } from '../stats/generators.js';

export interface Side {
  values?: number[];
  gen?: GeneratorSpec;
  checksum?: Checksum;
  overrides?: [number, number][];
}

export interface DriftReference {
  kstwo: { n: number; d: number; sf: FixtureNumber }[];
  smirnov: { n: number; d: number; sf: FixtureNumber }[];
  ks2samp: {
    name: string;
    ref: Side;
    cur: Side;
    statistic: FixtureNumber;
    pValue: FixtureNumber;
    method: 'exact' | 'asymp';
  }[];
  chiSquare: {
    name: string;
    ref: Record<string, number>;
    cur: Record<string, number>;
    statistic: FixtureNumber;
    pValue: FixtureNumber;
  }[];
  chi2Sf: { df: number; x: number; sf: FixtureNumber }[];
  binned: {
    name: string;
    kind: 'numeric' | 'categorical';
    ref: Side | Record<string, number>;
    cur: Side | Record<string, number>;
    bins?: number | 'sturges';
    psi: FixtureNumber;
    jensenShannon: FixtureNumber;
    binCount: number;
  }[];
  wasserstein: {
    name: string;
    ref: Side;
    cur: Side;
    distance: FixtureNumber;
    std: FixtureNumber;
    normed: FixtureNumber;
  }[];
}

export const reference = loadFixture(new URL('./fixtures/reference.json', import.meta.url)) as DriftReference;

/** A side's values, in the fixture's (arrival) order. */
export function valuesOf(side: Side): Float64Array {
  if (side.values) return Float64Array.from(side.values);
  const values = regenerate(side.gen!, side.checksum!);
  for (const [index, value] of side.overrides ?? []) values[index] = value;
  return values;
}

/** A side's values sorted ascending, as the drift functions take them. */
export function sortedOf(side: Side): Float64Array {
  return valuesOf(side).sort();
}

export function countsOf(record: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(record));
}
