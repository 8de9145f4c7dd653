import { describe, expect, it } from '@jest/globals';
import { parseSlices, sliceRows } from '../../shared/gate/slices.js';

describe('slices', () => {
  it('parses columns and ranges', () => {
    expect(parseSlices('region, age: [18, 30, 50, 90], gender')).toEqual([
      { column: 'region' },
      { column: 'age', bins: [18, 30, 50, 90] },
      { column: 'gender' }
    ]);
    expect(() => parseSlices('age: [30, 18]')).toThrow(
      'slices: age: expected at least two ascending numbers, got [30, 18]'
    );
  });

  it('groups rows by value and by range, the last range closed', () => {
    expect(
      sliceRows({ column: 'region' }, ['n', 's', null, 'n']).map((slice) => [slice.key, [...slice.rows]])
    ).toEqual([
      ['region=n', [0, 3]],
      ['region=s', [1]]
    ]);
    expect(
      sliceRows({ column: 'age', bins: [18, 30, 50, 90] }, [18, 29.9, 30, 90, 91, null, '45', 10]).map(
        (slice) => [slice.key, [...slice.rows]]
      )
    ).toEqual([
      ['age=[18, 30)', [0, 1]],
      ['age=[30, 50)', [2, 6]],
      ['age=[50, 90]', [3]]
    ]);
  });
});
