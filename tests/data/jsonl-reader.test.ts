import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Missing } from '../../shared/data/types.js';
import { columnOf, expectDataError, readAll, tempDir, writeTemp } from './helpers.js';

const N = Number.NaN;

describe('JSON Lines', () => {
  it('reads objects with natural types, skipping blank lines', async () => {
    const file = writeTemp(
      tempDir(),
      'events.jsonl',
      [
        '{"id": 1, "score": 0.5, "ok": true, "name": "a", "at": "2024-01-31T12:00:00Z", "tags": ["x", 1]}',
        '',
        '{"id": 2, "score": 2, "ok": false, "name": null, "at": "2024-02-01", "tags": {"k": "v"}}',
        '   ',
        '{"id": 3, "score": null, "ok": null, "name": "NA", "at": null, "tags": null}\r'
      ].join('\n')
    );
    const read = await readAll(file);
    expect(read.dataset.format).toBe('jsonl');
    expect(read.dataset.schema().map((column) => [column.name, column.type])).toEqual([
      ['id', 'int'],
      ['score', 'float'],
      ['ok', 'bool'],
      ['name', 'string'],
      ['at', 'datetime'],
      ['tags', 'string']
    ]);
    expect(read.lines).toEqual([1, 3, 5]);
    expect(columnOf(read, 'id').values).toEqual([1, 2, 3]);
    expect(columnOf(read, 'score').values).toEqual([0.5, 2, N]);
    expect(columnOf(read, 'ok').values).toEqual([1, 0, N]);
    expect(columnOf(read, 'name').values).toEqual(['a', '', '']);
    expect(columnOf(read, 'name').missing).toEqual([0, Missing.Null, Missing.Null]);
    expect(columnOf(read, 'at').values).toEqual([Date.UTC(2024, 0, 31, 12), Date.UTC(2024, 1, 1), N]);
    expect(columnOf(read, 'at').texts).toEqual(['2024-01-31T12:00:00Z', '2024-02-01', '']);
    expect(columnOf(read, 'tags').values).toEqual(['["x",1]', '{"k":"v"}', '']);
  });

  it('appends a key first seen in a later batch and keeps it in later batches', async () => {
    const file = writeTemp(tempDir(), 'late.jsonl', '{"a": 1}\n{"a": 2}\n{"b": "x", "a": 3}\n{"a": 4}\n');
    const read = await readAll(file, { batchRows: 2 });
    expect(read.batches.map((batch) => batch.columns.map((column) => column.name))).toEqual([
      ['a'],
      ['a', 'b']
    ]);
    expect(columnOf(read, 'b').values).toEqual([N, N, 'x', '']);
    expect(columnOf(read, 'b').missing).toEqual([1, 1, 0, 1]);
    // A second pass carries every column from its first batch.
    const again = [];
    for await (const batch of read.dataset.batches()) again.push(batch.columns.map((column) => column.name));
    expect(again).toEqual([
      ['a', 'b'],
      ['a', 'b']
    ]);
  });

  it('widens ints to float and marks other mismatches invalid', async () => {
    const file = writeTemp(tempDir(), 'mixed.jsonl', '{"x": 1, "y": 1}\n{"x": 1.5, "y": "abc"}\n');
    const read = await readAll(file, { batchRows: 1 });
    expect(columnOf(read, 'x').types).toEqual(['int', 'float']);
    expect(columnOf(read, 'y').invalid).toEqual([0, 1]);
    expect(columnOf(read, 'y').texts).toEqual(['1', 'abc']);
  });

  it('uses the text of JSON numbers in a string-declared column', async () => {
    const file = writeTemp(tempDir(), 'ids.jsonl', '{"id": 12}\n{"id": "A7"}\n');
    const read = await readAll(file, { types: { id: 'string' } });
    expect(columnOf(read, 'id').values).toEqual(['12', 'A7']);
  });

  it('reads gzip-compressed JSON Lines and .ndjson', async () => {
    const dir = tempDir();
    const gz = writeTemp(dir, 'a.jsonl.gz', gzipSync(Buffer.from('{"x": 1}\n{"x": 2}\n')));
    expect(columnOf(await readAll(gz), 'x').values).toEqual([1, 2]);
    const nd = writeTemp(dir, 'b.ndjson', '\ufeff{"x": 3}');
    const read = await readAll(nd);
    expect(read.dataset.format).toBe('jsonl');
    expect(columnOf(read, 'x').values).toEqual([3]);
  });

  it('reads lines longer than its buffer', async () => {
    const text = 'y'.repeat(3 * 1024 * 1024);
    const file = writeTemp(tempDir(), 'long.jsonl', `{"t": "${text}"}\n{"t": "short"}\n`);
    expect(columnOf(await readAll(join(file)), 't').values).toEqual([text, 'short']);
  });

  it('rejects a line that is not JSON', async () => {
    const file = writeTemp(tempDir(), 'e.jsonl', '{"a": 1}\n\n{"a": 2}\n{"a": oops}\n');
    await expectDataError(
      file,
      `${file}:4: not valid JSON (Unexpected token 'o', "{"a": oops}" is not valid JSON)`
    );
  });

  it('rejects a line that is not an object', async () => {
    const file = writeTemp(tempDir(), 'e.jsonl', '{"a": 1}\n[1, 2]\n');
    await expectDataError(file, `${file}:2: expected a JSON object, found an array`);
    const scalar = writeTemp(tempDir(), 'e.jsonl', '42\n');
    await expectDataError(scalar, `${scalar}:1: expected a JSON object, found a number`);
  });

  it('rejects invalid UTF-8', async () => {
    const file = writeTemp(
      tempDir(),
      'u.jsonl',
      Buffer.concat([Buffer.from('{"a": 1}\n{"a": "'), Buffer.from([0xfe]), Buffer.from('"}\n')])
    );
    await expectDataError(file, `${file}:2: invalid UTF-8 (byte 0xfe at offset 16)`);
  });
});
