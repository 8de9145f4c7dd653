import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuplicateFinder, type DuplicateSummary } from '../../shared/stats/duplicates.js';
import {
  NULL_KEY,
  combineKeys,
  combineKeysInto,
  hashFloat64,
  hashFloat64s,
  hashString,
  hashStrings,
  type Key64
} from '../../shared/stats/hash.js';

/** Mulberry32: a small seeded PRNG, so that every run sees the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds one row per key, payload = row index (as a caller would pack line numbers). */
async function findDuplicates(
  keys: readonly Key64[],
  options: ConstructorParameters<typeof DuplicateFinder>[0] = {}
): Promise<DuplicateSummary> {
  const finder = new DuplicateFinder(options);
  keys.forEach(([hi, lo], row) => {
    finder.add(hi, lo, row);
  });
  return finder.finish();
}

/**
 * The reference: pandas' `duplicated(keep=False)` by counting values (given as the strings that
 * identify them), with payload = row index.
 */
function reference(values: readonly string[], examples = 20): DuplicateSummary {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let unexpectedRows = 0;
  let duplicateKeys = 0;
  for (const c of counts.values()) {
    if (c > 1) {
      duplicateKeys++;
      unexpectedRows += c;
    }
  }
  const rows: { payload: number; occurrences: number }[] = [];
  values.forEach((v, row) => {
    const c = counts.get(v)!;
    if (c > 1) rows.push({ payload: row, occurrences: c });
  });
  return { unexpectedRows, distinctKeys: counts.size, duplicateKeys, examples: rows.slice(0, examples) };
}

/** Splits `keys` into typed arrays and feeds them through `addMany` in batches of `batch`. */
function addInBatches(
  finder: DuplicateFinder,
  keys: readonly Key64[],
  payloads: readonly number[],
  batch: number
) {
  const hi = new Uint32Array(batch);
  const lo = new Uint32Array(batch);
  const payload = new Float64Array(batch);
  for (let start = 0; start < keys.length; start += batch) {
    const count = Math.min(batch, keys.length - start);
    for (let k = 0; k < count; k++) {
      [hi[k], lo[k]] = keys[start + k];
      payload[k] = payloads[start + k];
    }
    finder.addMany(hi, lo, payload, count);
  }
}

describe('hash', () => {
  it('keys a number by its value: 1 and 1.0, -0 and 0, and all NaNs alike', () => {
    expect(hashFloat64(1)).toEqual(hashFloat64(1.0));
    expect(hashFloat64(-0)).toEqual(hashFloat64(0));
    // A NaN with a payload (quiet bit set, low bits 1): a different bit pattern, the same key.
    const otherNaN = new Float64Array(new Uint32Array([1, 0x7ff80000]).buffer)[0];
    expect(Number.isNaN(otherNaN)).toBe(true);
    expect(hashFloat64(otherNaN)).toEqual(hashFloat64(Number.NaN));
    expect(hashFloat64(-Number.NaN)).toEqual(hashFloat64(Number.NaN));
    expect(NULL_KEY).toEqual(hashFloat64(Number.NaN));
    expect(hashFloat64(0.1 + 0.2)).not.toEqual(hashFloat64(0.3));
    expect(hashFloat64(Infinity)).not.toEqual(hashFloat64(-Infinity));
    expect(hashFloat64(5e-324)).not.toEqual(hashFloat64(0));
  });

  it('never collides on numbers (the key is a bijection of the bits)', () => {
    const n = 200_000;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = i % 2 === 0 ? i / 2 : -(i * 0.001);
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    hashFloat64s(values, hi, lo);
    const seen = new Set<bigint>();
    for (let i = 0; i < n; i++) seen.add((BigInt(hi[i]) << 32n) | BigInt(lo[i]));
    expect(seen.size).toBe(new Set(values).size);
  });

  it('batch and single-value forms agree, -0 and NaN included', () => {
    const values = new Float64Array([0, -0, 1, -1, 1.5, Number.NaN, Infinity, 1e300, 2 ** 53]);
    const hi = new Uint32Array(values.length);
    const lo = new Uint32Array(values.length);
    hashFloat64s(values, hi, lo);
    values.forEach((v, i) => {
      expect([hi[i], lo[i]]).toEqual(hashFloat64(v));
    });
    const strings = ['', 'a', 'ab', 'abc', 'é', '\u{1F600}', 'x'.repeat(1000)];
    const shi = new Uint32Array(strings.length);
    const slo = new Uint32Array(strings.length);
    hashStrings(strings, shi, slo);
    strings.forEach((s, i) => {
      expect([shi[i], slo[i]]).toEqual(hashString(s));
    });
  });

  it('is deterministic across runs and machines (pinned keys)', () => {
    // Keys are not stored anywhere, so a change here breaks nothing, but it should be deliberate.
    expect(hashString('abc')).toEqual([105809704, 391152683]);
    expect(hashFloat64(1)).toEqual([2870072720, 4154773679]);
    expect(combineKeys(hashString('a'), hashFloat64(2))).toEqual([191243323, 2752924763]);
  });

  it('spreads distinct strings without collisions and with no bias in the top bits', () => {
    const n = 200_000;
    const strings: string[] = [];
    for (let i = 0; i < n; i++) strings.push(`user-${i}`);
    // Near misses: one code unit apart, transposed, and a trailing odd unit.
    strings.push('ab', 'ba', 'abc', 'acb', 'a\u0000', 'a', '\u0000a');
    const hi = new Uint32Array(strings.length);
    const lo = new Uint32Array(strings.length);
    hashStrings(strings, hi, lo);
    const keys = new Set<bigint>();
    const topByte = new Array<number>(256).fill(0);
    for (let i = 0; i < strings.length; i++) {
      keys.add((BigInt(hi[i]) << 32n) | BigInt(lo[i]));
      topByte[hi[i] >>> 24]++;
    }
    expect(keys.size).toBe(strings.length);
    // 256 buckets of ~781: a chi-squared statistic over 255 degrees of freedom stays below 350
    // (p ≈ 1e-4) for a uniform hash.
    const expected = strings.length / 256;
    const chi2 = topByte.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(350);
  });

  it('avalanches: one flipped input bit flips about half of the 64 output bits', () => {
    const random = prng(7);
    const popcount = (x: number) => {
      let c = 0;
      for (let v = x >>> 0; v !== 0; v >>>= 1) c += v & 1;
      return c;
    };
    let flips = 0;
    const trials = 5000;
    for (let t = 0; t < trials; t++) {
      const x = Math.floor(random() * 2 ** 52);
      const [h1, l1] = hashFloat64(x);
      const [h2, l2] = hashFloat64(x + 1);
      const a = `k${x}`;
      const b = `k${x + 1}`;
      const [s1, u1] = hashString(a);
      const [s2, u2] = hashString(b);
      flips += popcount(h1 ^ h2) + popcount(l1 ^ l2) + popcount(s1 ^ s2) + popcount(u1 ^ u2);
    }
    const mean = flips / (2 * trials);
    expect(mean).toBeGreaterThan(31);
    expect(mean).toBeLessThan(33);
  });

  it('combines columns in order', () => {
    const a = hashString('a');
    const one = hashFloat64(1);
    expect(combineKeys(a, one)).not.toEqual(combineKeys(one, a));
    expect(combineKeys(hashFloat64(1), hashFloat64(2))).not.toEqual(
      combineKeys(hashFloat64(2), hashFloat64(1))
    );
    // ('ab', 'c') and ('a', 'bc') concatenate alike but are different rows.
    expect(combineKeys(hashString('ab'), hashString('c'))).not.toEqual(
      combineKeys(hashString('a'), hashString('bc'))
    );
    const accHi = new Uint32Array([a[0], one[0]]);
    const accLo = new Uint32Array([a[1], one[1]]);
    const colHi = new Uint32Array([one[0], a[0]]);
    const colLo = new Uint32Array([one[1], a[1]]);
    combineKeysInto(accHi, accLo, colHi, colLo, 2);
    expect([accHi[0], accLo[0]]).toEqual(combineKeys(a, one));
    expect([accHi[1], accLo[1]]).toEqual(combineKeys(one, a));
  });

  it('rejects a count beyond the arrays', () => {
    expect(() => {
      hashStrings(['a', 'b'], new Uint32Array(1), new Uint32Array(1), 2);
    }).toThrow('hash: count 2 exceeds the arrays (lengths 2, 1, 1)');
  });
});

describe('DuplicateFinder', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'mlgate-dup-test-'));
  });
  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  it('counts every occurrence of a repeated value, like duplicated(keep=False)', async () => {
    // pandas: pd.Series([5, 3, 5, 7, 3, 5, 9]).duplicated(keep=False)
    //   -> [True, True, True, False, True, True, False]: 5 unexpected rows; 4 distinct; 2 repeated.
    const result = await findDuplicates([5, 3, 5, 7, 3, 5, 9].map(hashFloat64));
    expect(result).toEqual({
      unexpectedRows: 5,
      distinctKeys: 4,
      duplicateKeys: 2,
      examples: [
        { payload: 0, occurrences: 3 },
        { payload: 1, occurrences: 2 },
        { payload: 2, occurrences: 3 },
        { payload: 4, occurrences: 2 },
        { payload: 5, occurrences: 3 }
      ]
    });
  });

  it('treats 1 and 1.0, -0 and 0, and NaNs as equal values, 0.1 + 0.2 and 0.3 as different', async () => {
    // pd.Series([1, 1.0, -0.0, 0.0, nan, nan, 0.1 + 0.2, 0.3]).duplicated(keep=False).sum() == 6
    const result = await findDuplicates(
      [1, 1.0, -0, 0, Number.NaN, Number.NaN, 0.1 + 0.2, 0.3].map(hashFloat64)
    );
    expect(result.unexpectedRows).toBe(6);
    expect(result.distinctKeys).toBe(5);
    expect(result.duplicateKeys).toBe(3);
  });

  it('finds duplicate strings, and no duplicates in an empty or all-distinct column', async () => {
    // pd.Series(['a', 'b', 'a', '', 'ab', 'ba', 'b', '']).duplicated(keep=False) -> rows 0,1,2,3,6,7
    const result = await findDuplicates(['a', 'b', 'a', '', 'ab', 'ba', 'b', ''].map(hashString));
    expect(result.unexpectedRows).toBe(6);
    expect(result.distinctKeys).toBe(5);
    expect(result.examples.map((e) => e.payload)).toEqual([0, 1, 2, 3, 6, 7]);
    expect(await findDuplicates([])).toEqual({
      unexpectedRows: 0,
      distinctKeys: 0,
      duplicateKeys: 0,
      examples: []
    });
    expect(await findDuplicates(['x', 'y', 'z'].map(hashString))).toEqual({
      unexpectedRows: 0,
      distinctKeys: 3,
      duplicateKeys: 0,
      examples: []
    });
  });

  it('finds duplicate rows of compound keys', async () => {
    // df = pd.DataFrame({'c': ['a', 'a', 'b', 'a', 'b'], 'n': [1, 2, 1, 1, 2]})
    // df.duplicated(['c', 'n'], keep=False) -> [True, False, False, True, False]
    const rows: [string, number][] = [
      ['a', 1],
      ['a', 2],
      ['b', 1],
      ['a', 1],
      ['b', 2]
    ];
    const result = await findDuplicates(rows.map(([c, n]) => combineKeys(hashString(c), hashFloat64(n))));
    expect(result).toEqual({
      unexpectedRows: 2,
      distinctKeys: 4,
      duplicateKeys: 1,
      examples: [
        { payload: 0, occurrences: 2 },
        { payload: 3, occurrences: 2 }
      ]
    });
  });

  it('reports the smallest payloads first, at most `examples` of them, whatever the order added', async () => {
    const finder = new DuplicateFinder({ examples: 3 });
    // Keys 0..9 each twice; payloads added in descending order.
    for (let row = 19; row >= 0; row--) {
      const [hi, lo] = hashFloat64(row % 10);
      finder.add(hi, lo, 1000 + row);
    }
    const result = await finder.finish();
    expect(result.unexpectedRows).toBe(20);
    expect(result.examples).toEqual([
      { payload: 1000, occurrences: 2 },
      { payload: 1001, occurrences: 2 },
      { payload: 1002, occurrences: 2 }
    ]);
    const none = await findDuplicates([1, 1].map(hashFloat64), { examples: 0 });
    expect(none).toEqual({ unexpectedRows: 2, distinctKeys: 1, duplicateKeys: 1, examples: [] });
  });

  it('carries payloads up to 2^53 - 1 (file index * 2^32 + line)', async () => {
    const finder = new DuplicateFinder();
    const [hi, lo] = hashString('dup');
    finder.add(hi, lo, 2097151 * 2 ** 32 + 4294967295);
    finder.add(hi, lo, 3 * 2 ** 32 + 2);
    const result = await finder.finish();
    expect(result.examples.map((e) => e.payload)).toEqual([3 * 2 ** 32 + 2, Number.MAX_SAFE_INTEGER]);
  });

  it('gives the same answer when spilling to disk as in memory, and removes its temporary files', async () => {
    const random = prng(42);
    const n = 100_000;
    // ~60% of the values repeat at least once among 100k draws from 80k values.
    const values = Array.from({ length: n }, () => `v${Math.floor(random() * 80_000)}`);
    const keys = values.map(hashString);
    const payloads = values.map((_, row) => row + 2);
    const expected = reference(values);
    const expectedShifted = {
      ...expected,
      examples: expected.examples.map((e) => ({ payload: e.payload + 2, occurrences: e.occurrences }))
    };

    const inMemory = new DuplicateFinder();
    addInBatches(inMemory, keys, payloads, 4096);
    expect(inMemory.spillDirectory).toBeUndefined();
    expect(await inMemory.finish()).toEqual(expectedShifted);

    const spilling = new DuplicateFinder({ memoryRecords: 1000, tmpDir: base });
    addInBatches(spilling, keys, payloads, 777);
    const dir = spilling.spillDirectory;
    expect(dir).toBeDefined();
    expect(existsSync(dir!)).toBe(true);
    expect(readdirSync(dir!).length).toBe(64);
    expect(await spilling.finish()).toEqual(expectedShifted);
    expect(existsSync(dir!)).toBe(false);
    expect(readdirSync(base)).toEqual([]);
  });

  it('handles a key repeated more often than fits in memory, and keys with no spread at all', async () => {
    // 5000 copies of one value amid 3000 distinct ones, 1000 rows in memory: the partition holding
    // the repeated key can never be split by its bits.
    const values: string[] = [];
    for (let i = 0; i < 8000; i++) values.push(i % 8 < 5 ? 'same' : `d${i}`);
    const spilled = await findDuplicates(values.map(hashString), {
      memoryRecords: 1000,
      tmpDir: base,
      examples: 4
    });
    expect(spilled).toEqual(reference(values, 4));

    // Raw, unmixed keys (hi = 0, lo = small ints): correct, if slower, since every partition by the
    // top bits is the same one until the low word.
    const raw: Key64[] = Array.from({ length: 5000 }, (_, i) => [0, i % 3001]);
    const rawValues = raw.map(([, lo]) => String(lo));
    expect(await findDuplicates(raw, { memoryRecords: 700, tmpDir: base })).toEqual(reference(rawValues));
    expect(await findDuplicates(raw)).toEqual(reference(rawValues));
    expect(readdirSync(base)).toEqual([]);
  });

  it('agrees with the reference for any data and any memory budget (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300, size: 'max' }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 5 }),
        async (values, memoryRecords, examples) => {
          const result = await findDuplicates(values.map(hashFloat64), {
            memoryRecords,
            examples,
            tmpDir: base
          });
          expect(result).toEqual(reference(values.map(String), examples));
        }
      ),
      { numRuns: 40, seed: 1 }
    );
    expect(readdirSync(base)).toEqual([]);
  });

  it('sorts large in-memory buffers exactly (several radix passes)', async () => {
    const random = prng(3);
    const n = 300_000;
    const values = Array.from({ length: n }, () => Math.floor(random() * 1_000_000));
    const keys = values.map(hashFloat64);
    const finder = new DuplicateFinder();
    addInBatches(
      finder,
      keys,
      values.map((_, row) => row),
      65_536
    );
    expect(await finder.finish()).toEqual(reference(values.map(String)));
  });

  it('add and addMany agree', async () => {
    const keys = ['p', 'q', 'p', 'r', 'q', 'p'].map(hashString);
    const batched = new DuplicateFinder();
    addInBatches(
      batched,
      keys,
      keys.map((_, row) => row),
      4
    );
    expect(await batched.finish()).toEqual(await findDuplicates(keys));
  });

  it('rejects bad options, payloads and counts, and use after finish', async () => {
    expect(() => new DuplicateFinder({ memoryRecords: 0 })).toThrow(
      'DuplicateFinder: memoryRecords must be a positive integer, got 0'
    );
    expect(() => new DuplicateFinder({ examples: -1 })).toThrow(
      'DuplicateFinder: examples must be a non-negative integer, got -1'
    );
    const finder = new DuplicateFinder();
    expect(() => {
      finder.add(1, 2, -1);
    }).toThrow('DuplicateFinder: payload must be a non-negative safe integer, got -1');
    expect(() => {
      finder.addMany(new Uint32Array(1), new Uint32Array(1), new Float64Array([Number.NaN]), 1);
    }).toThrow('DuplicateFinder: payload must be a non-negative safe integer, got NaN');
    expect(() => {
      finder.addMany(new Uint32Array(2), new Uint32Array(1), new Float64Array(2), 2);
    }).toThrow('DuplicateFinder.addMany: count 2 exceeds the arrays (lengths 2, 1, 2)');
    await finder.finish();
    expect(() => {
      finder.add(1, 2, 3);
    }).toThrow('DuplicateFinder: already finished');
    await expect(finder.finish()).rejects.toThrow('DuplicateFinder: already finished');
  });

  it('dispose removes spilled files without finishing', () => {
    const finder = new DuplicateFinder({ memoryRecords: 10, tmpDir: base });
    for (let i = 0; i < 100; i++) finder.add(i, i, i);
    const dir = finder.spillDirectory!;
    expect(existsSync(dir)).toBe(true);
    finder.dispose();
    expect(existsSync(dir)).toBe(false);
    expect(() => {
      finder.add(1, 1, 1);
    }).toThrow('DuplicateFinder: already finished');
  });

  // Speed is measured in `npm run bench`, never in a test; this is the 2M-row case for correctness.
  it('finds duplicates among 2M rows in memory', async () => {
    const n = 2_000_000;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = i % 1_900_000;
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    const payload = new Float64Array(n);
    for (let i = 0; i < n; i++) payload[i] = i;
    hashFloat64s(values, hi, lo);
    const finder = new DuplicateFinder({ memoryRecords: n });
    for (let s = 0; s < n; s += 65_536) {
      const c = Math.min(65_536, n - s);
      finder.addMany(hi.subarray(s, s + c), lo.subarray(s, s + c), payload.subarray(s, s + c), c);
    }
    const result = await finder.finish();
    expect(result.unexpectedRows).toBe(200_000);
    expect(result.distinctKeys).toBe(1_900_000);
  });
});
