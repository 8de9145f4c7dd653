import { Missing } from '../data/types.js';
import type { CheckResult } from '../gate/verdict.js';
import { CoMoments } from '../stats/moments.js';
import type { Expectation } from './catalogue.js';
import { rangePhrase } from './column-map.js';
import {
  columnOf,
  countPhrase,
  ExampleCollector,
  formatNumber,
  resultOf,
  type BatchContext,
  type Evaluator
} from './evaluator.js';
import { numberAt, parseBound } from './values.js';

/**
 * column_A > column_B (or ≥) and column_A == column_B, row by row. Rows are skipped per
 * `ignore_row_if` (Great Expectations' default: both values missing); a row with one value missing
 * is then unexpected, as it is in Great Expectations.
 */
export class PairEvaluator implements Evaluator {
  readonly columns: readonly string[];
  private elements = 0;
  private skipped = 0;
  private unexpected = 0;
  private readonly examples: ExampleCollector;

  constructor(
    readonly expectation: Expectation,
    private readonly id: string,
    examples: number
  ) {
    this.columns = [expectation.kwargs.column_A as string, expectation.kwargs.column_B as string];
    this.examples = new ExampleCollector(examples);
  }

  observe({ batch }: BatchContext): void {
    const a = columnOf(batch, this.columns[0]);
    const b = columnOf(batch, this.columns[1]);
    const k = this.expectation.kwargs;
    const ignore = (k.ignore_row_if as string | undefined) ?? 'both_values_are_missing';
    const greater = this.expectation.name === 'expect_column_pair_values_A_to_be_greater_than_B';
    const orEqual = k.or_equal === true;
    this.elements += batch.rowCount;
    for (let row = 0; row < batch.rowCount; row++) {
      const aMissing = a === undefined || a.missing[row] !== Missing.Value;
      const bMissing = b === undefined || b.missing[row] !== Missing.Value;
      if (
        (ignore === 'both_values_are_missing' && aMissing && bMissing) ||
        (ignore === 'either_value_is_missing' && (aMissing || bMissing))
      ) {
        this.skipped++;
        continue;
      }
      let ok: boolean;
      if (aMissing || bMissing) ok = false;
      else if (greater) {
        const x = numberAt(a, row);
        const y = numberAt(b, row);
        ok = orEqual ? x >= y : x > y;
      } else if (a.type === 'string' || b.type === 'string') ok = a.text(row) === b.text(row);
      else ok = numberAt(a, row) === numberAt(b, row);
      if (!ok) {
        this.unexpected++;
        if (!this.examples.full) {
          this.examples.add(batch, row, `${a?.text(row) ?? ''} vs ${b?.text(row) ?? ''}`);
        }
      }
    }
  }

  finish(): CheckResult {
    const considered = this.elements - this.skipped;
    const mostly = (this.expectation.kwargs.mostly as number | undefined) ?? 1;
    const success = considered === 0 || (considered - this.unexpected) / considered >= mostly;
    const [a, b] = this.columns;
    const relation =
      this.expectation.name === 'expect_column_pair_values_to_be_equal'
        ? '=='
        : this.expectation.kwargs.or_equal === true
          ? '≥'
          : '>';
    return resultOf(this.expectation, this.id, {
      success,
      message:
        this.unexpected === 0
          ? `${a} ${relation} ${b} on all ${considered} rows`
          : `${a} ${relation} ${b}: ${countPhrase(this.unexpected, considered, 'rows')} fail`,
      observed: {
        element_count: this.elements,
        missing_count: this.skipped,
        unexpected_count: this.unexpected,
        unexpected_percent: considered === 0 ? null : (100 * this.unexpected) / considered
      },
      examples: this.examples.examples
    });
  }
}

/** Pearson's r over the rows where both values are present and finite (pandas' pairwise `corr`). */
export class CorrelationEvaluator implements Evaluator {
  readonly columns: readonly string[];
  private readonly moments = new CoMoments();
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);

  constructor(
    readonly expectation: Expectation,
    private readonly id: string
  ) {
    this.columns = [expectation.kwargs.column_A as string, expectation.kwargs.column_B as string];
  }

  observe({ batch }: BatchContext): void {
    const a = columnOf(batch, this.columns[0]);
    const b = columnOf(batch, this.columns[1]);
    if (a === undefined || b === undefined) return;
    if (this.xs.length < batch.rowCount) {
      this.xs = new Float64Array(batch.rowCount);
      this.ys = new Float64Array(batch.rowCount);
    }
    const xs = this.xs.subarray(0, batch.rowCount);
    const ys = this.ys.subarray(0, batch.rowCount);
    for (let row = 0; row < batch.rowCount; row++) {
      xs[row] = a.missing[row] === Missing.Value ? numberAt(a, row) : NaN;
      ys[row] = b.missing[row] === Missing.Value ? numberAt(b, row) : NaN;
    }
    this.moments.addAll(xs, ys);
  }

  finish(): CheckResult {
    const k = this.expectation.kwargs;
    const r = this.moments.correlation();
    const min = parseBound(k.min_value, 'min_value');
    const max = parseBound(k.max_value, 'max_value');
    const strictMin = k.strict_min === true;
    const strictMax = k.strict_max === true;
    const success =
      r !== null &&
      (min === undefined || (strictMin ? r > min : r >= min)) &&
      (max === undefined || (strictMax ? r < max : r <= max));
    const range = rangePhrase(min, max, strictMin, strictMax);
    const [a, b] = this.columns;
    return resultOf(this.expectation, this.id, {
      success,
      message:
        r === null
          ? `correlation of ${a} and ${b} is undefined (fewer than 2 paired values or zero variance); expected ${range}`
          : `correlation of ${a} and ${b} is ${formatNumber(r)}, ${success ? '' : 'not '}${range}`,
      observed: { observed_value: r, pairs: this.moments.count }
    });
  }
}
