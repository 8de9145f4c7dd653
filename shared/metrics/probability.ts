/**
 * Metrics of predicted probabilities: log loss, Brier score, expected calibration error. Each is a
 * mean of per-row terms, computed once per input and cached, so that a bootstrap resample or a slice
 * costs one gather-and-sum over its rows. The whole set of a binary problem needs no per-row terms:
 * its three sums come from one pass (`binaryTotals`).
 */
import { forEachChunk, primeWith } from './chunk.js';
import type { PreparedClassification } from './prepared.js';
import type { ClassIndices, Outcome, Probabilities } from './types.js';

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, ceil, log, log1p } = Math;

/**
 * np.finfo(np.float64).eps: log_loss's clipping bound since scikit-learn 1.2 (`eps="auto"` is the
 * machine epsilon of y_pred's dtype; before 1.2 it was 1e-15). Our probabilities are float64.
 */
const LOG_LOSS_EPS = Number.EPSILON;

/** The rows of one computation: null for all of the prepared input's rows. */
export interface ProbaView {
  readonly prepared: PreparedClassification;
  readonly rows: Int32Array | null;
  readonly n: number;
}

/**
 * Compensated (Neumaier) mean over the view's rows of what `add` sums from each row's value, chunk by
 * chunk: the values themselves (`sumChunk`), or −ln of log loss ratios (`logSumChunk`).
 */
function meanOver(view: ProbaView, values: Float64Array, add: typeof sumChunk = sumChunk): number {
  const state = new Float64Array(2);
  forEachChunk(view.n, (from, to) => {
    add(values, view.rows, from, to, state);
  });
  return (state[0] + state[1]) / view.n;
}

/** Adds rows `[from, to)` of the view to the compensated sum `state` (sum, compensation). */
function sumChunk(
  terms: Float64Array,
  rows: Int32Array | null,
  from: number,
  to: number,
  state: Float64Array
): void {
  let sum = state[0];
  let compensation = state[1];
  for (let i = from; i < to; i++) {
    const x = terms[rows === null ? i : rows[i]];
    const t = sum + x;
    compensation += abs(sum) >= abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  state[0] = sum;
  state[1] = compensation;
}

/**
 * Rows per logarithm of the log loss: −Σ ln q over a group of rows is −ln of the product of their
 * q (each row's clipped, renormalised probability of its true class), so a group needs one
 * logarithm, the costliest step of the pass, instead of one per row. The chunk helpers' ranges start
 * at multiples of it (see `forEachChunk`), so every path groups the same rows.
 */
const LOG_GROUP = 8;

/**
 * −ln of a group's product of q, given the product and its shortfall from 1 (1 − product, carried
 * as s ← s + d − s·d with d = 1 − q, which is exact for q ≥ 1/2). The product of 8 values in (0, 1],
 * each at least eps / classes, cannot underflow, and carries a few units of rounding in its last
 * place: relative to a loss near 0 (q near 1, a confident right model) that is too much, so a
 * product above 1/2 is taken as ln(1 − shortfall) with log1p, which keeps the shortfall's relative
 * precision. Either way the group's loss is within a few units in the last place of Σ −ln q.
 */
function groupLoss(product: number, shortfall: number): number {
  return product > 0.5 ? -log1p(-shortfall) : -log(product);
}

// Products above 1/2 are rare (eight confident right rows in a row): on the bench's 2M rows the
// first came 16,384 rows in, after the pass had been compiled without that branch, which then
// deoptimised there (about 10 ms on the pass, in a microbench).
primeWith(() => {
  groupLoss(0.75, 0.25);
  groupLoss(0.25, 0.75);
});

/** Adds −ln q of rows `[from, to)` of the view to the compensated sum `state`, by LOG_GROUP rows. */
function logSumChunk(
  ratios: Float64Array,
  rows: Int32Array | null,
  from: number,
  to: number,
  state: Float64Array
): void {
  let sum = state[0];
  let compensation = state[1];
  for (let group = from; group < to; group += LOG_GROUP) {
    const end = group + LOG_GROUP < to ? group + LOG_GROUP : to;
    let product = 1;
    let shortfall = 0;
    for (let i = group; i < end; i++) {
      const q = ratios[rows === null ? i : rows[i]];
      product *= q;
      const d = 1 - q;
      shortfall = shortfall + d - shortfall * d;
    }
    const loss = groupLoss(product, shortfall);
    const t = sum + loss;
    compensation += abs(sum) >= abs(loss) ? sum - t + loss : loss - t + sum;
    sum = t;
  }
  state[0] = sum;
  state[1] = compensation;
}

function probaOf(prepared: PreparedClassification): Probabilities {
  const { proba } = prepared.input;
  if (proba === null) throw new Error('probability metrics: no probabilities');
  return proba;
}

/**
 * log_loss(y_true, proba, labels=classes), scikit-learn 1.2: every probability is clipped to
 * [eps, 1 − eps] first, then each row is divided by its (clipped) sum, so rows that do not sum to
 * one are renormalised silently (1.2 does not warn); the loss is the mean of −ln q_true (summed a
 * group of rows at a time, see LOG_GROUP).
 */
export function logLoss(view: ProbaView): Outcome {
  const { prepared } = view;
  const count = prepared.classCount;
  if (count < 2) {
    const classes = JSON.stringify(prepared.input.classes);
    return { value: null, reason: `log_loss needs at least two classes, got ${classes}` };
  }
  if (count === 2 && view.rows === null) {
    const totals = binaryTotals(prepared);
    return { value: (totals[LOG_LOSS_SUM] + totals[LOG_LOSS_SUM + 1]) / view.n };
  }
  const ratios = prepared.memo('log_loss', () => {
    if (count === 2) return binaryTerms(prepared).ratios;
    const proba = probaOf(prepared);
    const { yTrue } = prepared.input;
    const out = new Float64Array(prepared.n);
    forEachChunk(prepared.n, (from, to) => {
      ratioChunk(proba, yTrue, count, out, from, to);
    });
    return out;
  });
  return { value: meanOver(view, ratios, logSumChunk) };
}

/** Each row's clipped, renormalised probability of its true class (q), rows `[from, to)`. */
function ratioChunk(
  proba: Probabilities,
  yTrue: ClassIndices,
  count: number,
  out: Float64Array,
  from: number,
  to: number
): void {
  for (let r = from; r < to; r++) {
    const base = r * count;
    let rowSum = 0;
    for (let c = 0; c < count; c++) rowSum += clipped(proba[base + c]);
    out[r] = clipped(proba[base + yTrue[r]]) / rowSum;
  }
}

const ABOVE_ONE = 1;
const BELOW_ZERO = 2;

interface BrierTerms {
  readonly terms: Float64Array;
  /** Per row, ABOVE_ONE | BELOW_ZERO flags of the probabilities the score reads; null if none. */
  readonly outOfRange: Uint8Array | null;
}

/**
 * Brier score. Binary (C ≤ 2): brier_score_loss(y_true == pos, proba[:, pos]), the mean of
 * (1[y = pos] − p_pos)². Multiclass: the mean over rows of Σ_c (p_c − 1[y = c])², Brier's original
 * (1950) definition; sklearn 1.2 has no multiclass Brier (it equals twice brier_score_loss when C = 2,
 * which is why binary keeps sklearn's one-column form). Probabilities outside [0, 1] are refused with
 * sklearn's messages (values above 1 checked first, as sklearn does).
 */
export function brierScore(view: ProbaView): Outcome {
  const { prepared } = view;
  const { posLabel } = prepared.input;
  if (prepared.classCount === 2 && view.rows === null) {
    const totals = binaryTotals(prepared);
    const flags = totals[FLAGS];
    if ((flags & ABOVE_ONE) !== 0) return { value: null, reason: 'y_prob contains values greater than 1.' };
    if ((flags & BELOW_ZERO) !== 0) return { value: null, reason: 'y_prob contains values less than 0.' };
    return { value: (totals[BRIER_SUM] + totals[BRIER_SUM + 1]) / view.n };
  }
  const { terms, outOfRange } = prepared.memo(`brier_score:${posLabel}`, (): BrierTerms => {
    if (prepared.classCount === 2) return binaryTerms(prepared).brier;
    const proba = probaOf(prepared);
    const { yTrue } = prepared.input;
    const count = prepared.classCount;
    const binary = count <= 2;
    const out = new Float64Array(prepared.n);
    let flags: Uint8Array | null = null;
    for (let r = 0; r < prepared.n; r++) {
      const base = r * count;
      let term = 0;
      let flag = 0;
      for (let c = binary ? posLabel : 0; c < (binary ? posLabel + 1 : count); c++) {
        const p = proba[base + c];
        if (p > 1) flag |= ABOVE_ONE;
        if (p < 0) flag |= BELOW_ZERO;
        const d = binary ? (yTrue[r] === posLabel ? 1 : 0) - p : p - (c === yTrue[r] ? 1 : 0);
        term += d * d;
      }
      out[r] = term;
      if (flag !== 0) {
        flags ??= new Uint8Array(prepared.n);
        flags[r] = flag;
      }
    }
    return { terms: out, outOfRange: flags };
  });
  if (outOfRange !== null) {
    let flags = 0;
    for (let i = 0; i < view.n; i++) flags |= outOfRange[view.rows === null ? i : view.rows[i]];
    if ((flags & ABOVE_ONE) !== 0) return { value: null, reason: 'y_prob contains values greater than 1.' };
    if ((flags & BELOW_ZERO) !== 0) return { value: null, reason: 'y_prob contains values less than 0.' };
  }
  return { value: meanOver(view, terms) };
}

/** Equal-width calibration bins on [0, 1]. */
export const ECE_BINS = 10;
/** Bit of `EceRows.bin` set when the row's top class is its true class. */
const CORRECT = 0x80;
/** `EceRows.bin` of a row whose top probability lies outside [0, 1]. */
const OUT_OF_RANGE = 0xff;

interface EceRows {
  /** Bin index, | CORRECT when the top class is right, or OUT_OF_RANGE. */
  readonly bin: Uint8Array;
  /** The top-class probability. */
  readonly confidence: Float64Array;
}

function eceRows(prepared: PreparedClassification): EceRows {
  if (prepared.classCount === 2) return binaryTerms(prepared).ece;
  const proba = probaOf(prepared);
  const { yTrue } = prepared.input;
  const count = prepared.classCount;
  const bin = new Uint8Array(prepared.n);
  const confidence = new Float64Array(prepared.n);
  for (let r = 0; r < prepared.n; r++) {
    const base = r * count;
    let best = 0;
    let top = proba[base];
    for (let c = 1; c < count; c++) {
      if (proba[base + c] > top) {
        top = proba[base + c];
        best = c;
      }
    }
    confidence[r] = top;
    const b = eceBin(top);
    bin[r] = b === OUT_OF_RANGE || best !== yTrue[r] ? b : b | CORRECT;
  }
  return { bin, confidence };
}

/**
 * The calibration bin of a top-class probability, or OUT_OF_RANGE outside [0, 1]: bin k holds
 * (k/10, (k+1)/10], bin 0 also 0, with the edges the correctly rounded quotients k / 10 (as the
 * reference script's). ceil(10·p) − 1 is that bin: the product is off by half an ulp at most, which
 * could cross an integer only for p within an ulp of an edge, and every p within 300 ulps of every
 * edge is checked against the edges themselves (tests/metrics/edge-cases.test.ts).
 */
export function eceBin(top: number): number {
  if (!(top >= 0 && top <= 1)) return OUT_OF_RANGE;
  const b = ceil(top * ECE_BINS) - 1;
  return b < 0 ? 0 : b;
}

interface BinaryTerms {
  /** Log loss: each row's q (see `binaryRatio`). */
  readonly ratios: Float64Array;
  readonly brier: BrierTerms;
  readonly ece: EceRows;
}

/**
 * Two classes: the per-row terms of log loss, Brier score (of `posLabel`) and ECE, for the subsets a
 * bootstrap or a slice gathers from (the whole set needs only `binaryTotals`), in one pass over
 * the probabilities, with the same arithmetic as the general loops (log loss: clip, renormalise by
 * the clipped sum; Brier: (1[y = pos] − p_pos)²; ECE: the larger probability, the first on ties).
 */
function binaryTerms(prepared: PreparedClassification): BinaryTerms {
  const { posLabel } = prepared.input;
  return prepared.memo(`binary_terms:${posLabel}`, (): BinaryTerms => {
    const proba = probaOf(prepared);
    const { yTrue } = prepared.input;
    const n = prepared.n;
    const ratios = new Float64Array(n);
    const brier = new Float64Array(n);
    let outOfRange: Uint8Array | null = null;
    const bin = new Uint8Array(n);
    const confidence = new Float64Array(n);
    forEachChunk(n, (from, to) => {
      binaryChunk(proba, yTrue, posLabel, from, to, ratios, brier, bin, confidence);
    });
    for (let r = 0; r < n; r++) {
      const p = proba[2 * r + posLabel];
      if (p > 1 || p < 0) {
        outOfRange ??= new Uint8Array(n);
        outOfRange[r] = (p > 1 ? ABOVE_ONE : 0) | (p < 0 ? BELOW_ZERO : 0);
      }
    }
    return { ratios, brier: { terms: brier, outOfRange }, ece: { bin, confidence } };
  });
}

// Slots of the totals array of `binaryTotals`.
const LOG_LOSS_SUM = 0; // sum, compensation
const BRIER_SUM = 2; // sum, compensation
const FLAGS = 4; // ABOVE_ONE | BELOW_ZERO of the positive class's probabilities
const ECE_OUT_OF_RANGE = 5; // first row whose top probability is outside [0, 1], or -1
const ECE_ROWS = 6;
const ECE_CORRECT = ECE_ROWS + ECE_BINS;
const ECE_CONFIDENCE = ECE_CORRECT + ECE_BINS;
const TOTALS = ECE_CONFIDENCE + ECE_BINS;

/**
 * Two classes, every row: what log loss, Brier score and ECE of the whole set need, summed in one
 * pass without keeping a term per row (subsets use `binaryTerms`). Each sum runs over the rows in
 * order with the arithmetic of `binaryChunk` followed by `logSumChunk` and `sumChunk` (and of the
 * ECE loop), so the values are bit-identical to the per-row path's.
 */
function binaryTotals(prepared: PreparedClassification): Float64Array {
  const { posLabel } = prepared.input;
  return prepared.memo(`binary_totals:${posLabel}`, (): Float64Array => {
    const proba = probaOf(prepared);
    const { yTrue } = prepared.input;
    const n = prepared.n;
    const totals = new Float64Array(TOTALS);
    totals[ECE_OUT_OF_RANGE] = -1;
    forEachChunk(n, (from, to) => {
      totalsChunk(proba, yTrue, posLabel, from, to, totals);
    });
    return totals;
  });
}

/** `binaryTotals` for rows `[from, to)`, added to `totals`. */
function totalsChunk(
  proba: Probabilities,
  yTrue: ClassIndices,
  posLabel: number,
  from: number,
  to: number,
  totals: Float64Array
): void {
  let logSum = totals[LOG_LOSS_SUM];
  let logCompensation = totals[LOG_LOSS_SUM + 1];
  let brierSum = totals[BRIER_SUM];
  let brierCompensation = totals[BRIER_SUM + 1];
  let flags = totals[FLAGS];
  const flip = 1 - posLabel;
  // The log loss's running product of q and its shortfall, summed after each LOG_GROUP rows (as
  // `logSumChunk` does).
  let product = 1;
  let shortfall = 0;
  let left = LOG_GROUP;
  for (let r = from; r < to; r++) {
    const p0 = proba[2 * r];
    const p1 = proba[2 * r + 1];
    const y = yTrue[r];
    const q = binaryRatio(p0, p1, proba[2 * r + y]);
    product *= q;
    const d = 1 - q;
    shortfall = shortfall + d - shortfall * d;
    let t: number;
    if (--left === 0 || r === to - 1) {
      const loss = groupLoss(product, shortfall);
      t = logSum + loss;
      logCompensation += abs(logSum) >= abs(loss) ? logSum - t + loss : loss - t + logSum;
      logSum = t;
      product = 1;
      shortfall = 0;
      left = LOG_GROUP;
    }
    const p = posLabel === 0 ? p0 : p1;
    const brier = binaryBrier(p, y, flip);
    t = brierSum + brier;
    brierCompensation += abs(brierSum) >= abs(brier) ? brierSum - t + brier : brier - t + brierSum;
    brierSum = t;
    if (p > 1) flags |= ABOVE_ONE;
    if (p < 0) flags |= BELOW_ZERO;
    const best = +(p1 > p0);
    const top = proba[2 * r + best];
    const b = eceBin(top);
    if (b === OUT_OF_RANGE) {
      if (totals[ECE_OUT_OF_RANGE] < 0) totals[ECE_OUT_OF_RANGE] = r;
      continue;
    }
    totals[ECE_ROWS + b]++;
    totals[ECE_CONFIDENCE + b] += top;
    totals[ECE_CORRECT + b] += 1 - (best ^ y);
  }
  totals[LOG_LOSS_SUM] = logSum;
  totals[LOG_LOSS_SUM + 1] = logCompensation;
  totals[BRIER_SUM] = brierSum;
  totals[BRIER_SUM + 1] = brierCompensation;
  totals[FLAGS] = flags;
}

/**
 * One binary row's q, as `ratioChunk` computes it: both probabilities clipped to [eps, 1 − eps], the
 * true class's (`pTrue`, which is `p0` or `p1`) divided by their sum. Its log loss term is −ln q.
 */
function binaryRatio(p0: number, p1: number, pTrue: number): number {
  return clipped(pTrue) / (clipped(p0) + clipped(p1));
}

/** A probability clipped to [eps, 1 − eps], as log_loss clips. */
function clipped(p: number): number {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}

/**
 * One binary row's Brier term, (1[y = pos] − p_pos)², with 1[y = pos] as `y ^ flip` (flip = 1 − pos;
 * classes are 0 and 1): arithmetic where a comparison would be a branch, which on labels that look
 * random a processor mispredicts about every other row.
 */
function binaryBrier(positive: number, y: number, flip: number): number {
  const d = (y ^ flip) - positive;
  return d * d;
}

/**
 * The larger of a binary row's two probabilities (the first on ties, as np.argmax), as ECE reads it:
 * the class is `+(p1 > p0)`, and the probability read at it, with no branch (see `binaryBrier`).
 */
function topProbability(prepared: PreparedClassification, row: number): number {
  const proba = probaOf(prepared);
  return proba[2 * row + +(proba[2 * row + 1] > proba[2 * row])];
}

/** `binaryTerms` for rows `[from, to)`. */
function binaryChunk(
  proba: Probabilities,
  yTrue: ClassIndices,
  posLabel: number,
  from: number,
  to: number,
  ratios: Float64Array,
  brier: Float64Array,
  bin: Uint8Array,
  confidence: Float64Array
): void {
  for (let r = from; r < to; r++) {
    const p0 = proba[2 * r];
    const p1 = proba[2 * r + 1];
    const y = yTrue[r];
    ratios[r] = binaryRatio(p0, p1, proba[2 * r + y]);
    brier[r] = binaryBrier(posLabel === 0 ? p0 : p1, y, 1 - posLabel);
    const best = +(p1 > p0);
    const top = proba[2 * r + best];
    confidence[r] = top;
    const b = eceBin(top);
    bin[r] = b === OUT_OF_RANGE ? b : b | ((1 - (best ^ y)) * CORRECT);
  }
}

/**
 * Expected calibration error (Naeini et al. 2015; Guo et al. 2017), which scikit-learn does not
 * provide: each row's confidence is its largest probability (as given, not renormalised) and its
 * prediction that class (np.argmax: the first on ties); rows fall in 10 equal-width bins
 * (k/10, (k+1)/10], with 0 in the first; ECE = Σ_b |accuracy_b − mean confidence_b| · n_b / n.
 */
export function expectedCalibrationError(view: ProbaView): Outcome {
  const { prepared } = view;
  if (prepared.classCount === 2 && view.rows === null) {
    const totals = binaryTotals(prepared);
    const first = totals[ECE_OUT_OF_RANGE];
    if (first >= 0) return eceOutOfRange(first, topProbability(prepared, first));
    return eceOf(
      totals.subarray(ECE_ROWS, ECE_ROWS + ECE_BINS),
      totals.subarray(ECE_CORRECT, ECE_CORRECT + ECE_BINS),
      totals.subarray(ECE_CONFIDENCE, ECE_CONFIDENCE + ECE_BINS),
      view.n
    );
  }
  const { bin, confidence } = prepared.memo('expected_calibration_error', () => eceRows(prepared));
  const rows = new Float64Array(ECE_BINS);
  const correct = new Float64Array(ECE_BINS);
  const confidenceSum = new Float64Array(ECE_BINS);
  for (let i = 0; i < view.n; i++) {
    const r = view.rows === null ? i : view.rows[i];
    const code = bin[r];
    if (code === OUT_OF_RANGE) return eceOutOfRange(r, confidence[r]);
    const b = code & ~CORRECT;
    rows[b]++;
    confidenceSum[b] += confidence[r];
    if ((code & CORRECT) !== 0) correct[b]++;
  }
  return eceOf(rows, correct, confidenceSum, view.n);
}

function eceOutOfRange(row: number, top: number): Outcome {
  return {
    value: null,
    reason: `expected_calibration_error needs probabilities in [0, 1]; row ${row} has a top-class probability of ${top}`
  };
}

/** Σ_b |accuracy_b − mean confidence_b| · n_b / n from each bin's rows, correct rows and confidence sum. */
function eceOf(rows: Float64Array, correct: Float64Array, confidenceSum: Float64Array, n: number): Outcome {
  let ece = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    const nb = rows[b];
    if (nb > 0) ece += (abs(correct[b] / nb - confidenceSum[b] / nb) * nb) / n;
  }
  return { value: ece };
}
