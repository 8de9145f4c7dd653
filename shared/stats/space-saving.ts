/**
 * Space-Saving top-k sketches (Metwally, Agrawal, El Abbadi 2005) for numbers and strings, over the
 * O(1) Stream-Summary in `stream-summary.ts`.
 *
 * Guarantees with m counters over N values: every monitored value's `count` overestimates its true
 * count by at most its `error` ≤ N/m, and every value with true count > N/m is monitored.
 */
import { numberHash } from './hyperloglog.js';
import { StreamSummary } from './stream-summary.js';

/** One monitored value. */
export interface HeavyHitter<K> {
  readonly key: K;
  /** Estimated count: the true count plus at most `error`. */
  readonly count: number;
  /** Maximum overestimation of `count`. */
  readonly error: number;
}

export interface SpaceSaving<K> {
  readonly capacity: number;
  /**
   * Starts from exact counts (`counts[i]` for `keys[i]`, ascending by count): the last `capacity`
   * become counters with error 0, the others are remembered only as far as the guarantees need.
   */
  seed(keys: readonly K[], counts: ArrayLike<number>): void;
  offer(key: K): void;
  /** The `k` values with the largest estimated counts (ties: smaller error first). */
  top(k: number): HeavyHitter<K>[];
}

/**
 * Space-Saving for numbers, with Homem & Carvalho's filter ("Finding top-k elements in data streams",
 * Information Sciences 180(24), 2010: Filtered Space-Saving). A value that is not monitored only bumps
 * a filter counter α[b] of its hash bucket, an upper bound of the true count of every unmonitored value
 * in b; it takes over the smallest counter (count μ) only once α[b] > μ, with count α[b] and error
 * α[b] − 1, i.e. μ + 1 and μ since α[b] ≤ μ held before. Each arrival still adds at most 1 to the
 * sum of the counters, so the Space-Saving bounds hold (μ ≤ N/m, errors ≤ μ, an unmonitored value
 * counted at most μ times), while continuous data — where nearly every value is new — costs a hash
 * probe and an increment instead of an eviction.
 *
 * Everything lives in typed arrays: the key → counter table is open addressing with linear probing
 * and backward-shift deletion, and nothing is allocated per value. −0 and 0 are one key.
 */
export class NumberSpaceSaving implements SpaceSaving<number> {
  private readonly summary: StreamSummary;
  private readonly keys: Float64Array;
  private readonly position: Int32Array;
  private readonly tableKey: Float64Array;
  private readonly tableSlot: Int32Array;
  private readonly mask: number;
  /** Filter counters α, as many as table positions, indexed by other hash bits than the table. */
  private readonly filter: Float64Array;
  private readonly filterShift: number;

  constructor(readonly capacity: number) {
    this.summary = new StreamSummary(capacity);
    this.keys = new Float64Array(capacity);
    this.position = new Int32Array(capacity);
    let size = 8;
    while (size < capacity * 4) size *= 2;
    this.tableKey = new Float64Array(size);
    this.tableSlot = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    // Filter of the same power-of-two size, indexed by the hash's top bits.
    this.filter = new Float64Array(size);
    this.filterShift = 32 - Math.log2(size);
  }

  private hash(key: number): number {
    return numberHash(key);
  }

  /** First empty table position on `key`'s probe path. */
  private emptyPosition(key: number): number {
    let i = this.hash(key) & this.mask;
    while (this.tableSlot[i] !== -1) i = (i + 1) & this.mask;
    return i;
  }

  private place(key: number, slot: number, at: number): void {
    this.tableKey[at] = key;
    this.tableSlot[at] = slot;
    this.keys[slot] = key;
    this.position[slot] = at;
  }

  /** Empties table position `at`, moving later entries of its cluster back where their probe allows. */
  private removeAt(at: number): void {
    const mask = this.mask;
    let hole = at;
    let j = (at + 1) & mask;
    while (this.tableSlot[j] !== -1) {
      const distanceFromHome = (j - (this.hash(this.tableKey[j]) & mask)) & mask;
      if (distanceFromHome >= ((j - hole) & mask)) {
        const slot = this.tableSlot[j];
        this.tableKey[hole] = this.tableKey[j];
        this.tableSlot[hole] = slot;
        this.position[slot] = hole;
        hole = j;
      }
      j = (j + 1) & mask;
    }
    this.tableSlot[hole] = -1;
  }

  seed(keys: readonly number[], counts: ArrayLike<number>): void {
    const kept = Math.max(0, keys.length - this.capacity);
    for (let i = 0; i < kept; i++) {
      const bucket = this.hash(keys[i] + 0) >>> this.filterShift;
      if (counts[i] > this.filter[bucket]) this.filter[bucket] = counts[i];
    }
    for (let i = kept; i < keys.length; i++) {
      const key = keys[i] + 0;
      this.place(key, this.summary.add(counts[i], true), this.emptyPosition(key));
    }
  }

  offer(value: number): void {
    this.offerHashed(value, numberHash(value));
  }

  /** `offer` with the value's `numberHash` already computed. */
  offerHashed(value: number, h: number): void {
    const key = value + 0;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const slot = this.tableSlot[i];
      if (slot === -1) break;
      if (this.tableKey[i] === key) {
        this.summary.increment(slot);
        return;
      }
      i = (i + 1) & mask;
    }
    const summary = this.summary;
    if (!summary.full) {
      // Nothing was evicted yet, so the filter is still empty.
      this.place(key, summary.add(1, false), i);
      return;
    }
    const bucket = h >>> this.filterShift;
    const alpha = this.filter[bucket] + 1;
    const slot = summary.minSlot();
    const min = summary.counts[slot];
    if (alpha <= min) {
      this.filter[bucket] = alpha;
      return;
    }
    // Evict the minimum: its bucket's α must still bound its true count (≤ min).
    const evicted = this.hash(this.keys[slot]) >>> this.filterShift;
    if (min > this.filter[evicted]) this.filter[evicted] = min;
    this.removeAt(this.position[slot]);
    // The removal may have emptied a position earlier on this key's probe path.
    this.place(key, slot, this.emptyPosition(key));
    // α ≤ min held before this arrival, so alpha = min + 1: count min + 1, error min, as Space-Saving.
    summary.replace(slot);
  }

  top(k: number): HeavyHitter<number>[] {
    const { counts, errors } = this.summary;
    return this.summary
      .ranked()
      .slice(0, k)
      .map((slot) => ({ key: this.keys[slot], count: counts[slot], error: errors[slot] }));
  }
}

/** Space-Saving for strings, keyed through a `Map`. */
export class StringSpaceSaving implements SpaceSaving<string> {
  private readonly summary: StreamSummary;
  private readonly keys: string[] = [];
  private readonly slots = new Map<string, number>();

  constructor(readonly capacity: number) {
    this.summary = new StreamSummary(capacity);
  }

  seed(keys: readonly string[], counts: ArrayLike<number>): void {
    // Values left out counted at most the smallest kept count, as Space-Saving's invariant requires.
    for (let i = Math.max(0, keys.length - this.capacity); i < keys.length; i++) {
      const slot = this.summary.add(counts[i], true);
      this.keys[slot] = keys[i];
      this.slots.set(keys[i], slot);
    }
  }

  offer(key: string): void {
    const known = this.slots.get(key);
    if (known !== undefined) {
      this.summary.increment(known);
      return;
    }
    const summary = this.summary;
    if (!summary.full) {
      const slot = summary.add(1, false);
      this.keys[slot] = key;
      this.slots.set(key, slot);
      return;
    }
    const slot = summary.minSlot();
    this.slots.delete(this.keys[slot]);
    this.keys[slot] = key;
    this.slots.set(key, slot);
    summary.replace(slot);
  }

  top(k: number): HeavyHitter<string>[] {
    const { counts, errors } = this.summary;
    return this.summary
      .ranked()
      .slice(0, k)
      .map((slot) => ({ key: this.keys[slot], count: counts[slot], error: errors[slot] }));
  }
}
