import { describe, expect, it } from '@jest/globals';
import { GrowableFloat64, GrowableInt32 } from '../../shared/model/growable.js';

/** Appends `counts` runs of consecutive values (0, 1, 2, …) and returns the finished array. */
function fill<T extends Float64Array | Int32Array | Uint32Array>(
  store: { append(count: number): T; finish(): T; length: number },
  counts: readonly number[]
): T {
  let next = 0;
  for (const count of counts) {
    const view = store.append(count);
    if (view.length !== count) throw new Error(`append(${count}) gave ${view.length} values`);
    for (let i = 0; i < count; i++) view[i] = next++;
  }
  expect(store.length).toBe(next);
  return store.finish();
}

const RUNS = [1, 16_384, 65_535, 3, 200_000, 0, 70_000];
const TOTAL = RUNS.reduce((a, b) => a + b, 0);

/** The first index where `values` is not 0, 1, 2, …, or -1 when it is exactly that (jest's deep equality is slow on 350k values). */
function firstMismatch(values: ArrayLike<number>): number {
  if (values.length !== TOTAL) return values.length;
  for (let i = 0; i < TOTAL; i++) if (values[i] !== i) return i;
  return -1;
}

describe('Growable', () => {
  it('returns every value in order, without a hint, with an exact hint, and with hints too small or too large', () => {
    for (const expected of [0, TOTAL, 1000, 100_000, 10 * TOTAL]) {
      expect(firstMismatch(fill(new GrowableFloat64(expected), RUNS))).toBe(-1);
      expect(firstMismatch(fill(new GrowableInt32(expected), RUNS))).toBe(-1);
    }
  });

  it('hands back a view of its one block when the hint held every value, and a copy otherwise', () => {
    const whole = fill(new GrowableFloat64(TOTAL + 10), RUNS);
    expect(firstMismatch(whole)).toBe(-1);
    expect(whole.buffer.byteLength).toBe((TOTAL + 10) * 8);
    const copied = fill(new GrowableFloat64(1000), RUNS);
    expect(copied.buffer.byteLength).toBe(TOTAL * 8);
  });

  it('finishes empty', () => {
    expect(new GrowableFloat64(500).finish()).toEqual(new Float64Array(0));
    expect(new GrowableInt32().finish()).toEqual(new Int32Array(0));
  });
});
