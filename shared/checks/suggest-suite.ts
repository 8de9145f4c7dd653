import { stringify } from 'yaml';
import type { ColumnType } from '../data/types.js';
import type { ColumnProfile } from '../stats/column-stats.js';

/** Most distinct values a string column may have to get an in-set expectation. */
const SET_LIMIT = 20;

/**
 * Drafts an expectation suite from a reference data set's profile: declared types, not-null where the
 * reference has no nulls, value ranges, value sets for low-cardinality text, uniqueness where every
 * value is distinct, and the column list. A starting point to review, commit and edit.
 */
export function draftSuite(
  profile: readonly ColumnProfile[],
  rows: number
): { columns: Record<string, ColumnType>; expectations: Record<string, Record<string, unknown>>[] } {
  const columns: Record<string, ColumnType> = {};
  const expectations: Record<string, Record<string, unknown>>[] = [
    { expect_table_columns_to_match_ordered_list: { column_list: profile.map((column) => column.name) } },
    { expect_table_row_count_to_be_between: { min_value: rows > 0 ? 1 : 0 } }
  ];
  for (const column of profile) {
    columns[column.name] = column.type;
    const name = column.name;
    if (column.nulls + column.nan === 0 && column.rows > 0) {
      expectations.push({ expect_column_values_to_not_be_null: { column: name } });
    }
    if (
      column.values > 0 &&
      column.distinctExact &&
      column.distinct === column.values &&
      column.values === column.rows &&
      rows > 1
    ) {
      expectations.push({ expect_column_values_to_be_unique: { column: name } });
    }
    if (column.datetime !== undefined) {
      expectations.push({
        expect_column_values_to_be_between: {
          column: name,
          min_value: column.datetime.min,
          max_value: column.datetime.max
        }
      });
    } else if (column.numeric !== undefined && column.type !== 'bool') {
      expectations.push({
        expect_column_values_to_be_between: {
          column: name,
          min_value: column.numeric.min,
          max_value: column.numeric.max
        }
      });
    }
    if (
      column.type === 'string' &&
      column.distinctExact &&
      column.mostCommonExact &&
      column.distinct > 0 &&
      column.distinct <= SET_LIMIT &&
      column.distinct < column.values
    ) {
      const values = column.mostCommon.map((entry) => entry.value).sort();
      if (values.length === column.distinct)
        expectations.push({ expect_column_values_to_be_in_set: { column: name, value_set: values } });
    }
  }
  return { columns, expectations };
}

/** The draft as a commented mlgate.yml, one expectation per line. */
export function renderSuiteYaml(
  suiteName: string,
  draft: ReturnType<typeof draftSuite>,
  reference: string,
  rows: number
): string {
  const flow = (value: unknown): string => stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlgate/mlgate/main/mlgate.schema.json',
    `# Drafted by \`mlgate suggest\` from ${reference} (${rows} rows). Review the bounds and sets, then commit.`,
    'data:',
    '  suites:',
    `    ${flow(suiteName)}:`,
    `      columns: ${flow(draft.columns)}`,
    '      expectations:',
    ...draft.expectations.map((entry) => {
      const [name, kwargs] = Object.entries(entry)[0];
      return `        - ${name}: ${flow(kwargs)}`;
    })
  ];
  return `${lines.join('\n')}\n`;
}
