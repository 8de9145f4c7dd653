/**
 * The Parquet fixtures and people.csv hold the same rows, written by DuckDB from
 * fixtures/make-parquet.ts (node scripts/node24.mjs --import tsx tests/data/fixtures/make-parquet.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Missing } from '../../shared/data/types.js';
import { columnOf, expectDataError, FIXTURES, readAll, tempDir, writeTemp } from './helpers.js';

const CODECS = ['snappy', 'gzip', 'zstd', 'brotli', 'lz4', 'uncompressed'];
const N = Number.NaN;

describe('Parquet', () => {
  it.each(CODECS)('reads the %s fixture with the values of the CSV fixture', async (codec) => {
    const path = join(FIXTURES, `people-${codec}.parquet`);
    const parquet = await readAll(path);
    const csv = await readAll(join(FIXTURES, 'people.csv'));
    expect(parquet.dataset.format).toBe('parquet');
    expect(parquet.dataset.schema()).toEqual(csv.dataset.schema());
    expect(parquet.lines).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const [name, column] of csv.columns) {
      const other = columnOf(parquet, name);
      expect([name, other.values]).toEqual([name, column.values]);
      expect([name, other.missing]).toEqual([name, column.missing]);
    }
    const bytes = readFileSync(path);
    expect(parquet.dataset.fingerprints()).toEqual([
      { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
    ]);
  });

  it('maps Parquet types and keeps exact values', async () => {
    const read = await readAll(join(FIXTURES, 'people-zstd.parquet'));
    expect(read.dataset.schema().map((column) => `${column.name}:${column.type}`)).toEqual([
      'id:int',
      'name:string',
      'age:int',
      'score:float',
      'active:bool',
      'joined:datetime',
      'seen_at:datetime',
      'price:float'
    ]);
    expect(columnOf(read, 'id').values[6]).toBe(9007199254740991);
    expect(columnOf(read, 'id').texts[6]).toBe('9007199254740991');
    expect(columnOf(read, 'name').values).toEqual([
      'Ada Lovelace',
      'Émile "the quick" Zola',
      'comma, inside',
      'multi\nline',
      '日本語 ✓',
      '',
      'big id'
    ]);
    expect(columnOf(read, 'score').missing).toEqual([0, 0, Missing.Null, 0, 0, Missing.NaN, 0]);
    expect(columnOf(read, 'seen_at').values[1]).toBe(Date.UTC(2000, 1, 29, 23, 59, 59, 500));
    expect(columnOf(read, 'seen_at').texts[1]).toBe('2000-02-29T23:59:59.500Z');
    expect(columnOf(read, 'joined').values[5]).toBe(Date.UTC(1900, 2, 1));
    expect(columnOf(read, 'active').texts).toEqual(['true', 'false', '', 'true', 'false', 'true', 'false']);
    expect(columnOf(read, 'price').values).toEqual([12.5, 0, N, 99999999.99, -3.1, 1, 0.01]);
  });

  it('reads row groups in bounded batches with 1-based row numbers', async () => {
    const read = await readAll(join(FIXTURES, 'groups.parquet'), { batchRows: 1000 });
    expect(read.batches.map((batch) => [batch.rowOffset, batch.rowCount, batch.lines[0]])).toEqual([
      [0, 1000, 1],
      [1000, 1000, 1001],
      [2000, 48, 2001],
      [2048, 1000, 2049],
      [3048, 1000, 3049],
      [4048, 48, 4049],
      [4096, 904, 4097]
    ]);
    expect(columnOf(read, 'id').values).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(columnOf(read, 'half').values).toEqual(Array.from({ length: 5000 }, (_, i) => i * 0.5));
    expect(columnOf(read, 'label').values[4999]).toBe('n4999');
    expect(columnOf(read, 'third').values.slice(0, 4)).toEqual([1, 0, 0, 1]);
  });

  it('applies declared types to Parquet columns', async () => {
    const read = await readAll(join(FIXTURES, 'people-snappy.parquet'), {
      types: { id: 'string', score: 'int', joined: 'string' }
    });
    expect(columnOf(read, 'id').values[0]).toBe('1');
    expect(columnOf(read, 'score').invalid).toEqual([1, 1, 0, 1, 1, 0, 0]);
    expect(columnOf(read, 'joined').values[0]).toBe('2024-01-31T00:00:00.000Z');
  });

  it('reads a glob of Parquet files as one data set', async () => {
    const read = await readAll(join(FIXTURES, 'people-*.parquet'));
    expect(read.dataset.files).toHaveLength(CODECS.length);
    expect(read.rows).toBe(7 * CODECS.length);
    expect(read.batches.map((batch) => batch.rowOffset)).toEqual(CODECS.map((_, i) => i * 7));
  });

  it('rejects a file that is not Parquet', async () => {
    const dir = tempDir();
    const garbage = writeTemp(dir, 'a.parquet', Buffer.from('this is not parquet at all, just text'));
    await expectDataError(garbage, `${garbage}: not a Parquet file (missing PAR1 magic)`);
    const empty = writeTemp(dir, 'b.parquet', '');
    await expectDataError(empty, `${empty}: not a Parquet file (missing PAR1 magic)`);
  });

  it('rejects truncated and corrupt Parquet files', async () => {
    const dir = tempDir();
    const bytes = readFileSync(join(FIXTURES, 'people-zstd.parquet'));
    const truncated = writeTemp(dir, 't.parquet', bytes.subarray(0, bytes.length - 100));
    await expectDataError(truncated, `${truncated}: truncated Parquet file (missing PAR1 footer)`);
    // Magic at both ends, garbage in between.
    const corrupt = Buffer.concat([
      Buffer.from('PAR1'),
      Buffer.alloc(64, 7),
      Buffer.from([16, 0, 0, 0]),
      Buffer.from('PAR1')
    ]);
    const file = writeTemp(dir, 'c.parquet', corrupt);
    const error = await readAll(file).then(
      () => undefined,
      (thrown: unknown) => thrown
    );
    expect(String(error)).toMatch(
      new RegExp(`^DataError: ${file.replaceAll('/', '\\/')}: corrupt Parquet file \\(.+\\)$`)
    );
  });

  it('rejects a Parquet file whose columns differ from the first file', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.parquet', readFileSync(join(FIXTURES, 'people-zstd.parquet')));
    const other = writeTemp(dir, 'b.parquet', readFileSync(join(FIXTURES, 'groups.parquet')));
    await expectDataError(
      join(dir, '*.parquet'),
      `${other}: columns differ from ${join(dir, 'a.parquet')}: expected "id", "name", "age", "score", "active", "joined", "seen_at", "price", found "id", "half", "label", "third"`
    );
  });
});
