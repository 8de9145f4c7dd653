/**
 * Feature binning for the histogram gradient-boosted trees, as scikit-learn 1.2's `_BinMapper`: per
 * column, bin edges from the distinct values (midpoints) when there are at most `maxBins` of them,
 * else from `maxBins` quantiles (numpy's "midpoint" percentiles) of a subsample of 200,000 rows;
 * missing values get a bin of their own. Trees are grown on the bin codes, once, as a column-major
 * Uint8Array.
 *
 * One deliberate difference: the exported trees compare `float32(x) <= threshold` (onnxruntime's
 * TreeEnsemble), so the edges are rounded to float32 and rows are binned by their float32 value. A
 * split on bin b then has threshold `edges[b]`, and float32 comparison sends exactly the training
 * rows of bins 0..b to the left.
 */
import { Xoshiro128 } from '../stats/sampler.js';
import { sortFloat64 } from '../stats/sort.js';
import type { DesignMatrix } from './model-types.js';

/** scikit-learn's `_BinMapper(subsample=2e5)`: edges come from at most this many rows. */
const BINNING_SUBSAMPLE = 200_000;
/** Largest finite float32: an edge never rounds to +Infinity, which is kept for "split on missing". */
const FLOAT32_MAX = 3.4028234663852886e38;
/** Matrix values coded per block of rows (512 kB of float64), which stays in cache across columns. */
const ENCODE_BLOCK_VALUES = 65_536;

const { fround, floor, ceil } = Math;

export interface BinnedMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Bin codes, column-major: `codes[col * rows + row]`. */
  readonly codes: Uint8Array;
  /**
   * Per column, the float32 upper edges of its non-missing bins but the last, strictly increasing:
   * a value v is in bin b when `edges[b - 1] < float32(v) <= edges[b]`.
   */
  readonly edges: readonly Float32Array[];
  /** Per column, how many non-missing bins (`edges.length + 1`); that number is the missing code. */
  readonly nonMissingBins: Int32Array;
  /** Per column, 1 when some training row is missing (NaN). */
  readonly hasMissing: Uint8Array;
}

/** Bins every column of `matrix` into at most `maxBins` (≤ 255) non-missing bins plus the missing bin. */
export function binMatrix(matrix: DesignMatrix, maxBins: number, seed: number): BinnedMatrix {
  const { rows, cols, values } = matrix;
  const sample = sampleRows(rows, seed);
  // The sampled values, column by column, read in one pass over the (row-major) matrix.
  const sampled = new Float64Array(sample.length * cols);
  const present = new Int32Array(cols);
  for (let i = 0; i < sample.length; i++) {
    const at = sample[i] * cols;
    for (let col = 0; col < cols; col++) {
      const v = values[at + col];
      if (v === v) sampled[col * sample.length + present[col]++] = v;
    }
  }
  const edges: Float32Array[] = [];
  const nonMissingBins = new Int32Array(cols);
  for (let col = 0; col < cols; col++) {
    const from = col * sample.length;
    const colEdges = binEdges(sortFloat64(sampled.subarray(from, from + present[col])), maxBins);
    edges.push(colEdges);
    nonMissingBins[col] = colEdges.length + 1;
  }
  const codes = new Uint8Array(rows * cols);
  const hasMissing = new Uint8Array(cols);
  const padded = edges.map((e) => {
    const table = new Float64Array(256).fill(Infinity);
    table.set(e);
    return table;
  });
  // By blocks of rows: reading a whole column of the row-major matrix at a time would stream all of it
  // from memory once per column.
  const block = Math.max(1, Math.floor(ENCODE_BLOCK_VALUES / cols));
  for (let first = 0; first < rows; first += block) {
    const last = Math.min(rows, first + block);
    for (let col = 0; col < cols; col++) {
      hasMissing[col] |= encodeColumn(
        values,
        first,
        last,
        rows,
        cols,
        col,
        padded[col],
        nonMissingBins[col],
        codes
      );
    }
  }
  return { rows, cols, codes, edges, nonMissingBins, hasMissing };
}

/**
 * The rows the edges come from: all of them, or (as `rng.choice(n, 2e5, replace=False)`) a uniform
 * sample without replacement by a partial Fisher–Yates shuffle, in ascending order.
 */
function sampleRows(rows: number, seed: number): Uint32Array {
  const all = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) all[i] = i;
  if (rows <= BINNING_SUBSAMPLE) return all;
  const rng = new Xoshiro128(seed);
  for (let i = 0; i < BINNING_SUBSAMPLE; i++) {
    const j = i + floor(rng.nextUnit() * (rows - i));
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, BINNING_SUBSAMPLE).sort();
}

/**
 * scikit-learn's `_find_binning_thresholds` on the sorted non-missing values, rounded to float32.
 * Rounding can merge neighbouring edges (values closer than float32 resolves): merged edges are
 * dropped, since float32 comparison could not tell their bins apart.
 */
function binEdges(sorted: Float64Array, maxBins: number): Float32Array {
  const n = sorted.length;
  const distinct: number[] = [];
  for (let i = 0; i < n && distinct.length <= maxBins; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  }
  const out: number[] = [];
  const push = (edge: number): void => {
    const e = fround(edge) === Infinity ? FLOAT32_MAX : fround(edge);
    if (out.length === 0 || e > out[out.length - 1]) out.push(e);
  };
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i++) {
      const lo = distinct[i];
      const hi = distinct[i + 1];
      // The midpoint, unless rounding lifts it to the upper value's float32: then the lower value's.
      const mid = fround((lo + hi) * 0.5);
      push(mid < fround(hi) ? mid : fround(lo));
    }
  } else {
    // np.percentile(col, np.linspace(0, 100, maxBins + 1)[1:-1], method="midpoint").
    const step = 100 / maxBins;
    for (let k = 1; k < maxBins; k++) {
      const position = ((k * step) / 100) * (n - 1);
      const below = floor(position);
      if (below === ceil(position)) {
        push(sorted[below]);
      } else {
        const a = sorted[below];
        const b = sorted[below + 1];
        push(b - (b - a) * 0.5);
      }
    }
  }
  return Float32Array.from(out);
}

/**
 * Writes rows first..last-1 of one column's codes; returns 1 if any is missing. The code of x is the
 * number of edges below float32(x), found by a branch-free binary search over the edges padded with
 * +Infinity to 256 (`padded`): eight comparisons whose outcomes are added, never branched on (a
 * branching search mispredicts about every other step, which made binning 5x slower).
 */
function encodeColumn(
  values: Float64Array,
  first: number,
  last: number,
  rows: number,
  cols: number,
  col: number,
  padded: Float64Array,
  missingCode: number,
  codes: Uint8Array
): number {
  const offset = col * rows;
  let missing = 0;
  for (let row = first, at = first * cols + col; row < last; row++, at += cols) {
    const v = values[at];
    if (v !== v) {
      codes[offset + row] = missingCode;
      missing = 1;
      continue;
    }
    const x = fround(v);
    let b = +(x > padded[127]) << 7;
    b += +(x > padded[b + 63]) << 6;
    b += +(x > padded[b + 31]) << 5;
    b += +(x > padded[b + 15]) << 4;
    b += +(x > padded[b + 7]) << 3;
    b += +(x > padded[b + 3]) << 2;
    b += +(x > padded[b + 1]) << 1;
    b += +(x > padded[b]);
    codes[offset + row] = b;
  }
  return missing;
}
