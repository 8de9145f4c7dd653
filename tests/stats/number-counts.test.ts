import { describe, expect, it } from '@jest/globals';
import { NumberCounts } from '../../shared/stats/number-counts.js';
import { Gen32 } from './generators.js';

describe('NumberCounts', () => {
  it('counts like a Map, in order of first appearance, small integers and others alike', () => {
    const g = new Gen32(17);
    const counts = new NumberCounts();
    const reference = new Map<number, number>();
    for (let i = 0; i < 200_000; i++) {
      const u = g.uniform();
      // Small integers (the direct table), its edges, negatives, fractions and large keys (the hash).
      const value =
        u < 0.4
          ? Math.floor(g.uniform() * 100)
          : u < 0.45
            ? [4095, 4096, -1, -0, 0][Math.floor(g.uniform() * 5)]
            : u < 0.7
              ? Math.floor(g.uniform() * 5000) + 0.5
              : Math.floor(g.uniform() * 1e9);
      counts.add(value);
      const key = value + 0;
      reference.set(key, (reference.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(reference.size);
    const keys = [...reference.keys()];
    expect(Array.from(counts.keys.subarray(0, counts.size))).toEqual(keys);
    expect(Array.from(counts.counts.subarray(0, counts.size))).toEqual(keys.map((key) => reference.get(key)));
    for (const key of [...keys.slice(0, 50), 4095, 4096, -1, 12.25, 7e9]) {
      expect(counts.get(key)).toBe(reference.get(key) ?? 0);
    }
    expect(counts.get(-0)).toBe(reference.get(0) ?? 0);
  });
});
