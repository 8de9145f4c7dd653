import { describe, expect, it } from '@jest/globals';
import { CoMoments } from '../../shared/stats/co-moments.js';
import { Moments } from '../../shared/stats/moments.js';
import { CompensatedSum } from '../../shared/stats/summation.js';
import { expectClose, loadFixture } from './fixture-helpers.js';
import { regenerate } from './generators.js';
import type { MomentsCase, StatsReference } from './reference-types.js';

const reference = loadFixture(new URL('./fixtures/reference.json', import.meta.url)) as StatsReference;

function valuesOf(c: MomentsCase): Float64Array {
  return c.gen ? regenerate(c.gen, c.checksum!) : Float64Array.from(c.values!, (v) => v);
}

function check(moments: Moments, c: MomentsCase, how: string): void {
  const label = `${c.name} (${how})`;
  expect(moments.count).toBe(c.expected.count);
  const skew = moments.skewness();
  const actual = {
    mean: moments.mean,
    variance: moments.variance(),
    std: moments.std(),
    skew: skew !== null && Number.isFinite(skew) ? skew : null
  };
  for (const key of ['mean', 'variance', 'std', 'skew'] as const) {
    expectClose(actual[key], c.exact[key], `${label} ${key} vs exact`);
    // pandas' plain two-pass sums lose digits on some inputs (flagged by make-reference.py).
    if (!c.pandasInexact.includes(key))
      expectClose(actual[key], c.expected[key], `${label} ${key} vs pandas`);
  }
}

describe('Moments (pandas mean/std/skew)', () => {
  it.each(reference.moments.map((c) => [c.name, c] as const))('matches pandas: %s', (_name, c) => {
    const values = valuesOf(c);
    const whole = new Moments();
    whole.addAll(values);
    check(whole, c, 'two-pass');

    const oneByOne = new Moments();
    for (const v of values) oneByOne.add(v);
    check(oneByOne, c, 'one by one');

    // Shards of uneven sizes, merged in a tree, as a matrix of jobs would.
    const cuts = [0, Math.floor(values.length / 7), Math.floor(values.length / 2), values.length];
    const shards = cuts.slice(1).map((end, i) => {
      const shard = new Moments();
      shard.addAll(values.subarray(cuts[i], end));
      return shard;
    });
    const merged = Moments.from(shards[0].toJSON());
    merged.merge(shards[2]);
    merged.merge(Moments.from(shards[1]));
    check(merged, c, 'merged shards');
  });

  it('compensated sums equal math.fsum', () => {
    for (const c of reference.moments) {
      const sum = new CompensatedSum();
      for (const v of valuesOf(c)) sum.add(v);
      expectClose(sum.value, c.expected.fsum, `${c.name} sum`, 1e-15, 0);
    }
  });

  it('cancels what a naive sum loses, and merges', () => {
    const a = new CompensatedSum();
    for (const v of [1e16, 1, -1e16, 1]) a.add(v);
    expect(a.value).toBe(2);
    const b = new CompensatedSum();
    b.add(0.1);
    a.merge(b);
    expect(a.value).toBe(2.1);
  });

  it('follows pandas on tiny inputs: null std below 2 values, null skewness below 3, 0 for constants', () => {
    const m = new Moments();
    expect(m.std()).toBeNull();
    m.add(5);
    expect(m.std()).toBeNull();
    expect(m.variance(0)).toBe(0);
    m.add(5);
    expect(m.std()).toBe(0);
    expect(m.skewness()).toBeNull();
    m.add(5);
    expect(m.skewness()).toBe(0);
  });
});

describe('CoMoments (pandas Series.corr)', () => {
  it.each(reference.correlation.map((c) => [c.name, c] as const))('matches pandas: %s', (_name, c) => {
    let xs: Float64Array;
    let ys: Float64Array;
    if (c.genX) {
      xs = regenerate(c.genX, c.checksumX!);
      const noise = regenerate(c.genY!, c.checksumY!);
      ys = xs.map((x, i) => x * 0.5 + noise[i]);
    } else {
      xs = Float64Array.from(c.x!);
      ys = Float64Array.from(c.y!);
    }
    const expectCorrelation = (actual: number | null, how: string): void => {
      expectClose(actual, c.exact, `${c.name} ${how} vs exact`);
      if (!c.pandasInexact) expectClose(actual, c.corr, `${c.name} ${how} vs pandas`);
    };
    const batch = new CoMoments();
    batch.addAll(xs, ys);
    expectCorrelation(batch.correlation(), 'two-pass');

    const single = new CoMoments();
    xs.forEach((x, i) => {
      single.add(x, ys[i]);
    });
    expectCorrelation(single.correlation(), 'one by one');

    const half = Math.floor(xs.length / 2);
    const left = new CoMoments();
    left.addAll(xs.subarray(0, half), ys.subarray(0, half));
    const right = new CoMoments();
    right.addAll(xs.subarray(half), ys.subarray(half));
    const merged = CoMoments.from(left.toJSON());
    merged.merge(right);
    expectCorrelation(merged.correlation(), 'merged');
  });

  it('skips pairs with a non-finite side and checks lengths', () => {
    const co = new CoMoments();
    co.addAll([1, 2, Number.NaN, 3, Infinity], [2, 4, 5, 6, 1]);
    expect(co.count).toBe(3);
    expect(co.correlation()).toBeCloseTo(1, 15);
    expect(() => {
      co.addAll([1], [1, 2]);
    }).toThrow('CoMoments.addAll: 1 x values but 2 y values');
  });
});
