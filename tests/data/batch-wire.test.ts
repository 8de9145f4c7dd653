import { describe, expect, it } from '@jest/globals';
import { BatchPacker, BatchUnpacker, BufferPool } from '../../shared/data/batch-wire.js';
import { openDataset } from '../../shared/data/dataset.js';
import { DICTIONARY_CAP, Missing, type Batch, type Column } from '../../shared/data/types.js';
import { tempDir, writeTemp } from './helpers.js';

/** A column's cells as the consumer sees them: value, missing code and text per row. */
function cells(column: Column, rows: number): unknown[] {
  return Array.from({ length: rows }, (_, row) => [
    column.values[row],
    column.missing[row],
    column.text(row)
  ]);
}

/** Every batch of `pattern`, packed and unpacked in turn, compared with the batch the reader made. */
async function roundTrip(pattern: string): Promise<{ batches: number; coded: boolean[] }> {
  const pool = new BufferPool();
  const packer = new BatchPacker(pool);
  const unpacker = new BatchUnpacker();
  const coded: boolean[] = [];
  let batches = 0;
  for await (const batch of (await openDataset(pattern, { batchRows: 2000 })).batches()) {
    const wire = packer.pack(batch);
    const unpacked: Batch = unpacker.unpack(wire);
    expect(unpacked.rowCount).toBe(batch.rowCount);
    expect(Array.from(unpacked.lines)).toEqual(Array.from(batch.lines));
    batch.columns.forEach((column, i) => {
      const other = unpacked.columns[i];
      expect(other.name).toBe(column.name);
      expect(cells(other, batch.rowCount)).toEqual(cells(column, batch.rowCount));
      if (other.type === 'string' && other.dictionary !== null) {
        const { codes, texts } = other.dictionary;
        const wrong = other.values.filter(
          (value, row) => other.missing[row] === Missing.Value && texts[codes[row]] !== value
        );
        expect(wrong).toEqual([]);
      }
    });
    if (batch.columns[0].type === 'string')
      coded.push(unpacked.columns[0].type === 'string' && unpacked.columns[0].dictionary !== null);
    pool.give(wire.buffer);
    batches++;
  }
  return { batches, coded };
}

describe('batch wire (the worker reader hand-over)', () => {
  it('carries coded and plain string columns, nulls, escaped cells and numbers across files', async () => {
    const dir = tempDir();
    const body = (offset: number): string =>
      Array.from({ length: 5000 }, (_, i) => {
        const k = i + offset;
        const city =
          k % 11 === 0 ? '' : k % 13 === 0 ? 'NA' : k % 17 === 0 ? '"say ""hi"""' : `city-${k % 7}`;
        return `${city},${k % 5 === 0 ? '' : k * 0.5},${k % 3 === 0 ? 'true' : 'false'}`;
      }).join('\n');
    writeTemp(dir, 'a.csv', `city,x,flag\n${body(0)}\n`);
    writeTemp(dir, 'b.csv', `city,x,flag\n${body(5000)}\n`);
    const { batches, coded } = await roundTrip(`${dir}/*.csv`);
    expect(batches).toBeGreaterThan(4);
    // Both files' readers coded the column (each with its own dictionary); the wire kept codes throughout.
    expect(coded.every((value) => value)).toBe(true);
  });

  it(`falls back to plain strings for good once a column passes ${DICTIONARY_CAP} texts`, async () => {
    const rows = 2 * DICTIONARY_CAP + 20_000;
    const text = Array.from({ length: rows }, (_, i) => (i % 2 === 0 ? 'same' : `id-${i}`)).join('\n');
    const { coded } = await roundTrip(writeTemp(tempDir(), 'many.csv', `id\n${text}\n`));
    const first = coded.indexOf(false);
    expect(first).toBeGreaterThan(0);
    expect(coded.slice(first).every((value) => !value)).toBe(true);
  });
});
