import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { countMissing } from '../../shared/data/missing.js';

describe('countMissing', () => {
  it('counts the non-zero cells of any slice, aligned or not', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }).map((bytes) => bytes.map((b) => (b < 200 ? 0 : b % 3))),
        fc.nat(8),
        fc.nat(8),
        (bytes, head, tail) => {
          const slice = bytes.subarray(Math.min(head, bytes.length), Math.max(head, bytes.length - tail));
          expect(countMissing(slice)).toBe(slice.filter((b) => b !== 0).length);
        }
      ),
      { numRuns: 500 }
    );
  });

  it('counts every code in a word, and none in an empty batch', () => {
    expect(countMissing(Uint8Array.from([1, 2, 1, 2, 0, 0, 0, 1, 2]))).toBe(6);
    expect(countMissing(new Uint8Array(0))).toBe(0);
    expect(countMissing(new Uint8Array(1 << 16))).toBe(0);
  });
});
