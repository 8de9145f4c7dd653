/**
 * Ascending sort of float64 values by LSD radix sort on their IEEE-754 bits: several times faster
 * than `Float64Array.prototype.sort` in V8 (which measured 70–200 ms for 500,000 values), and the
 * column profiler sorts a sample of up to `sampleCap` values per numeric column.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const RADIX_BITS = 16;
const BUCKETS = 1 << RADIX_BITS;
/** Below this length the native sort is as fast. */
const SMALL = 256;

/**
 * The radix passes' second buffer, kept for the next sort: the profiler sorts one sample per numeric
 * column in a row, and one buffer of the largest size serves them all instead of one each.
 */
let spare = new Uint32Array(0);

function scratchFor(words: number): Uint32Array {
  if (spare.length < words) spare = new Uint32Array(words);
  return spare.subarray(0, words);
}

/**
 * Sorts finite or infinite `values` ascending in place (−0 before 0, as the native sort; NaN is not
 * expected) and returns them.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < SMALL || !LITTLE_ENDIAN) return values.sort();
  // Keys: the bits with the sign flipped for positives and every bit flipped for negatives, which
  // orders them as unsigned integers the way the doubles order. Word 2i is the low half, 2i + 1 the high.
  let keys: Uint32Array = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  for (let i = 0; i < n; i++) {
    const hi = keys[2 * i + 1];
    if (hi & 0x80000000) {
      keys[2 * i + 1] = ~hi;
      keys[2 * i] = ~keys[2 * i];
    } else {
      keys[2 * i + 1] = hi | 0x80000000;
    }
  }
  // One histogram per 16-bit digit (digits 0, 1 in the low word, 2, 3 in the high word).
  const counts = new Uint32Array(4 * BUCKETS);
  for (let i = 0; i < n; i++) {
    const lo = keys[2 * i];
    const hi = keys[2 * i + 1];
    counts[lo & 0xffff]++;
    counts[BUCKETS + (lo >>> 16)]++;
    counts[2 * BUCKETS + (hi & 0xffff)]++;
    counts[3 * BUCKETS + (hi >>> 16)]++;
  }
  let scratch: Uint32Array = scratchFor(n * 2);
  for (let digit = 0; digit < 4; digit++) {
    const base = digit * BUCKETS;
    // A digit shared by every key (e.g. the low bits of integers) needs no pass.
    let single = false;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b];
      if (c === n) single = true;
      if (c !== 0) break;
    }
    if (single) continue;
    let offset = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b];
      counts[base + b] = offset;
      offset += c;
    }
    const word = digit < 2 ? 0 : 1;
    const shift = digit % 2 === 0 ? 0 : 16;
    for (let i = 0; i < n; i++) {
      const lo = keys[2 * i];
      const hi = keys[2 * i + 1];
      const b = ((word === 0 ? lo : hi) >>> shift) & 0xffff;
      const at = counts[base + b]++;
      scratch[2 * at] = lo;
      scratch[2 * at + 1] = hi;
    }
    [keys, scratch] = [scratch, keys];
  }
  // Back to doubles, into `values`'s own memory.
  const out = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  for (let i = 0; i < n; i++) {
    const hi = keys[2 * i + 1];
    if (hi & 0x80000000) {
      out[2 * i + 1] = hi & 0x7fffffff;
      out[2 * i] = keys[2 * i];
    } else {
      out[2 * i + 1] = ~hi;
      out[2 * i] = ~keys[2 * i];
    }
  }
  return values;
}
