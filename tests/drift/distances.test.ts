import { describe, expect, it } from '@jest/globals';
import { binnedProportions, histogramEdges } from '../../shared/drift/binning.js';
import { jensenShannon, psi, wasserstein, wassersteinNormed } from '../../shared/drift/distances.js';
import { expectClose } from '../stats/fixture-helpers.js';
import { countsOf, reference, sortedOf, type Side } from './reference.js';

function input(
  kind: 'numeric' | 'categorical',
  side: Side | Record<string, number>
): Float64Array | Map<string, number> {
  return kind === 'numeric' ? sortedOf(side) : countsOf(side as Record<string, number>);
}

describe('PSI and Jensen-Shannon (Evidently get_binned_data, scipy jensenshannon)', () => {
  it.each(reference.binned.map((c) => [c.name, c] as const))('matches Evidently: %s', (_name, c) => {
    const ref = input(c.kind, c.ref);
    const cur = input(c.kind, c.cur);
    const options = c.bins === undefined ? {} : { bins: c.bins };
    expectClose(psi(ref, cur, options), c.psi, `${c.name} PSI`);
    expectClose(jensenShannon(ref, cur, options), c.jensenShannon, `${c.name} Jensen-Shannon`);
    expect(binnedProportions(ref, cur, { ...options, feelZeroes: false }).reference.length).toBe(c.binCount);
  });

  it('builds numpy histogram edges: sturges, explicit counts, a widened empty range', () => {
    const a = Float64Array.from([0, 1, 2, 3]);
    const b = Float64Array.from([4, 5, 6, 7]);
    // 8 values: sturges width = 7 / (log2(8) + 1) = 1.75, 4 bins.
    expect(Array.from(histogramEdges(a, b, 'sturges'))).toEqual([0, 1.75, 3.5, 5.25, 7]);
    expect(Array.from(histogramEdges(a, b, 2))).toEqual([0, 3.5, 7]);
    const c = Float64Array.from([2, 2]);
    expect(Array.from(histogramEdges(c, c, 1))).toEqual([1.5, 2.5]);
    expect(() => histogramEdges(a, b, 0)).toThrow('bins must be a positive integer, got 0');
  });

  it('puts the maximum in the last bin and fills empty bins only for PSI', () => {
    const values = Float64Array.from({ length: 30 }, (_, i) => i);
    const low = Float64Array.from({ length: 30 }, (_, i) => i / 10);
    const plain = binnedProportions(values, low, { bins: 3, feelZeroes: false });
    expect(Array.from(plain.reference)).toEqual([10 / 30, 10 / 30, 10 / 30]);
    expect(Array.from(plain.current)).toEqual([1, 0, 0]);
    const filled = binnedProportions(values, low, { bins: 3, feelZeroes: true });
    expect(Array.from(filled.current)).toEqual([1, 0.0001, 0.0001]);
  });

  it('rejects mixed kinds and empty sides', () => {
    expect(() => psi(Float64Array.from([1]), new Map([['a', 1]]))).toThrow(
      'binning: reference and current must both be numeric or both be categorical'
    );
    expect(() => jensenShannon(new Map(), new Map([['a', 1]]))).toThrow('binning: a side has no values');
  });
});

describe('Wasserstein (scipy wasserstein_distance; Evidently normed by max(np.std(ref), 0.001))', () => {
  it.each(reference.wasserstein.map((c) => [c.name, c] as const))('matches scipy: %s', (_name, c) => {
    const ref = sortedOf(c.ref);
    const cur = sortedOf(c.cur);
    expectClose(wasserstein(ref, cur), c.distance, `${c.name} distance`);
    expectClose(wassersteinNormed(ref, cur), c.normed, `${c.name} normed`);
  });
});
