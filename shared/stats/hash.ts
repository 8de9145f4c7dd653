/**
 * 64-bit keys for exact-duplicate detection (`DuplicateFinder`), as two unsigned 32-bit halves so
 * that hot loops stay in small integers and typed arrays (no BigInt).
 *
 * - Numbers (int, float, bool, datetime columns, all float64 in the data layer) map to their IEEE-754
 *   bits through a bijection: two different values never share a key. 1 and 1.0 are the same double;
 *   -0 is keyed as 0 and every NaN as one NaN, as pandas' `duplicated` treats them.
 * - Strings hash their UTF-16 code units with a two-lane murmur3-style function. Not collision
 *   resistant against crafted input; for n distinct strings the chance that any two share a key is
 *   about n² / 2^65 (birthday bound on 64 bits): 2.7e-8 at 1M, 1.1e-5 at 20M distinct values.
 * - Compound keys (several columns, or a whole row) fold the column keys in order with a bijective
 *   64-bit mixer; the same n² / 2^65 bound applies to distinct tuples, and two tuples that differ in
 *   exactly one column never collide unless that column's keys do.
 *
 * Every key is well mixed (each output bit depends on every input bit), which `DuplicateFinder`'s
 * radix partitioning relies on for speed (not for correctness).
 */

/** A 64-bit key: `[hi, lo]`, each an unsigned 32-bit integer. */
export type Key64 = readonly [hi: number, lo: number];

// A module-scope alias, not `Math.imul` at each call: where the global object is a vm context's
// (jest's test environment), every global lookup goes through an interceptor and costs ~200 ns,
// making the hot loops ~100× slower; a module binding costs nothing anywhere.
const imul = Math.imul;

// Multipliers from MurmurHash3 (x86_32 / x86_128 / fmix32) and xxHash32: odd constants with good
// avalanche behaviour, chosen by their authors.
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const C3 = 0x85ebca77; // xxHash32 PRIME32_2
const C4 = 0xc2b2ae3d; // xxHash32 PRIME32_3
const SEED_HI = 0x9747b28c;
const SEED_LO = 0x5bd1e995;

/** MurmurHash3's 32-bit finaliser: a bijection on 32 bits with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/**
 * A four-round Feistel network over the two halves, written to `outHi[i]`, `outLo[i]`. Each round
 * `a ^= F(b)` is its own inverse, so the whole map is a bijection on 64 bits whatever F is; F =
 * fmix32 with a round constant makes every output bit depend on every input bit after three rounds.
 * Round constants: fractional bits of sqrt(2), sqrt(3), sqrt(5), sqrt(7) (as in SHA-256's initial
 * hash value). Results go straight into typed arrays: returning a pair would allocate, and a
 * module-level out-variable measured four times slower than this.
 */
function mixValueInto(hi: number, lo: number, outHi: Uint32Array, outLo: Uint32Array, i: number): void {
  hi ^= fmix32(lo ^ 0x6a09e667);
  lo ^= fmix32(hi ^ 0xbb67ae85);
  hi ^= fmix32(lo ^ 0x3c6ef372);
  lo ^= fmix32(hi ^ 0xa54ff53a);
  outHi[i] = hi;
  outLo[i] = lo;
}

/**
 * `outHi/outLo[i] = P(acc) XOR (hi, lo)` with P another Feistel permutation (round constants from
 * SHA-256's first round constants, so that P differs from the value mixer).
 */
function combineInto(
  accHi: number,
  accLo: number,
  hi: number,
  lo: number,
  outHi: Uint32Array,
  outLo: Uint32Array,
  i: number
): void {
  accHi ^= fmix32(accLo ^ 0x428a2f98);
  accLo ^= fmix32(accHi ^ 0x71374491);
  accHi ^= fmix32(accLo ^ 0xb5c0fbcf);
  accLo ^= fmix32(accHi ^ 0xe9b5dba5);
  outHi[i] = accHi ^ hi;
  outLo[i] = accLo ^ lo;
}

const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);
// Which 32-bit word of a float64 holds the sign and exponent (1 on little-endian machines).
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO_WORD = 1 - HI_WORD;
const NAN_HI = 0x7ff80000;
const NAN_LO = 0;

function hashStringInto(s: string, outHi: Uint32Array, outLo: Uint32Array, index: number): void {
  let h1 = SEED_HI;
  let h2 = SEED_LO;
  const n = s.length;
  let i = 0;
  // Two UTF-16 code units per 32-bit block: packing is injective, and half the rounds of per-unit
  // hashing. Each lane's round is a bijection of its state for a fixed block, so equal-length strings
  // that differ in one block always differ in both lanes before the (bijective) finalisation.
  for (; i + 1 < n; i += 2) {
    const block = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    let k1 = imul(block, C1);
    k1 = imul(rotl(k1, 15), C2);
    h1 = rotl(h1 ^ k1, 13);
    h1 = (imul(h1, 5) + 0xe6546b64) | 0;
    let k2 = imul(block, C3);
    k2 = imul(rotl(k2, 17), C4);
    h2 = rotl(h2 ^ k2, 19);
    h2 = (imul(h2, 5) + 0x561ccd1b) | 0;
  }
  if (i < n) {
    const unit = s.charCodeAt(i);
    h1 ^= imul(rotl(imul(unit, C1), 15), C2);
    h2 ^= imul(rotl(imul(unit, C3), 17), C4);
  }
  // MurmurHash3 x86_128's finalisation, reduced to two lanes: lengths are mixed in, then the lanes
  // are cross-added around fmix32 so that each output half depends on both lanes.
  h1 ^= n;
  h2 ^= n;
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  outHi[index] = h1;
  outLo[index] = h2;
}

function hashFloat64Into(x: number, outHi: Uint32Array, outLo: Uint32Array, index: number): void {
  if (x !== x) {
    mixValueInto(NAN_HI, NAN_LO, outHi, outLo, index);
  } else {
    float[0] = x === 0 ? 0 : x; // -0 === 0, so this writes +0 for both
    mixValueInto(floatWords[HI_WORD], floatWords[LO_WORD], outHi, outLo, index);
  }
}

// Output slots of the single-value functions below (which return a fresh pair).
const oneHi = new Uint32Array(1);
const oneLo = new Uint32Array(1);

/** The 64-bit key of a string (its UTF-16 code units). */
export function hashString(s: string): Key64 {
  hashStringInto(s, oneHi, oneLo, 0);
  return [oneHi[0], oneLo[0]];
}

/**
 * The 64-bit key of a number: a bijection of its IEEE-754 bits, so distinct values never collide.
 * -0 is keyed as 0 and all NaNs alike.
 */
export function hashFloat64(x: number): Key64 {
  hashFloat64Into(x, oneHi, oneLo, 0);
  return [oneHi[0], oneLo[0]];
}

/** Folds `next` into a compound key (order matters: `combine(a, b)` differs from `combine(b, a)`). */
export function combineKeys(accumulated: Key64, next: Key64): Key64 {
  combineInto(accumulated[0], accumulated[1], next[0], next[1], oneHi, oneLo, 0);
  return [oneHi[0], oneLo[0]];
}

/**
 * The key used for a null cell, equal to `hashFloat64(NaN)`: pandas reads empty fields as NaN and
 * `duplicated` treats NaNs as equal, so a numeric column's nulls and NaNs share one key.
 */
export const NULL_KEY: Key64 = hashFloat64(Number.NaN);

/** Writes the keys of `values[0..count)` into `hi`/`lo` (the batch form of `hashString`). */
export function hashStrings(
  values: readonly string[],
  hi: Uint32Array,
  lo: Uint32Array,
  count: number = values.length
): void {
  checkLengths(count, values.length, hi, lo);
  for (let i = 0; i < count; i++) hashStringInto(values[i], hi, lo, i);
}

/** Writes the keys of `values[0..count)` into `hi`/`lo` (the batch form of `hashFloat64`). */
export function hashFloat64s(
  values: Float64Array,
  hi: Uint32Array,
  lo: Uint32Array,
  count: number = values.length
): void {
  checkLengths(count, values.length, hi, lo);
  // A Float64Array is always 8-byte aligned, so its bits can be read through a Uint32Array view.
  const words = new Uint32Array(values.buffer, values.byteOffset, count * 2);
  for (let i = 0; i < count; i++) {
    const x = values[i];
    if (x !== x) mixValueInto(NAN_HI, NAN_LO, hi, lo, i);
    else if (x === 0) mixValueInto(0, 0, hi, lo, i);
    else mixValueInto(words[2 * i + HI_WORD], words[2 * i + LO_WORD], hi, lo, i);
  }
}

/**
 * Folds one more column's keys into compound keys, row by row: `acc[i] = combineKeys(acc[i], col[i])`.
 * Start `acc` as a copy of the first column's keys.
 */
export function combineKeysInto(
  accHi: Uint32Array,
  accLo: Uint32Array,
  hi: Uint32Array,
  lo: Uint32Array,
  count: number
): void {
  checkLengths(count, accHi.length, accLo, hi);
  checkLengths(count, lo.length, accLo, hi);
  for (let i = 0; i < count; i++) combineInto(accHi[i], accLo[i], hi[i], lo[i], accHi, accLo, i);
}

function checkLengths(count: number, available: number, a: Uint32Array, b: Uint32Array): void {
  if (!Number.isInteger(count) || count < 0 || count > available || count > a.length || count > b.length) {
    throw new RangeError(
      `hash: count ${count} exceeds the arrays (lengths ${available}, ${a.length}, ${b.length})`
    );
  }
}
