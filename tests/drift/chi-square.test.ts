import { describe, expect, it } from '@jest/globals';
import { chiSquare } from '../../shared/drift/chi-square.js';
import { chi2Sf, gammaQ, logGamma } from '../../shared/drift/gamma.js';
import { expectClose } from '../stats/fixture-helpers.js';
import { countsOf, reference } from './reference.js';

describe('chi2Sf (scipy.stats.chi2.sf)', () => {
  it(`matches scipy on ${reference.chi2Sf.length} (df, x) points`, () => {
    for (const { df, x, sf } of reference.chi2Sf) expectClose(chi2Sf(x, df), sf, `chi2.sf(${x}, ${df})`);
  });

  it('handles the edges like scipy', () => {
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(-1, 3)).toBe(1);
    expect(chi2Sf(Infinity, 3)).toBe(0);
    expect(chi2Sf(1, 0)).toBeNaN();
    expect(gammaQ(-1, 1)).toBeNaN();
    expect(logGamma(1)).toBeCloseTo(0, 15);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
  });
});

describe('chiSquare (Evidently chisquare stat test)', () => {
  it.each(reference.chiSquare.map((c) => [c.name, c] as const))('matches Evidently/scipy: %s', (_name, c) => {
    const result = chiSquare(countsOf(c.ref), countsOf(c.cur));
    expectClose(result.statistic, c.statistic, `${c.name} statistic`);
    expectClose(result.pValue, c.pValue, `${c.name} p-value`);
    expect(result.df).toBe(new Set([...Object.keys(c.ref), ...Object.keys(c.cur)]).size - 1);
  });

  it('lists the categories the reference never had', () => {
    const result = chiSquare(
      new Map([
        ['a', 5],
        ['b', 5]
      ]),
      new Map([
        ['z', 1],
        ['a', 4],
        ['y', 2]
      ])
    );
    expect(result).toEqual({ statistic: Infinity, pValue: 0, df: 3, unseen: ['z', 'y'] });
  });

  it('reports no drift for a single shared category (scipy: NaN with 0 degrees of freedom)', () => {
    expect(chiSquare(new Map([['a', 3]]), new Map([['a', 7]]))).toEqual({
      statistic: 0,
      pValue: 1,
      df: 0,
      unseen: []
    });
  });

  it('rejects an empty side', () => {
    expect(() => chiSquare(new Map(), new Map([['a', 1]]))).toThrow('chiSquare: the reference has no values');
    expect(() => chiSquare(new Map([['a', 1]]), new Map([['a', 0]]))).toThrow(
      'chiSquare: the current data has no values'
    );
  });
});
