import { describe, expect, it } from '@jest/globals';
import { CodeColumn, LabelCodes } from '../../shared/model/label-codes.js';

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

describe('CodeColumn', () => {
  /** Appends each batch of labels as the scoring pass does: codes written to `batch`, then committed. */
  function append(column: CodeColumn, labels: LabelCodes, batches: readonly string[][]): void {
    for (const batch of batches) {
      const out = column.batch(batch.length);
      batch.forEach((label, row) => (out[row] = labels.text(label)));
      column.commit(out);
    }
  }

  it('keeps a byte per row while there are at most 256 labels', () => {
    const labels = new LabelCodes(['a', 'b']);
    const column = new CodeColumn(labels, 10);
    const batches = [['b', 'a', 'c'], Array.from({ length: 253 }, (_, i) => `x${i}`), ['a']];
    append(column, labels, batches);
    const codes = column.finish();
    expect(labels.labels).toHaveLength(256);
    expect(codes).toBeInstanceOf(Uint8Array);
    expect(labels.decode(codes)).toEqual(batches.flat());
  });

  it('switches to four bytes per row at the batch that brings the 257th label, keeping earlier rows', () => {
    const labels = new LabelCodes();
    const column = new CodeColumn(labels);
    const first = Array.from({ length: 200 }, (_, i) => `y${i}`);
    // y256 down to y157: 57 new labels, the 257th among them.
    const second = Array.from({ length: 100 }, (_, i) => `y${256 - i}`);
    const third = ['y0', 'y257', 'y3'];
    append(column, labels, [first, second, third]);
    const codes = column.finish();
    expect(codes).toBeInstanceOf(Int32Array);
    expect(labels.labels).toHaveLength(258);
    expect(labels.decode(codes)).toEqual([...first, ...second, ...third]);
    expect(Math.max(...codes)).toBe(257);
  });

  it('finishes empty', () => {
    const column = new CodeColumn(new LabelCodes(['0', '1']), 1000);
    expect(column.finish()).toEqual(new Uint8Array(0));
  });
});
