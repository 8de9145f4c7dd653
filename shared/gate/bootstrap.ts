import { quantile } from '../stats/quantile.js';
import { Xoshiro128 } from '../stats/sampler.js';

export interface BootstrapOptions {
  /** Resamples drawn (default 1000). */
  readonly resamples: number;
  /** Two-sided confidence of the interval (default 0.95). */
  readonly confidence: number;
  readonly seed: number;
}

/** The percentile interval of candidate − baseline over paired resamples. */
export interface DifferenceInterval {
  readonly low: number;
  readonly high: number;
  readonly confidence: number;
  /** Resamples on which both metrics were defined (a resample with one class has no AUC). */
  readonly resamples: number;
}

/**
 * Paired bootstrap of a metric difference: each resample draws n row indices with replacement
 * (seeded, so a run is reproducible) and scores candidate and baseline on the same rows, so the
 * interval reflects the difference between the models, not the noise of the test set twice. The
 * interval is the percentile interval (numpy's linear quantiles of the differences).
 */
export function pairedBootstrap(
  n: number,
  candidate: (rows: Int32Array) => number | null,
  baseline: (rows: Int32Array) => number | null,
  options: BootstrapOptions
): DifferenceInterval | undefined {
  if (n === 0) return undefined;
  const random = new Xoshiro128(options.seed);
  const rows = new Int32Array(n);
  const differences = new Float64Array(options.resamples);
  let kept = 0;
  for (let r = 0; r < options.resamples; r++) {
    // Lemire's multiply-shift: an unbiased-enough index in [0, n) from 32 random bits (n ≪ 2^32).
    for (let i = 0; i < n; i++) rows[i] = Math.floor((random.nextUint32() * n) / 4294967296);
    const a = candidate(rows);
    const b = baseline(rows);
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    differences[kept++] = a - b;
  }
  if (kept === 0) return undefined;
  const sorted = differences.subarray(0, kept).sort();
  const tail = (1 - options.confidence) / 2;
  return {
    low: quantile(sorted, tail),
    high: quantile(sorted, 1 - tail),
    confidence: options.confidence,
    resamples: kept
  };
}
