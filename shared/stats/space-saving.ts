/**
 * Space-Saving top-k sketch (Metwally, Agrawal, El Abbadi 2005) for strings, over the O(1)
 * Stream-Summary in `stream-summary.ts`. (Numbers past the distinct cap take their most common
 * values from the profiler's sample instead: `sampledMostCommon` in distinct.ts.)
 *
 * Guarantees with m counters over N values: every monitored value's `count` overestimates its true
 * count by at most its `error` ≤ N/m, and every value with true count > N/m is monitored.
 */
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
