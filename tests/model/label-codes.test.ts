import { describe, expect, it } from '@jest/globals';
import { LabelCodes } from '../../shared/model/label-codes.js';

/** Values that take every path: small labels, seen and new; -0; fractions; large, negative, NaN. */
const VALUES = [1, 0, 7, -0, 2.5, 4095, 4096, -3, 2 ** 40, Number.NaN, 3e9, 2 ** 32 + 1];

/** The codes a fresh LabelCodes (classes "0", "1") gives `values` one at a time, and its labels. */
function oneByOne(values: readonly number[]): { codes: number[]; labels: string[] } {
  const labels = new LabelCodes(['0', '1']);
  return { codes: values.map((value) => labels.number(value)), labels: labels.labels };
}

describe('LabelCodes', () => {
  it('codes a batch of numbers as one at a time, with one value of each kind among seen labels', () => {
    for (const odd of [...VALUES, ...VALUES.map((value) => -value)]) {
      const values = [1, 0, odd, 1];
      const labels = new LabelCodes(['0', '1']);
      // Seen once, so that the batch's other rows are small labels seen before.
      labels.numbersAt(Float64Array.of(1, 0), Uint32Array.of(0, 1), new Int32Array(2));
      const out = new Int32Array(values.length);
      labels.numbersAt(Float64Array.from(values), Uint32Array.of(0, 1, 2, 3), out);
      const expected = oneByOne([1, 0, ...values]);
      expect({ odd, codes: Array.from(out), labels: labels.labels }).toEqual({
        odd,
        codes: expected.codes.slice(2),
        labels: expected.labels
      });
    }
  });

  it('reads the rows it is given, in their order', () => {
    const labels = new LabelCodes(['a', 'b']);
    const out = new Int32Array(3);
    labels.numbersAt(Float64Array.from([5, 6, 7, 8]), Uint32Array.of(3, 0, 3), out);
    expect(Array.from(out)).toEqual([2, 3, 2]);
    expect(labels.labels).toEqual(['a', 'b', '8', '5']);
  });

  it('codes int64 labels as the numbers they are, small or not, negative or not', () => {
    const values = [1n, 0n, 1n, 5n, -1n, 4096n, 2n ** 40n, -(2n ** 40n), 0n];
    for (const batch of [[1n, 0n, 1n, 0n], values, ...values.map((odd) => [1n, 0n, odd, 1n])]) {
      const labels = new LabelCodes(['0', '1']);
      // Seen once, so that 0 and 1 are small labels seen before.
      labels.int64(BigInt64Array.of(1n, 0n), new Int32Array(2));
      const out = new Int32Array(batch.length);
      labels.int64(BigInt64Array.from(batch), out);
      const expected = new LabelCodes(['0', '1']);
      expect({ codes: Array.from(out), labels: labels.labels }).toEqual({
        codes: batch.map((value) => expected.text(String(value))),
        labels: expected.labels
      });
    }
  });
});
