import { describe, expect, it } from '@jest/globals';
import { argsortDescending } from '../../shared/metrics/argsort.js';
import { Gen32 } from '../stats/generators.js';

/** Values with many ties, both signs, -0 and 0, tiny and huge magnitudes. */
function awkward(n: number, seed: number): Float64Array {
  const g = new Gen32(seed);
  const specials = [0, -0, 1e-300, -1e-300, 5e-324, 1e308, -1e308, 0.5, 0.5, 1, -1];
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = g.uniform();
    if (u < 0.2) values[i] = specials[Math.floor(g.uniform() * specials.length)];
    else if (u < 0.5) values[i] = Math.floor(g.uniform() * 7) / 4 - 0.75;
    else values[i] = (g.uniform() - 0.5) * 1e6 * g.uniform();
  }
  return values;
}

function expectSorted(keys: Float64Array): void {
  const { order, groupEnd } = argsortDescending(keys);
  const n = keys.length;
  expect(order).toHaveLength(n);
  expect(new Set(order).size).toBe(n);
  for (let i = 0; i < n - 1; i++) {
    const a = keys[order[i]];
    const b = keys[order[i + 1]];
    if (a < b) throw new Error(`position ${i}: ${a} before ${b}`);
    if ((groupEnd[i] === 1) !== (a !== b)) throw new Error(`position ${i}: tie group of ${a}, ${b} wrong`);
  }
  if (n > 0) expect(groupEnd[n - 1]).toBe(1);
}

describe('argsortDescending', () => {
  it('orders and groups small inputs (comparator path)', () => {
    expectSorted(new Float64Array(0));
    expectSorted(Float64Array.from([3]));
    expectSorted(awkward(1000, 7));
  });

  it('orders and groups large inputs (radix path), -0 tied with 0', () => {
    expectSorted(awkward(50_000, 8));
    const zeros = new Float64Array(10_000);
    for (let i = 0; i < zeros.length; i += 2) zeros[i] = -0;
    const { groupEnd } = argsortDescending(zeros);
    expect(groupEnd.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('orders float32-valued probabilities (the 32-bit path)', () => {
    const g = new Gen32(9);
    const keys = Float64Array.from(new Float32Array(20_000).map(() => g.uniform()));
    expectSorted(keys);
  });

  it('orders and groups float32 values of both signs with ties and -0 (the 32-bit path)', () => {
    const keys = Float64Array.from(new Float32Array(awkward(50_000, 10)));
    expectSorted(keys);
    // One value that is not a float32 sends the whole input down the 64-bit path: same contract.
    keys[123] = 0.1;
    expectSorted(keys);
  });
});
