/**
 * Order statistics without a full sort: a multi-target quickselect with three-way partitioning
 * (Hoare's FIND with Bentley–McIlroy's handling of equal keys), O(n log k) for k targets. The profile
 * needs 7 quantiles of up to `sampleCap` values; sorting them all would cost several times more.
 */
import { quantile } from './quantile.js';

/** Small ranges are finished by insertion sort. */
const INSERTION = 24;

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

function medianOf3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/**
 * Reorders `a` (no NaN) so that `a[r]` holds the value of rank r, for every r in `ranks` (ascending),
 * as if `a` were sorted; other positions are only partially ordered.
 */
export function selectRanks(a: Float64Array, ranks: readonly number[]): void {
  const stack: number[] = [0, a.length, 0, ranks.length];
  while (stack.length > 0) {
    const rankHi = stack.pop()!;
    const rankLo = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (rankLo >= rankHi || hi - lo <= 1) continue;
    if (hi - lo <= INSERTION) {
      insertionSort(a, lo, hi);
      continue;
    }
    // Pivot: Tukey's ninther, robust to sorted and organ-pipe inputs.
    const step = Math.floor((hi - lo) / 8);
    const mid = lo + ((hi - lo) >> 1);
    const pivot = medianOf3(
      medianOf3(a[lo], a[lo + step], a[lo + 2 * step]),
      medianOf3(a[mid - step], a[mid], a[mid + step]),
      medianOf3(a[hi - 1 - 2 * step], a[hi - 1 - step], a[hi - 1])
    );
    // Dijkstra's three-way partition: [lo, lt) < pivot, [lt, gt) = pivot, [gt, hi) > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i < gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[--gt];
        a[gt] = v;
      } else {
        i++;
      }
    }
    let split = rankLo;
    while (split < rankHi && ranks[split] < lt) split++;
    let after = split;
    while (after < rankHi && ranks[after] < gt) after++;
    stack.push(lo, lt, rankLo, split, gt, hi, after, rankHi);
  }
}

/**
 * The q-quantiles (numpy 'linear', exactly as `quantile` on the sorted values) of `values`, which are
 * reordered in place.
 * @throws RangeError when `values` is empty.
 */
export function selectQuantiles(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError('quantile: no values');
  const needed = new Set<number>();
  for (const q of qs) {
    const virtual = (n - 1) * ((q * 100) / 100);
    const lo = Math.min(Math.floor(virtual), n - 1);
    needed.add(lo);
    if (lo + 1 < n) needed.add(lo + 1);
  }
  const ranks = [...needed].sort((x, y) => x - y);
  selectRanks(values, ranks);
  // `quantile` only reads positions lo and lo + 1, which now hold their ranks' values.
  return qs.map((q) => quantile(values, q));
}
