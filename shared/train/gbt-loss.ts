/**
 * The losses the gradient-boosted trees minimise, as scikit-learn 1.2's `sklearn._loss`: half squared
 * error (regression), half binomial (binary, one raw logit) and half multinomial (softmax, one raw
 * score per class). Each gives the intercept-only raw scores the boosting starts from and, per round,
 * every row's gradient and hessian with respect to its raw scores, stored as float32 like
 * scikit-learn's `G_H_DTYPE`.
 */

const { exp, log } = Math;

/** Cody–Waite split of ln(2)/64 (fdlibm's ln2_hi, ln2_lo): n × HI is exact for the n used here. */
const LN2_64_HI = 6.9314718036912382e-1 / 64;
const LN2_64_LO = 1.9082149292705877e-10 / 64;
const SIXTY_FOUR_OVER_LN2 = 64 / Math.LN2;
/** Adding and subtracting 1.5 × 2⁵² rounds a double to the nearest integer. */
const ROUND = 6755399441055744;
/** 2^(j/64), j = 0..63. */
const EXP2_FRACTION = Float64Array.from({ length: 64 }, (_, j) => exp((j * Math.LN2) / 64));
/** 2^-k, k = 0..151 (t ≥ −104 gives k ≤ 151). */
const EXP2_NEGATIVE = Float64Array.from({ length: 152 }, (_, k) => 2 ** -k);

/**
 * exp(t) for t ≤ 0, within 2 ulp of Math.exp, and about twice as fast (Math.exp is a call into the
 * runtime; this inlines): t = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, exp(r) by its degree-5 Taylor
 * polynomial (error below 4e-17). Below −104 it returns 0: e^−104 is under float32's smallest
 * subnormal, and the gradients and hessians it feeds are stored as float32.
 */
export function expNonPositive(t: number): number {
  if (t < -104) return 0;
  const n = t * SIXTY_FOUR_OVER_LN2 + ROUND - ROUND;
  const r = t - n * LN2_64_HI - n * LN2_64_LO;
  const i = n | 0;
  const p = 1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return EXP2_FRACTION[i & 63] * EXP2_NEGATIVE[-(i >> 6)] * p;
}

export type GbtLossKind = 'regression' | 'binary' | 'multiclass';

/** Raw scores, gradients and hessians are laid out per output: `array[output * rows + row]`. */
export interface GbtLoss {
  readonly outputs: number;
  /** Squared error: every hessian is 1, so histograms count rows instead of summing hessians. */
  readonly constantHessian: boolean;
  /** The raw scores of the best constant model. */
  baseline(target: Float64Array): Float64Array;
  /** Fills `gradients` (and `hessians` unless constant) at the current raw scores. */
  gradients(target: Float64Array, raw: Float64Array, gradients: Float32Array, hessians: Float32Array): void;
}

export function gbtLoss(kind: GbtLossKind, classes: number): GbtLoss {
  switch (kind) {
    case 'regression':
      return squaredError;
    case 'binary':
      return binomial;
    case 'multiclass':
      return multinomial(classes);
  }
}

/** HalfSquaredError: base = mean(y); gradient = raw − y, hessian 1. */
const squaredError: GbtLoss = {
  outputs: 1,
  constantHessian: true,
  baseline(target) {
    let sum = 0;
    for (let i = 0; i < target.length; i++) sum += target[i];
    return Float64Array.of(sum / target.length);
  },
  gradients(target, raw, gradients) {
    for (let i = 0; i < target.length; i++) gradients[i] = raw[i] - target[i];
  }
};

/**
 * HalfBinomialLoss: base = logit of the mean label clipped to [10ε, 1 − 10ε]; gradient = p − y,
 * hessian = p(1 − p), p = sigmoid(raw), written (as scikit-learn) with e = exp(−|raw|) so that
 * nothing overflows or cancels: for raw > 0 the gradient is ((1 − y) − y·e) / (1 + e), else
 * ((1 − y)·e − y) / (1 + e), and the hessian e / (1 + e)².
 */
const binomial: GbtLoss = {
  outputs: 1,
  constantHessian: false,
  baseline(target) {
    let sum = 0;
    for (let i = 0; i < target.length; i++) sum += target[i];
    const eps = 10 * Number.EPSILON;
    const p = Math.min(Math.max(sum / target.length, eps), 1 - eps);
    return Float64Array.of(log(p / (1 - p)));
  },
  gradients(target, raw, gradients, hessians) {
    for (let i = 0; i < target.length; i++) {
      const r = raw[i];
      const y = target[i];
      const e = expNonPositive(r > 0 ? -r : r);
      const d = 1 + e;
      gradients[i] = (r > 0 ? 1 - y - y * e : (1 - y) * e - y) / d;
      hessians[i] = e / (d * d);
    }
  }
};

/**
 * HalfMultinomialLoss: base = log(p_k / gmean(p)) of the class frequencies clipped to [ε, 1 − ε]
 * (the symmetric link); gradient_k = p_k − [y = k], hessian_k = p_k(1 − p_k), p = softmax(raw).
 */
function multinomial(classes: number): GbtLoss {
  const scratch = new Float64Array(classes);
  return {
    outputs: classes,
    constantHessian: false,
    baseline(target) {
      const counts = new Float64Array(classes);
      for (let i = 0; i < target.length; i++) counts[target[i]]++;
      const eps = Number.EPSILON;
      let meanLog = 0;
      for (let k = 0; k < classes; k++) {
        counts[k] = Math.min(Math.max(counts[k] / target.length, eps), 1 - eps);
        meanLog += log(counts[k]);
      }
      const geometricMean = exp(meanLog / classes);
      return counts.map((p) => log(p / geometricMean));
    },
    gradients(target, raw, gradients, hessians) {
      const rows = target.length;
      for (let i = 0; i < rows; i++) {
        let max = -Infinity;
        for (let k = 0, at = i; k < classes; k++, at += rows) if (raw[at] > max) max = raw[at];
        let sum = 0;
        for (let k = 0, at = i; k < classes; k++, at += rows) {
          const e = expNonPositive(raw[at] - max);
          scratch[k] = e;
          sum += e;
        }
        const label = target[i];
        for (let k = 0, at = i; k < classes; k++, at += rows) {
          const p = scratch[k] / sum;
          gradients[at] = k === label ? p - 1 : p;
          hessians[at] = p * (1 - p);
        }
      }
    }
  };
}
