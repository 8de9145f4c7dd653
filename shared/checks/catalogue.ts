import { z } from 'zod';
import { COLUMN_TYPES } from '../data/types.js';

/**
 * The expectation catalogue: Great Expectations' names and keyword arguments, so users recognise them
 * (https://greatexpectations.io/expectations). Each entry's kwargs are a strict zod object, so a typo'd
 * key is an error that suggests the right one. The logic lives in the evaluator modules.
 */

const severity = z
  .enum(['error', 'warning'])
  .optional()
  .describe('`warning` reports without failing the gate (unless fail-on: warning).');
const mostly = z
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe('Pass when at least this fraction of non-null values meet the expectation (default 1).');
const column = z.string().min(1).describe('Column name.');
const bound = z.union([z.number(), z.string()]).nullable().optional();
const valueSet = z.array(z.union([z.string(), z.number(), z.boolean()])).describe('Allowed values.');
const base = { severity };

const between = {
  min_value: bound.describe('Lower bound (inclusive unless strict_min); null or absent: none.'),
  max_value: bound.describe('Upper bound (inclusive unless strict_max); null or absent: none.'),
  strict_min: z.boolean().optional(),
  strict_max: z.boolean().optional()
};
const countBetween = {
  min_value: z.number().int().min(0).nullable().optional(),
  max_value: z.number().int().min(0).nullable().optional()
};
const pairMissing = z
  .enum(['both_values_are_missing', 'either_value_is_missing', 'neither'])
  .optional()
  .describe('Which rows to skip (default both_values_are_missing, as Great Expectations).');

export type ExpectationScope = 'table' | 'column-map' | 'column-aggregate' | 'pair' | 'multicolumn';

export interface ExpectationDef {
  readonly scope: ExpectationScope;
  readonly summary: string;
  readonly kwargs: z.ZodObject;
}

function def(scope: ExpectationScope, summary: string, kwargs: z.ZodRawShape): ExpectationDef {
  return { scope, summary, kwargs: z.strictObject({ ...base, ...kwargs }) };
}

const statBetween = (stat: string): ExpectationDef =>
  def('column-aggregate', `The column's ${stat} is within bounds.`, { column, ...between });

export const CATALOGUE = {
  // table
  expect_table_row_count_to_be_between: def('table', 'Row count within bounds.', countBetween),
  expect_table_row_count_to_equal: def('table', 'Row count equals a value.', {
    value: z.number().int().min(0)
  }),
  expect_table_column_count_to_be_between: def('table', 'Column count within bounds.', countBetween),
  expect_table_column_count_to_equal: def('table', 'Column count equals a value.', {
    value: z.number().int().min(0)
  }),
  expect_table_columns_to_match_set: def('table', 'The columns are this set (any order).', {
    column_set: z.array(z.string()),
    exact_match: z.boolean().optional().describe('false: the set must be among the columns (default true).')
  }),
  expect_table_columns_to_match_ordered_list: def('table', 'The columns are exactly this list, in order.', {
    column_list: z.array(z.string())
  }),
  expect_table_rows_to_be_unique: def(
    'table',
    'No two rows are identical (mlgate; all columns compared).',
    {}
  ),
  expect_compound_columns_to_be_unique: def(
    'multicolumn',
    'The combination of these columns is unique per row.',
    {
      column_list: z.array(z.string()).min(2),
      ignore_row_if: z.enum(['all_values_are_missing', 'any_value_is_missing', 'never']).optional(),
      mostly
    }
  ),
  // column, row by row
  expect_column_to_exist: def('table', 'The column exists.', { column }),
  expect_column_values_to_be_of_type: def('column-map', 'Every value parses as the type.', {
    column,
    type_: z.enum(COLUMN_TYPES as [string, ...string[]]),
    mostly
  }),
  expect_column_values_to_not_be_null: def('column-map', 'No value is null.', { column, mostly }),
  expect_column_values_to_be_null: def('column-map', 'Every value is null.', { column, mostly }),
  expect_column_values_to_be_between: def('column-map', 'Every value is within bounds.', {
    column,
    ...between,
    mostly
  }),
  expect_column_values_to_be_in_set: def('column-map', 'Every value is in the set.', {
    column,
    value_set: valueSet,
    mostly
  }),
  expect_column_values_to_not_be_in_set: def('column-map', 'No value is in the set.', {
    column,
    value_set: valueSet,
    mostly
  }),
  expect_column_values_to_be_unique: def('column-map', 'No value occurs twice.', { column, mostly }),
  expect_column_values_to_match_regex: def('column-map', 'Every value matches the regular expression.', {
    column,
    regex: z.string(),
    mostly
  }),
  expect_column_values_to_not_match_regex: def('column-map', 'No value matches the regular expression.', {
    column,
    regex: z.string(),
    mostly
  }),
  expect_column_value_lengths_to_be_between: def('column-map', "Every value's length is within bounds.", {
    column,
    ...countBetween,
    mostly
  }),
  expect_column_values_to_be_increasing: def('column-map', 'Each value is ≥ the previous non-null one.', {
    column,
    strictly: z.boolean().optional(),
    mostly
  }),
  expect_column_values_to_be_decreasing: def('column-map', 'Each value is ≤ the previous non-null one.', {
    column,
    strictly: z.boolean().optional(),
    mostly
  }),
  expect_column_value_z_scores_to_be_less_than: def(
    'column-map',
    '|z-score| of every value is below the threshold.',
    {
      column,
      threshold: z.number(),
      double_sided: z.boolean().optional(),
      mostly
    }
  ),
  // column, aggregate
  expect_column_distinct_values_to_be_in_set: def('column-aggregate', 'Every distinct value is in the set.', {
    column,
    value_set: valueSet
  }),
  expect_column_distinct_values_to_contain_set: def('column-aggregate', 'Every value of the set occurs.', {
    column,
    value_set: valueSet
  }),
  expect_column_distinct_values_to_equal_set: def(
    'column-aggregate',
    'The distinct values are exactly the set.',
    {
      column,
      value_set: valueSet
    }
  ),
  expect_column_proportion_of_unique_values_to_be_between: def(
    'column-aggregate',
    'Distinct values / non-null values is within bounds.',
    { column, ...between }
  ),
  expect_column_unique_value_count_to_be_between: def(
    'column-aggregate',
    'The number of distinct values is within bounds.',
    {
      column,
      ...countBetween
    }
  ),
  expect_column_most_common_value_to_be_in_set: def(
    'column-aggregate',
    'The most common value is in the set.',
    {
      column,
      value_set: valueSet,
      ties_okay: z.boolean().optional()
    }
  ),
  expect_column_min_to_be_between: statBetween('minimum'),
  expect_column_max_to_be_between: statBetween('maximum'),
  expect_column_mean_to_be_between: statBetween('mean'),
  expect_column_median_to_be_between: statBetween('median'),
  expect_column_stdev_to_be_between: statBetween('sample standard deviation (ddof=1)'),
  expect_column_sum_to_be_between: statBetween('sum'),
  expect_column_skew_to_be_between: statBetween('skewness (pandas Series.skew)'),
  expect_column_proportion_of_zeros_to_be_between: statBetween('proportion of zeros among non-null values'),
  expect_column_quantile_values_to_be_between: def('column-aggregate', 'Each quantile is within its range.', {
    column,
    quantile_ranges: z.strictObject({
      quantiles: z.array(z.number().min(0).max(1)).min(1),
      value_ranges: z.array(z.tuple([bound, bound]))
    })
  }),
  // pairs
  expect_column_pair_values_A_to_be_greater_than_B: def('pair', 'column_A > column_B on every row.', {
    column_A: column,
    column_B: column,
    or_equal: z.boolean().optional(),
    ignore_row_if: pairMissing,
    mostly
  }),
  expect_column_pair_values_to_be_equal: def('pair', 'column_A == column_B on every row.', {
    column_A: column,
    column_B: column,
    ignore_row_if: pairMissing,
    mostly
  }),
  expect_column_pair_correlation_to_be_between: def(
    'pair',
    "Pearson's r of the two columns is within bounds.",
    {
      column_A: column,
      column_B: column,
      ...between
    }
  )
} satisfies Record<string, ExpectationDef>;

export type ExpectationName = keyof typeof CATALOGUE;
export const EXPECTATION_NAMES = Object.keys(CATALOGUE) as ExpectationName[];

/** A configured expectation: its name, kwargs (validated against the catalogue), where it was declared. */
export interface Expectation {
  readonly name: ExpectationName;
  readonly kwargs: Readonly<Record<string, unknown>>;
  readonly source?: { readonly file: string; readonly line: number; readonly column: number };
}

export function isExpectationName(name: string): name is ExpectationName {
  return Object.hasOwn(CATALOGUE, name);
}
