/**
 * The shape of tests/metrics/fixtures/reference.json (written by make-reference.py) and the
 * generators that rebuild its large inputs bit for bit (mirrors of `gen_classification`, `gen_rows`
 * and `side_values` there).
 */
import type { ClassificationInput, RegressionInput } from '../../shared/metrics/index.js';
import { loadFixture, type FixtureNumber } from '../stats/fixture-helpers.js';
import { Gen32, regenerate, type Checksum, type GeneratorSpec } from '../stats/generators.js';

export interface ExpectedMetric {
  value: FixtureNumber;
  /** sklearn's exception text (or mlgate's reason where the script says so). */
  error?: string;
  /** sklearn returned NaN. */
  nan?: boolean;
  warnings: string[];
}

export interface Expected {
  metrics: Record<string, ExpectedMetric>;
  confusionMatrix?: number[][];
  perClass?: { precision: number; recall: number; f1: number; support: number }[];
}

export interface ClassificationSpec {
  n: number;
  classes: number;
  seed: number;
  signal: number;
  ties: number;
  flip: number;
  neverPredicted: number;
  absentTrue: number;
  singleClass: number;
  unnormalised: boolean;
  /** Probabilities rounded to float32, as onnxruntime returns them. */
  float32?: boolean;
}

export type RowsSpec =
  { values: number[] } | { range: [number, number, number] } | { bootstrap: [number, number] };

export interface ClassificationCase {
  name: string;
  classes: string[];
  posLabel: number;
  data:
    | { yTrue: number[]; yPred: number[]; proba: number[]; labelsOnly?: boolean }
    | {
        gen: ClassificationSpec;
        checksum: { yTrue: number; yPred: number; first: number[]; last: number; fsum: number };
        labelsOnly?: boolean;
      };
  expected: Expected;
  subsets: { rows: RowsSpec; expected: Expected }[];
  curves?: {
    roc: { fpr: number[]; tpr: number[]; thresholds: number[] } | null;
    pr: { precision: number[]; recall: number[]; thresholds: number[] } | null;
  } | null;
}

export type Side =
  | { values: number[] }
  | { gen: GeneratorSpec; checksum: Checksum }
  | { constant: [number, number] }
  | { sameAs: 'yTrue'; plus?: Side };

export interface RegressionCase {
  name: string;
  yTrue: Side;
  yPred: Side;
  expected: Expected;
  subsets: { rows: RowsSpec; expected: Expected }[];
}

export interface MetricsReference {
  versions: Record<string, string>;
  classification: ClassificationCase[];
  regression: RegressionCase[];
}

export const reference = loadFixture(
  new URL('./fixtures/reference.json', import.meta.url)
) as MetricsReference;

/** `gen_classification`: labels, argmax predictions (with flips) and row-normalised probabilities. */
export function generateClassification(spec: ClassificationSpec): {
  yTrue: Int32Array;
  yPred: Int32Array;
  proba: Float64Array;
} {
  const { n, classes: count, signal, ties, flip, neverPredicted, absentTrue, singleClass } = spec;
  const g = new Gen32(spec.seed);
  const yTrue = new Int32Array(n);
  const yPred = new Int32Array(n);
  const proba = new Float64Array(n * count);
  const raw = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const u0 = g.uniform();
    let y: number;
    if (singleClass >= 0) y = singleClass;
    else if (absentTrue >= 0) {
      y = Math.floor(u0 * (count - 1));
      if (y >= absentTrue) y += 1;
    } else y = Math.floor(u0 * count);
    let s = 0;
    for (let c = 0; c < count; c++) {
      let u = g.uniform();
      if (ties > 0) u = Math.floor(u * ties) / ties;
      const v = 0.05 + u + (c === y ? signal : 0);
      raw[c] = v;
      s += v;
    }
    if (spec.unnormalised) s = s + g.uniform() * s;
    for (let c = 0; c < count; c++) {
      proba[i * count + c] = spec.float32 === true ? Math.fround(raw[c] / s) : raw[c] / s;
    }
    let best = -1;
    for (let c = 0; c < count; c++) {
      if (c !== neverPredicted && (best < 0 || proba[i * count + c] > proba[i * count + best])) best = c;
    }
    if (g.uniform() < flip) {
      best = Math.floor(g.uniform() * count);
      if (best === neverPredicted) best = (best + 1) % count;
    }
    yTrue[i] = y;
    yPred[i] = best;
  }
  return { yTrue, yPred, proba };
}

/** `gen_rows`: explicit rows, a range, or a seeded bootstrap resample. */
export function rowsOf(spec: RowsSpec, n: number): Int32Array {
  if ('values' in spec) return Int32Array.from(spec.values);
  if ('range' in spec) {
    const [start, stop, step] = spec.range;
    const rows: number[] = [];
    for (let r = start; r < stop; r += step) rows.push(r);
    return Int32Array.from(rows);
  }
  const [m, seed] = spec.bootstrap;
  const g = new Gen32(seed);
  const rows = new Int32Array(m);
  for (let i = 0; i < m; i++) rows[i] = Math.floor(g.uniform() * n);
  return rows;
}

/** The case's input, regenerated (and checked against its checksum) when it is a generator spec. */
export function classificationInput(c: ClassificationCase): ClassificationInput {
  let yTrue: Int32Array;
  let yPred: Int32Array;
  let proba: Float64Array;
  if ('gen' in c.data) {
    ({ yTrue, yPred, proba } = generateClassification(c.data.gen));
    const sum = (a: Int32Array): number => a.reduce((x, y) => x + y, 0);
    const { checksum } = c.data;
    const first = Array.from(proba.subarray(0, checksum.first.length));
    if (
      sum(yTrue) !== checksum.yTrue ||
      sum(yPred) !== checksum.yPred ||
      first.some((v, i) => v !== checksum.first[i]) ||
      proba[proba.length - 1] !== checksum.last
    ) {
      throw new Error(`generator mismatch for ${c.name}`);
    }
  } else {
    yTrue = Int32Array.from(c.data.yTrue);
    yPred = Int32Array.from(c.data.yPred);
    proba = Float64Array.from(c.data.proba);
  }
  return {
    yTrue,
    yPred,
    proba: c.data.labelsOnly === true ? null : proba,
    classes: c.classes,
    posLabel: c.posLabel
  };
}

function sideValues(side: Side, yTrue?: Float64Array): Float64Array {
  if ('values' in side) return Float64Array.from(side.values);
  if ('gen' in side) return regenerate(side.gen, side.checksum);
  if ('constant' in side) return new Float64Array(side.constant[1]).fill(side.constant[0]);
  const base = Float64Array.from(yTrue!);
  if (side.plus !== undefined) {
    const noise = sideValues(side.plus);
    for (let i = 0; i < base.length; i++) base[i] += noise[i];
  }
  return base;
}

export function regressionInput(c: RegressionCase): RegressionInput {
  const yTrue = sideValues(c.yTrue);
  return { yTrue, yPred: sideValues(c.yPred, yTrue) };
}
