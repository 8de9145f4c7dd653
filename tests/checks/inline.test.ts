import { describe, expect, it } from '@jest/globals';
import { parseInlineExpectations } from '../../shared/checks/inline.js';

describe('parseInlineExpectations', () => {
  it('turns clauses into Great Expectations expectations', () => {
    expect(
      parseInlineExpectations(
        'rows: between 100 1000; age: between 18 90 mostly 0.99; id: unique\ncity: in [Paris, "Oslo, NO", 3] warn'
      )
    ).toEqual([
      { name: 'expect_table_row_count_to_be_between', kwargs: { min_value: 100, max_value: 1000 } },
      {
        name: 'expect_column_values_to_be_between',
        kwargs: { column: 'age', min_value: 18, max_value: 90, mostly: 0.99 }
      },
      { name: 'expect_column_values_to_be_unique', kwargs: { column: 'id' } },
      {
        name: 'expect_column_values_to_be_in_set',
        kwargs: { column: 'city', value_set: ['Paris', 'Oslo, NO', 3], severity: 'warning' }
      }
    ]);
  });

  it('covers comparisons, text, order, statistics and pairs', () => {
    const parsed = parseInlineExpectations(
      [
        'age: > 0',
        'age: <= 120',
        'day: >= 2024-01-01',
        'note: null',
        'age: type int',
        'email: regex ^[^@]+@[^@]+$',
        'code: not-regex \\s',
        'name: length between 1 64',
        'ts: strictly-increasing',
        'income: mean between 10 20',
        'income: z-score < 3',
        'city: distinct contains [a]',
        'city: most-common in [a]',
        'end, start: a >= b',
        'lo, hi: a < b',
        'id, day: unique',
        'x, y: correlation between 0.5 1',
        'columns: [id, age]',
        'rows: unique'
      ].join('; ')
    );
    expect(parsed.map((expectation) => [expectation.name, expectation.kwargs])).toEqual([
      ['expect_column_values_to_be_between', { column: 'age', min_value: 0, strict_min: true }],
      ['expect_column_values_to_be_between', { column: 'age', max_value: 120 }],
      ['expect_column_values_to_be_between', { column: 'day', min_value: '2024-01-01' }],
      ['expect_column_values_to_be_null', { column: 'note' }],
      ['expect_column_values_to_be_of_type', { column: 'age', type_: 'int' }],
      ['expect_column_values_to_match_regex', { column: 'email', regex: '^[^@]+@[^@]+$' }],
      ['expect_column_values_to_not_match_regex', { column: 'code', regex: '\\s' }],
      ['expect_column_value_lengths_to_be_between', { column: 'name', min_value: 1, max_value: 64 }],
      ['expect_column_values_to_be_increasing', { column: 'ts', strictly: true }],
      ['expect_column_mean_to_be_between', { column: 'income', min_value: 10, max_value: 20 }],
      ['expect_column_value_z_scores_to_be_less_than', { column: 'income', threshold: 3 }],
      ['expect_column_distinct_values_to_contain_set', { column: 'city', value_set: ['a'] }],
      ['expect_column_most_common_value_to_be_in_set', { column: 'city', value_set: ['a'] }],
      [
        'expect_column_pair_values_A_to_be_greater_than_B',
        { column_A: 'end', column_B: 'start', or_equal: true }
      ],
      ['expect_column_pair_values_A_to_be_greater_than_B', { column_A: 'hi', column_B: 'lo' }],
      ['expect_compound_columns_to_be_unique', { column_list: ['id', 'day'] }],
      [
        'expect_column_pair_correlation_to_be_between',
        { column_A: 'x', column_B: 'y', min_value: 0.5, max_value: 1 }
      ],
      ['expect_table_columns_to_match_ordered_list', { column_list: ['id', 'age'] }],
      ['expect_table_rows_to_be_unique', {}]
    ]);
  });

  it('explains a bad clause exactly', () => {
    expect(() => parseInlineExpectations('age: betwen 18 90')).toThrow(
      'expect: `age: betwen 18 90`: unknown rule `betwen` (did you mean `between`?)'
    );
    expect(() => parseInlineExpectations('age: between 18 old')).toThrow(
      'expect: `age: between 18 old`: max: expected a number, got `old`'
    );
    expect(() => parseInlineExpectations('age between 18 90')).toThrow(
      'expect: `age between 18 90`: expected `<column>: <rule>` (e.g. `age: between 18 90`)'
    );
    expect(() => parseInlineExpectations('age: not-null mostly 2')).toThrow(
      'expect: `age: not-null mostly 2`: mostly: expected a fraction from 0 to 1, got `2`'
    );
    expect(() => parseInlineExpectations('city: in Paris')).toThrow(
      'expect: `city: in Paris`: expected a list like `[a, b, c]`'
    );
    expect(() => parseInlineExpectations('a, b, c: equal')).toThrow(
      'for three or more columns the only rule is `unique`'
    );
  });
});
