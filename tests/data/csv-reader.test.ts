import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openDataset } from '../../shared/data/dataset.js';
import { rawCsv } from '../../shared/data/csv-reader.js';
import { Missing, type Batch, type NumericColumn, type StringColumn } from '../../shared/data/types.js';
import { columnOf, expectDataError, gather, readAll, tempDir, writeTemp } from './helpers.js';

describe('CSV: RFC 4180', () => {
  it('reads quoted fields, doubled quotes, embedded delimiters and newlines, no final newline', async () => {
    const dir = tempDir();
    const file = writeTemp(
      dir,
      'rfc.csv',
      'a,b,c\n1,"x,y",3\n4,"he said ""hi""",6\n7,"multi\nline",9\n10,,"last"'
    );
    const read = await readAll(file);
    expect(read.rows).toBe(4);
    expect(columnOf(read, 'b').values).toEqual(['x,y', 'he said "hi"', 'multi\nline', '']);
    expect(columnOf(read, 'b').texts).toEqual(['x,y', 'he said "hi"', 'multi\nline', '']);
    expect(columnOf(read, 'b').missing).toEqual([0, 0, 0, Missing.Null]);
    expect(columnOf(read, 'c').values).toEqual(['3', '6', '9', 'last']);
    expect(columnOf(read, 'a').values).toEqual([1, 4, 7, 10]);
    // The multi-line field pushes the next row one line further down.
    expect(read.lines).toEqual([2, 3, 4, 6]);
    expect(read.batches[0].file).toBe(file);
  });

  it('reads CRLF line endings, strips a UTF-8 BOM, keeps CRLF inside quotes', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'crlf.csv', '\ufeffname,n\r\nx,1\r\n"a\r\nb",2\r\ny,3\r\n');
    const read = await readAll(file);
    expect(read.dataset.schema()).toEqual([
      { name: 'name', type: 'string', declared: false },
      { name: 'n', type: 'int', declared: false }
    ]);
    expect(columnOf(read, 'name').values).toEqual(['x', 'a\r\nb', 'y']);
    expect(columnOf(read, 'n').values).toEqual([1, 2, 3]);
    expect(read.lines).toEqual([2, 3, 5]);
  });

  it('reads a header-only file as 0 rows of string columns', async () => {
    const file = writeTemp(tempDir(), 'header.csv', 'a,b\n');
    const read = await readAll(file);
    expect(read.rows).toBe(0);
    expect(read.batches).toHaveLength(0);
    expect(read.dataset.schema()).toEqual([
      { name: 'a', type: 'string', declared: false },
      { name: 'b', type: 'string', declared: false }
    ]);
  });

  it('skips blank lines (their line numbers still count) and names empty header cells like pandas', async () => {
    const file = writeTemp(tempDir(), 'blank.csv', '\n,b\n1,2\n\n3,4\r\n\r\n');
    const read = await readAll(file);
    expect([...read.columns.keys()]).toEqual(['Unnamed: 0', 'b']);
    expect(columnOf(read, 'Unnamed: 0').values).toEqual([1, 3]);
    expect(read.lines).toEqual([3, 5]);
  });

  it('reads a blank line of a one-column file as a null cell', async () => {
    const file = writeTemp(tempDir(), 'one.csv', 'x\n1\n\n3\n\n');
    const read = await readAll(file);
    expect(columnOf(read, 'x').values).toEqual([1, Number.NaN, 3, Number.NaN]);
    expect(columnOf(read, 'x').missing).toEqual([0, Missing.Null, 0, Missing.Null]);
    expect(read.lines).toEqual([2, 3, 4, 5]);
  });

  it('treats a quote inside an unquoted field as a literal character', async () => {
    const file = writeTemp(tempDir(), 'literal.csv', 'a,b\n5" disk,x\n');
    expect(columnOf(await readAll(file), 'a').values).toEqual(['5" disk']);
  });

  it('reads TSV files and a configured delimiter', async () => {
    const dir = tempDir();
    const tsv = writeTemp(dir, 'data.tsv', 'a\tb\n1\tx,y\n');
    expect(columnOf(await readAll(tsv), 'b').values).toEqual(['x,y']);
    const semicolon = writeTemp(dir, 'data.csv', 'a;b\n1;"x;y"\n');
    expect(columnOf(await readAll(semicolon, { delimiter: ';' }), 'b').values).toEqual(['x;y']);
  });
});

describe('CSV: batches and buffers', () => {
  it('splits rows into batches with row offsets and line numbers', async () => {
    const file = writeTemp(tempDir(), 'rows.csv', 'n\n1\n2\n3\n4\n5\n');
    const read = await readAll(file, { batchRows: 2 });
    expect(read.batches.map((batch) => [batch.rowOffset, batch.rowCount, [...batch.lines]])).toEqual([
      [0, 2, [2, 3]],
      [2, 2, [4, 5]],
      [4, 1, [6]]
    ]);
  });

  it('streams a file larger than its buffers, with quoted newlines across reads', async () => {
    const rows: string[] = ['id,text,value'];
    let expectedSum = 0;
    for (let i = 0; i < 60_000; i++) {
      rows.push(`${i},"row ${i}, line one\nline ""two""",${i * 0.5}`);
      expectedSum += i * 0.5;
    }
    const file = writeTemp(tempDir(), 'big.csv', rows.join('\n') + '\n');
    const read = await readAll(file, { batchRows: 7_000 });
    expect(read.rows).toBe(60_000);
    const value = columnOf(read, 'value');
    expect((value.values as number[]).reduce((a, b) => a + b, 0)).toBe(expectedSum);
    expect(columnOf(read, 'text').values[59_999]).toBe('row 59999, line one\nline "two"');
    expect(read.lines[59_999]).toBe(2 + 2 * 59_999);
    // Four small warm-up batches, then batchRows.
    expect(read.batches.map((batch) => batch.rowCount).slice(0, 6)).toEqual([
      1024, 1024, 1024, 1024, 7_000, 7_000
    ]);
  });

  it('reads a 10 MB field', async () => {
    const big = 'x,y\n"\n'.repeat(1) + 'a'.repeat(10 * 1024 * 1024);
    const file = writeTemp(tempDir(), 'wide.csv', `id,blob\n1,"${big.replaceAll('"', '""')}"\n2,small\n`);
    const read = await readAll(file);
    const blob = columnOf(read, 'blob');
    expect((blob.values[0] as string).length).toBe(big.length);
    expect(blob.values[0]).toBe(big);
    expect(blob.values[1]).toBe('small');
    expect(read.lines).toEqual([2, 5]);
  });

  it('reads gzip-compressed CSV and fingerprints the compressed bytes', async () => {
    const dir = tempDir();
    const text = 'a,b\n1,x\n2,"y\nz"\n';
    const file = writeTemp(dir, 'data.csv.gz', gzipSync(Buffer.from(text)));
    const read = await readAll(file);
    expect(read.dataset.format).toBe('csv.gz');
    expect(columnOf(read, 'b').values).toEqual(['x', 'y\nz']);
    const bytes = readFileSync(file);
    expect(read.dataset.fingerprints()).toEqual([
      { path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
    ]);
  });

  it('fingerprints plain files while streaming them, and a second pass re-reads from disk', async () => {
    const dir = tempDir();
    const first = writeTemp(dir, 'a.csv', 'n,x\n1,2\n');
    const second = writeTemp(dir, 'b.csv', 'n,x\n3,4.5\n');
    const dataset = await openDataset(join(dir, '*.csv'), { batchRows: 1 });
    expect(dataset.files).toEqual([first, second]);
    expect(() => dataset.schema()).toThrow('Dataset.schema() is known only after a full pass');
    const pass1 = await gather(dataset);
    expect(columnOf(pass1, 'x').types).toEqual(['int', 'float']);
    expect(dataset.fingerprints().map((print) => print.sha256)).toEqual(
      [first, second].map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'))
    );
    // The second pass starts from the resolved (widened) types.
    const pass2 = await gather(dataset);
    expect(columnOf(pass2, 'x').types).toEqual(['float', 'float']);
    expect(columnOf(pass2, 'x').values).toEqual([2, 4.5]);
    expect(pass2.batches.map((batch) => [batch.file, batch.rowOffset])).toEqual([
      [first, 0],
      [second, 1]
    ]);
  });

  it('frees its reused arrays and buffers when a pass ends, or is stopped, and not before', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 2500 }, (_, row) => `${row},r${row % 7}`);
    const file = writeTemp(dir, 'many.csv', `n,s\n${lines.join('\n')}\n`);
    const dataset = await openDataset(file, { batchRows: 1000 });
    // Kept past its time on purpose: the contract (types.ts) ends a batch when the next is read.
    let last: Batch | undefined;
    const seen: number[] = [];
    for await (const batch of dataset.batches()) {
      const n = batch.columns[0] as NumericColumn;
      // Valid while it is the current batch.
      seen.push(n.values[0], n.values[batch.rowCount - 1]);
      last = batch;
    }
    expect(seen).toEqual([0, 999, 1000, 1999, 2000, 2499]);
    const n = last!.columns[0] as NumericColumn;
    const s = last!.columns[1] as StringColumn;
    expect([n.values.length, n.missing.length, s.missing.length, last!.lines.length]).toEqual([0, 0, 0, 0]);
    expect(s.dictionary!.codes.length).toBe(0);
    expect(rawCsv(last!)!.bytes.length).toBe(0);

    // A consumer that stops early ends the pass too.
    for await (const batch of dataset.batches()) {
      last = batch;
      break;
    }
    expect((last!.columns[0] as NumericColumn).values.length).toBe(0);
    expect(rawCsv(last!)!.bytes.length).toBe(0);
  });
});

describe('CSV: bad input', () => {
  it('rejects an empty file', async () => {
    const file = writeTemp(tempDir(), 'empty.csv', '');
    await expectDataError(file, `${file}: empty file (no header row)`);
    const bom = writeTemp(tempDir(), 'empty.csv', '\ufeff\n\n');
    await expectDataError(bom, `${bom}: empty file (no header row)`);
  });

  it('rejects a ragged row with its line', async () => {
    const file = writeTemp(
      tempDir(),
      'train.csv',
      'a,b,c,d,e\n' + '1,2,3,4,5\n'.repeat(7) + '1,2,3,4,5,6,7\n'
    );
    await expectDataError(file, `${file}:9: expected 5 fields (header has 5), found 7`);
    const short = writeTemp(tempDir(), 'short.csv', 'a,b\n1,2\n"x\ny"\n');
    await expectDataError(short, `${short}:3: expected 2 fields (header has 2), found 1`);
  });

  it('rejects an unterminated quote, naming where it opened', async () => {
    const lines = [
      'id,comment',
      ...Array.from({ length: 13 }, (_, i) => `${i},ok`),
      '14,"open',
      'still open',
      'end'
    ];
    const file = writeTemp(tempDir(), 'train.csv', lines.join('\n') + '\n');
    await expectDataError(
      file,
      `${file}:17: unterminated quoted field (opened at line 15, column "comment")`
    );
    const header = writeTemp(tempDir(), 'header.csv', 'a,"b\n');
    await expectDataError(header, `${header}:1: unterminated quoted field (opened at line 1, column 2)`);
  });

  it('rejects text after a closing quote', async () => {
    const file = writeTemp(tempDir(), 'quote.csv', 'a,b\n1,"x"y\n');
    await expectDataError(
      file,
      `${file}:2: unexpected "y" after the closing quote of column "b" (a quote inside a quoted field must be doubled)`
    );
  });

  it('rejects invalid UTF-8 with its line and byte offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a,b\n1,ok\n2,'),
      Buffer.from([0x61, 0xff, 0x62]),
      Buffer.from('\n')
    ]);
    const file = writeTemp(tempDir(), 'u.csv', bytes);
    await expectDataError(file, `${file}:3: invalid UTF-8 (byte 0xff at offset 12)`);
    // A truncated multi-byte sequence, reported before a later ragged row.
    const early = Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xc3]), Buffer.from('\n2,3,4\n')]);
    const other = writeTemp(tempDir(), 'u.csv', early);
    await expectDataError(other, `${other}:2: invalid UTF-8 (byte 0xc3 at offset 6)`);
  });

  it('rejects duplicate column names', async () => {
    const file = writeTemp(tempDir(), 'dup.csv', 'a,b,a\n1,2,3\n');
    await expectDataError(file, `${file}:1: duplicate column name "a" (columns 1 and 3)`);
  });

  it('rejects a file of a glob whose header differs from the first', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.csv', 'x,y\n1,2\n');
    const second = writeTemp(dir, 'b.csv', 'y,x\n1,2\n');
    await expectDataError(
      join(dir, '*.csv'),
      `${second}:1: header differs from ${join(dir, 'a.csv')}: expected "x", "y", found "y", "x"`
    );
  });

  it('rejects truncated and corrupt gzip', async () => {
    const dir = tempDir();
    const whole = gzipSync(Buffer.from('a,b\n' + '1,2\n'.repeat(1000)));
    const truncated = writeTemp(dir, 'x.csv.gz', whole.subarray(0, whole.length - 20));
    await expectDataError(
      truncated,
      `${truncated}: truncated or corrupt gzip stream (unexpected end of file)`
    );
    const plain = writeTemp(dir, 'y.csv.gz', 'a,b\n1,2\n');
    await expectDataError(plain, `${plain}: truncated or corrupt gzip stream (incorrect header check)`);
  });
});
