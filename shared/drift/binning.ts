/**
 * Reference and current proportions per bin, as Evidently's `get_binned_data`
 * (`evidently/calculations/stattests/utils.py`) computes them for PSI and Jensen–Shannon:
 *  - numeric data whose reference has more than 20 distinct values: a histogram over the combined
 *    range, `np.histogram_bin_edges(concat(ref, cur), bins="sturges")` (Evidently passes "sturges"
 *    and ignores its `n_bins` argument); an explicit bin count gives equal-width bins instead;
 *  - otherwise (categorical data, or numeric with ≤ 20 distinct reference values): one bin per value
 *    of the union of both sides;
 *  - proportions are per side (count / that side's size); with `feelZeroes` (PSI), empty bins get
 *    the smallest non-zero proportion / 10⁶ when that is ≤ 0.0001, else 0.0001 (Evidently ≥ 0.4).
 */
import { checkSorted } from './ks.js';

/** Finite numeric values sorted ascending, or exact counts per category. */
export type DriftInput = Float64Array | ReadonlyMap<string, number>;

export interface BinOptions {
  /** 'sturges' (Evidently's choice, the default) or a number of equal-width bins. */
  bins?: number | 'sturges';
}

export interface Binned {
  reference: Float64Array;
  current: Float64Array;
  /** Bin edges for a histogram; null when binned by value. */
  edges: Float64Array | null;
}

/** Evidently's threshold: numeric data with more distinct reference values than this is histogrammed. */
const HISTOGRAM_MIN_DISTINCT = 20;

function distinctSorted(values: Float64Array): number {
  let distinct = values.length > 0 ? 1 : 0;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[i - 1]) distinct++;
  return distinct;
}

/** Index of the first value ≥ x (`side='left'`) or > x (`side='right'`) in ascending `values`. */
function searchSorted(values: Float64Array, x: number, right: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (right ? values[mid] <= x : values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `np.histogram_bin_edges(values of both, bins)` for finite data. */
export function histogramEdges(ref: Float64Array, cur: Float64Array, bins: number | 'sturges'): Float64Array {
  const min = Math.min(ref[0], cur[0]);
  const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  let count: number;
  if (bins === 'sturges') {
    // numpy `_hist_bin_sturges`: width = ptp / (log2(n) + 1), then ceil(ptp / width) bins.
    const ptp = max - min;
    const width = ptp / (Math.log2(ref.length + cur.length) + 1);
    count = width > 0 ? Math.ceil(ptp / width) : 1;
  } else {
    if (!(Number.isInteger(bins) && bins >= 1))
      throw new RangeError(`bins must be a positive integer, got ${bins}`);
    count = bins;
  }
  // numpy `_get_outer_edges` widens an empty range, then `np.linspace(first, last, count + 1)`.
  const first = min === max ? min - 0.5 : min;
  const last = min === max ? max + 0.5 : max;
  const edges = new Float64Array(count + 1);
  const step = (last - first) / count;
  for (let i = 0; i < count; i++) edges[i] = i * step + first;
  edges[count] = last;
  return edges;
}

/** `np.histogram(values, edges)[0] / len(values)`: bins closed on the left, the last also on the right. */
function histogramProportions(values: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const proportions = new Float64Array(bins);
  let previous = searchSorted(values, edges[0], false);
  for (let i = 0; i < bins; i++) {
    const next = searchSorted(values, edges[i + 1], i === bins - 1);
    proportions[i] = (next - previous) / values.length;
    previous = next;
  }
  return proportions;
}

function countValues(values: Float64Array): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const key = String(values[i]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function categoryProportions(ref: ReadonlyMap<string, number>, cur: ReadonlyMap<string, number>): Binned {
  let nRef = 0;
  for (const count of ref.values()) nRef += count;
  let nCur = 0;
  for (const count of cur.values()) nCur += count;
  if (nRef === 0 || nCur === 0) throw new RangeError('binning: a side has no values');
  const keys = new Set<string>();
  for (const [key, count] of ref) if (count > 0) keys.add(key);
  for (const [key, count] of cur) if (count > 0) keys.add(key);
  const reference = new Float64Array(keys.size);
  const current = new Float64Array(keys.size);
  let i = 0;
  for (const key of keys) {
    reference[i] = (ref.get(key) ?? 0) / nRef;
    current[i] = (cur.get(key) ?? 0) / nCur;
    i++;
  }
  return { reference, current, edges: null };
}

/** Evidently's `feel_zeroes`, in place. */
function fillZeroes(proportions: Float64Array): void {
  let smallest = Infinity;
  for (const p of proportions) if (p !== 0 && p < smallest) smallest = p;
  const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
  for (let i = 0; i < proportions.length; i++) if (proportions[i] === 0) proportions[i] = fill;
}

/**
 * Proportions per bin of both sides (see the module comment).
 * @throws RangeError when a side is empty, unsorted or NaN, or the sides are of different kinds.
 */
export function binnedProportions(
  ref: DriftInput,
  cur: DriftInput,
  options: BinOptions & { feelZeroes: boolean }
): Binned {
  let binned: Binned;
  if (ref instanceof Float64Array && cur instanceof Float64Array) {
    checkSorted(ref, 'binning: reference');
    checkSorted(cur, 'binning: current');
    if (distinctSorted(ref) > HISTOGRAM_MIN_DISTINCT) {
      const edges = histogramEdges(ref, cur, options.bins ?? 'sturges');
      binned = {
        reference: histogramProportions(ref, edges),
        current: histogramProportions(cur, edges),
        edges
      };
    } else {
      binned = categoryProportions(countValues(ref), countValues(cur));
    }
  } else if (!(ref instanceof Float64Array) && !(cur instanceof Float64Array)) {
    binned = categoryProportions(ref, cur);
  } else {
    throw new RangeError('binning: reference and current must both be numeric or both be categorical');
  }
  if (options.feelZeroes) {
    fillZeroes(binned.reference);
    fillZeroes(binned.current);
  }
  return binned;
}
