import { describe, expect, it } from '@jest/globals';
import { kolmogornSf, smirnovSf } from '../../shared/drift/kolmogorov.js';
import { ks2samp } from '../../shared/drift/ks.js';
import { expectClose } from '../stats/fixture-helpers.js';
import { reference, sortedOf } from './reference.js';

describe('kstwo.sf (scipy.stats.kstwo, every branch of _kolmogn)', () => {
  it(`matches scipy on ${reference.kstwo.length} (n, d) points`, () => {
    for (const { n, d, sf } of reference.kstwo) expectClose(kolmogornSf(n, d), sf, `kstwo.sf(${d}, ${n})`);
  });

  it('matches scipy.special.smirnov', () => {
    for (const { n, d, sf } of reference.smirnov) expectClose(smirnovSf(n, d), sf, `smirnov(${n}, ${d})`);
  });

  it('rejects a non-integer n', () => {
    expect(() => kolmogornSf(2.5, 0.1)).toThrow('kstwo: n must be a positive integer, got 2.5');
    expect(kolmogornSf(10, Number.NaN)).toBeNaN();
  });
});

describe('ks2samp (scipy.stats.ks_2samp, two-sided, method auto)', () => {
  it.each(reference.ks2samp.map((c) => [c.name, c] as const))('matches scipy: %s', (_name, c) => {
    const result = ks2samp(sortedOf(c.ref), sortedOf(c.cur));
    expect(result.method).toBe(c.method);
    expectClose(result.statistic, c.statistic, `${c.name} statistic`);
    expectClose(result.pValue, c.pValue, `${c.name} p-value`);
  });

  it('is symmetric in its samples', () => {
    const a = Float64Array.from([0.1, 0.4, 0.4, 0.9, 1.3]);
    const b = Float64Array.from([0.2, 0.5, 1.1]);
    expect(ks2samp(a, b)).toEqual(ks2samp(b, a));
  });

  it('rejects empty, unsorted and NaN samples with the values at fault', () => {
    const ok = Float64Array.from([1, 2]);
    expect(() => ks2samp(new Float64Array(0), ok)).toThrow('ks2samp: reference: no values');
    expect(() => ks2samp(ok, Float64Array.from([2, 1]))).toThrow(
      'ks2samp: current: values must be sorted ascending (value 1 = 1 < 2)'
    );
    expect(() => ks2samp(Float64Array.from([1, Number.NaN]), ok)).toThrow(
      'ks2samp: reference: value 1 is NaN'
    );
  });
});
