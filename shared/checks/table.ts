import type { CheckResult } from '../gate/verdict.js';
import type { Expectation } from './catalogue.js';
import { rangePhrase } from './column-map.js';
import { formatCount, resultOf, type Evaluator, type FinishContext } from './evaluator.js';
import { parseBound } from './values.js';

/** Expectations on the table's shape: row and column counts, the column names. */
export class TableEvaluator implements Evaluator {
  readonly columns: readonly string[] = [];
  constructor(
    readonly expectation: Expectation,
    private readonly id: string
  ) {}

  observe(): void {
    // Decided from the row count and the schema.
  }

  finish(context: FinishContext): CheckResult {
    const k = this.expectation.kwargs;
    const names = context.schema.map((column) => column.name);
    const count = (observed: number, noun: string): CheckResult => {
      const exact = k.value as number | undefined;
      const min = exact ?? parseBound(k.min_value, 'min_value');
      const max = exact ?? parseBound(k.max_value, 'max_value');
      const success = (min === undefined || observed >= min) && (max === undefined || observed <= max);
      const range =
        exact === undefined ? rangePhrase(min, max, false, false) : `exactly ${formatCount(exact)}`;
      return resultOf(this.expectation, this.id, {
        success,
        message: `${noun} ${formatCount(observed)} ${success ? 'is' : 'is not'} ${range}`,
        observed: { observed_value: observed }
      });
    };
    switch (this.expectation.name) {
      case 'expect_table_row_count_to_be_between':
      case 'expect_table_row_count_to_equal':
        return count(context.rows, 'row count');
      case 'expect_table_column_count_to_be_between':
      case 'expect_table_column_count_to_equal':
        return count(names.length, 'column count');
      case 'expect_column_to_exist': {
        const column = k.column as string;
        const success = names.includes(column);
        return resultOf(this.expectation, this.id, {
          success,
          message: success
            ? `column ${column} exists`
            : `column ${column} is missing (columns: ${names.join(', ')})`,
          observed: { observed_value: names }
        });
      }
      case 'expect_table_columns_to_match_set': {
        const wanted = k.column_set as string[];
        const missing = wanted.filter((name) => !names.includes(name));
        const extra = k.exact_match === false ? [] : names.filter((name) => !wanted.includes(name));
        const problems = [
          ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
          ...(extra.length > 0 ? [`unexpected ${extra.join(', ')}`] : [])
        ];
        return resultOf(this.expectation, this.id, {
          success: problems.length === 0,
          message:
            problems.length === 0
              ? 'columns match the set'
              : `columns do not match the set: ${problems.join('; ')}`,
          observed: { observed_value: names, details: { mismatched: { missing, unexpected: extra } } }
        });
      }
      case 'expect_table_columns_to_match_ordered_list': {
        const wanted = k.column_list as string[];
        const first = Math.max(wanted.length, names.length);
        let at = -1;
        for (let index = 0; index < first; index++) {
          if (wanted[index] !== names[index]) {
            at = index;
            break;
          }
        }
        return resultOf(this.expectation, this.id, {
          success: at === -1,
          message:
            at === -1
              ? 'columns match the ordered list'
              : `column ${at + 1} is ${names[at] ?? 'absent'}, expected ${wanted[at] ?? 'no column'}`,
          observed: { observed_value: names }
        });
      }
      default:
        throw new Error(`not a table expectation: ${this.expectation.name}`);
    }
  }
}
