import { describe, expect, it } from '@jest/globals';
import { NumberCounts } from '../../shared/stats/number-counts.js';
import { Gen32 } from './generators.js';

describe('NumberCounts', () => {
  it('counts like a Map, in order of first appearance: small integers, whole days and others alike', () => {
    const g = new Gen32(17);
    const counts = new NumberCounts();
    const reference = new Map<number, number>();
    for (let i = 0; i < 200_000; i++) {
      const u = g.uniform();
      // Small integers (the direct table), its edges, negatives, fractions and large keys (the hash).
      // Whole days (the day table, its edges), values next to them, and tiny values whose quotient by
      // a day rounds to 0 (the hash).
      const day = 86_400_000;
      const value =
        u < 0.4
          ? Math.floor(g.uniform() * 100)
          : u < 0.45
            ? [4095, 4096, -1, -0, 0][Math.floor(g.uniform() * 5)]
            : u < 0.6
              ? Math.floor(g.uniform() * 5000) + 0.5
              : u < 0.75
                ? (Math.floor(g.uniform() * 40_000) - 5000) * day
                : u < 0.8
                  ? [
                      -32_768 * day,
                      -32_769 * day,
                      98_303 * day,
                      98_304 * day,
                      day + 1,
                      day - 0.5,
                      1e-300,
                      2e-300,
                      -1e-300
                    ][Math.floor(g.uniform() * 9)]
                  : Math.floor(g.uniform() * 1e9);
      counts.add(value);
      const key = value + 0;
      reference.set(key, (reference.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(reference.size);
    const keys = [...reference.keys()];
    expect(Array.from(counts.keys.subarray(0, counts.size))).toEqual(keys);
    expect(Array.from(counts.counts.subarray(0, counts.size))).toEqual(keys.map((key) => reference.get(key)));
    for (const key of [
      ...keys.slice(0, 50),
      4095,
      4096,
      -1,
      12.25,
      7e9,
      86_400_000,
      3e-300,
      -98_304 * 86_400_000
    ]) {
      expect(counts.get(key)).toBe(reference.get(key) ?? 0);
    }
    expect(counts.get(-0)).toBe(reference.get(0) ?? 0);
  });
});
