/**
 * The design matrix: a trained model's feature transforms applied to raw table columns. This is the
 * TypeScript mirror of the exported graph's preprocessing (Imputer, Sub, Div, OneHotEncoder), so
 * training metrics and the ONNX model see the same numbers.
 *
 * The graph receives float32 inputs (mlgate feeds float tensors), so each raw number is rounded to
 * float32 before anything else; the arithmetic after that is float64, within float32 rounding of
 * the graph's.
 */
import type { DesignMatrix, FeatureTransform } from './model-types.js';
import type { TableColumn } from './table.js';

/**
 * Applies `transforms` to `rows` rows of `columns`. A numeric transform gives
 * `((isNaN(x) ? impute ?? NaN : x) - center) / scale`; a one-hot transform gives a 1 in the
 * column of the row's category and all 0s for a missing or unknown value (scikit-learn's
 * `OneHotEncoder(handle_unknown='ignore')`). Throws when a column is absent, of the wrong kind
 * or shorter than `rows`.
 */
export function designMatrix(
  transforms: readonly FeatureTransform[],
  columns: ReadonlyMap<string, TableColumn>,
  rows: number
): DesignMatrix {
  let cols = 0;
  for (const transform of transforms) cols += transform.kind === 'numeric' ? 1 : transform.categories.length;
  const values = new Float64Array(rows * cols);
  let offset = 0;
  for (const transform of transforms) {
    const column = columns.get(transform.column);
    if (column === undefined) throw new Error(`designMatrix: no column ${transform.column}`);
    if (column.values.length < rows)
      throw new Error(
        `designMatrix: column ${transform.column} has ${column.values.length} rows, not ${rows}`
      );
    if (transform.kind === 'numeric') {
      if (column.type === 'string')
        throw new Error(
          `designMatrix: column ${transform.column} is string; a numeric transform needs numbers`
        );
      const { impute, center, scale } = transform;
      const source = column.values;
      for (let row = 0; row < rows; row++) {
        const x = Math.fround(source[row]);
        const value = x !== x ? (impute ?? Number.NaN) : x;
        values[row * cols + offset] = (value - center) / scale;
      }
      offset++;
    } else {
      if (column.type !== 'string')
        throw new Error(`designMatrix: column ${transform.column} is ${column.type}; one-hot needs strings`);
      const index = new Map<string, number>();
      // Categories are distinct (the exporter refuses duplicates); keep the first regardless.
      transform.categories.forEach((category, position) => {
        if (!index.has(category)) index.set(category, position);
      });
      const source = column.values;
      for (let row = 0; row < rows; row++) {
        const value = source[row];
        const position = value === null ? undefined : index.get(value);
        if (position !== undefined) values[row * cols + offset + position] = 1;
      }
      offset += transform.categories.length;
    }
  }
  return { rows, cols, values };
}
