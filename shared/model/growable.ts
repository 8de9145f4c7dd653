/**
 * Append-only typed arrays for per-row results, whose length is known only when the data set has
 * been read. Values go into blocks that are never moved (growing blocks, up to 4M values); the
 * result is assembled once at the end, so each value is copied once. Given the expected number of
 * values, the first block has that size, and when it holds them all the result is a view of it:
 * no copy at all.
 */

type NumericArray = Float64Array | Float32Array | Int32Array | Uint8Array;

const FIRST_BLOCK = 65_536;
const LARGEST_BLOCK = 4_194_304;
/**
 * The largest first block a hint may ask for (1 GiB of float64): an estimate far off, or data past
 * what one array can hold, then grows in blocks as without a hint. Pages a block never touches cost
 * no memory: large allocations come zeroed from the system, untouched.
 */
const LARGEST_HINTED_BLOCK = 1 << 27;

abstract class Growable<T extends NumericArray> {
  private readonly full: T[] = [];
  private current: T;
  private used = 0;
  /** Values appended so far. */
  length = 0;

  protected constructor(
    private readonly allocate: (size: number) => T,
    /** The values expected in all (a hint: more may come), 0 when unknown. */
    private readonly expected: number
  ) {
    this.current = allocate(0);
  }

  /** A view of `count` new values at the end, to fill before anything else is appended. */
  append(count: number): T {
    if (this.used + count > this.current.length) {
      if (this.used > 0) this.full.push(this.current.subarray(0, this.used) as T);
      const size =
        this.length === 0 && this.expected > 0
          ? Math.min(this.expected, LARGEST_HINTED_BLOCK)
          : Math.min(LARGEST_BLOCK, Math.max(FIRST_BLOCK, this.current.length * 2));
      this.current = this.allocate(Math.max(count, size));
      this.used = 0;
    }
    const view = this.current.subarray(this.used, this.used + count) as T;
    this.used += count;
    this.length += count;
    return view;
  }

  /** Every value appended, in one array of exactly `length` values (a view of the first block when it holds them all). */
  finish(): T {
    if (this.full.length === 0) return this.current.subarray(0, this.used) as T;
    const out = this.allocate(this.length);
    let offset = 0;
    for (const block of [...this.full, this.current.subarray(0, this.used) as T]) {
      out.set(block, offset);
      offset += block.length;
    }
    return out;
  }
}

export class GrowableFloat64 extends Growable<Float64Array> {
  /** `expected`: the number of values expected, when known (see `Growable`). */
  constructor(expected = 0) {
    super((size) => new Float64Array(size), expected);
  }
}

export class GrowableFloat32 extends Growable<Float32Array> {
  /** `expected`: the number of values expected, when known (see `Growable`). */
  constructor(expected = 0) {
    super((size) => new Float32Array(size), expected);
  }
}

export class GrowableInt32 extends Growable<Int32Array> {
  /** `expected`: the number of values expected, when known (see `Growable`). */
  constructor(expected = 0) {
    super((size) => new Int32Array(size), expected);
  }
}

export class GrowableUint8 extends Growable<Uint8Array> {
  /** `expected`: the number of values expected, when known (see `Growable`). */
  constructor(expected = 0) {
    super((size) => new Uint8Array(size), expected);
  }
}
