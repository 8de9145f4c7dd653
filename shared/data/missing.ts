/**
 * Counting a batch's missing cells (`Column.missing`): four cells per step, since most batches of
 * most columns have none.
 */

/** How many cells of `missing` are not `Missing.Value` (0). */
export function countMissing(missing: Uint8Array): number {
  const n = missing.length;
  const offset = missing.byteOffset;
  let count = 0;
  let i = 0;
  for (; i < n && ((offset + i) & 3) !== 0; i++) if (missing[i] !== 0) count++;
  const words = (n - i) >>> 2;
  if (words > 0) {
    const view = new Uint32Array(missing.buffer, offset + i, words);
    for (let w = 0; w < words; w++) {
      let x = view[w];
      if (x === 0) continue;
      // Each non-zero byte down to its lowest bit, then the four bits summed into the top byte.
      x |= x >>> 4;
      x |= x >>> 2;
      x |= x >>> 1;
      count += Math.imul(x & 0x01010101, 0x01010101) >>> 24;
    }
    i += words * 4;
  }
  for (; i < n; i++) if (missing[i] !== 0) count++;
  return count;
}
