/**
 * The per-batch loops of a numeric column, one loop per function: V8 optimises a small hot function
 * as a whole, where a method holding several long loops keeps entering optimised code on stack and
 * falling back out of it at each loop's exit (measured: two to three times slower).
 */
import { Missing } from '../data/types.js';

// Read once: hot loops then avoid looking up the global `Math` (slow in vm contexts such as jest's)
// and properties of an imported object.
const { abs } = Math;
const NULL = Missing.Null;
const NAN = Missing.NaN;

export interface MissingCounts {
  nulls: number;
  nan: number;
  invalid: number;
}

/** Counts null cells, NaN cells and invalid (non-missing) cells. */
export function countMissing(missing: Uint8Array, invalid: Uint8Array | null, out: MissingCounts): void {
  let nulls = 0;
  let nan = 0;
  let bad = 0;
  for (let i = 0; i < missing.length; i++) {
    const m = missing[i];
    if (m === NULL) nulls++;
    else if (m === NAN) nan++;
    else if (invalid !== null && invalid[i] === 1) bad++;
  }
  out.nulls = nulls;
  out.nan = nan;
  out.invalid = bad;
}

export interface FiniteScan {
  count: number;
  infinite: number;
  zeros: number;
  min: number;
  max: number;
  /** Neumaier-compensated sum: sum + compensation. */
  sum: number;
  compensation: number;
}

export interface PowerSums {
  s1: number;
  s2: number;
  s3: number;
}

/** Σd, Σd², Σd³ of the deviations d = v − shift of the finite values. */
export function powerSums(values: Float64Array, shift: number, out: PowerSums): void {
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v - v === 0) {
      const d = v - shift;
      const d2 = d * d;
      s1 += d;
      s2 += d2;
      s3 += d2 * d;
    }
  }
  out.s1 = s1;
  out.s2 = s2;
  out.s3 = s3;
}

/**
 * Count, ±Infinity count, zeros, extremes and compensated sum of the finite values (NaN skipped), and
 * their `powerSums` around `shift`, in one loop: for a batch whose mean the caller can guess (the
 * previous batch's), half the passes over the values. The caller checks the guess.
 */
export function scanFiniteShifted(
  values: Float64Array,
  shift: number,
  out: FiniteScan,
  sums: PowerSums
): void {
  let count = 0;
  let infinite = 0;
  let zeros = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let s = 0;
  let c = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v - v === 0) {
      count++;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v === 0) zeros++;
      const t = s + v;
      c += abs(s) >= abs(v) ? s - t + v : v - t + s;
      s = t;
      const d = v - shift;
      const d2 = d * d;
      s1 += d;
      s2 += d2;
      s3 += d2 * d;
    } else if (v === v) {
      infinite++;
    }
  }
  out.count = count;
  out.infinite = infinite;
  out.zeros = zeros;
  out.min = min;
  out.max = max;
  out.sum = s;
  out.compensation = c;
  sums.s1 = s1;
  sums.s2 = s2;
  sums.s3 = s3;
}
