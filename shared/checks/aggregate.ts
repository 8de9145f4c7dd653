import { CodeCounts } from '../data/code-counts.js';
import { Missing } from '../data/types.js';
import type { CheckResult } from '../gate/verdict.js';
import { quantile } from '../stats/quantile.js';
import type { Expectation } from './catalogue.js';
import { rangePhrase } from './column-map.js';
import {
  clip,
  columnOf,
  formatCount,
  formatNumber,
  resultOf,
  type BatchContext,
  type Evaluator,
  type FinishContext
} from './evaluator.js';
import { parseBound, ValueSet } from './values.js';

/**
 * Expectations on a statistic of the whole column, read from the column's profiler once the data
 * has been read (min, max, mean, median, stdev, sum, skew, zero proportion, quantiles, distinct
 * counts, most common value).
 */
export class StatisticEvaluator implements Evaluator {
  readonly columns: readonly string[];
  constructor(
    readonly expectation: Expectation,
    private readonly id: string
  ) {
    this.columns = [expectation.kwargs.column as string];
  }

  observe(): void {
    // Everything comes from the column's profiler.
  }

  finish(context: FinishContext): CheckResult {
    const k = this.expectation.kwargs;
    const column = k.column as string;
    const stats = context.stats.get(column)!;
    const profile = context.profile(column);
    const numeric = profile.numeric;
    const name = this.expectation.name;

    if (name === 'expect_column_quantile_values_to_be_between') {
      const ranges = k.quantile_ranges as { quantiles: number[]; value_ranges: [unknown, unknown][] };
      const sample = stats.sample();
      const failures: string[] = [];
      const observed = ranges.quantiles.map((q, index) => {
        const value = sample.values.length === 0 ? null : quantile(sample.values, q);
        const [lo, hi] = ranges.value_ranges[index] ?? [null, null];
        const min = parseBound(lo, 'value_ranges');
        const max = parseBound(hi, 'value_ranges');
        const ok =
          value !== null && (min === undefined || value >= min) && (max === undefined || value <= max);
        if (!ok)
          failures.push(`q${q} = ${formatNumber(value)} not ${rangePhrase(min, max, false, false, lo, hi)}`);
        return value;
      });
      return resultOf(this.expectation, this.id, {
        success: failures.length === 0 && ranges.quantiles.length === ranges.value_ranges.length,
        message:
          ranges.quantiles.length !== ranges.value_ranges.length
            ? `${column}: quantile_ranges has ${ranges.quantiles.length} quantiles but ${ranges.value_ranges.length} value ranges`
            : failures.length === 0
              ? `${column}: all quantiles within their ranges`
              : `${column}: ${failures.join('; ')}`,
        observed: { observed_value: { quantiles: ranges.quantiles, values: observed }, exact: sample.exact }
      });
    }

    if (name === 'expect_column_most_common_value_to_be_in_set') {
      const set = new ValueSet(k.value_set as (string | number | boolean)[]);
      const top = profile.mostCommon[0]?.count;
      const modes = profile.mostCommon.filter((entry) => entry.count === top).map((entry) => entry.value);
      const inSet = modes.filter((mode) => set.hasText(mode)).length;
      // Great Expectations: with ties_okay any mode may be in the set; without, there must be one mode, in the set.
      const success = k.ties_okay === true ? inSet > 0 : modes.length === 1 && inSet === 1;
      return resultOf(this.expectation, this.id, {
        success,
        message: `${column}: most common value${modes.length > 1 ? 's' : ''} ${modes.map((mode) => clip(mode, 40)).join(', ') || 'none'} ${success ? 'in' : 'not in'} ${set.describe()}`,
        observed: { observed_value: modes, exact: profile.mostCommonExact }
      });
    }

    const [observed, label, exact] = ((): [number | null, string, boolean] => {
      switch (name) {
        case 'expect_column_min_to_be_between':
          return [numeric?.min ?? null, 'min', true];
        case 'expect_column_max_to_be_between':
          return [numeric?.max ?? null, 'max', true];
        case 'expect_column_mean_to_be_between':
          return [numeric?.mean ?? null, 'mean', true];
        case 'expect_column_median_to_be_between':
          return [numeric?.quantiles['0.5'] ?? null, 'median', numeric?.quantilesExact ?? true];
        case 'expect_column_stdev_to_be_between':
          return [numeric?.std ?? null, 'stdev', true];
        case 'expect_column_sum_to_be_between':
          return [numeric?.sum ?? null, 'sum', true];
        case 'expect_column_skew_to_be_between':
          return [numeric?.skewness ?? null, 'skew', true];
        case 'expect_column_proportion_of_zeros_to_be_between':
          return [
            numeric === undefined || profile.values === 0 ? null : numeric.zeros / profile.values,
            'proportion of zeros',
            true
          ];
        case 'expect_column_proportion_of_unique_values_to_be_between':
          return [
            profile.values === 0 ? null : profile.distinct / profile.values,
            'proportion of unique values',
            profile.distinctExact
          ];
        case 'expect_column_unique_value_count_to_be_between':
          return [profile.distinct, 'unique value count', profile.distinctExact];
        default:
          throw new Error(`not a statistic expectation: ${name}`);
      }
    })();
    const min = parseBound(k.min_value, 'min_value');
    const max = parseBound(k.max_value, 'max_value');
    const strictMin = k.strict_min === true;
    const strictMax = k.strict_max === true;
    const success =
      observed !== null &&
      (min === undefined || (strictMin ? observed > min : observed >= min)) &&
      (max === undefined || (strictMax ? observed < max : observed <= max));
    const range = rangePhrase(min, max, strictMin, strictMax, k.min_value, k.max_value);
    return resultOf(this.expectation, this.id, {
      success,
      message:
        observed === null
          ? `${column}: ${label} is undefined (no numeric values); expected ${range}`
          : `${column}: ${label} ${formatNumber(observed)} ${success ? 'is' : 'is not'} ${range}${exact ? '' : ' (approximate)'}`,
      observed: { observed_value: observed, exact }
    });
  }
}

/** Distinct values outside the set are counted exactly up to this many ("more than" after). */
const OUTSIDE_CAP = 100_000;
/** Of which the report names the first few. */
const OUTSIDE_SHOWN = 20;

/** distinct values in / contain / equal a set: exact, whatever the column's cardinality. */
export class DistinctSetEvaluator implements Evaluator {
  readonly columns: readonly string[];
  private readonly set: ValueSet;
  private readonly elements: readonly (readonly [string, ValueSet])[];
  private readonly seen = new Set<string>();
  /** The distinct texts outside the set, in order of first appearance, up to OUTSIDE_CAP. */
  private readonly outside = new Set<string>();
  private outsideOverflow = false;
  private readonly codeCounts = new CodeCounts();

  constructor(
    readonly expectation: Expectation,
    private readonly id: string
  ) {
    this.columns = [expectation.kwargs.column as string];
    const values = expectation.kwargs.value_set as (string | number | boolean)[];
    this.set = new ValueSet(values);
    this.elements = values.map((value) => [String(value), new ValueSet([value])] as const);
  }

  observe({ batch }: BatchContext): void {
    const column = columnOf(batch, this.columns[0]);
    if (column === undefined) return;
    if (column.type === 'string' && column.dictionary !== null) {
      // Once per distinct text of the batch.
      const counted = this.codeCounts;
      counted.count(column.missing, column.dictionary);
      const { texts } = column.dictionary;
      const member = this.set.byCode(texts);
      for (let j = 0; j < counted.distinct; j++) {
        const code = counted.code(j);
        if (member[code] === 1) this.sawMember(texts[code]);
        else this.sawOutside(texts[code]);
      }
      return;
    }
    const member = this.set.member(column);
    for (let row = 0; row < batch.rowCount; row++) {
      if (column.missing[row] !== Missing.Value) continue;
      if (member(row)) this.sawMember(column.text(row));
      else this.sawOutside(column.text(row));
    }
  }

  private sawMember(text: string): void {
    if (this.seen.size === this.elements.length) return;
    for (const [element, single] of this.elements) if (single.hasText(text)) this.seen.add(element);
  }

  private sawOutside(text: string): void {
    if (this.outside.has(text)) return;
    if (this.outside.size < OUTSIDE_CAP) this.outside.add(text);
    else this.outsideOverflow = true;
  }

  finish(): CheckResult {
    const column = this.columns[0];
    const missingFromData = this.set.values.map(String).filter((value) => !this.seen.has(value));
    const extra = [...this.outside].slice(0, OUTSIDE_SHOWN).map((value) => clip(value, 40));
    const outsideCount = this.outside.size;
    const wantIn = this.expectation.name !== 'expect_column_distinct_values_to_contain_set';
    const wantAll = this.expectation.name !== 'expect_column_distinct_values_to_be_in_set';
    const problems: string[] = [];
    if (wantIn && outsideCount > 0) {
      const how = this.outsideOverflow ? `more than ${formatCount(OUTSIDE_CAP)}` : String(outsideCount);
      problems.push(
        `${how} distinct value${outsideCount === 1 ? '' : 's'} outside the set (${extra.join(', ')}${outsideCount > extra.length ? ', …' : ''})`
      );
    }
    if (wantAll && missingFromData.length > 0) problems.push(`never seen: ${missingFromData.join(', ')}`);
    return resultOf(this.expectation, this.id, {
      success: problems.length === 0,
      message:
        problems.length === 0
          ? `${column}: distinct values fit ${this.set.describe()}`
          : `${column}: ${problems.join('; ')}`,
      observed: {
        observed_value: {
          outside_set: extra,
          outside_set_count: outsideCount,
          outside_set_count_exact: !this.outsideOverflow,
          missing_from_data: missingFromData
        }
      }
    });
  }
}
