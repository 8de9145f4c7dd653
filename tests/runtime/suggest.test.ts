import { describe, expect, it } from '@jest/globals';
import { closestName, didYouMean, editDistance } from '../../shared/runtime/suggest.js';

describe('suggest', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('suggests the closest plausible name only', () => {
    expect(
      closestName('expect_column_values_to_be_betwen', [
        'expect_column_values_to_be_between',
        'expect_column_to_exist'
      ])
    ).toBe('expect_column_values_to_be_between');
    expect(closestName('zzzzzz', ['accuracy', 'f1'])).toBeUndefined();
    expect(didYouMean('sute', ['suite', 'data'])).toBe(' (did you mean `suite`?)');
  });
});
