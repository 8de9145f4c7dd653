import { CATALOGUE, type Expectation } from './catalogue.js';
import { ColumnMapEvaluator, mapRule, zScoreEvaluator } from './column-map.js';
import { DistinctSetEvaluator, StatisticEvaluator } from './aggregate.js';
import type { Evaluator } from './evaluator.js';
import { CorrelationEvaluator, PairEvaluator } from './pairs.js';
import { TableEvaluator } from './table.js';
import { UniquenessEvaluator } from './uniqueness.js';

/** The id a check is known by: `name(columns)`, with `#n` on repeats so ids stay unique. */
export function checkIds(expectations: readonly Expectation[]): string[] {
  const seen = new Map<string, number>();
  return expectations.map((expectation) => {
    const k = expectation.kwargs;
    const columns = [
      k.column,
      k.column_A,
      k.column_B,
      ...((k.column_list as unknown[] | undefined) ?? [])
    ].filter((value): value is string => typeof value === 'string');
    const base = columns.length === 0 ? expectation.name : `${expectation.name}(${columns.join(', ')})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** One evaluator per expectation, in the suite's order. Invalid arguments throw ConfigurationError. */
export function buildEvaluators(expectations: readonly Expectation[], examples: number): Evaluator[] {
  const ids = checkIds(expectations);
  return expectations.map((expectation, index) => {
    const id = ids[index];
    const k = expectation.kwargs;
    switch (expectation.name) {
      case 'expect_column_values_to_be_unique':
        return new UniquenessEvaluator(expectation, id, [k.column as string], 'column', examples);
      case 'expect_compound_columns_to_be_unique':
        return new UniquenessEvaluator(expectation, id, k.column_list as string[], 'compound', examples);
      case 'expect_table_rows_to_be_unique':
        return new UniquenessEvaluator(expectation, id, [], 'rows', examples);
      case 'expect_column_value_z_scores_to_be_less_than':
        return zScoreEvaluator(expectation, id, examples);
      case 'expect_column_distinct_values_to_be_in_set':
      case 'expect_column_distinct_values_to_contain_set':
      case 'expect_column_distinct_values_to_equal_set':
        return new DistinctSetEvaluator(expectation, id);
      case 'expect_column_pair_correlation_to_be_between':
        return new CorrelationEvaluator(expectation, id);
      case 'expect_column_pair_values_A_to_be_greater_than_B':
      case 'expect_column_pair_values_to_be_equal':
        return new PairEvaluator(expectation, id, examples);
      default:
        break;
    }
    switch (CATALOGUE[expectation.name].scope) {
      case 'column-map':
        return new ColumnMapEvaluator(expectation, id, k.column as string, mapRule(expectation), examples);
      case 'column-aggregate':
        return new StatisticEvaluator(expectation, id);
      case 'table':
        return new TableEvaluator(expectation, id);
      default:
        throw new Error(`no evaluator for ${expectation.name}`);
    }
  });
}
