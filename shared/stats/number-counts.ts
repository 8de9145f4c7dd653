/**
 * Exact counts per distinct number, in order of first appearance: an open-addressing hash table over
 * typed arrays, so that counting a numeric column allocates nothing per value (a `Map<number, …>` costs
 * several times more per lookup on the hot path). Small non-negative integers (booleans, ages,
 * counts, codes: the commonest low-cardinality columns) skip the hash for a direct-indexed table, and
 * so do whole days (dates without a time, epoch milliseconds) from 1880 to 2238, in a second one.
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { imul } = Math;

const scratchF64 = new Float64Array(1);
const scratchU32 = new Uint32Array(scratchF64.buffer);

function slotHash(value: number): number {
  scratchF64[0] = value;
  let h = scratchU32[0] ^ imul(scratchU32[1], 0x9e3779b1);
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Integers in [0, SMALL_RANGE) are indexed directly. */
const SMALL_RANGE = 4096;
const MS_PER_DAY = 86_400_000;
/** Whole days in [DAY_MIN, DAY_MIN + DAY_RANGE) since 1970-01-01 are indexed directly too. */
const DAY_MIN = -32_768;
const DAY_RANGE = 131_072;

export class NumberCounts {
  /** Distinct keys in order of first appearance (valid up to `size`). */
  keys = new Float64Array(1024);
  /** Counts aligned with `keys`. */
  counts = new Float64Array(1024);
  size = 0;
  private table = new Int32Array(2048);
  private mask = 2047;
  /** Entry + 1 of each small integer key (0: not seen); those keys are not in `table`. */
  private readonly small = new Int32Array(SMALL_RANGE);
  /** The same for whole days (see `dayIndex`), made with the first one. */
  private days: Int32Array | null = null;

  /** Counts one occurrence of `value` (not NaN; −0 counts as 0). */
  add(value: number): void {
    const v = value + 0;
    if (NumberCounts.isSmall(v)) {
      const entry = this.small[v];
      if (entry !== 0) this.counts[entry - 1]++;
      else this.small[v] = this.append(v) + 1;
      return;
    }
    const day = NumberCounts.dayIndex(v);
    if (day >= 0) {
      const days = (this.days ??= new Int32Array(DAY_RANGE));
      const entry = days[day];
      if (entry !== 0) this.counts[entry - 1]++;
      else days[day] = this.append(v) + 1;
      return;
    }
    const table = this.table;
    const mask = this.mask;
    let i = slotHash(v) & mask;
    for (;;) {
      const entry = table[i];
      if (entry === 0) break;
      if (this.keys[entry - 1] === v) {
        this.counts[entry - 1]++;
        return;
      }
      i = (i + 1) & mask;
    }
    table[i] = this.append(v) + 1;
    if (this.size * 2 > mask) this.rehash();
  }

  /** A new key with count 1; returns its entry. */
  private append(v: number): number {
    if (this.size === this.keys.length) this.growEntries();
    const index = this.size++;
    this.keys[index] = v;
    this.counts[index] = 1;
    return index;
  }

  private static isSmall(v: number): boolean {
    return v >= 0 && v < SMALL_RANGE && (v | 0) === v;
  }

  /** The day table's index of a whole day in range (not a small integer: 0 is one), else −1. */
  private static dayIndex(v: number): number {
    const day = v / MS_PER_DAY;
    if ((day | 0) !== day) return -1;
    const index = day - DAY_MIN;
    // The product check keeps out values whose quotient only rounds to a whole day (1e-300 → 0).
    return index >= 0 && index < DAY_RANGE && day * MS_PER_DAY === v ? index : -1;
  }

  /** Whether `v` lives in a direct table rather than the hash table. */
  private static isDirect(v: number): boolean {
    return NumberCounts.isSmall(v) || NumberCounts.dayIndex(v) >= 0;
  }

  /** The count of `value` (0 when never seen). */
  get(value: number): number {
    const v = value + 0;
    if (NumberCounts.isSmall(v)) {
      const entry = this.small[v];
      return entry === 0 ? 0 : this.counts[entry - 1];
    }
    const day = NumberCounts.dayIndex(v);
    if (day >= 0) {
      const entry = this.days === null ? 0 : this.days[day];
      return entry === 0 ? 0 : this.counts[entry - 1];
    }
    let i = slotHash(v) & this.mask;
    for (;;) {
      const entry = this.table[i];
      if (entry === 0) return 0;
      if (this.keys[entry - 1] === v) return this.counts[entry - 1];
      i = (i + 1) & this.mask;
    }
  }

  private growEntries(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const counts = new Float64Array(this.counts.length * 2);
    counts.set(this.counts);
    this.counts = counts;
  }

  private rehash(): void {
    const capacity = this.table.length * 2;
    const table = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let index = 0; index < this.size; index++) {
      if (NumberCounts.isDirect(this.keys[index])) continue;
      let i = slotHash(this.keys[index]) & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = index + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}
