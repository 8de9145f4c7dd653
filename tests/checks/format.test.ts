import { describe, expect, it } from '@jest/globals';
import { formatCount } from '../../shared/checks/evaluator.js';

describe('formatCount', () => {
  it('groups digits as toLocaleString("en-US") does, integers or not', () => {
    const values = [
      0,
      7,
      999,
      1000,
      12_345,
      999_999,
      1_000_000,
      -1,
      -1234,
      -1_234_567,
      2 ** 53 - 1,
      1e15,
      12.5,
      -0.25
    ];
    for (const value of values) expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
    for (let i = 0; i < 2000; i++) {
      const value = Math.floor(Math.sin(i) * 10 ** (i % 16));
      expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
    }
  });
});
