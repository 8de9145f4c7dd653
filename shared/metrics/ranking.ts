/**
 * Ranking metrics (ROC AUC, average precision) as scikit-learn 1.2 defines them
 * (sklearn/metrics/_ranking.py). Both walk the rows by descending score once, one tie group at a
 * time (`_binary_clf_curve`: thresholds are the distinct scores, tied rows move the curve together):
 * - ROC AUC is the trapezoidal area under (fpr, tpr) over those thresholds, so a tie group counts
 *   as a diagonal segment, i.e. half a win (equal to the Mann–Whitney U with mid-ranks). The area is
 *   accumulated in integer counts, exact, and divided once.
 * - Average precision is sklearn's step-wise sum Σ_k (R_k − R_{k−1}) · P_k over the thresholds, with no
 *   interpolation (changed in sklearn 0.19).
 * The sort is done once per probability column and cached; a subset of rows (a bootstrap resample
 * with repeats, a slice) is a weight per row over the cached order: O(n) per call, no sort.
 */
import { forEachChunk } from './chunk.js';
import type { ColumnRanks, PreparedClassification } from './prepared.js';
import type { Outcome } from './types.js';

export const ONE_CLASS_AUC = 'Only one class present in y_true. ROC AUC score is not defined in that case.';
export const NO_POSITIVE_AP = 'No positive class found in y_true, recall is set to one for all thresholds.';
export const NOT_PROBABILITIES =
  'Target scores need to be probabilities for multiclass roc_auc, i.e. they should sum up to 1.0 over classes';

export interface Ranked {
  /** Weight of rows of the positive class (P). */
  positives: number;
  /** Weight of rows of the negative class(es) (N). */
  negatives: number;
  /** Twice the area under the un-normalised ROC curve: 2·AUC·P·N, exact. */
  area2: number;
  /** Σ_k (tp_k − tp_{k−1}) · precision_k; AP = this / P. */
  apSum: number;
}

/**
 * One pass over `column`'s positions: rows of class `pos` are positive; negatives are the rows of
 * class `neg`, or of every other class when `neg` < 0. `counts` weighs rows by their index in
 * `order` (null: every row once, and no order needed).
 */
export function sweep(
  column: ColumnRanks,
  pos: number,
  neg: number,
  counts: Int32Array | null,
  order: Int32Array | null
): Ranked {
  const n = column.labels.length;
  // tp, fp, tp and fp at the last threshold, 2·AUC area, Σ ΔTP·precision: carried from chunk to chunk.
  const state = new Float64Array(6);
  if (counts === null && neg < 0)
    forEachChunk(n, (from, to) => {
      restChunk(column, pos, from, to, state);
    });
  else
    forEachChunk(n, (from, to) => {
      sweepChunk(column, pos, neg, counts, order, from, to, state);
    });
  return { positives: state[0], negatives: state[1], area2: state[4], apSum: state[5] };
}

function sweepChunk(
  column: ColumnRanks,
  pos: number,
  neg: number,
  counts: Int32Array | null,
  order: Int32Array | null,
  from: number,
  to: number,
  state: Float64Array
): void {
  const { labels, groupEnd } = column;
  let tp = state[0];
  let fp = state[1];
  let tpPrev = state[2];
  let fpPrev = state[3];
  let area2 = state[4];
  let apSum = state[5];
  for (let i = from; i < to; i++) {
    const y = labels[i];
    if (y === pos) tp += counts === null ? 1 : counts[order![i]];
    else if (neg < 0 || y === neg) fp += counts === null ? 1 : counts[order![i]];
    if (groupEnd[i] === 1 && (tp !== tpPrev || fp !== fpPrev)) {
      area2 += (fp - fpPrev) * (tp + tpPrev);
      apSum += (tp - tpPrev) * (tp / (tp + fp));
      tpPrev = tp;
      fpPrev = fp;
    }
  }
  state[0] = tp;
  state[1] = fp;
  state[2] = tpPrev;
  state[3] = fpPrev;
  state[4] = area2;
  state[5] = apSum;
}

/**
 * `sweepChunk` for the commonest sweep, every row once and class `pos` against the rest: each row is
 * counted by arithmetic (a branch on the class, which the middle of a ranking mixes, is mispredicted
 * about every other row there), and every group end moves the curve (each group has a row).
 */
function restChunk(column: ColumnRanks, pos: number, from: number, to: number, state: Float64Array): void {
  const { labels, groupEnd } = column;
  let tp = state[0];
  let fp = state[1];
  let tpPrev = state[2];
  let fpPrev = state[3];
  let area2 = state[4];
  let apSum = state[5];
  for (let i = from; i < to; i++) {
    const positive = +(labels[i] === pos);
    tp += positive;
    fp += 1 - positive;
    if (groupEnd[i] === 1) {
      area2 += (fp - fpPrev) * (tp + tpPrev);
      apSum += (tp - tpPrev) * (tp / (tp + fp));
      tpPrev = tp;
      fpPrev = fp;
    }
  }
  state[0] = tp;
  state[1] = fp;
  state[2] = tpPrev;
  state[3] = fpPrev;
  state[4] = area2;
  state[5] = apSum;
}

/** _binary_roc_auc_score: undefined unless y_true holds both classes. */
export function aucOf(ranked: Ranked): number | null {
  const { positives, negatives, area2 } = ranked;
  if (positives === 0 || negatives === 0) return null;
  return area2 / 2 / (positives * negatives);
}

/**
 * average_precision_score of one binary problem. With no positive row sklearn sets recall to 1 at
 * every threshold, which makes the step sum 0.0, and warns.
 */
export function apOf(ranked: Ranked): Outcome {
  if (ranked.positives === 0) return { value: 0, warnings: [NO_POSITIVE_AP] };
  return { value: ranked.apSum / ranked.positives };
}

/** Per-call context: the prepared input, the subset's rows, and its sweeps. */
export interface RankingView {
  readonly prepared: PreparedClassification;
  /** The subset's rows (null: all), for the per-row checks. */
  readonly rows: Int32Array | null;
  /** `sweep` of the cached order of `column` over the subset (memoised: metrics share sweeps). */
  ranked(column: number, pos: number, neg: number): Ranked;
}

/** Binary ROC AUC of `posLabel` against the rest (sklearn's roc_auc_score on y_true == pos). */
export function binaryRocAuc(view: RankingView, pos: number): Outcome {
  const auc = aucOf(view.ranked(pos, pos, -1));
  return auc === null ? { value: null, reason: ONE_CLASS_AUC } : { value: auc };
}

/** Binary average precision of `pos` against the rest (average_precision_score, pos_label). */
export function binaryAveragePrecision(view: RankingView, pos: number): Outcome {
  return apOf(view.ranked(pos, pos, -1));
}

/** The check roc_auc_score makes first on multiclass scores: every row sums to 1 (np.allclose). */
function notProbabilities(view: RankingView): boolean {
  const bad = view.prepared.rowsNotSummingToOne();
  if (bad === null) return false;
  if (view.rows === null) return true;
  for (let i = 0; i < view.rows.length; i++) if (bad[view.rows[i]] === 1) return true;
  return false;
}

/**
 * roc_auc_score(multi_class="ovr", labels=classes): each class against the rest, averaged (macro) or
 * weighted by support. A class absent from y_true makes its binary AUC, hence the whole, undefined
 * (sklearn raises).
 */
export function ovrRocAuc(view: RankingView, weighted: boolean): Outcome {
  if (notProbabilities(view)) return { value: null, reason: NOT_PROBABILITIES };
  const count = view.prepared.classCount;
  let sum = 0;
  let weightSum = 0;
  for (let c = 0; c < count; c++) {
    const ranked = view.ranked(c, c, -1);
    const auc = aucOf(ranked);
    if (auc === null) return { value: null, reason: ONE_CLASS_AUC };
    const w = weighted ? ranked.positives : 1;
    sum += auc * w;
    weightSum += w;
  }
  return { value: sum / weightSum };
}

/**
 * roc_auc_score(multi_class="ovo", labels=classes), Hand & Till (2001): over every pair (a, b) of
 * classes present in y_true, restricted to the rows of a or b, the mean of AUC(a vs b on p_a) and
 * AUC(b vs a on p_b); averaged, or weighted by the pair's prevalence (its share of rows). With fewer
 * than two classes in y_true there is no pair (sklearn fails inside np.average): undefined.
 */
export function ovoRocAuc(view: RankingView, weighted: boolean): Outcome {
  if (notProbabilities(view)) return { value: null, reason: NOT_PROBABILITIES };
  const { prepared } = view;
  const count = prepared.classCount;
  const { yTrue } = prepared.input;
  const support = new Float64Array(count);
  if (view.rows === null) for (let i = 0; i < yTrue.length; i++) support[yTrue[i]]++;
  else for (let i = 0; i < view.rows.length; i++) support[yTrue[view.rows[i]]]++;
  const present: number[] = [];
  for (let c = 0; c < count; c++) if (support[c] > 0) present.push(c);
  if (present.length < 2) return { value: null, reason: ONE_CLASS_AUC };
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const a = present[i];
      const b = present[j];
      const ab = view.ranked(a, a, b);
      const ba = view.ranked(b, b, a);
      const score = (aucOf(ab)! + aucOf(ba)!) / 2;
      const w = weighted ? ab.positives + ab.negatives : 1;
      sum += score * w;
      weightSum += w;
    }
  }
  return { value: sum / weightSum };
}

/**
 * Multiclass average precision: sklearn 1.2's average_precision_score on the one-hot y_true over
 * every class (label_binarize(y_true, classes)), average="macro". A class absent from y_true scores
 * 0.0 with the "No positive class" warning, as its column does in sklearn.
 */
export function macroAveragePrecision(view: RankingView): Outcome {
  const count = view.prepared.classCount;
  let sum = 0;
  let warned = false;
  for (let c = 0; c < count; c++) {
    const outcome = apOf(view.ranked(c, c, -1));
    sum += outcome.value!;
    if (outcome.warnings !== undefined) warned = true;
  }
  const value = sum / count;
  return warned ? { value, warnings: [NO_POSITIVE_AP] } : { value };
}
