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
  it('covers [0, n) once, in order, in pieces doubling from 256 to 8192 rows, after its empty priming calls', () => {
    const { empty, ranges: pieces } = ranges(40_000);
    expect(empty).toBeGreaterThan(8);
    expect(pieces).toEqual([
      [0, 256],
      [256, 768],
      [768, 1792],
      [1792, 3840],
      [3840, 7936],
      [7936, 16_128],
      [16_128, 24_320],
      [24_320, 32_512],
      [32_512, 40_000]
    ]);
    // The log loss sums groups of 8 rows within a chunk: every chunk starts on a group.
    for (const [from] of pieces) expect(from % 8).toBe(0);
    expect(ranges(256).ranges).toEqual([[0, 256]]);
    expect(ranges(1).ranges).toEqual([[0, 1]]);
  });

  it('makes only the empty calls for no rows', () => {
    const { empty, ranges: pieces } = ranges(0);
    expect(pieces).toEqual([]);
    expect(empty).toBeGreaterThan(0);
  });
});
