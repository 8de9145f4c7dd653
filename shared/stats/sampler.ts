/**
 * Bounded sample of a numeric stream for quantiles and drift: every value while there are at most
 * `cap`, then a uniform reservoir sample of `cap` values.
 *
 * Bound (documented and tested): the reservoir is a uniform sample without replacement of n = cap of
 * the N values, so by the Dvoretzky–Kiefer–Wolfowitz inequality (Massart's constant; sampling without
 * replacement only concentrates more) the sample's empirical CDF is within ε of the data's everywhere
 * with probability ≥ 1 − 2·exp(−2nε²). With the default cap of 500,000 every quantile's rank error
 * exceeds 0.005 with probability ≤ 2·exp(−25) ≈ 2.8e-11.
 */
import { quantile } from './quantile.js';
import { selectQuantiles } from './select.js';
import { sortFloat64 } from './sort.js';

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { floor, imul } = Math;

/**
 * xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"), seeded
 * through splitmix32: small, fast and deterministic. The state is a public Uint32Array so that hot
 * loops can run the generator inline on local variables (a method call per draw boxes its result).
 */
export class Xoshiro128 {
  readonly state = new Uint32Array(4);

  constructor(seed: number) {
    let s = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.state[i] = z ^ (z >>> 16);
    }
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const st = this.state;
    const a = st[0];
    const b = st[1];
    let c = st[2];
    let d = st[3];
    const x = Math.imul(b, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    st[1] = b ^ c;
    st[0] = a ^ d;
    st[2] = c ^ t;
    st[3] = (d << 11) | (d >>> 21);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextUnit(): number {
    return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
  }
}

export class NumericSampler {
  private buffer = new Float64Array(1024);
  private length = 0;
  /** Finite values offered so far. */
  private seen = 0;
  private readonly random: Xoshiro128;
  private sorted: Float64Array | null = null;

  constructor(
    readonly cap: number,
    seed: number
  ) {
    if (!(Number.isInteger(cap) && cap >= 1)) {
      throw new RangeError(`sampleCap must be a positive integer, got ${cap}`);
    }
    this.random = new Xoshiro128(seed);
  }

  /** All finite values seen. */
  get count(): number {
    return this.seen;
  }

  /** True while the sample holds every value seen. */
  get exact(): boolean {
    return this.seen <= this.cap;
  }

  /** Offers the finite values of `values` (NaN and ±Infinity are skipped). */
  offer(values: Float64Array): void {
    this.sorted = null;
    let from = 0;
    if (this.seen < this.cap) {
      from = this.keep(values);
      if (this.seen < this.cap) return;
    }
    this.sample(values, from);
  }

  /** Exact phase: keeps every value until `cap`; returns where it stopped. */
  private keep(values: Float64Array): number {
    const n = values.length;
    const cap = this.cap;
    let buffer = this.buffer;
    let length = this.length;
    let seen = this.seen;
    let i = 0;
    for (; i < n && seen < cap; i++) {
      const v = values[i];
      if (v - v !== 0) continue;
      if (length === buffer.length) buffer = this.grow(length);
      buffer[length++] = v;
      seen++;
    }
    this.length = length;
    this.seen = seen;
    return i;
  }

  /**
   * Reservoir phase from `values[from]`, Algorithm R (Vitter 1985): the i-th value (0-based)
   * replaces a uniformly chosen slot with probability cap/(i + 1). One 53-bit draw per value is
   * cheaper than Algorithm L's skips, which pay ~4 transcendental calls per accepted value and accept
   * cap·ln(N/cap) of them.
   */
  private sample(values: Float64Array, from: number): void {
    const n = values.length;
    const cap = this.cap;
    const buffer = this.buffer;
    const state = this.random.state;
    let seen = this.seen;
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    for (let i = from; i < n; i++) {
      const v = values[i];
      if (v - v !== 0) continue;
      seen++;
      // Two xoshiro128** steps, inline (the same sequence as `Xoshiro128.nextUnit`).
      let x = imul(b, 5);
      const hi = imul((x << 7) | (x >>> 25), 9) >>> 5;
      let t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      x = imul(b, 5);
      const lo = imul((x << 7) | (x >>> 25), 9) >>> 6;
      t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const slot = floor(((hi * 67108864 + lo) / 9007199254740992) * seen);
      if (slot < cap) buffer[slot] = v;
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    this.seen = seen;
  }

  /**
   * Offers a multiset given as distinct values and their counts (in any order: a reservoir sample is
   * uniform whatever the order), ±Infinity skipped. Used to start sampling from exact counts.
   */
  offerCounts(keys: Float64Array, counts: Float64Array, size: number): void {
    // A column this diverse will most likely fill the sample: room for all of it at once, rather
    // than doubling up to it and leaving each smaller buffer to the collector.
    if (this.buffer.length < this.cap) {
      const full = new Float64Array(this.cap);
      full.set(this.buffer.subarray(0, this.length));
      this.buffer = full;
    }
    const chunk = new Float64Array(65_536);
    let length = 0;
    for (let i = 0; i < size; i++) {
      const key = keys[i];
      if (key - key !== 0) continue;
      for (let c = counts[i]; c > 0; c--) {
        chunk[length++] = key;
        if (length === chunk.length) {
          this.offer(chunk);
          length = 0;
        }
      }
    }
    if (length > 0) this.offer(chunk.subarray(0, length));
  }

  /**
   * The sample, sorted ascending (do not modify). Sorted in place: a reservoir's slots are
   * exchangeable, so sorting it keeps it a uniform sample and saves a copy of the size of the cap.
   */
  sortedValues(): Float64Array {
    const sorted = this.sorted ?? sortFloat64(this.buffer.subarray(0, this.length));
    this.sorted = sorted;
    return sorted;
  }

  /**
   * The sample's q-quantiles (numpy 'linear'), by selection rather than a full sort. Reorders the
   * sample buffer, which is harmless: a reservoir is a set, and its slots are picked uniformly.
   */
  quantiles(qs: readonly number[]): number[] {
    const sorted = this.sorted;
    if (sorted !== null) return qs.map((q) => quantile(sorted, q));
    return selectQuantiles(this.buffer.subarray(0, this.length), qs);
  }

  private grow(length: number): Float64Array<ArrayBuffer> {
    const next = new Float64Array(Math.min(this.cap, length * 2));
    next.set(this.buffer);
    this.buffer = next;
    return next;
  }
}
