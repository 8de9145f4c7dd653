/**
 * Error-free summation helpers shared by the moment accumulators and the drift distances.
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs } = Math;

/**
 * A running sum with Neumaier's compensation (Neumaier 1974, the improved Kahan–Babuška sum): the
 * result is the correctly rounded sum up to a couple of ulps whatever the order of the terms, where
 * numpy's pairwise sum and bottleneck's naive sum can lose digits to cancellation.
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    if (abs(this.sum) >= abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
  }

  /** Adds another sum's state (for merging shards). */
  merge(other: CompensatedSum): void {
    this.add(other.sum);
    this.add(other.compensation);
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}

/**
 * hi + lo + step as a normalised double-double [hi, lo] (Knuth's TwoSum, then Fast2Sum): running means
 * kept this way do not pick up a rounding error at every merge.
 */
export function addToSplit(hi: number, lo: number, step: number): [number, number] {
  const sum = hi + step;
  const stepPart = sum - hi;
  const error = hi - (sum - stepPart) + (step - stepPart);
  const low = lo + error;
  const high = sum + low;
  return [high, low - (high - sum)];
}
