/**
 * Gradient histograms of a tree node, as scikit-learn 1.2's `HistogramBuilder`: per feature and bin,
 * the sum of the gradients, the sum of the hessians and the row count of the node's rows in that bin.
 * One Float64Array holds a node's histograms for every feature, `[gradient, hessian, count]` per bin,
 * each feature taking its own non-missing bins plus the missing bin (`HistogramLayout`), followed
 * by scratch bins for the feature bundles (gbt-bundles).
 *
 * A node's histograms are built from its rows ("brute") only for the smaller child of a split; the
 * larger child's are the parent's minus the smaller's (the sibling-subtraction trick). Building is
 * the hot loop of training, so it is written for V8: several code columns per pass over the rows,
 * unrolled, and 0/1 features summed in registers.
 */
import type { BinnedMatrix } from './gbt-binning.js';
import { bundleBinaryFeatures } from './gbt-bundles.js';

/** Where each feature's bins sit in a histogram array, and what a build reads to fill them. */
export interface HistogramLayout {
  /** `[cols + 1]`: feature f's bins are `offsets[f] .. offsets[f + 1] - 1`, the missing bin last. */
  readonly offsets: Int32Array;
  /** Float64 entries per histogram array. */
  readonly size: number;
  /** Code columns whose histograms are accumulated bin by bin: other features', then bundles'. */
  readonly columns: readonly Uint8Array[];
  /** Array index (bin × 3) of each of those columns' bin 0. */
  readonly columnAt: Int32Array;
  /** 0/1 features outside bundles, summed in registers: their columns and bin-0 indexes. */
  readonly binaryColumns: readonly Uint8Array[];
  readonly binaryAt: Int32Array;
  /** Per bundle: its bin-0 index, and its members' bin-0 indexes (member i is bundle bin 1 + i). */
  readonly bundles: readonly { readonly at: number; readonly members: Int32Array }[];
}

export function histogramLayout(data: BinnedMatrix): HistogramLayout {
  const { rows, cols, codes, nonMissingBins, hasMissing } = data;
  const offsets = new Int32Array(cols + 1);
  const general: number[] = [];
  const binary: number[] = [];
  for (let f = 0; f < cols; f++) {
    offsets[f + 1] = offsets[f] + nonMissingBins[f] + 1;
    if (nonMissingBins[f] === 2 && hasMissing[f] === 0) binary.push(f);
    else general.push(f);
  }
  const column = (f: number): Uint8Array => codes.subarray(f * rows, (f + 1) * rows);
  const found = bundleBinaryFeatures(data, Int32Array.from(binary));
  const columns = general.map(column);
  const columnAt = general.map((f) => offsets[f] * 3);
  let end = offsets[cols] * 3;
  const bundles = found.members.map((members, b) => {
    const at = end;
    end += (members.length + 1) * 3;
    columns.push(found.codes[b]);
    columnAt.push(at);
    return { at, members: members.map((f) => offsets[f] * 3) };
  });
  return {
    offsets,
    size: end,
    columns,
    columnAt: Int32Array.from(columnAt),
    binaryColumns: Array.from(found.singles, column),
    binaryAt: found.singles.map((f) => offsets[f] * 3),
    bundles
  };
}

/**
 * Histograms of the rows `at`, the i-th of which has gradient `g[i]` and hessian `h[i]` (the caller
 * gathers them contiguously, as scikit-learn's `ordered_gradients`; at the root `at` is every row in
 * order and they are the gradient arrays themselves). With constant hessians `h` holds ones, so each
 * hessian sum is the bin's count, which is what scikit-learn's splitter uses then.
 */
export function buildHistogram(
  hist: Float64Array,
  layout: HistogramLayout,
  at: Uint32Array,
  g: Float32Array,
  h: Float32Array
): void {
  hist.fill(0);
  const n = at.length;
  // Several columns per pass over the rows: the row index and gradient pair are loaded once, and
  // the columns' read-modify-write chains overlap (about 1.5x faster than a column at a time).
  const { columns: c, columnAt: o } = layout;
  let k = 0;
  for (; k + 6 <= c.length; k += 6) {
    accumulate6(
      hist,
      at,
      g,
      h,
      n,
      c[k],
      c[k + 1],
      c[k + 2],
      c[k + 3],
      c[k + 4],
      c[k + 5],
      o[k],
      o[k + 1],
      o[k + 2],
      o[k + 3],
      o[k + 4],
      o[k + 5]
    );
  }
  if (k + 4 <= c.length) {
    accumulate4(hist, at, g, h, n, c[k], c[k + 1], c[k + 2], c[k + 3], o[k], o[k + 1], o[k + 2], o[k + 3]);
    k += 4;
  }
  if (k + 2 <= c.length) {
    accumulate2(hist, at, g, h, n, c[k], c[k + 1], o[k], o[k + 1]);
    k += 2;
  }
  if (k < c.length) accumulate1(hist, at, g, h, n, c[k], o[k]);

  const { binaryColumns: b, binaryAt: bo, bundles } = layout;
  if (b.length === 0 && bundles.length === 0) return;
  // 0/1 features: bin 1 summed in registers (code × gradient), a third faster than histogram
  // updates; bin 0 is the node's total minus bin 1.
  for (k = 0; k + 3 <= b.length; k += 3) {
    accumulateBinary3(hist, at, g, h, n, b[k], b[k + 1], b[k + 2], bo[k], bo[k + 1], bo[k + 2]);
  }
  for (; k < b.length; k++) accumulateBinary1(hist, at, g, h, n, b[k], bo[k]);
  for (const { at: from, members } of bundles) {
    for (let i = 0; i < members.length; i++) {
      const j = members[i];
      const bin = from + (i + 1) * 3;
      hist[j + 3] = hist[bin];
      hist[j + 4] = hist[bin + 1];
      hist[j + 5] = hist[bin + 2];
    }
  }
  let sumG = 0;
  let sumH = 0;
  for (let i = 0; i < n; i++) {
    sumG += g[i];
    sumH += h[i];
  }
  const fill = (j: number): void => {
    hist[j] = sumG - hist[j + 3];
    hist[j + 1] = sumH - hist[j + 4];
    hist[j + 2] = n - hist[j + 5];
  };
  bo.forEach(fill);
  for (const { members } of bundles) members.forEach(fill);
}

/** `out = parent - child`, entry by entry (the larger sibling's histograms). */
export function subtractHistogram(out: Float64Array, parent: Float64Array, child: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = parent[i] - child[i];
}

function accumulate1(
  hist: Float64Array,
  at: Uint32Array,
  g: Float32Array,
  h: Float32Array,
  n: number,
  c0: Uint8Array,
  o0: number
): void {
  for (let i = 0; i < n; i++) {
    const j = o0 + c0[at[i]] * 3;
    hist[j] += g[i];
    hist[j + 1] += h[i];
    hist[j + 2]++;
  }
}

function accumulate2(
  hist: Float64Array,
  at: Uint32Array,
  g: Float32Array,
  h: Float32Array,
  n: number,
  c0: Uint8Array,
  c1: Uint8Array,
  o0: number,
  o1: number
): void {
  for (let i = 0; i < n; i++) {
    const row = at[i];
    const gi = g[i];
    const hi = h[i];
    let j = o0 + c0[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o1 + c1[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
  }
}

function accumulate4(
  hist: Float64Array,
  at: Uint32Array,
  g: Float32Array,
  h: Float32Array,
  n: number,
  c0: Uint8Array,
  c1: Uint8Array,
  c2: Uint8Array,
  c3: Uint8Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number
): void {
  for (let i = 0; i < n; i++) {
    const row = at[i];
    const gi = g[i];
    const hi = h[i];
    let j = o0 + c0[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o1 + c1[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o2 + c2[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o3 + c3[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
  }
}

function accumulate6(
  hist: Float64Array,
  at: Uint32Array,
  g: Float32Array,
  h: Float32Array,
  n: number,
  c0: Uint8Array,
  c1: Uint8Array,
  c2: Uint8Array,
  c3: Uint8Array,
  c4: Uint8Array,
  c5: Uint8Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number,
  o4: number,
  o5: number
): void {
  for (let i = 0; i < n; i++) {
    const row = at[i];
    const gi = g[i];
    const hi = h[i];
    let j = o0 + c0[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o1 + c1[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o2 + c2[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o3 + c3[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o4 + c4[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
    j = o5 + c5[row] * 3;
    hist[j] += gi;
    hist[j + 1] += hi;
    hist[j + 2]++;
  }
}

/** Bin 1 of a 0/1 feature: `[j + 3 .. j + 5]` = sums of gradient, hessian and count where code is 1. */
function accumulateBinary1(
  hist: Float64Array,
  at: Uint32Array,
  g: Float32Array,
  h: Float32Array,
  n: number,
  c0: Uint8Array,
  o0: number
): void {
  let g0 = 0;
  let h0 = 0;
  let n0 = 0;
  for (let i = 0; i < n; i++) {
    const x = c0[at[i]];
    g0 += x * g[i];
    h0 += x * h[i];
    n0 += x;
  }
  hist[o0 + 3] = g0;
  hist[o0 + 4] = h0;
  hist[o0 + 5] = n0;
}

function accumulateBinary3(
  hist: Float64Array,
  at: Uint32Array,
  g: Float32Array,
  h: Float32Array,
  n: number,
  c0: Uint8Array,
  c1: Uint8Array,
  c2: Uint8Array,
  o0: number,
  o1: number,
  o2: number
): void {
  let g0 = 0;
  let h0 = 0;
  let n0 = 0;
  let g1 = 0;
  let h1 = 0;
  let n1 = 0;
  let g2 = 0;
  let h2 = 0;
  let n2 = 0;
  for (let i = 0; i < n; i++) {
    const row = at[i];
    const gi = g[i];
    const hi = h[i];
    const x0 = c0[row];
    const x1 = c1[row];
    const x2 = c2[row];
    g0 += x0 * gi;
    h0 += x0 * hi;
    n0 += x0;
    g1 += x1 * gi;
    h1 += x1 * hi;
    n1 += x1;
    g2 += x2 * gi;
    h2 += x2 * hi;
    n2 += x2;
  }
  hist[o0 + 3] = g0;
  hist[o0 + 4] = h0;
  hist[o0 + 5] = n0;
  hist[o1 + 3] = g1;
  hist[o1 + 4] = h1;
  hist[o1 + 5] = n1;
  hist[o2 + 3] = g2;
  hist[o2 + 4] = h2;
  hist[o2 + 5] = n2;
}
