import { describe, expect, it } from '@jest/globals';
import { forEachChunk } from '../../shared/metrics/chunk.js';

/** The non-empty ranges `forEachChunk` hands out, and how many empty calls came first. */
function ranges(n: number): { empty: number; ranges: [number, number][] } {
  const seen: [number, number][] = [];
  let empty = 0;
  forEachChunk(n, (from, to) => {
    if (from === to) {
      expect(seen).toEqual([]); // empty calls only before the first chunk
      empty++;
    } else seen.push([from, to]);
  });
  return { empty, ranges: seen };
}

describe('forEachChunk', () => {
  it('covers [0, n) once, in order, in pieces of 8192 rows, after its empty priming calls', () => {
    const { empty, ranges: pieces } = ranges(20_000);
    expect(empty).toBeGreaterThan(8);
    expect(pieces).toEqual([
      [0, 8192],
      [8192, 16_384],
      [16_384, 20_000]
    ]);
    expect(ranges(8192).ranges).toEqual([[0, 8192]]);
    expect(ranges(1).ranges).toEqual([[0, 1]]);
  });

  it('makes only the empty calls for no rows', () => {
    const { empty, ranges: pieces } = ranges(0);
    expect(pieces).toEqual([]);
    expect(empty).toBeGreaterThan(0);
  });
});
