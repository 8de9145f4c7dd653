/**
 * Argsort of finite float64 keys, descending: an LSD radix sort on the keys' IEEE-754 bits (4 passes
 * of 16 bits, passes whose digit is constant skipped), O(n), about 10× faster than a comparator sort
 * on millions of rows. Keys that are all float32 values (what onnxruntime scores are) sort on their
 * 32 bits: 2 passes. Ties keep no particular order: every caller walks tied scores as one group.
 * A two-class problem's probabilities need no row indices, and sort as packed keys, most significant
 * digit first (`sortBinaryProbabilities`).
 */

import { forEachChunk } from './chunk.js';
import type { ClassIndices, Probabilities } from './types.js';

/** Below this a comparator sort is cheaper than the radix histograms. */
const RADIX_MIN = 4096;
const RADIX = 65536;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export interface Sorted {
  /** Indices of `keys` by descending key. */
  readonly order: Int32Array;
  /** 1 at position i when keys[order[i]] differs from keys[order[i + 1]] (and at the last position). */
  readonly groupEnd: Uint8Array;
  /** Tie groups: the 1s of `groupEnd`. */
  readonly groups: number;
}

/**
 * Indices ordered by descending `keys` (finite values; -0 and 0 are one value, as numpy's
 * `np.diff(y_score) != 0` sees them), with the tie groups marked. `keys` is not modified.
 */
export function argsortDescending(keys: Float64Array): Sorted {
  const n = keys.length;
  const groupEnd = new Uint8Array(n);
  if (n < RADIX_MIN || !LITTLE_ENDIAN) {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => keys[b] - keys[a]);
    let groups = 0;
    for (let i = 0; i < n; i++) {
      if (i === n - 1 || keys[order[i]] !== keys[order[i + 1]]) {
        groupEnd[i] = 1;
        groups++;
      }
    }
    return { order, groupEnd, groups };
  }
  const narrow = argsortFloat32(keys);
  if (narrow !== null) return narrow;
  // Map each double to a uint64 (hi, lo) that sorts like the double: flip every bit of negatives, the
  // sign bit of the rest. Then invert, so that ascending radix order is descending key order.
  const copy = Float64Array.from(keys);
  const bits = new Uint32Array(copy.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Int32Array(n);
  const histogram = new Uint32Array(4 * RADIX);
  for (let i = 0; i < n; i++) {
    let l = bits[2 * i];
    let h = bits[2 * i + 1];
    if (h === 0x80000000 && l === 0) h = 0; // -0 sorts, and ties, with 0
    if ((h & 0x80000000) !== 0) {
      h = ~h;
      l = ~l;
    } else {
      h |= 0x80000000;
    }
    h = ~h >>> 0;
    l = ~l >>> 0;
    hi[i] = h;
    lo[i] = l;
    idx[i] = i;
    histogram[l & 0xffff]++;
    histogram[RADIX + (l >>> 16)]++;
    histogram[2 * RADIX + (h & 0xffff)]++;
    histogram[3 * RADIX + (h >>> 16)]++;
  }
  let hiOut = new Uint32Array(n);
  let loOut = new Uint32Array(n);
  let idxOut = new Int32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * RADIX;
    if (toOffsets(histogram, base, n)) continue;
    const fromHi = pass >= 2;
    const shift = (pass & 1) === 1 ? 16 : 0;
    for (let i = 0; i < n; i++) {
      const h = hi[i];
      const l = lo[i];
      const digit = ((fromHi ? h : l) >>> shift) & 0xffff;
      const at = histogram[base + digit]++;
      hiOut[at] = h;
      loOut[at] = l;
      idxOut[at] = idx[i];
    }
    [hi, hiOut] = [hiOut, hi];
    [lo, loOut] = [loOut, lo];
    [idx, idxOut] = [idxOut, idx];
  }
  // The keys travelled with the indices: equal neighbours are ties, read sequentially.
  let groups = n > 0 ? 1 : 0;
  for (let i = 0; i < n - 1; i++) {
    if (hi[i] !== hi[i + 1] || lo[i] !== lo[i + 1]) {
      groupEnd[i] = 1;
      groups++;
    }
  }
  if (n > 0) groupEnd[n - 1] = 1;
  return { order: idx, groupEnd, groups };
}

/**
 * The 32-bit path: null unless every key is a float32 value. Same mapping as the 64-bit path (flip
 * negatives, set the sign bit of the rest, invert), on the float32 bits.
 */
function argsortFloat32(keys: Float64Array): Sorted | null {
  const n = keys.length;
  const narrow = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    narrow[i] = k;
    if (narrow[i] !== k) return null;
  }
  const bits = new Uint32Array(narrow.buffer);
  let key = new Uint32Array(n);
  let idx = new Int32Array(n);
  const histogram = new Uint32Array(2 * RADIX);
  for (let i = 0; i < n; i++) {
    let b = bits[i];
    if (b === 0x80000000) b = 0; // -0 ties with 0
    b = (b & 0x80000000) !== 0 ? ~b : b | 0x80000000;
    b = ~b >>> 0;
    key[i] = b;
    idx[i] = i;
    histogram[b & 0xffff]++;
    histogram[RADIX + (b >>> 16)]++;
  }
  let keyOut = new Uint32Array(n);
  let idxOut = new Int32Array(n);
  for (let pass = 0; pass < 2; pass++) {
    const base = pass * RADIX;
    if (toOffsets(histogram, base, n)) continue;
    const shift = pass === 0 ? 0 : 16;
    for (let i = 0; i < n; i++) {
      const k = key[i];
      const at = histogram[base + ((k >>> shift) & 0xffff)]++;
      keyOut[at] = k;
      idxOut[at] = idx[i];
    }
    [key, keyOut] = [keyOut, key];
    [idx, idxOut] = [idxOut, idx];
  }
  const { groupEnd, groups } = tieGroups(key);
  return { order: idx, groupEnd, groups };
}

/** Scores of two classes by descending score, without row indices (see `sortBinaryProbabilities`). */
export interface SortedBinary {
  /** The class (0 or 1) at each position. */
  readonly labels: Uint8Array;
  /** 1 at position i when the score changes after it (and at the last position). */
  readonly groupEnd: Uint8Array;
  /** Tie groups: the 1s of `groupEnd`. */
  readonly groups: number;
  /** The score at position i. */
  scoreAt(i: number): number;
}

/**
 * The full-set sweeps of a binary problem need each position's class and score, not which row it
 * was: when every score of `column` (of the two in `proba`) is a float32 in [0, 1] (onnxruntime's
 * probabilities are), its 30 significant bits and the row's class pack into one 32-bit key, and one
 * array goes through the radix passes instead of keys and indices. Null when a score does not fit.
 * Each loop runs in chunks (see `forEachChunk`): this runs once per input, on millions of rows.
 */
export function sortBinaryProbabilities(
  proba: Probabilities,
  column: number,
  yTrue: ClassIndices
): SortedBinary | null {
  const n = yTrue.length;
  if (n < RADIX_MIN || !LITTLE_ENDIAN) return null;
  // The column's float32 bits: a float32 input's own, or a float64 input's narrowed (when exact).
  let bits: Uint32Array;
  let stride = 2;
  let offset = column;
  if (proba instanceof Float32Array) bits = new Uint32Array(proba.buffer, proba.byteOffset, proba.length);
  else {
    const narrow = narrowColumn(proba, column, n);
    if (narrow === null) return null;
    bits = new Uint32Array(narrow.buffer);
    stride = 1;
    offset = 0;
  }
  // How many keys have each high digit (the top 16 bits: the score's exponent and first bits).
  const buckets = new Uint32Array(RADIX);
  let fits = true;
  forEachChunk(n, (from, to) => {
    fits &&= countChunk(bits, stride, offset, yTrue, buckets, from, to);
  });
  if (!fits) return null;
  // Ascending keys, most significant digit first: each key goes to its high digit's bucket, then
  // each bucket is sorted on the low 16 bits where it lies. Probabilities crowd into a few hundred
  // buckets (a few exponents), so the first pass writes to few places at a time, and a bucket's
  // sort runs in cache; low digits first would scatter every key over 65,536 places.
  const keys = new Uint32Array(n);
  const largest = bucketStarts(buckets);
  forEachChunk(n, (from, to) => {
    scatterChunk(bits, stride, offset, yTrue, keys, buckets, from, to);
  });
  // `buckets[d]` is now where bucket d ends.
  sortBuckets(keys, buckets, largest);
  const labels = new Uint8Array(n);
  const groupEnd = new Uint8Array(n);
  let groups = 0;
  forEachChunk(n, (from, to) => {
    groups += unpackChunk(keys, labels, groupEnd, from, to);
  });
  // Position i holds the score of the (n − 1 − i)-th key: its bits, read back as a float32.
  const scoreBits = new Uint32Array(1);
  const score = new Float32Array(scoreBits.buffer);
  const scoreAt = (i: number): number => {
    scoreBits[0] = keys[n - 1 - i] >>> 1;
    return score[0];
  };
  return { labels, groupEnd, groups, scoreAt };
}

/** Column `column` of two-column float64 scores as float32, or null when a score is not a float32 value. */
function narrowColumn(proba: Float64Array, column: number, n: number): Float32Array | null {
  const narrow = new Float32Array(n);
  let exact = true;
  forEachChunk(n, (from, to) => {
    exact &&= narrowChunk(proba, column, narrow, from, to);
  });
  return exact ? narrow : null;
}

function narrowChunk(
  proba: Float64Array,
  column: number,
  narrow: Float32Array,
  from: number,
  to: number
): boolean {
  for (let i = from; i < to; i++) {
    const p = proba[2 * i + column];
    narrow[i] = p;
    if (narrow[i] !== p) return false;
  }
  return true;
}

/**
 * Counts the high digits of the keys of rows `[from, to)` (row i's score bits at
 * `bits[stride · i + offset]`). False as soon as a score is not in [0, 1].
 */
function countChunk(
  bits: Uint32Array,
  stride: number,
  offset: number,
  yTrue: ClassIndices,
  buckets: Uint32Array,
  from: number,
  to: number
): boolean {
  for (let i = from; i < to; i++) {
    const key = packedKey(bits[stride * i + offset], yTrue[i]);
    if (key < 0) return false;
    buckets[key >>> 16]++;
  }
  return true;
}

/**
 * The key of a float32 score (its bits) and its row's class: the 30 significant bits and the class,
 * which sort as the scores do (the keys stay below 2^31: integers to the compiler, not doubles);
 * -1 when the score is not in [0, 1].
 */
function packedKey(bits: number, y: number): number {
  const b = bits === 0x80000000 ? 0 : bits; // -0 ties with 0
  if (b > 0x3f800000) return -1; // negative, or above 1 (or NaN)
  return (b << 1) | y;
}

/** Puts the keys of rows `[from, to)` (every one packs) in their high digit's bucket, at its next free place. */
function scatterChunk(
  bits: Uint32Array,
  stride: number,
  offset: number,
  yTrue: ClassIndices,
  keys: Uint32Array,
  buckets: Uint32Array,
  from: number,
  to: number
): void {
  for (let i = from; i < to; i++) {
    const key = packedKey(bits[stride * i + offset], yTrue[i]);
    keys[buckets[key >>> 16]++] = key;
  }
}

/**
 * Turns the buckets' sizes into their starts; returns the largest size. (Each loop over the 65,536
 * buckets is a function of its own: a loop in a function called once runs as on-stack-replacement
 * code, compiled before anything after the loop has run, which deoptimises on reaching it.)
 */
function bucketStarts(buckets: Uint32Array): number {
  let largest = 0;
  for (let d = 0, start = 0; d < RADIX; d++) {
    const size = buckets[d];
    if (size > largest) largest = size;
    buckets[d] = start;
    start += size;
  }
  return largest;
}

/**
 * Sorts each bucket of `keys` (bucket d ends at `ends[d]`; none holds more than `largest` keys). Every
 * bucket is a call, empty ones too: the low ones usually are, and the loop's compiled code would
 * otherwise have no feedback for the call.
 */
function sortBuckets(keys: Uint32Array, ends: Uint32Array, largest: number): void {
  const scratch = new Uint32Array(largest);
  const digits = new Uint32Array(2 * BYTE);
  for (let d = 0, start = 0; d < RADIX; d++) {
    const end = ends[d];
    sortBucket(keys, scratch, digits, start, end);
    start = end;
  }
}

/** Buckets of at most this many keys are sorted by insertion. */
const INSERTION_MAX = 32;
const BYTE = 256;

/**
 * Sorts keys `[from, to)`, which share their high 16 bits, on the low 16: by insertion when few,
 * else two stable counting passes of 8 bits (through `scratch`; `digits` holds their counts).
 */
function sortBucket(
  keys: Uint32Array,
  scratch: Uint32Array,
  digits: Uint32Array,
  from: number,
  to: number
): void {
  if (to - from < 2) return;
  if (to - from <= INSERTION_MAX) {
    for (let i = from + 1; i < to; i++) {
      const key = keys[i];
      let j = i - 1;
      while (j >= from && keys[j] > key) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = key;
    }
    return;
  }
  digits.fill(0);
  for (let i = from; i < to; i++) {
    const key = keys[i];
    digits[key & 0xff]++;
    digits[BYTE + ((key >>> 8) & 0xff)]++;
  }
  for (let d = 0, low = 0, high = 0; d < BYTE; d++) {
    const lowCount = digits[d];
    const highCount = digits[BYTE + d];
    digits[d] = low;
    digits[BYTE + d] = high;
    low += lowCount;
    high += highCount;
  }
  for (let i = from; i < to; i++) {
    const key = keys[i];
    scratch[digits[key & 0xff]++] = key;
  }
  for (let i = 0; i < to - from; i++) {
    const key = scratch[i];
    keys[from + digits[BYTE + ((key >>> 8) & 0xff)]++] = key;
  }
}

/**
 * Positions `[from, to)` by descending score, the ascending `keys` read from the end: each one's
 * class, and the tie groups (where the score differs from the next position's, and at the last);
 * returns how many groups end there.
 */
function unpackChunk(
  keys: Uint32Array,
  labels: Uint8Array,
  groupEnd: Uint8Array,
  from: number,
  to: number
): number {
  const last = keys.length - 1;
  let ends = 0;
  for (let i = from; i < to; i++) {
    const key = keys[last - i];
    labels[i] = key & 1;
    const end = i === last || key >>> 1 !== keys[last - i - 1] >>> 1 ? 1 : 0;
    groupEnd[i] = end;
    ends += end;
  }
  return ends;
}

/** The tie groups of sorted keys: 1 where a key differs from the next (and at the last), and how many. */
function tieGroups(keys: Uint32Array): { groupEnd: Uint8Array; groups: number } {
  const n = keys.length;
  const groupEnd = new Uint8Array(n);
  let groups = n > 0 ? 1 : 0;
  forEachChunk(n - 1, (from, to) => {
    groups += groupChunk(keys, groupEnd, from, to);
  });
  if (n > 0) groupEnd[n - 1] = 1;
  return { groupEnd, groups };
}

/** Marks where keys `[from, to)` differ from the next; returns how many do. */
function groupChunk(keys: Uint32Array, groupEnd: Uint8Array, from: number, to: number): number {
  let ends = 0;
  for (let i = from; i < to; i++) {
    if (keys[i] !== keys[i + 1]) {
      groupEnd[i] = 1;
      ends++;
    }
  }
  return ends;
}

/**
 * Turns one digit's counts (`histogram[base, base + RADIX)`) into start offsets. True when a single
 * digit value holds all `n` keys: the pass would leave the order as it is, and is skipped.
 */
function toOffsets(histogram: Uint32Array, base: number, n: number): boolean {
  let single = false;
  let total = 0;
  for (let d = 0; d < RADIX; d++) {
    const c = histogram[base + d];
    if (c === n) single = true;
    histogram[base + d] = total;
    total += c;
  }
  return single;
}
