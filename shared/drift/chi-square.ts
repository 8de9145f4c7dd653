/**
 * Evidently's chi-square drift test (`evidently/calculations/stattests/chisquare_stattest.py`):
 * over the union of categories, the expected current counts are the reference counts scaled to the
 * current size, and the p-value is scipy `stats.chisquare(f_obs=current, f_exp=expected)`.
 */
import { chi2Sf } from './gamma.js';

export interface ChiSquareResult {
  /** Pearson's statistic Σ (observed − expected)² / expected; Infinity when `unseen` is not empty. */
  statistic: number;
  pValue: number;
  /** Degrees of freedom: categories − 1. */
  df: number;
  /** Categories in the current data that the reference never had, in order of appearance. */
  unseen: string[];
}

/**
 * Chi-square test of `curCounts` against the category frequencies of `refCounts` (exact counts per
 * category, missing values excluded).
 *
 * A category the reference lacks gets an expected count of 0: like Evidently (scipy divides by zero)
 * the statistic is Infinity and the p-value 0 — a value never seen in the reference is drift — and the
 * categories are listed in `unseen`. With a single category on both sides scipy returns NaN (0
 * degrees of freedom) and Evidently reports no drift; here the p-value is 1.
 * @throws RangeError when either side has no values.
 */
export function chiSquare(
  refCounts: ReadonlyMap<string, number>,
  curCounts: ReadonlyMap<string, number>
): ChiSquareResult {
  let nRef = 0;
  for (const count of refCounts.values()) nRef += count;
  let nCur = 0;
  for (const count of curCounts.values()) nCur += count;
  if (nRef === 0) throw new RangeError('chiSquare: the reference has no values');
  if (nCur === 0) throw new RangeError('chiSquare: the current data has no values');
  const scale = nCur / nRef;
  const unseen: string[] = [];
  let statistic = 0;
  let categories = 0;
  for (const [key, count] of refCounts) {
    if (count === 0) continue;
    categories++;
    const expected = count * scale;
    const observed = curCounts.get(key) ?? 0;
    statistic += (observed - expected) ** 2 / expected;
  }
  for (const [key, count] of curCounts) {
    if (count === 0 || (refCounts.get(key) ?? 0) > 0) continue;
    categories++;
    unseen.push(key);
  }
  const df = categories - 1;
  if (unseen.length > 0) return { statistic: Infinity, pValue: 0, df, unseen };
  if (df === 0) return { statistic: 0, pValue: 1, df, unseen };
  return { statistic, pValue: chi2Sf(statistic, df), df, unseen };
}
