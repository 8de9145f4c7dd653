/**
 * Design matrices of the fixture data sets, built in float64 exactly as the reference scripts
 * (make-linear-reference.py, make-gbt-reference.py) build theirs, so the solvers are compared with
 * scikit-learn on identical inputs: string columns one-hot encoded over the sorted training
 * categories (`name=value`), numbers as they are (`raw`, trees) or imputed with the training mean and
 * standardised with the population std (`standardise`, linear models).
 */
import { fileURLToPath } from 'node:url';
import type { DesignMatrix } from '../../shared/train/model-types.js';
import { loadTable, type TableColumn } from '../../shared/train/table.js';

export const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));

export interface FixtureDesign {
  readonly columns: string[];
  readonly train: DesignMatrix;
  readonly test: DesignMatrix;
  readonly trainTarget: Float64Array;
  readonly testTarget: Float64Array;
}

export async function fixtureDesign(
  name: string,
  target: string,
  numbers: 'raw' | 'standardise'
): Promise<FixtureDesign> {
  const train = await loadTable(`${FIXTURES}${name}-train.csv`, { target });
  const features = train.features.map((column) => column.name);
  const test = await loadTable(`${FIXTURES}${name}-test.csv`, { target, features });
  const columns: string[] = [];
  const trainColumns: Float64Array[] = [];
  const testColumns: Float64Array[] = [];
  train.features.forEach((column, index) => {
    const other = test.features[index];
    if (column.type === 'string') {
      const categories = [...new Set(column.values.filter((v) => v !== null))].sort();
      for (const category of categories) {
        columns.push(`${column.name}=${category}`);
        trainColumns.push(oneHot(column, category));
        testColumns.push(oneHot(other, category));
      }
      return;
    }
    columns.push(column.name);
    const otherValues = numeric(other);
    if (numbers === 'raw') {
      trainColumns.push(column.values);
      testColumns.push(otherValues);
      return;
    }
    const impute = mean(column.values.filter((v) => !Number.isNaN(v)));
    const filled = column.values.map((v) => (Number.isNaN(v) ? impute : v));
    const center = mean(filled);
    const scale = Math.sqrt(mean(filled.map((v) => (v - center) ** 2))) || 1;
    trainColumns.push(filled.map((v) => (v - center) / scale));
    testColumns.push(otherValues.map((v) => ((Number.isNaN(v) ? impute : v) - center) / scale));
  });
  return {
    columns,
    train: rowMajor(trainColumns),
    test: rowMajor(testColumns),
    trainTarget: numeric(train.target),
    testTarget: numeric(test.target)
  };
}

function oneHot(column: TableColumn, category: string): Float64Array {
  if (column.type !== 'string') throw new Error(`${column.name} is not a string column`);
  return Float64Array.from(column.values, (v) => (v === category ? 1 : 0));
}

function numeric(column: TableColumn): Float64Array {
  if (column.type === 'string') throw new Error(`${column.name} is not numeric`);
  return column.values;
}

export function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function rowMajor(columns: readonly Float64Array[]): DesignMatrix {
  const rows = columns[0].length;
  const cols = columns.length;
  const values = new Float64Array(rows * cols);
  columns.forEach((column, j) => {
    for (let i = 0; i < rows; i++) values[i * cols + j] = column[i];
  });
  return { rows, cols, values };
}
