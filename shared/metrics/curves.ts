/**
 * ROC and precision-recall curves of one class against the rest, as scikit-learn 1.2's `roc_curve`
 * (drop_intermediate=True, first threshold = max score + 1) and `precision_recall_curve` return them,
 * for the report's charts. They reuse the cached score order of the metrics.
 */
import { prepareClassification } from './prepared.js';
import type { ClassificationInput } from './types.js';

export interface RocCurve {
  readonly fpr: number[];
  readonly tpr: number[];
  readonly thresholds: number[];
}

export interface PrecisionRecallCurve {
  /** Decreasing-recall order, ending at precision 1, recall 0 (sklearn's layout). */
  readonly precision: number[];
  readonly recall: number[];
  readonly thresholds: number[];
}

interface ClfCurve {
  fps: number[];
  tps: number[];
  thresholds: number[];
}

/** sklearn's `_binary_clf_curve`: cumulative counts at each distinct score, descending. */
function binaryClfCurve(input: ClassificationInput, positive: number): ClfCurve {
  const prepared = prepareClassification(input);
  const count = prepared.classCount;
  if (!Number.isInteger(positive) || positive < 0 || positive >= count) {
    throw new RangeError(`curve: class ${positive} is not a class index (0..${count - 1})`);
  }
  if (input.proba === null) throw new RangeError('curve: the input has no probabilities');
  const ranks = prepared.ranks(positive);
  const { labels, groupEnd } = ranks;
  const curve: ClfCurve = { fps: [], tps: [], thresholds: [] };
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === positive) tp++;
    else fp++;
    if (groupEnd[i] === 1) {
      curve.fps.push(fp);
      curve.tps.push(tp);
      curve.thresholds.push(ranks.scoreAt(i));
    }
  }
  return curve;
}

/**
 * The same curve at no more than `maxPoints` evenly spaced distinct thresholds (always the first and
 * the last): for display. One pass over the cached ranks, no full-length arrays: on millions of
 * rows the full curve costs more than every metric together.
 */
function thinnedClfCurve(input: ClassificationInput, positive: number, maxPoints: number): ClfCurve | null {
  const prepared = prepareClassification(input);
  const count = prepared.classCount;
  if (!Number.isInteger(positive) || positive < 0 || positive >= count) {
    throw new RangeError(`curve: class ${positive} is not a class index (0..${count - 1})`);
  }
  if (input.proba === null) throw new RangeError('curve: the input has no probabilities');
  // The ROC and the precision-recall chart thin the same curve: one sweep serves both.
  return prepared.memo(`thinned_curve:${positive}:${maxPoints}`, () => {
    const ranks = prepared.ranks(positive);
    const { labels, groupEnd, groups } = ranks;
    if (groups <= maxPoints || maxPoints < 2) return null;
    const curve: ClfCurve = { fps: [], tps: [], thresholds: [] };
    // The tie group to keep next: the k-th of maxPoints evenly spaced ones.
    const kept = (k: number): number => Math.round((k * (groups - 1)) / (maxPoints - 1));
    let next = 0;
    let wanted = kept(0);
    let group = 0;
    let tp = 0;
    // Two classes' labels are 0/1 bytes: at each word boundary, the next four positions are counted
    // in a word unless they hold the next wanted group end (most words hold none of the few kept);
    // otherwise, and for the last few positions, one position at a time.
    const words =
      labels instanceof Uint8Array && prepared.classCount === 2 ? wordsOf(labels, groupEnd) : null;
    const wordEnd = words === null ? 0 : 4 * words.count;
    for (let i = 0; i < labels.length;) {
      if (i < wordEnd && (i & 3) === 0) {
        const ends = onesIn(words!.groupEnd[i >>> 2]);
        if (group + ends <= wanted) {
          const ones = onesIn(words!.labels[i >>> 2]);
          tp += positive === 1 ? ones : 4 - ones;
          group += ends;
          i += 4;
          continue;
        }
      }
      if (labels[i] === positive) tp++;
      if (groupEnd[i] === 1) {
        if (group === wanted) {
          curve.fps.push(i + 1 - tp);
          curve.tps.push(tp);
          curve.thresholds.push(ranks.scoreAt(i));
          wanted = kept(++next);
        }
        group++;
      }
      i++;
    }
    return curve;
  });
}

/** Word views of two byte arrays of one length, from their start; null unless both start on a word. */
function wordsOf(
  labels: Uint8Array,
  groupEnd: Uint8Array
): { labels: Uint32Array; groupEnd: Uint32Array; count: number } | null {
  if (labels.byteOffset % 4 !== 0 || groupEnd.byteOffset % 4 !== 0) return null;
  const count = labels.length >>> 2;
  return {
    labels: new Uint32Array(labels.buffer, labels.byteOffset, count),
    groupEnd: new Uint32Array(groupEnd.buffer, groupEnd.byteOffset, count),
    count
  };
}

/** The number of 1 bytes in a word of 0/1 bytes. */
function onesIn(word: number): number {
  return Math.imul(word, 0x01010101) >>> 24;
}

/**
 * The indices of at most `maxPoints` of `length` points, evenly spaced, always the first and the last
 * (a display thinning of our own, not sklearn's); null to keep every point.
 */
function thinned(length: number, maxPoints: number | undefined): number[] | null {
  if (maxPoints === undefined || length <= maxPoints || maxPoints < 2) return null;
  const keep: number[] = [];
  for (let k = 0; k < maxPoints; k++) keep.push(Math.round((k * (length - 1)) / (maxPoints - 1)));
  return keep;
}

function pick(values: number[], keep: number[] | null): number[] {
  return keep === null ? values : keep.map((i) => values[i]);
}

/**
 * roc_curve(y_true == positive, proba[:, positive]), or null when y_true lacks the positive class or
 * every other class (sklearn then returns NaN rates with an UndefinedMetricWarning).
 */
export function rocCurve(
  input: ClassificationInput,
  positive: number = input.posLabel,
  maxPoints?: number
): RocCurve | null {
  const thin = maxPoints === undefined ? null : thinnedClfCurve(input, positive, maxPoints - 1);
  if (thin !== null) {
    const negatives = thin.fps[thin.fps.length - 1];
    const positives = thin.tps[thin.tps.length - 1];
    if (negatives === 0 || positives === 0) return null;
    return {
      fpr: [0, ...thin.fps.map((f) => f / negatives)],
      tpr: [0, ...thin.tps.map((t) => t / positives)],
      thresholds: [thin.thresholds[0] + 1, ...thin.thresholds]
    };
  }
  let { fps, tps, thresholds } = binaryClfCurve(input, positive);
  if (fps.length > 2) {
    // Drop points collinear with their neighbours: np.diff(fps, 2) and np.diff(tps, 2) both zero.
    const keep = fps.map(
      (_, i) =>
        i === 0 ||
        i === fps.length - 1 ||
        fps[i + 1] - 2 * fps[i] + fps[i - 1] !== 0 ||
        tps[i + 1] - 2 * tps[i] + tps[i - 1] !== 0
    );
    fps = fps.filter((_, i) => keep[i]);
    tps = tps.filter((_, i) => keep[i]);
    thresholds = thresholds.filter((_, i) => keep[i]);
  }
  const negatives = fps.length === 0 ? 0 : fps[fps.length - 1];
  const positives = tps.length === 0 ? 0 : tps[tps.length - 1];
  if (negatives === 0 || positives === 0) return null;
  const keep = thinned(fps.length + 1, maxPoints);
  return {
    fpr: pick([0, ...fps.map((f) => f / negatives)], keep),
    tpr: pick([0, ...tps.map((t) => t / positives)], keep),
    thresholds: pick([thresholds[0] + 1, ...thresholds], keep)
  };
}

/** precision_recall_curve(y_true == positive, proba[:, positive]), or null without a positive row. */
export function precisionRecallCurve(
  input: ClassificationInput,
  positive: number = input.posLabel,
  maxPoints?: number
): PrecisionRecallCurve | null {
  const { fps, tps, thresholds } =
    (maxPoints === undefined ? null : thinnedClfCurve(input, positive, maxPoints - 1)) ??
    binaryClfCurve(input, positive);
  const positives = tps.length === 0 ? 0 : tps[tps.length - 1];
  if (positives === 0) return null;
  const precision = tps.map((t, i) => (t + fps[i] === 0 ? 0 : t / (t + fps[i])));
  const recall = tps.map((t) => t / positives);
  // The final (precision 1, recall 0) point has no threshold: thin the others, then append it.
  const keep = thinned(thresholds.length, maxPoints === undefined ? undefined : maxPoints - 1);
  return {
    precision: [...pick(precision.reverse(), keep), 1],
    recall: [...pick(recall.reverse(), keep), 0],
    // A copy: the thinned curve is cached for the ROC chart.
    thresholds: pick([...thresholds].reverse(), keep)
  };
}
