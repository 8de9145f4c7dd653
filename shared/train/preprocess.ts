/**
 * Fits the feature transforms a trainer needs from the training table: what the exported graph
 * then does to raw columns (see `model-types.ts`). Linear models get scikit-learn's usual pipeline
 * (SimpleImputer(mean) → StandardScaler for numbers, OneHotEncoder for strings); trees keep numbers
 * as they are (they route missing values themselves) and one-hot the strings.
 */
import type { FeatureTransform } from './model-types.js';
import type { TableColumn } from './table.js';

export type Scaling = 'standardise' | 'none';

/** Categories of a string column, sorted as scikit-learn's OneHotEncoder sorts them (code-unit order). */
export function categoriesOf(values: readonly (string | null)[]): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value !== null) seen.add(value);
  return [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Mean and population standard deviation of the non-missing values (float32-rounded, as the graph
 * sees them); a constant or empty column scales by 1, as StandardScaler does.
 */
function moments(values: Float64Array): { mean: number; std: number } {
  let count = 0;
  let sum = 0;
  for (const value of values) {
    if (value !== value) continue;
    sum += Math.fround(value);
    count++;
  }
  if (count === 0) return { mean: 0, std: 1 };
  const mean = sum / count;
  let squares = 0;
  for (const value of values) {
    if (value !== value) continue;
    const d = Math.fround(value) - mean;
    squares += d * d;
  }
  const std = Math.sqrt(squares / count);
  return { mean, std: std > 0 ? std : 1 };
}

/**
 * One-hot columns per string column, at most: the most frequent values (ties: code-unit order), like
 * OneHotEncoder(max_categories=…) without its "infrequent" column; rarer values encode as unseen
 * ones (all zeros). An id or free-text column would otherwise make one column per row.
 */
export const MAX_CATEGORIES = 100;

/** The categories a string column is encoded with: every value, or the `MAX_CATEGORIES` most frequent. */
function frequentCategories(values: readonly (string | null)[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  let kept = [...counts.keys()];
  if (kept.length > MAX_CATEGORIES)
    kept = kept.sort((a, b) => counts.get(b)! - counts.get(a)! || byCode(a, b)).slice(0, MAX_CATEGORIES);
  return kept.sort(byCode);
}

/** One transform per feature column, in the table's feature order. */
export function fitTransforms(features: readonly TableColumn[], scaling: Scaling): FeatureTransform[] {
  return features.map((column): FeatureTransform => {
    if (column.type === 'string')
      return { kind: 'one-hot', column: column.name, categories: frequentCategories(column.values) };
    if (scaling === 'none')
      return { kind: 'numeric', column: column.name, impute: null, center: 0, scale: 1 };
    // Imputing the mean leaves the mean, so standardising after imputation uses the same centre.
    const { mean, std } = moments(column.values);
    return { kind: 'numeric', column: column.name, impute: mean, center: mean, scale: std };
  });
}
