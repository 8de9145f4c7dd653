/** Fitted transforms: scikit-learn's StandardScaler statistics, sorted categories, the category cap. */
import { describe, expect, it } from '@jest/globals';
import { fitTransforms, MAX_CATEGORIES } from '../../shared/train/preprocess.js';

describe('fitTransforms', () => {
  it('standardises with the mean and population std of the non-missing values, imputing the mean', () => {
    const [numeric] = fitTransforms(
      [{ name: 'x', type: 'float', values: Float64Array.of(1, 2, Number.NaN, 5) }],
      'standardise'
    );
    const std = Math.sqrt(((1 - 8 / 3) ** 2 + (2 - 8 / 3) ** 2 + (5 - 8 / 3) ** 2) / 3);
    expect(numeric).toEqual({ kind: 'numeric', column: 'x', impute: 8 / 3, center: 8 / 3, scale: std });
    const [constant] = fitTransforms(
      [{ name: 'c', type: 'int', values: Float64Array.of(3, 3) }],
      'standardise'
    );
    expect(constant).toMatchObject({ center: 3, scale: 1 });
    const [trees] = fitTransforms(
      [{ name: 'x', type: 'float', values: Float64Array.of(1, Number.NaN) }],
      'none'
    );
    expect(trees).toEqual({ kind: 'numeric', column: 'x', impute: null, center: 0, scale: 1 });
  });

  it('one-hot encodes every value in code-unit order, nulls left out', () => {
    const [onehot] = fitTransforms(
      [{ name: 's', type: 'string', values: ['b', null, 'B', 'a', 'b'] }],
      'none'
    );
    expect(onehot).toEqual({ kind: 'one-hot', column: 's', categories: ['B', 'a', 'b'] });
  });

  it(`keeps the ${MAX_CATEGORIES} most frequent values of a high-cardinality column`, () => {
    const values: string[] = [];
    for (let i = 0; i < 500; i++) values.push(`id-${String(i).padStart(3, '0')}`);
    // Ten values seen three times: they are kept whatever their order.
    for (let i = 490; i < 500; i++) values.push(`id-${i}`, `id-${i}`);
    const [onehot] = fitTransforms([{ name: 'id', type: 'string', values }], 'none');
    if (onehot.kind !== 'one-hot') throw new Error('expected a one-hot transform');
    expect(onehot.categories).toHaveLength(MAX_CATEGORIES);
    expect(onehot.categories).toEqual(expect.arrayContaining(['id-490', 'id-499']));
    expect(onehot.categories.slice(0, 3)).toEqual(['id-000', 'id-001', 'id-002']);
    expect([...onehot.categories].sort()).toEqual(onehot.categories);
  });
});
