/**
 * The target column as a trainer needs it: class codes and labels for classification, values for
 * regression, and which task it is when the user did not say.
 */
import { DataError, ConfigurationError } from '../runtime/errors.js';
import { categoriesOf } from './preprocess.js';
import type { TableColumn } from './table.js';

export type TrainTask = 'classification' | 'regression';

export type Target =
  | {
      readonly task: 'classification';
      /** Sorted as scikit-learn's `classes_`: numbers ascending, strings in code-unit order. */
      readonly classes: readonly (string | number)[];
      /** Per row, the index of its class in `classes`. */
      readonly codes: Float64Array;
    }
  | { readonly task: 'regression'; readonly values: Float64Array };

/** More distinct integer values than this and an int target is taken for regression. */
const MAX_INFERRED_CLASSES = 20;

/** The task a target column suggests: text, bool and few distinct integers are classes. */
export function inferTask(column: TableColumn): TrainTask {
  if (column.type === 'string' || column.type === 'bool') return 'classification';
  if (column.type === 'float') return 'regression';
  const distinct = new Set<number>();
  for (const value of column.values) {
    if (value === value) distinct.add(value);
    if (distinct.size > MAX_INFERRED_CLASSES) return 'regression';
  }
  return 'classification';
}

function missingCount(column: TableColumn): number {
  let missing = 0;
  if (column.type === 'string') for (const value of column.values) missing += value === null ? 1 : 0;
  else for (const value of column.values) missing += value !== value ? 1 : 0;
  return missing;
}

/** Reads the target for `task`. DataError when a row has no target or a class is alone. */
export function readTarget(column: TableColumn, task: TrainTask, data: string): Target {
  const missing = missingCount(column);
  if (missing > 0)
    throw new DataError(
      `${data}: the target column \`${column.name}\` is missing (or not a number) in ${missing} row${missing === 1 ? '' : 's'}: every training row needs a target`
    );
  if (task === 'regression') {
    if (column.type === 'string')
      throw new ConfigurationError(
        `${data}: the target column \`${column.name}\` holds text, so the task cannot be regression`
      );
    return { task, values: column.values };
  }
  let classes: (string | number)[];
  let codes: Float64Array;
  if (column.type === 'string') {
    classes = categoriesOf(column.values);
    const index = new Map(classes.map((label, i) => [label as string, i]));
    codes = Float64Array.from(column.values, (value) => index.get(value!)!);
  } else {
    classes = [...new Set(column.values)].sort((a, b) => a - b);
    const index = new Map(classes.map((label, i) => [label as number, i]));
    codes = Float64Array.from(column.values, (value) => index.get(value)!);
  }
  if (classes.length < 2)
    throw new DataError(
      `${data}: the target column \`${column.name}\` has a single class (${String(classes[0])}): a classifier needs at least two`
    );
  return { task, classes, codes };
}
