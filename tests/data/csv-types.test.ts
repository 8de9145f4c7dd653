import { describe, expect, it } from '@jest/globals';
import { Missing } from '../../shared/data/types.js';
import { columnOf, readAll, tempDir, writeTemp } from './helpers.js';

const N = Number.NaN;

describe('CSV: types', () => {
  it('infers int, float, bool, datetime and string columns', async () => {
    const file = writeTemp(
      tempDir(),
      'types.csv',
      [
        'i,f,b,d,s,e',
        '1,1.5,true,2024-01-31,a,',
        '-2,1e3,False,2024-01-31T12:00:00Z,2,NA',
        '+3,inf,TRUE,2024-01-31 12:00:00,true,',
        '4,-Infinity,false,2024-01-31T12:00:00+02:00,,null'
      ].join('\n')
    );
    const read = await readAll(file);
    expect(read.dataset.schema().map((column) => [column.name, column.type])).toEqual([
      ['i', 'int'],
      ['f', 'float'],
      ['b', 'bool'],
      ['d', 'datetime'],
      ['s', 'string'],
      ['e', 'string']
    ]);
    expect(columnOf(read, 'i').values).toEqual([1, -2, 3, 4]);
    expect(columnOf(read, 'i').texts).toEqual(['1', '-2', '+3', '4']);
    expect(columnOf(read, 'f').values).toEqual([1.5, 1000, Infinity, -Infinity]);
    expect(columnOf(read, 'b').values).toEqual([1, 0, 1, 0]);
    const noon = Date.UTC(2024, 0, 31, 12);
    expect(columnOf(read, 'd').values).toEqual([Date.UTC(2024, 0, 31), noon, noon, noon - 2 * 3_600_000]);
    expect(columnOf(read, 's').values).toEqual(['a', '2', 'true', '']);
    expect(columnOf(read, 's').missing).toEqual([0, 0, 0, Missing.Null]);
    expect(columnOf(read, 'e').missing).toEqual([1, 1, 1, 1]);
    expect(columnOf(read, 'e').texts).toEqual(['', '', '', '']);
  });

  it('reads NaN tokens as the NaN missing code and null tokens as Null', async () => {
    const file = writeTemp(tempDir(), 'nan.csv', 'x,y\n1,NaN\nnan,2.5\nNA,\n4,N/A\n');
    const read = await readAll(file);
    const x = columnOf(read, 'x');
    expect(read.dataset.schema().map((column) => column.type)).toEqual(['int', 'float']);
    expect(x.values).toEqual([1, N, N, 4]);
    expect(x.missing).toEqual([Missing.Value, Missing.NaN, Missing.Null, Missing.Value]);
    expect(x.texts).toEqual(['1', 'nan', '', '4']);
    expect(columnOf(read, 'y').missing).toEqual([Missing.NaN, Missing.Value, Missing.Null, Missing.Null]);
  });

  it('reads only NaN tokens as a float column', async () => {
    const file = writeTemp(tempDir(), 'nan.csv', 'x\nNaN\nnan\n');
    expect((await readAll(file)).dataset.schema()[0].type).toBe('float');
  });

  it('uses configured null tokens (an empty cell is always null)', async () => {
    const file = writeTemp(tempDir(), 'nulls.csv', 'x,s\n-999,NA\n5,\n');
    const read = await readAll(file, { nullTokens: ['-999'] });
    expect(columnOf(read, 'x').values).toEqual([N, 5]);
    expect(columnOf(read, 'x').missing).toEqual([Missing.Null, Missing.Value]);
    expect(columnOf(read, 's').values).toEqual(['NA', '']);
    expect(columnOf(read, 's').missing).toEqual([Missing.Value, Missing.Null]);
  });

  it('widens an inferred int column to float when a later batch has a non-integer', async () => {
    const file = writeTemp(tempDir(), 'widen.csv', 'x\n1\n2\n3\n4.5\n5\n');
    const read = await readAll(file, { batchRows: 2 });
    expect(columnOf(read, 'x').types).toEqual(['int', 'float', 'float']);
    expect(columnOf(read, 'x').values).toEqual([1, 2, 3, 4.5, 5]);
    expect(read.dataset.schema()).toEqual([{ name: 'x', type: 'float', declared: false }]);
  });

  it('marks later mismatches invalid instead of throwing', async () => {
    const file = writeTemp(
      tempDir(),
      'bad.csv',
      'n,b,d\n1,true,2024-01-01\n2,false,2024-01-02\nabc,yes,2024-02-30\n'
    );
    const read = await readAll(file, { batchRows: 2 });
    expect(columnOf(read, 'n').types).toEqual(['int', 'int']);
    expect(columnOf(read, 'n').values).toEqual([1, 2, N]);
    expect(columnOf(read, 'n').invalid).toEqual([0, 0, 1]);
    expect(columnOf(read, 'n').missing).toEqual([0, 0, 0]);
    expect(columnOf(read, 'n').texts).toEqual(['1', '2', 'abc']);
    expect(columnOf(read, 'b').invalid).toEqual([0, 0, 1]);
    expect(columnOf(read, 'd').invalid).toEqual([0, 0, 1]);
    expect(columnOf(read, 'd').texts[2]).toBe('2024-02-30');
  });

  it('applies declared types as given', async () => {
    const file = writeTemp(
      tempDir(),
      'declared.csv',
      'i,s,b,d,f\n1,007,1,2024-01-01,1\n1.5,8,0,soon,"x""y"\n'
    );
    const read = await readAll(file, {
      types: { i: 'int', s: 'string', b: 'bool', d: 'datetime', f: 'float' }
    });
    expect(read.dataset.schema()).toEqual([
      { name: 'i', type: 'int', declared: true },
      { name: 's', type: 'string', declared: true },
      { name: 'b', type: 'bool', declared: true },
      { name: 'd', type: 'datetime', declared: true },
      { name: 'f', type: 'float', declared: true }
    ]);
    expect(columnOf(read, 'i').values).toEqual([1, N]);
    expect(columnOf(read, 'i').invalid).toEqual([0, 1]);
    expect(columnOf(read, 'i').types).toEqual(['int']);
    expect(columnOf(read, 's').values).toEqual(['007', '8']);
    expect(columnOf(read, 'b').values).toEqual([1, 0]);
    expect(columnOf(read, 'd').invalid).toEqual([0, 1]);
    expect(columnOf(read, 'f').invalid).toEqual([0, 1]);
    expect(columnOf(read, 'f').texts).toEqual(['1', 'x"y']);
  });

  it('types a column that is null in its first batch from the batch where it has values', async () => {
    const file = writeTemp(tempDir(), 'late.csv', 'x,y\n1,\n2,\n3,7\n');
    const read = await readAll(file, { batchRows: 2 });
    expect(columnOf(read, 'y').types).toEqual(['string', 'int']);
    expect(columnOf(read, 'y').values).toEqual(['', '', 7]);
    expect(read.dataset.schema()[1]).toEqual({ name: 'y', type: 'int', declared: false });
  });

  it('parses numbers exactly as Number() does', async () => {
    const texts = [
      '0.1',
      '-0',
      '1e-7',
      '123456789012345678901234567890',
      '9007199254740993',
      '2.5e-320',
      '1.7976931348623157e308',
      '1e400',
      '.5',
      '5.',
      '0.30000000000000004'
    ];
    const file = writeTemp(tempDir(), 'numbers.csv', 'x\n' + texts.join('\n') + '\n');
    const values = columnOf(await readAll(file), 'x').values;
    expect(values).toEqual(texts.map(Number));
    expect(Object.is(values[1], -0)).toBe(true);
  });
});
