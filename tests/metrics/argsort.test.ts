import { describe, expect, it } from '@jest/globals';
import {
  argsortDescending,
  sortBinaryProbabilities,
  type SortedBinary
} from '../../shared/metrics/argsort.js';
import { Gen32 } from '../stats/generators.js';

/** Values with many ties, both signs, -0 and 0, tiny and huge magnitudes. */
function awkward(n: number, seed: number): Float64Array {
  const g = new Gen32(seed);
  const specials = [0, -0, 1e-300, -1e-300, 5e-324, 1e308, -1e308, 0.5, 0.5, 1, -1];
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = g.uniform();
    if (u < 0.2) values[i] = specials[Math.floor(g.uniform() * specials.length)];
    else if (u < 0.5) values[i] = Math.floor(g.uniform() * 7) / 4 - 0.75;
    else values[i] = (g.uniform() - 0.5) * 1e6 * g.uniform();
  }
  return values;
}

function expectSorted(keys: Float64Array): void {
  const { order, groupEnd, groups } = argsortDescending(keys);
  const n = keys.length;
  expect(order).toHaveLength(n);
  expect(groups).toBe(groupEnd.reduce((a, b) => a + b, 0));
  expect(new Set(order).size).toBe(n);
  for (let i = 0; i < n - 1; i++) {
    const a = keys[order[i]];
    const b = keys[order[i + 1]];
    if (a < b) throw new Error(`position ${i}: ${a} before ${b}`);
    if ((groupEnd[i] === 1) !== (a !== b)) throw new Error(`position ${i}: tie group of ${a}, ${b} wrong`);
  }
  if (n > 0) expect(groupEnd[n - 1]).toBe(1);
}

describe('argsortDescending', () => {
  it('orders and groups small inputs (comparator path)', () => {
    expectSorted(new Float64Array(0));
    expectSorted(Float64Array.from([3]));
    expectSorted(awkward(1000, 7));
  });

  it('orders and groups large inputs (radix path), -0 tied with 0', () => {
    expectSorted(awkward(50_000, 8));
    const zeros = new Float64Array(10_000);
    for (let i = 0; i < zeros.length; i += 2) zeros[i] = -0;
    const { groupEnd } = argsortDescending(zeros);
    expect(groupEnd.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('orders float32-valued probabilities (the 32-bit path)', () => {
    const g = new Gen32(9);
    const keys = Float64Array.from(new Float32Array(20_000).map(() => g.uniform()));
    expectSorted(keys);
  });

  it('orders and groups float32 values of both signs with ties and -0 (the 32-bit path)', () => {
    const keys = Float64Array.from(new Float32Array(awkward(50_000, 10)));
    expectSorted(keys);
    // One value that is not a float32 sends the whole input down the 64-bit path: same contract.
    keys[123] = 0.1;
    expectSorted(keys);
  });
});

describe('sortBinaryProbabilities', () => {
  /** n rows of two float32 columns (p, 1 − p) with `levels` distinct scores, and 0/1 labels. */
  function binary(n: number, levels: number, seed: number): { proba: Float64Array; yTrue: Int32Array } {
    const g = new Gen32(seed);
    const proba = new Float64Array(2 * n);
    const yTrue = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = Math.fround(Math.floor(g.uniform() * levels) / (levels - 1));
      proba[2 * i] = Math.fround(1 - p);
      proba[2 * i + 1] = p;
      yTrue[i] = g.uniform() < p ? 1 : 0;
    }
    return { proba, yTrue };
  }

  /** Positives and negatives per tie group, in order, from labels and group ends. */
  function groups(labels: ArrayLike<number>, groupEnd: Uint8Array): number[][] {
    const out: number[][] = [];
    let pos = 0;
    let neg = 0;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] === 1) pos++;
      else neg++;
      if (groupEnd[i] === 1) {
        out.push([pos, neg]);
        pos = 0;
        neg = 0;
      }
    }
    return out;
  }

  /** Expects `sorted` to give what the argsort of column `column` gives: tie groups, classes, scores. */
  function expectAsArgsort(
    sorted: SortedBinary | null,
    proba: ArrayLike<number>,
    yTrue: Int32Array,
    column: number
  ): void {
    expect(sorted).not.toBeNull();
    const scores = Float64Array.from({ length: yTrue.length }, (_, i) => proba[2 * i + column]);
    const { order, groupEnd } = argsortDescending(scores);
    const labels = Int32Array.from(order, (row) => yTrue[row]);
    expect(groups(sorted!.labels, sorted!.groupEnd)).toEqual(groups(labels, groupEnd));
    expect(Array.from({ length: order.length }, (_, i) => sorted!.scoreAt(i))).toEqual(
      Array.from(order, (row) => scores[row])
    );
    expect(sorted!.groups).toBe(groupEnd.reduce((a, b) => a + b, 0));
  }

  it('gives the same tie groups, classes and scores as the argsort, for either column', () => {
    const { proba, yTrue } = binary(20_000, 997, 41);
    for (const column of [0, 1])
      expectAsArgsort(sortBinaryProbabilities(proba, column, yTrue), proba, yTrue, column);
  });

  it('sorts keys that all share one bucket, or one key', () => {
    // Keys pack the score's float32 bits and the class, and are bucketed by their high 16 bits:
    // scores 0.5 and 0.75 share the bucket of exponent −1, differing in the low bits, and with one
    // class (or one score) every key is alike.
    for (const [levels, oneClass] of [
      [[0.5, 0.75], false],
      [[0.5, 0.75], true],
      [[0.625], false],
      [[0.625], true]
    ] as const) {
      const n = 6000;
      const proba = new Float64Array(2 * n);
      const yTrue = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const p = levels[(i * 7) % levels.length];
        proba[2 * i] = 1 - p;
        proba[2 * i + 1] = p;
        yTrue[i] = oneClass ? 1 : (i * 5) % 3 === 0 ? 1 : 0;
      }
      const sorted = sortBinaryProbabilities(proba, 1, yTrue);
      expectAsArgsort(sorted, proba, yTrue, 1);
      expect(sorted!.groups).toBe(levels.length);
    }
  });

  it('sorts continuous scores as the argsort does, buckets large and small', () => {
    // A logistic model's scores: all distinct, thousands to a bucket around 0.5, a few in the tails
    // (sorted by insertion), none in most.
    const n = 60_000;
    const g = new Gen32(44);
    const proba = new Float32Array(2 * n);
    const yTrue = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const z = 6 * (g.uniform() + g.uniform() - 1);
      const p = Math.fround(1 / (1 + Math.exp(-z)));
      proba[2 * i] = Math.fround(1 - p);
      proba[2 * i + 1] = p;
      yTrue[i] = g.uniform() < p ? 1 : 0;
    }
    const sorted = sortBinaryProbabilities(proba, 1, yTrue);
    expectAsArgsort(sorted, proba, yTrue, 1);
    expect(sorted!.groups).toBeGreaterThan(n / 2);
  });

  it('ties -0 with 0, keeps 0 and 1, and declines scores it cannot pack', () => {
    const { proba, yTrue } = binary(5000, 3, 42);
    proba[1] = -0;
    proba[3] = 0;
    proba[5] = 1;
    const sorted = sortBinaryProbabilities(proba, 1, yTrue)!;
    expect(sorted.scoreAt(0)).toBe(1);
    expect(sorted.scoreAt(yTrue.length - 1)).toBe(0);
    expect(Array.from(sorted.groupEnd).reduce((a, b) => a + b, 0)).toBe(3);
    for (const bad of [0.1, 1.5, -0.25, Number.MIN_VALUE]) {
      const copy = proba.slice();
      copy[7] = bad;
      expect(sortBinaryProbabilities(copy, 1, yTrue)).toBeNull();
    }
    expect(sortBinaryProbabilities(proba.subarray(0, 2000), 1, yTrue.subarray(0, 1000))).toBeNull();
  });

  it('sorts float32 probabilities from their bits as it sorts the same values in float64', () => {
    const { proba, yTrue } = binary(20_000, 997, 43);
    proba[1] = -0;
    proba[3] = 0;
    proba[5] = 1;
    const narrow = Float32Array.from(proba);
    for (const column of [0, 1]) {
      const wide = sortBinaryProbabilities(proba, column, yTrue)!;
      const fromBits = sortBinaryProbabilities(narrow, column, yTrue)!;
      expect(fromBits.groups).toBe(wide.groups);
      expect(fromBits.labels).toEqual(wide.labels);
      expect(fromBits.groupEnd).toEqual(wide.groupEnd);
      for (let i = 0; i < yTrue.length; i++) expect(fromBits.scoreAt(i)).toBe(wide.scoreAt(i));
    }
    for (const bad of [1.5, -0.25, Number.NaN]) {
      const copy = narrow.slice();
      copy[7] = bad;
      expect(sortBinaryProbabilities(copy, 1, yTrue)).toBeNull();
    }
  });
});
