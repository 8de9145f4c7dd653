/**
 * designMatrix, rawScores and applyHead on small hand-made inputs, against their definitions:
 * SimpleImputer → StandardScaler arithmetic on float32-rounded inputs, OneHotEncoder with
 * handle_unknown='ignore', linear scores, tree routing (x <= threshold in float32, NaN by
 * missingLeft), sigmoid/softmax and argmax keeping the first maximum. export.test.ts checks the
 * same functions against onnxruntime running the exported graph.
 */
import { describe, expect, it } from '@jest/globals';
import { designMatrix } from '../../shared/train/design.js';
import type { FeatureTransform, Tree } from '../../shared/train/model-types.js';
import { applyHead, rawScores } from '../../shared/train/predict.js';
import type { TableColumn } from '../../shared/train/table.js';

function table(...columns: TableColumn[]): Map<string, TableColumn> {
  return new Map(columns.map((column) => [column.name, column]));
}

const NUMBERS = table(
  { name: 'a', type: 'float', values: Float64Array.from([1, Number.NaN, 3.5, 0.1]) },
  { name: 'b', type: 'int', values: Float64Array.from([2, Number.NaN, 4, 7]) },
  { name: 'flag', type: 'bool', values: Float64Array.from([1, 0, Number.NaN, 1]) },
  { name: 'city', type: 'string', values: ['paris', null, 'rome', 'oslo'] }
);

describe('designMatrix', () => {
  it('imputes NaN, then centres and scales; keeps NaN when impute is null', () => {
    const transforms: FeatureTransform[] = [
      { kind: 'numeric', column: 'a', impute: 2, center: 1, scale: 2 },
      { kind: 'numeric', column: 'b', impute: null, center: 0, scale: 1 }
    ];
    const matrix = designMatrix(transforms, NUMBERS, 4);
    expect(matrix.rows).toBe(4);
    expect(matrix.cols).toBe(2);
    const a = [1, 2, 3.5, Math.fround(0.1)].map((value) => (value - 1) / 2);
    expect(Array.from(matrix.values)).toEqual([a[0], 2, a[1], Number.NaN, a[2], 4, a[3], 7]);
  });

  it('rounds each raw number to float32 before imputing and scaling, as the graph receives it', () => {
    const column: TableColumn = { name: 'x', type: 'float', values: Float64Array.from([0.1, 50123.457]) };
    const matrix = designMatrix(
      [{ kind: 'numeric', column: 'x', impute: 0, center: 0, scale: 1 }],
      table(column),
      2
    );
    expect(matrix.values[0]).toBe(Math.fround(0.1));
    expect(matrix.values[0]).not.toBe(0.1);
    expect(matrix.values[1]).toBe(Math.fround(50123.457));
    // The impute value itself is used as given (float64).
    const imputed = designMatrix(
      [{ kind: 'numeric', column: 'a', impute: 0.1, center: 0, scale: 1 }],
      NUMBERS,
      2
    );
    expect(imputed.values[1]).toBe(0.1);
  });

  it('one-hot encodes strings in category order; unknown and missing values are all zeros', () => {
    const matrix = designMatrix(
      [
        { kind: 'one-hot', column: 'city', categories: ['oslo', 'paris'] },
        { kind: 'numeric', column: 'flag', impute: 0, center: 0, scale: 1 }
      ],
      NUMBERS,
      4
    );
    expect(matrix.cols).toBe(3);
    expect(Array.from(matrix.values)).toEqual(
      [
        [0, 1, 1], // paris
        [0, 0, 0], // null
        [0, 0, 0], // rome: not a category; flag NaN imputed to 0
        [1, 0, 1] // oslo
      ].flat()
    );
  });

  it('reads only the first `rows` rows', () => {
    const matrix = designMatrix(
      [{ kind: 'numeric', column: 'b', impute: 0, center: 0, scale: 1 }],
      NUMBERS,
      1
    );
    expect(Array.from(matrix.values)).toEqual([2]);
  });

  it('refuses absent columns, columns of the wrong kind and short columns', () => {
    const numeric = (column: string): FeatureTransform => ({
      kind: 'numeric',
      column,
      impute: 0,
      center: 0,
      scale: 1
    });
    expect(() => designMatrix([numeric('nope')], NUMBERS, 4)).toThrow('no column nope');
    expect(() => designMatrix([numeric('city')], NUMBERS, 4)).toThrow('column city is string');
    expect(() => designMatrix([{ kind: 'one-hot', column: 'a', categories: ['1'] }], NUMBERS, 4)).toThrow(
      'column a is float; one-hot needs strings'
    );
    expect(() => designMatrix([numeric('a')], NUMBERS, 5)).toThrow('column a has 4 rows, not 5');
  });
});

/** A depth-2 tree: x0 <= 1 (NaN left) → [x1 <= 0.1 (NaN right) → 10 | 20] | 30. */
const TREE: Tree = {
  feature: Int32Array.from([0, 1, -1, -1, -1]),
  threshold: Float32Array.from([1, 0.1, 0, 0, 0]),
  left: Int32Array.from([1, 2, -1, -1, -1]),
  right: Int32Array.from([4, 3, -1, -1, -1]),
  missingLeft: Uint8Array.from([1, 0, 0, 0, 0]),
  value: Float64Array.from([0, 0, 10, 20, 30])
};
const LEAF: Tree = {
  feature: Int32Array.from([-1]),
  threshold: Float32Array.from([0]),
  left: Int32Array.from([-1]),
  right: Int32Array.from([-1]),
  missingLeft: Uint8Array.from([0]),
  value: Float64Array.from([0.5])
};

describe('rawScores', () => {
  it('linear: coefficients · x + intercepts, one row of coefficients per output', () => {
    const matrix = { rows: 2, cols: 3, values: Float64Array.from([1, 2, 3, -1, 0, 0.5]) };
    const scores = rawScores(
      {
        kind: 'linear',
        outputs: 2,
        features: 3,
        coefficients: Float64Array.from([1, 10, 100, -1, 0, 2]),
        intercepts: Float64Array.from([0.25, -3])
      },
      matrix
    );
    expect(Array.from(scores)).toEqual([
      0.25 + 1 + 20 + 300,
      -3 - 1 + 0 + 6,
      0.25 - 1 + 0 + 50,
      -3 + 1 + 0 + 1
    ]);
  });

  it('trees: left when x <= threshold in float32, NaN by missingLeft; base plus leaves per output', () => {
    const rows = [
      [1, 0.1], // on both thresholds: left, left → 10
      [1.5, 0], // right → 30
      [Number.NaN, 0.5], // NaN goes left at the root; 0.5 > 0.1 → 20
      [0, Number.NaN], // NaN goes right at node 1 → 20
      [0, 0.100000002] // > float32(0.1) in float64, equal in float32 → left → 10
    ];
    const matrix = { rows: rows.length, cols: 2, values: Float64Array.from(rows.flat()) };
    const scores = rawScores(
      {
        kind: 'trees',
        outputs: 2,
        features: 2,
        base: Float64Array.from([1, -1]),
        trees: [
          { output: 0, tree: TREE },
          { output: 1, tree: TREE },
          { output: 1, tree: LEAF }
        ]
      },
      matrix
    );
    const leaves = [10, 30, 20, 20, 10];
    expect(Array.from(scores)).toEqual(leaves.flatMap((leaf) => [1 + leaf, -1 + leaf + 0.5]));
  });

  it('refuses a matrix of another width', () => {
    expect(() =>
      rawScores(
        { kind: 'trees', outputs: 1, features: 3, base: Float64Array.from([0]), trees: [] },
        { rows: 1, cols: 2, values: new Float64Array(2) }
      )
    ).toThrow('the predictor takes 3 features, the matrix has 2');
  });
});

describe('applyHead', () => {
  it('sigmoid: [1 - p, p] with p = σ(raw); label 1 only when p > 1/2 (a tie is class 0)', () => {
    const raw = Float64Array.from([2, 0, -0.5]);
    const predictions = applyHead({ kind: 'sigmoid', classes: ['no', 'yes'] }, raw, 3);
    const p = Array.from(raw, (z) => 1 / (1 + Math.exp(-z)));
    expect(Array.from(predictions.probabilities!)).toEqual(p.flatMap((value) => [1 - value, value]));
    expect(Array.from(predictions.labels!)).toEqual([1, 0, 0]);
    expect(predictions.raw).toBe(raw);
    expect(predictions.values).toBeUndefined();
  });

  it('softmax: exp(raw) normalised per row, stable for large scores; argmax keeps the first maximum', () => {
    const raw = Float64Array.from([0, Math.log(3), 0, 1000, 1001, 999, 2, 2, 1]);
    const predictions = applyHead({ kind: 'softmax', classes: [3, 5, 7] }, raw, 3);
    const probabilities = Array.from(predictions.probabilities!);
    for (let row = 0; row < 3; row++) {
      const slice = probabilities.slice(row * 3, row * 3 + 3);
      expect(slice.every(Number.isFinite)).toBe(true);
      expect(slice.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 15);
      for (let c = 1; c < 3; c++)
        expect(Math.log(slice[c] / slice[0])).toBeCloseTo(raw[row * 3 + c] - raw[row * 3], 12);
    }
    expect(Array.from(predictions.labels!)).toEqual([1, 1, 0]);
  });

  it('identity: the one raw score per row is the value', () => {
    const raw = Float64Array.from([1.5, -2]);
    const predictions = applyHead({ kind: 'identity' }, raw, 2);
    expect(Array.from(predictions.values!)).toEqual([1.5, -2]);
    expect(predictions.probabilities).toBeUndefined();
    expect(predictions.labels).toBeUndefined();
  });

  it('refuses raw scores of the wrong width', () => {
    expect(() => applyHead({ kind: 'softmax', classes: ['a', 'b', 'c'] }, new Float64Array(4), 2)).toThrow(
      'a softmax head over 3 classes takes 3 raw scores per row; got 4 for 2 rows'
    );
    expect(() => applyHead({ kind: 'sigmoid', classes: ['a', 'b'] }, new Float64Array(4), 2)).toThrow(
      'a sigmoid head takes 1 raw score per row'
    );
    expect(() => applyHead({ kind: 'sigmoid', classes: ['a', 'b', 'c'] }, new Float64Array(2), 2)).toThrow(
      'a sigmoid head has 2 classes, not 3'
    );
  });
});
