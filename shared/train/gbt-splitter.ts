/**
 * Best split of a node from its histograms, as scikit-learn 1.2's `Splitter.find_node_split` for
 * numeric features without monotonic constraints: per feature, bins are scanned left to right
 * (missing values go right; with missing values the last non-missing bin may go left too, a "split
 * on missing") and, when the feature had missing values in training, right to left (missing values go
 * left), keeping whichever gains more. Splits leaving fewer than `minSamplesLeaf` rows or less than
 * `MIN_HESSIAN_TO_SPLIT` hessian on a side are skipped. The first feature with the largest gain wins.
 *
 * Gain (XGBoost's, without the ½): loss(node) − loss(left) − loss(right), where a node's loss is
 * G·v with v = −G / (H + l2 + 1e-15); scikit-learn gives the root the value 0.
 */
import type { BinnedMatrix } from './gbt-binning.js';
import type { HistogramLayout } from './gbt-histogram.js';

/** scikit-learn's `min_hessian_to_split`. */
const MIN_HESSIAN_TO_SPLIT = 1e-3;

export interface SplitSettings {
  readonly minSamplesLeaf: number;
  readonly l2Regularization: number;
  /** The hessians are all 1: hessian sums are the counts. */
  readonly constantHessian: boolean;
}

export interface Split {
  readonly gain: number;
  readonly feature: number;
  /** Rows in bins 0..bin go left. */
  readonly bin: number;
  /** Whether missing values go left (scikit-learn sets it after the split for features without any). */
  missingLeft: boolean;
  readonly sumGradientLeft: number;
  readonly sumHessianLeft: number;
  readonly sumGradientRight: number;
  readonly sumHessianRight: number;
  readonly valueLeft: number;
  readonly valueRight: number;
}

/** scikit-learn's `compute_node_value` without bounds. */
export function nodeValue(sumGradient: number, sumHessian: number, l2: number): number {
  return -sumGradient / (sumHessian + l2 + 1e-15);
}

/** The split of the node with the largest positive gain, or null when no split is allowed. */
export function findBestSplit(
  hist: Float64Array,
  data: BinnedMatrix,
  layout: HistogramLayout,
  count: number,
  sumGradients: number,
  sumHessians: number,
  value: number,
  settings: SplitSettings
): Split | null {
  const { minSamplesLeaf, l2Regularization: l2, constantHessian } = settings;
  const lossNode = sumGradients * value;
  const hessianColumn = constantHessian ? 2 : 1;
  let bestGain = -1;
  let bestFeature = -1;
  let bestBin = 0;
  let bestMissingLeft = false;
  let bestGradientLeft = 0;
  let bestHessianLeft = 0;

  for (let f = 0; f < data.cols; f++) {
    const o = layout.offsets[f] * 3;
    const nonMissing = data.nonMissingBins[f];
    const hasMissing = data.hasMissing[f];
    let featureGain = -1;
    let featureBin = 0;
    let featureMissingLeft = false;
    let featureGradientLeft = 0;
    let featureHessianLeft = 0;

    // Left to right: missing values (if any) go right.
    let gradientLeft = 0;
    let hessianLeft = 0;
    let countLeft = 0;
    const end = nonMissing - 1 + hasMissing;
    for (let bin = 0; bin < end; bin++) {
      const j = o + bin * 3;
      countLeft += hist[j + 2];
      const countRight = count - countLeft;
      hessianLeft += hist[j + hessianColumn];
      const hessianRight = sumHessians - hessianLeft;
      gradientLeft += hist[j];
      const gradientRight = sumGradients - gradientLeft;
      if (countLeft < minSamplesLeaf) continue;
      if (countRight < minSamplesLeaf) break;
      if (hessianLeft < MIN_HESSIAN_TO_SPLIT) continue;
      if (hessianRight < MIN_HESSIAN_TO_SPLIT) break;
      const gain = splitGain(gradientLeft, hessianLeft, gradientRight, hessianRight, lossNode, l2);
      if (gain > featureGain && gain > 0) {
        featureGain = gain;
        featureBin = bin;
        featureMissingLeft = false;
        featureGradientLeft = gradientLeft;
        featureHessianLeft = hessianLeft;
      }
    }

    // Right to left: missing values go left.
    if (hasMissing) {
      let gradientRight = 0;
      let hessianRight = 0;
      let countRight = 0;
      for (let bin = nonMissing - 2; bin >= 0; bin--) {
        const j = o + (bin + 1) * 3;
        countRight += hist[j + 2];
        const countLeft2 = count - countRight;
        hessianRight += hist[j + hessianColumn];
        const hessianLeft2 = sumHessians - hessianRight;
        gradientRight += hist[j];
        const gradientLeft2 = sumGradients - gradientRight;
        if (countRight < minSamplesLeaf) continue;
        if (countLeft2 < minSamplesLeaf) break;
        if (hessianRight < MIN_HESSIAN_TO_SPLIT) continue;
        if (hessianLeft2 < MIN_HESSIAN_TO_SPLIT) break;
        const gain = splitGain(gradientLeft2, hessianLeft2, gradientRight, hessianRight, lossNode, l2);
        if (gain > featureGain && gain > 0) {
          featureGain = gain;
          featureBin = bin;
          featureMissingLeft = true;
          featureGradientLeft = gradientLeft2;
          featureHessianLeft = hessianLeft2;
        }
      }
    }

    if (featureGain > bestGain) {
      bestGain = featureGain;
      bestFeature = f;
      bestBin = featureBin;
      bestMissingLeft = featureMissingLeft;
      bestGradientLeft = featureGradientLeft;
      bestHessianLeft = featureHessianLeft;
    }
  }

  if (bestFeature < 0) return null;
  const sumGradientRight = sumGradients - bestGradientLeft;
  const sumHessianRight = sumHessians - bestHessianLeft;
  return {
    gain: bestGain,
    feature: bestFeature,
    bin: bestBin,
    missingLeft: bestMissingLeft,
    sumGradientLeft: bestGradientLeft,
    sumHessianLeft: bestHessianLeft,
    sumGradientRight,
    sumHessianRight,
    valueLeft: nodeValue(bestGradientLeft, bestHessianLeft, l2),
    valueRight: nodeValue(sumGradientRight, sumHessianRight, l2)
  };
}

function splitGain(
  gradientLeft: number,
  hessianLeft: number,
  gradientRight: number,
  hessianRight: number,
  lossNode: number,
  l2: number
): number {
  let gain = lossNode;
  gain -= gradientLeft * nodeValue(gradientLeft, hessianLeft, l2);
  gain -= gradientRight * nodeValue(gradientRight, hessianRight, l2);
  return gain;
}
