/**
 * Drift of one column between a reference and a current data set, from their `ColumnStats`, with
 * Evidently's default choice of test and thresholds.
 */
import { ConfigurationError, DataError } from '../runtime/errors.js';
import type { ColumnType } from '../data/types.js';
import type { ColumnSummary } from '../stats/summary.js';
import { chiSquare } from './chi-square.js';
import type { BinOptions } from './binning.js';
import { jensenShannon, psi, wassersteinNormed } from './distances.js';
import { ks2samp } from './ks.js';

/** Evidently's stat test names. */
export type DriftMethod = 'ks' | 'chisquare' | 'psi' | 'jensenshannon' | 'wasserstein';

export const DRIFT_METHODS: readonly DriftMethod[] = [
  'ks',
  'chisquare',
  'psi',
  'jensenshannon',
  'wasserstein'
];

/** Methods whose score is a p-value: drift when p < threshold. The others are distances: drift when ≥. */
export const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set<DriftMethod>(['ks', 'chisquare']);

/** Evidently's default thresholds. */
export const DEFAULT_THRESHOLDS: Readonly<Record<DriftMethod, number>> = {
  ks: 0.05,
  chisquare: 0.05,
  psi: 0.1,
  jensenshannon: 0.1,
  wasserstein: 0.1
};

/** Evidently's SMALL_SAMPLE_ROW_LIMIT. */
const SMALL_REFERENCE_ROWS = 1000;
/** Numeric columns with at most this many distinct values are tested as categories. */
const FEW_DISTINCT = 5;

/**
 * Evidently's default stat test (`_get_default_stattest`): with a reference of at most 1000 values,
 * KS for numeric columns with more than 5 distinct values, chi-square otherwise; with a larger
 * reference, normed Wasserstein for numeric columns with more than 5 distinct values, Jensen–Shannon
 * otherwise. `referenceRows` counts the reference's non-missing (finite) values and `distinct` the
 * distinct values of both sides together, as Evidently does after dropping NaN and ±inf. Evidently
 * picks a two-proportion z-test for ≤ 2 distinct values on a small reference; mlgate uses
 * chi-square there.
 */
export function chooseDriftMethod(
  referenceRows: number,
  column: { readonly numeric: boolean; readonly distinct: number }
): DriftMethod {
  const manyValues = column.numeric && column.distinct > FEW_DISTINCT;
  if (referenceRows <= SMALL_REFERENCE_ROWS) return manyValues ? 'ks' : 'chisquare';
  return manyValues ? 'wasserstein' : 'jensenshannon';
}

export interface ColumnDriftOptions extends BinOptions {
  /** Default: `chooseDriftMethod`. */
  method?: DriftMethod;
  /** Default: `DEFAULT_THRESHOLDS[method]`. */
  threshold?: number;
}

export interface ColumnDriftResult {
  column: string;
  method: DriftMethod;
  /** KS: D; chi-square: Pearson's statistic (null when infinite: a category unseen in the reference). */
  statistic: number | null;
  /** For KS and chi-square. */
  pValue?: number;
  threshold: number;
  drifted: boolean;
  /** Values compared on each side (finite values for numeric tests, non-missing otherwise). */
  referenceRows: number;
  currentRows: number;
  /** False when a side was a reservoir sample (numeric tests past `sampleCap`). */
  exact: boolean;
  /** Chi-square: current categories the reference never had. */
  unseenCategories?: string[];
}

const isNumericType = (type: ColumnType): boolean =>
  type === 'int' || type === 'float' || type === 'datetime';

/** Counts without ±Infinity (Evidently drops them with NaN before testing). */
function finiteCategories(
  counts: ReadonlyMap<string, number>,
  numeric: boolean
): ReadonlyMap<string, number> {
  if (!numeric || (!counts.has('Infinity') && !counts.has('-Infinity'))) return counts;
  const finite = new Map(counts);
  finite.delete('Infinity');
  finite.delete('-Infinity');
  return finite;
}

/**
 * Tests one column for drift. Numeric columns (int, float, datetime) use their finite values
 * (`sample()`), categorical ones (string, bool) their exact category counts (`categories()`).
 * @throws DataError when a side has no values, the sides' types are incompatible, or a categorical
 *   test needs counts of a column past `distinctCap`; ConfigurationError for a method that does not
 *   apply to the column or an invalid threshold.
 */
export function columnDrift(
  ref: ColumnSummary,
  cur: ColumnSummary,
  options: ColumnDriftOptions = {}
): ColumnDriftResult {
  const name = ref.name;
  const refType = ref.columnType;
  const curType = cur.columnType;
  if (refType === null) throw new DataError(`column \`${name}\`: the reference has no values to compare`);
  if (curType === null) throw new DataError(`column \`${name}\`: the current data has no values to compare`);
  const numeric = isNumericType(refType);
  if (numeric !== isNumericType(curType)) {
    throw new DataError(`column \`${name}\`: the reference is ${refType} but the current data is ${curType}`);
  }
  const refCounts = ref.categories();
  const curCounts = cur.categories();
  const refSample = numeric ? ref.sample() : null;
  const curSample = numeric ? cur.sample() : null;
  const refCategories = refCounts === null ? null : finiteCategories(refCounts, numeric);
  const curCategories = curCounts === null ? null : finiteCategories(curCounts, numeric);
  const referenceRows = refSample?.count ?? ref.valueCount;
  const currentRows = curSample?.count ?? cur.valueCount;
  if (referenceRows === 0) throw new DataError(`column \`${name}\`: the reference has no values to compare`);
  if (currentRows === 0) throw new DataError(`column \`${name}\`: the current data has no values to compare`);

  let method = options.method;
  if (method === undefined) {
    let distinct = Infinity;
    if (refCategories !== null && curCategories !== null) {
      const keys = new Set(refCategories.keys());
      for (const key of curCategories.keys()) keys.add(key);
      distinct = keys.size;
    }
    method = chooseDriftMethod(referenceRows, { numeric, distinct });
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLDS[method];
  if (!Number.isFinite(threshold) || threshold < 0 || (P_VALUE_METHODS.has(method) && threshold > 1)) {
    throw new ConfigurationError(
      `drift threshold for \`${name}\` (${method}): expected ${P_VALUE_METHODS.has(method) ? 'a p-value in [0, 1]' : 'a number ≥ 0'}, got ${threshold}`
    );
  }
  const base = { column: name, method, threshold, referenceRows, currentRows };

  if (method === 'ks' || method === 'wasserstein') {
    if (refSample === null || curSample === null) {
      throw new ConfigurationError(
        `drift method ${method} needs a numeric column; \`${name}\` is ${refType}`
      );
    }
    const exact = refSample.exact && curSample.exact;
    if (method === 'ks') {
      const { statistic, pValue } = ks2samp(refSample.values, curSample.values);
      return { ...base, statistic, pValue, drifted: pValue < threshold, exact };
    }
    const statistic = wassersteinNormed(refSample.values, curSample.values);
    return { ...base, statistic, drifted: statistic >= threshold, exact };
  }

  if (method === 'chisquare') {
    if (refCategories === null || curCategories === null) throw tooManyCategories(name, ref, cur);
    const { statistic, pValue, unseen } = chiSquare(refCategories, curCategories);
    return {
      ...base,
      statistic: Number.isFinite(statistic) ? statistic : null,
      pValue,
      drifted: pValue < threshold,
      exact: true,
      ...(unseen.length > 0 ? { unseenCategories: unseen } : {})
    };
  }

  // PSI and Jensen–Shannon: numeric columns are binned from their values, categorical ones by category.
  const bins: BinOptions = options.bins === undefined ? {} : { bins: options.bins };
  const distance = method === 'psi' ? psi : jensenShannon;
  if (refSample !== null && curSample !== null) {
    const statistic = distance(refSample.values, curSample.values, bins);
    return { ...base, statistic, drifted: statistic >= threshold, exact: refSample.exact && curSample.exact };
  }
  if (refCategories === null || curCategories === null) throw tooManyCategories(name, ref, cur);
  const statistic = distance(refCategories, curCategories, bins);
  return { ...base, statistic, drifted: statistic >= threshold, exact: true };
}

function tooManyCategories(name: string, ref: ColumnSummary, cur: ColumnSummary): DataError {
  const side = ref.categories() === null ? 'reference' : 'current data';
  const cap = (ref.categories() === null ? ref : cur).profile().distinct;
  return new DataError(
    `column \`${name}\`: the ${side} has about ${cap} distinct values, more than the distinct-value cap, so categorical drift cannot be computed exactly; raise the cap or choose a numeric method`
  );
}
