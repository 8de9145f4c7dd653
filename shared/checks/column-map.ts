import { countMissing } from '../data/missing.js';
import { Missing, type Column } from '../data/types.js';
import type { CheckResult } from '../gate/verdict.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Expectation } from './catalogue.js';
import {
  columnOf,
  countPhrase,
  ExampleCollector,
  formatNumber,
  resultOf,
  type BatchContext,
  type Evaluator,
  type FinishContext
} from './evaluator.js';
import { codePointLength, numberAt, parseBound, ValueSet } from './values.js';

/**
 * Row-by-row ("column map") expectations, with Great Expectations' semantics: null cells are skipped
 * (except by the null/not-null expectations themselves), `unexpected_percent` is over non-null
 * values, and the check passes when (non-null − unexpected) / non-null ≥ mostly (vacuously on none).
 */
export interface MapRule {
  /** `values`: test non-missing cells; `not-null`/`null`: the missing state is what is tested. */
  readonly mode: 'values' | 'not-null' | 'null';
  /** "between 18 and 90": what an expected value is. */
  readonly phrase: string;
  /** What an unexpected value is, when not "not <phrase>" ("null" for not-null). */
  readonly failing?: string;
  /**
   * Writes the rows of one batch's column whose non-missing cell is unexpected into `out`, in order,
   * and returns how many (the type can change between batches). One loop per batch, not a call per row.
   */
  unexpectedRows(column: Column, out: Uint32Array): number;
}

/** `unexpectedRows` from a test of one non-missing row, for the rules that need no faster loop. */
function byRow(column: Column, out: Uint32Array, test: (row: number) => boolean): number {
  const missing = column.missing;
  let n = 0;
  for (let row = 0; row < missing.length; row++) {
    if (missing[row] === Missing.Value && !test(row)) out[n++] = row;
  }
  return n;
}

/** Every non-missing row, for a batch whose type already fails the rule. */
function everyValue(column: Column, out: Uint32Array): number {
  return byRow(column, out, () => false);
}

/** Row indices of a batch's unexpected cells: one buffer for every evaluator, used within a call. */
let scratch = new Uint32Array(0);

function scratchRows(rows: number): Uint32Array {
  if (scratch.length < rows) scratch = new Uint32Array(rows);
  return scratch;
}

export class ColumnMapEvaluator implements Evaluator {
  readonly columns: readonly string[];
  private elements = 0;
  private missing = 0;
  private unexpected = 0;
  private readonly examples: ExampleCollector;
  readonly secondPass?: Evaluator['secondPass'];

  constructor(
    readonly expectation: Expectation,
    private readonly id: string,
    private readonly column: string,
    private readonly rule: MapRule,
    examples: number,
    /** For rules that need the column's statistics first (z-scores): built between the passes. */
    prepare?: (context: FinishContext) => void
  ) {
    this.columns = [column];
    this.examples = new ExampleCollector(examples);
    if (prepare !== undefined) {
      this.secondPass = {
        prepare,
        observe: (context) => {
          this.count(context);
        }
      };
    }
  }

  observe(context: BatchContext): void {
    if (this.secondPass === undefined) this.count(context);
  }

  private count({ batch }: BatchContext): void {
    const column = columnOf(batch, this.column);
    const rows = batch.rowCount;
    this.elements += rows;
    if (column === undefined) {
      this.missing += rows;
      if (this.rule.mode === 'not-null') {
        this.unexpected += rows;
        for (let row = 0; row < rows && !this.examples.full; row++) this.examples.add(batch, row, '');
      }
      return;
    }
    const missingCount = countMissing(column.missing);
    let unexpected: number;
    const examples = this.examples;
    if (this.rule.mode === 'values') {
      const out = scratchRows(rows);
      unexpected = this.rule.unexpectedRows(column, out);
      for (let i = 0; i < unexpected && !examples.full; i++) examples.add(batch, out[i], column.text(out[i]));
    } else {
      // not-null: the missing cells are unexpected; null: the others.
      const wantMissing = this.rule.mode === 'null';
      unexpected = wantMissing ? rows - missingCount : missingCount;
      const missing = column.missing;
      for (let row = 0; row < rows && unexpected > 0 && !examples.full; row++) {
        if ((missing[row] !== Missing.Value) !== wantMissing) examples.add(batch, row, column.text(row));
      }
    }
    this.missing += missingCount;
    this.unexpected += unexpected;
  }

  finish(): CheckResult {
    const nonNull = this.elements - this.missing;
    const denominator = this.rule.mode === 'values' ? nonNull : this.elements;
    const mostly = (this.expectation.kwargs.mostly as number | undefined) ?? 1;
    const success = denominator === 0 || (denominator - this.unexpected) / denominator >= mostly;
    const what = this.rule.mode === 'values' ? 'non-null values' : 'values';
    const mostlyNote = mostly < 1 ? ` (mostly ${mostly})` : '';
    const message =
      this.unexpected === 0
        ? `${this.column}: all ${what} ${this.rule.phrase}`
        : `${this.column}: ${countPhrase(this.unexpected, denominator, what)} ${this.rule.failing ?? `not ${this.rule.phrase}`}${mostlyNote}`;
    return resultOf(this.expectation, this.id, {
      success,
      message,
      observed: {
        element_count: this.elements,
        missing_count: this.missing,
        missing_percent: this.elements === 0 ? null : (100 * this.missing) / this.elements,
        unexpected_count: this.unexpected,
        unexpected_percent: denominator === 0 ? null : (100 * this.unexpected) / denominator
      },
      examples: this.examples.examples
    });
  }
}

/** The rule of a column map expectation (all but uniqueness, which lives in uniqueness.ts). */
export function mapRule(expectation: Expectation): MapRule {
  const k = expectation.kwargs;
  switch (expectation.name) {
    case 'expect_column_values_to_not_be_null':
      return { mode: 'not-null', phrase: 'non-null', failing: 'null', unexpectedRows: () => 0 };
    case 'expect_column_values_to_be_null':
      return { mode: 'null', phrase: 'null', failing: 'not null', unexpectedRows: () => 0 };
    case 'expect_column_values_to_be_of_type': {
      const type = k.type_ as string;
      return {
        mode: 'values',
        phrase: `of type ${type}`,
        unexpectedRows: (column, out) => {
          if (type === 'string') return 0;
          if (column.type === 'string') return everyValue(column, out);
          const invalid = column.invalid;
          if (type === 'int') {
            const values = column.values;
            return byRow(
              column,
              out,
              (row) => (invalid === null || invalid[row] === 0) && Number.isInteger(values[row])
            );
          }
          if (column.type !== type && !(type === 'float' && column.type === 'int'))
            return everyValue(column, out);
          return invalid === null ? 0 : byRow(column, out, (row) => invalid[row] === 0);
        }
      };
    }
    case 'expect_column_values_to_be_between':
      return betweenRule(k);
    case 'expect_column_value_lengths_to_be_between': {
      const min = parseBound(k.min_value, 'min_value');
      const max = parseBound(k.max_value, 'max_value');
      return {
        mode: 'values',
        phrase: `of length ${rangePhrase(min, max, false, false)}`,
        unexpectedRows: (column, out) =>
          byRow(column, out, (row) => {
            const length = codePointLength(column.text(row));
            return (min === undefined || length >= min) && (max === undefined || length <= max);
          })
      };
    }
    case 'expect_column_values_to_be_in_set':
    case 'expect_column_values_to_not_be_in_set': {
      const set = new ValueSet(k.value_set as (string | number | boolean)[]);
      const inSet = expectation.name === 'expect_column_values_to_be_in_set';
      return {
        mode: 'values',
        phrase: `${inSet ? 'in' : 'outside'} ${set.describe()}`,
        unexpectedRows: (column, out) => set.unexpectedRows(column, inSet, out)
      };
    }
    case 'expect_column_values_to_match_regex':
    case 'expect_column_values_to_not_match_regex': {
      const source = k.regex as string;
      let regex: RegExp;
      try {
        regex = new RegExp(source, 'u');
      } catch (error) {
        throw new ConfigurationError(
          `${expectation.name}: invalid regex ${JSON.stringify(source)}: ${(error as Error).message}`
        );
      }
      const match = expectation.name === 'expect_column_values_to_match_regex';
      return {
        mode: 'values',
        phrase: `${match ? 'matching' : 'not matching'} /${source}/`,
        // re.search semantics, as Great Expectations: the pattern may match anywhere.
        unexpectedRows: (column, out) => byRow(column, out, (row) => regex.test(column.text(row)) === match)
      };
    }
    case 'expect_column_values_to_be_increasing':
    case 'expect_column_values_to_be_decreasing':
      return monotonicRule(expectation.name === 'expect_column_values_to_be_increasing', k.strictly === true);
    default:
      throw new Error(`not a column map expectation: ${expectation.name}`);
  }
}

function betweenRule(k: Readonly<Record<string, unknown>>): MapRule {
  const min = parseBound(k.min_value, 'min_value');
  const max = parseBound(k.max_value, 'max_value');
  const strictMin = k.strict_min === true;
  const strictMax = k.strict_max === true;
  const inRange = (value: number): boolean =>
    !Number.isNaN(value) &&
    (min === undefined || (strictMin ? value > min : value >= min)) &&
    (max === undefined || (strictMax ? value < max : value <= max));
  return {
    mode: 'values',
    phrase: rangePhrase(min, max, strictMin, strictMax, k.min_value, k.max_value),
    unexpectedRows: (column, out) => {
      if (column.type === 'string' || column.invalid !== null) {
        return byRow(column, out, (row) => inRange(numberAt(column, row)));
      }
      // A missing cell's value is NaN, out of any range: the missing test runs only for those.
      const { values, missing } = column;
      let n = 0;
      for (let row = 0; row < values.length; row++) {
        if (!inRange(values[row]) && missing[row] === Missing.Value) out[n++] = row;
      }
      return n;
    }
  };
}

/** "between 18 and 90", "≥ 0", "< 2024-01-01". */
export function rangePhrase(
  min: number | undefined,
  max: number | undefined,
  strictMin: boolean,
  strictMax: boolean,
  rawMin?: unknown,
  rawMax?: unknown
): string {
  const show = (value: number | undefined, raw: unknown): string =>
    typeof raw === 'string' ? raw : formatNumber(value);
  if (min !== undefined && max !== undefined && !strictMin && !strictMax) {
    return `between ${show(min, rawMin)} and ${show(max, rawMax)}`;
  }
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${strictMin ? '>' : '≥'} ${show(min, rawMin)}`);
  if (max !== undefined) parts.push(`${strictMax ? '<' : '≤'} ${show(max, rawMax)}`);
  return parts.length === 0 ? 'unbounded' : parts.join(' and ');
}

/** Each non-null value against the previous non-null value (across batches and files). */
function monotonicRule(increasing: boolean, strictly: boolean): MapRule {
  let previousNumber: number | undefined;
  let previousText: string | undefined;
  const ordered = (diff: number): boolean => (strictly ? diff > 0 : diff >= 0);
  return {
    mode: 'values',
    phrase: `${strictly ? 'strictly ' : ''}${increasing ? 'increasing' : 'decreasing'}`,
    unexpectedRows: (column, out) => {
      if (column.type === 'string') {
        const values = column.values;
        return byRow(column, out, (row) => {
          const value = values[row];
          const previous = previousText;
          previousText = value;
          if (previous === undefined) return true;
          const diff = value === previous ? 0 : value > previous ? 1 : -1;
          return ordered(increasing ? diff : -diff);
        });
      }
      return byRow(column, out, (row) => {
        const value = numberAt(column, row);
        if (Number.isNaN(value)) return false;
        const previous = previousNumber;
        previousNumber = value;
        if (previous === undefined) return true;
        return ordered(increasing ? value - previous : previous - value);
      });
    }
  };
}

/**
 * |z| < threshold (or z < threshold one-sided), with z = (x − mean) / std (ddof=1), the mean and std
 * of the whole column: Great Expectations' column.standard_deviation is pandas' std.
 */
export function zScoreEvaluator(expectation: Expectation, id: string, examples: number): ColumnMapEvaluator {
  const k = expectation.kwargs;
  const column = k.column as string;
  const threshold = k.threshold as number;
  const doubleSided = k.double_sided !== false;
  let mean = NaN;
  let std = NaN;
  const rule: MapRule = {
    mode: 'values',
    phrase: `with ${doubleSided ? '|z-score|' : 'z-score'} < ${threshold}`,
    unexpectedRows: (col, out) =>
      byRow(col, out, (row) => {
        const value = numberAt(col, row);
        if (!Number.isFinite(value)) return false;
        const z = (value - mean) / std;
        return doubleSided ? Math.abs(z) < threshold : z < threshold;
      })
  };
  return new ColumnMapEvaluator(expectation, id, column, rule, examples, (context) => {
    const numeric = context.profile(column).numeric;
    mean = numeric?.mean ?? NaN;
    std = numeric?.std ?? NaN;
  });
}
