import { describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openDataset } from '../../shared/data/dataset.js';
import { ConfigurationError, DataError } from '../../shared/runtime/errors.js';
import { FIXTURES, tempDir, writeTemp } from './helpers.js';

async function openError(pattern: string, options?: Parameters<typeof openDataset>[1]): Promise<unknown> {
  return openDataset(pattern, options).then(
    () => undefined,
    (error: unknown) => error
  );
}

describe('openDataset', () => {
  it('expands a glob, sorted by path, relative to the working directory', async () => {
    const dir = tempDir();
    writeTemp(dir, 'b.csv', 'x\n1\n');
    writeTemp(dir, 'a.csv', 'x\n2\n');
    writeTemp(dir, 'c.txt', 'x\n3\n');
    const pattern = relative(process.cwd(), join(dir, '*.csv'));
    const dataset = await openDataset(pattern);
    expect(dataset.files).toEqual([
      relative(process.cwd(), join(dir, 'a.csv')),
      relative(process.cwd(), join(dir, 'b.csv'))
    ]);
    expect(dataset.format).toBe('csv');
    const absolute = await openDataset(join(dir, '*.csv'));
    expect(absolute.files).toEqual([join(dir, 'a.csv'), join(dir, 'b.csv')]);
  });

  it('takes a plain path as is, even with glob characters in it', async () => {
    const file = writeTemp(tempDir(), 'x[1].csv', 'x\n1\n');
    expect((await openDataset(file)).files).toEqual([file]);
  });

  it('detects every format from the extension', async () => {
    const dir = tempDir();
    const formats: [string, string][] = [
      ['a.csv', 'csv'],
      ['a.TSV', 'tsv'],
      ['a.csv.gz', 'csv.gz'],
      ['a.tsv.gz', 'tsv.gz'],
      ['a.jsonl', 'jsonl'],
      ['a.ndjson', 'jsonl'],
      ['a.jsonl.gz', 'jsonl.gz'],
      ['a.parquet', 'parquet']
    ];
    for (const [name, format] of formats) {
      expect((await openDataset(writeTemp(dir, name, ''))).format).toBe(format);
    }
  });

  it('names what is wrong with the pattern', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.csv');
    expect(await openError(missing)).toEqual(new DataError(`${missing}: no such file`));
    expect(await openError(join(dir, '*.csv'))).toEqual(
      new DataError(`no files match "${join(dir, '*.csv')}"`)
    );
    const text = writeTemp(dir, 'notes.txt', 'x');
    expect(await openError(text)).toEqual(
      new DataError(
        `${text}: unknown data format (expected one of .csv, .tsv, .csv.gz, .tsv.gz, .jsonl, .ndjson, .jsonl.gz, .parquet)`
      )
    );
    mkdirSync(join(dir, 'sub'));
    expect(await openError(join(dir, 'sub'))).toEqual(
      new DataError(
        `${join(dir, 'sub')}: is a directory (name a file or a glob such as "${join(dir, 'sub')}/*.csv")`
      )
    );
    writeTemp(dir, 'a.csv', 'x\n');
    writeTemp(dir, 'b.jsonl', '{}\n');
    expect(await openError(join(dir, '*.{csv,jsonl}'))).toEqual(
      new DataError(
        `${join(dir, 'b.jsonl')}: format jsonl differs from ${join(dir, 'a.csv')} (csv); a data set has one format`
      )
    );
  });

  it('checks the options before touching files', async () => {
    const file = join(FIXTURES, 'people.csv');
    expect(await openError(file, { batchRows: 0 })).toEqual(
      new ConfigurationError('batchRows: expected an integer from 1 to 16777216, got 0')
    );
    expect(await openError(file, { delimiter: '||' })).toEqual(
      new ConfigurationError(
        'delimiter: expected one ASCII character other than a quote or a newline, got "||"'
      )
    );
    expect(await openError(file, { types: { age: 'integer' as 'int' } })).toEqual(
      new ConfigurationError('types.age: expected one of int, float, bool, string, datetime, got "integer"')
    );
    expect(await openError(file, { types: { age: 'flaot' as 'float' } })).toEqual(
      new ConfigurationError(
        'types.age: expected one of int, float, bool, string, datetime, got "flaot" (did you mean `float`?)'
      )
    );
  });

  it('fingerprints() is known only after a full pass', async () => {
    const dataset = await openDataset(join(FIXTURES, 'people.csv'));
    expect(() => dataset.fingerprints()).toThrow('Dataset.fingerprints() is known only after a full pass');
    for await (const batch of dataset.batches()) expect(batch.rowCount).toBe(7);
    expect(dataset.fingerprints()).toHaveLength(1);
  });
});
