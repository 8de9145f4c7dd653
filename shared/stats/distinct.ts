/**
 * Distinct values and most common values of a column in bounded memory: exact counts until the
 * column has more than `cap` distinct values, then a HyperLogLog distinct count. Past the cap, the
 * most common strings come from a Space-Saving top-k sketch (seeded with the exact counts, so nothing
 * seen before the switch is lost), and the most common numbers from the column's uniform sample
 * (`sampledMostCommon`), which the profiler keeps for quantiles anyway.
 */
import { hashString } from './hash.js';
import { HyperLogLog, numberHash } from './hyperloglog.js';
import { NumberCounts } from './number-counts.js';
import { StringSpaceSaving } from './space-saving.js';
import { sortFloat64 } from './sort.js';

/** 2^21: packed sort keys hold an index below this next to a count below 2^31, exactly. */
const INDEX_RANGE = 2 ** 21;

/** Counters in the top-k sketch: error ≤ rows / SKETCH_COUNTERS on each reported count. */
export const SKETCH_COUNTERS = 4096;

export interface ValueCount<K> {
  readonly key: K;
  readonly count: number;
}

export interface DistinctSummary<K> {
  /** Exact distinct count, or the HyperLogLog estimate (never below cap + 1) once over the cap. */
  readonly distinct: number;
  readonly distinctExact: boolean;
  /** By count, descending; ties in order of first appearance (exact), or by smaller error (sketch). */
  readonly mostCommon: ValueCount<K>[];
  readonly mostCommonExact: boolean;
}

/**
 * The k largest counts, ties kept in order of first appearance (`counts` is in that order). pandas'
 * `value_counts()` sorts with an unstable quicksort: its ties come out in order of first appearance
 * for up to 16 distinct values (numpy's insertion-sort cutoff) and in no defined order beyond.
 */
function topIndices(counts: ArrayLike<number>, size: number, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < size; i++) {
    const c = counts[i];
    if (top.length === k && c <= counts[top[k - 1]]) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && counts[top[at - 1]] < c) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}

/** Indices of the `limit` largest counts, in ascending order of count (to seed a sketch). */
function largestAscending(counts: ArrayLike<number>, size: number, limit: number): number[] {
  let maxCount = 0;
  for (let i = 0; i < size; i++) if (counts[i] > maxCount) maxCount = counts[i];
  if (size <= INDEX_RANGE && maxCount < 2 ** 31) {
    // Pack count and index into one exact double and radix-sort: a comparator sort of 100,000
    // indices costs several times more. Ties: earlier indices last, i.e. first to be kept.
    const packed = new Float64Array(size);
    for (let i = 0; i < size; i++) packed[i] = counts[i] * INDEX_RANGE + (INDEX_RANGE - 1 - i);
    sortFloat64(packed);
    const order: number[] = [];
    for (let j = Math.max(0, size - limit); j < size; j++)
      order.push(INDEX_RANGE - 1 - (packed[j] % INDEX_RANGE));
    return order;
  }
  const order = Array.from({ length: size }, (_, i) => i);
  order.sort((a, b) => counts[b] - counts[a] || a - b);
  return order.slice(0, limit).reverse();
}

export class NumberDistinct {
  private exactCounts: NumberCounts | null = new NumberCounts();
  private hll: HyperLogLog | null = null;

  constructor(readonly cap: number) {}

  /**
   * Counts every non-NaN value of `values` (±Infinity included). Returns the index after which the
   * values went to the sketch when this batch crossed the cap (the exact counts up to there stay
   * readable in the `NumberCounts` that `counts()` returned before), else -1.
   */
  addAll(values: Float64Array): number {
    let from = 0;
    let switched = -1;
    if (this.exactCounts !== null) {
      from = this.count(values, this.exactCounts);
      if (from === values.length && this.exactCounts !== null) return -1;
      switched = from;
    }
    this.sketch(values, from);
    return switched;
  }

  /** Exact counts; switches to the sketch past the cap and returns where it stopped. */
  private count(values: Float64Array, counts: NumberCounts): number {
    const n = values.length;
    const cap = this.cap;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== v) continue;
      counts.add(v);
      if (counts.size > cap) {
        this.switchToSketch(counts);
        return i + 1;
      }
    }
    return n;
  }

  private sketch(values: Float64Array, from: number): void {
    const hll = this.hll!;
    for (let i = from; i < values.length; i++) {
      const v = values[i];
      if (v !== v) continue;
      hll.addNumber(v, numberHash(v));
    }
  }

  /** Exact counts in order of first appearance, or null once over the cap. */
  counts(): NumberCounts | null {
    return this.exactCounts;
  }

  /**
   * Exact distinct count and most common values under the cap; past it the HyperLogLog estimate and
   * no most common values (the caller estimates them from its sample: `sampledMostCommon`).
   */
  summary(k: number): DistinctSummary<number> {
    const counts = this.exactCounts;
    if (counts !== null) {
      return {
        distinct: counts.size,
        distinctExact: true,
        mostCommon: topIndices(counts.counts, counts.size, k).map((i) => ({
          key: counts.keys[i],
          count: counts.counts[i]
        })),
        mostCommonExact: true
      };
    }
    return {
      distinct: Math.max(this.hll!.estimate(), this.cap + 1),
      distinctExact: false,
      mostCommon: [],
      mostCommonExact: false
    };
  }

  private switchToSketch(counts: NumberCounts): void {
    const hll = new HyperLogLog();
    for (let i = 0; i < counts.size; i++) hll.addNumber(counts.keys[i], numberHash(counts.keys[i]));
    this.hll = hll;
    this.exactCounts = null;
  }
}

/**
 * The `k` most common values of a column estimated from a uniform sample of its `total` values
 * (`sorted` ascending): each value's share of the sample, scaled to `total`. Values the sample holds
 * only once are left out: one draw says nothing about a value's frequency. The estimate of a value
 * with true share p has standard error total·√(p(1 − p)/n) for a sample of n drawn with replacement
 * (without replacement, as a reservoir draws, it is smaller): with n = 500,000, under 0.07% of the
 * rows for any p. Ties: smaller value first.
 */
export function sampledMostCommon(sorted: Float64Array, total: number, k: number): ValueCount<number>[] {
  const n = sorted.length;
  // The k longest runs so far, longest first; ties keep the smaller (earlier) value first.
  const keys: number[] = [];
  const hits: number[] = [];
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const run = j - i;
    if (run >= 2 && (keys.length < k || run > hits[k - 1])) {
      let at = Math.min(keys.length, k - 1);
      while (at > 0 && hits[at - 1] < run) at--;
      keys.splice(at, 0, sorted[i]);
      hits.splice(at, 0, run);
      keys.length = Math.min(keys.length, k);
      hits.length = keys.length;
    }
    i = j;
  }
  return keys.map((key, index) => ({ key, count: Math.round((hits[index] * total) / n) }));
}

export class StringDistinct {
  /** Exact phase: index per distinct text (one Map lookup per repeated value), counts alongside. */
  private index: Map<string, number> | null = new Map();
  private keys: string[] = [];
  private exactCounts = new Float64Array(1024);
  private hll: HyperLogLog | null = null;
  private top: StringSpaceSaving | null = null;

  constructor(readonly cap: number) {}

  add(text: string): void {
    this.addCount(text, 1);
  }

  /** `count` occurrences of `text` (a dictionary-coded batch's texts, each once with its count). */
  addCount(text: string, count: number): void {
    const index = this.index;
    if (index !== null) {
      const at = index.get(text);
      if (at !== undefined) {
        this.exactCounts[at] += count;
        return;
      }
      const size = index.size;
      index.set(text, size);
      this.keys.push(text);
      if (size === this.exactCounts.length) {
        const grown = new Float64Array(size * 2);
        grown.set(this.exactCounts);
        this.exactCounts = grown;
      }
      this.exactCounts[size] = count;
      if (size + 1 > this.cap) this.switchToSketch();
      return;
    }
    const [hi, lo] = hashString(text);
    this.hll!.addHash(hi, lo);
    for (let i = 0; i < count; i++) this.top!.offer(text);
  }

  /** Exact counts in order of first appearance (a new Map), or null once over the cap. */
  counts(): ReadonlyMap<string, number> | null {
    if (this.index === null) return null;
    const counts = new Map<string, number>();
    this.keys.forEach((key, i) => counts.set(key, this.exactCounts[i]));
    return counts;
  }

  summary(k: number): DistinctSummary<string> {
    if (this.index !== null) {
      const size = this.keys.length;
      return {
        distinct: size,
        distinctExact: true,
        mostCommon: topIndices(this.exactCounts, size, k).map((i) => ({
          key: this.keys[i],
          count: this.exactCounts[i]
        })),
        mostCommonExact: true
      };
    }
    return {
      distinct: Math.max(this.hll!.estimate(), this.cap + 1),
      distinctExact: false,
      mostCommon: this.top!.top(k).map(({ key, count }) => ({ key, count })),
      mostCommonExact: false
    };
  }

  private switchToSketch(): void {
    const hll = new HyperLogLog();
    const keys = this.keys;
    for (const key of keys) {
      const [hi, lo] = hashString(key);
      hll.addHash(hi, lo);
    }
    const top = new StringSpaceSaving(SKETCH_COUNTERS);
    const seed = largestAscending(this.exactCounts, keys.length, SKETCH_COUNTERS);
    top.seed(
      seed.map((i) => keys[i]),
      seed.map((i) => this.exactCounts[i])
    );
    this.hll = hll;
    this.top = top;
    this.index = null;
    this.keys = [];
    this.exactCounts = new Float64Array(0);
  }
}
