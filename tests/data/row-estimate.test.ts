import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { openDataset } from '../../shared/data/dataset.js';
import { estimateRows } from '../../shared/data/row-estimate.js';
import { tempDir, writeTemp } from './helpers.js';

/** A header and `rows` lines of equal length (`id,x` with zero-padded numbers). */
function csv(rows: number, separator = ','): string {
  const lines = ['id__' + separator + 'value'];
  for (let i = 0; i < rows; i++)
    lines.push(`${String(i).padStart(4, '0')}${separator}${String(i % 97).padStart(5, '0')}`);
  return `${lines.join('\n')}\n`;
}

describe('estimateRows', () => {
  it('counts the lines of a file of equal lines, header included, from its first 64 KiB', async () => {
    const dir = tempDir();
    for (const rows of [1, 10, 5000, 9999]) {
      const path = writeTemp(dir, `equal-${rows}.csv`, csv(rows));
      expect(await estimateRows(await openDataset(path))).toBe(rows + 1);
    }
    const tsv = writeTemp(dir, 'equal.tsv', csv(3000, '\t'));
    expect(await estimateRows(await openDataset(tsv))).toBe(3001);
  });

  it('adds every file of a glob at the first file’s line length', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.csv', csv(4000));
    writeTemp(dir, 'b.csv', csv(2000));
    expect(await estimateRows(await openDataset(`${dir}/*.csv`))).toBe(6002);
  });

  it('overestimates when the first lines are shorter than the rest, underestimates when longer', async () => {
    const dir = tempDir();
    const short = 'a,b\n' + '1,2\n'.repeat(20_000) + `${'9'.repeat(40)},${'9'.repeat(40)}\n`.repeat(10_000);
    const estimate = await estimateRows(await openDataset(writeTemp(dir, 'short-first.csv', short)));
    expect(estimate).toBeGreaterThan(30_001);
    const long = 'a,b\n' + `${'9'.repeat(40)},${'9'.repeat(40)}\n`.repeat(10_000) + '1,2\n'.repeat(20_000);
    const under = await estimateRows(await openDataset(writeTemp(dir, 'long-first.csv', long)));
    expect(under).toBeLessThan(30_001);
    expect(under).toBeGreaterThan(0);
  });

  it('has no estimate for compressed, JSON Lines or Parquet data, or without two line breaks', async () => {
    const dir = tempDir();
    const gz = writeTemp(dir, 'a.csv.gz', gzipSync(csv(100)));
    expect(await estimateRows(await openDataset(gz))).toBeUndefined();
    const jsonl = writeTemp(dir, 'a.jsonl', '{"a":1}\n{"a":2}\n{"a":3}\n');
    expect(await estimateRows(await openDataset(jsonl))).toBeUndefined();
    expect(await estimateRows({ files: ['x.parquet'], format: 'parquet' })).toBeUndefined();
    const header = writeTemp(dir, 'header-only.csv', 'a,b\n');
    expect(await estimateRows(await openDataset(header))).toBeUndefined();
    const empty = writeTemp(dir, 'empty.csv', '');
    expect(await estimateRows(await openDataset(empty))).toBeUndefined();
  });
});
