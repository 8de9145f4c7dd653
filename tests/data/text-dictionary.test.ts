import { describe, expect, it } from '@jest/globals';
import { openDataset } from '../../shared/data/dataset.js';
import { TextDictionary } from '../../shared/data/text-dictionary.js';
import { DICTIONARY_CAP, type StringColumn } from '../../shared/data/types.js';
import { columnOf, readAll, tempDir, writeTemp } from './helpers.js';

describe('TextDictionary', () => {
  it('numbers texts in order of first appearance and gives a repeat its code', () => {
    const dictionary = new TextDictionary();
    expect(['b', 'a', 'b', 'c', 'a'].map((text) => dictionary.code(text))).toEqual([0, 1, 0, 2, 1]);
    expect(dictionary.texts).toEqual(['b', 'a', 'c']);
    expect(dictionary.full).toBe(false);
    dictionary.stop();
    expect(dictionary.full).toBe(true);
    expect(dictionary.code('b')).toBe(-1);
    expect(dictionary.texts).toHaveLength(0);
  });

  it(`stops at ${DICTIONARY_CAP} texts: -1 from then on, known texts included, and lets the texts go`, () => {
    const dictionary = new TextDictionary();
    for (let i = 0; i < DICTIONARY_CAP; i++) expect(dictionary.code(`t${i}`)).toBe(i);
    expect(dictionary.code('t0')).toBe(0);
    expect(dictionary.full).toBe(false);
    expect(dictionary.code('one too many')).toBe(-1);
    expect(dictionary.full).toBe(true);
    expect(dictionary.code('t0')).toBe(-1);
    expect(dictionary.texts).toHaveLength(0);
  });
});

describe('CSV string columns carry dictionary codes', () => {
  it('codes cached, long, non-ASCII, quoted and escaped cells; one dictionary for every batch', async () => {
    const cells = ['red', 'a long value over twelve bytes', 'grün', '"x,y"', '"say ""hi"""', '', 'red', 'NA'];
    const rows = Array.from({ length: 40 }, (_, i) => `${cells[i % cells.length]},${i}`);
    const file = writeTemp(tempDir(), 'coded.csv', `s,n\n${rows.join('\n')}\n`);
    const dataset = await openDataset(file, { batchRows: 7 });
    const dictionaries = new Set<readonly string[]>();
    let batches = 0;
    for await (const batch of dataset.batches()) {
      const column = batch.columns.find((c) => c.name === 's') as StringColumn;
      expect(column.dictionary).not.toBeNull();
      dictionaries.add(column.dictionary!.texts);
      batches++;
    }
    expect(batches).toBe(6);
    expect(dictionaries.size).toBe(1);
    expect([...dictionaries][0]).toEqual([
      'red',
      'a long value over twelve bytes',
      'grün',
      'x,y',
      'say "hi"'
    ]);
    // readAll checks every coded batch's codes against its texts.
    const read = await readAll(file, { batchRows: 7 });
    expect(columnOf(read, 's').coded).toEqual([true, true, true, true, true, true]);
  });

  it(`drops the codes from the batch where a column passes ${DICTIONARY_CAP} distinct texts`, async () => {
    const rows = 120_000;
    const id = (i: number): string => (i % 3 === 0 ? 'same' : `id-${i}`);
    const body = Array.from({ length: rows }, (_, i) => `${id(i)},${i % 5}`).join('\n');
    const file = writeTemp(tempDir(), 'many.csv', `id,k\n${body}\n`);
    const read = await readAll(file, { batchRows: 16_384 });
    // The row that brings the (cap + 1)-th distinct text.
    const seen = new Set<string>();
    let crossing = 0;
    while (seen.size <= DICTIONARY_CAP) seen.add(id(crossing++));
    crossing--;
    const coded = columnOf(read, 'id').coded;
    const first = read.batches.findIndex((b) => b.rowOffset + b.rowCount > crossing);
    expect(first).toBeGreaterThan(0);
    expect(coded).toEqual(read.batches.map((_, i) => i < first));
    expect(columnOf(read, 'id').values.filter((value) => value === 'same')).toHaveLength(rows / 3);
  });

  it('reads JSON Lines string columns without codes', async () => {
    const file = writeTemp(tempDir(), 'plain.jsonl', '{"s":"a"}\n{"s":"b"}\n{"s":"a"}\n');
    expect(columnOf(await readAll(file), 's').coded).toEqual([false]);
  });
});

describe('CSV string columns that rarely repeat', () => {
  it('stop being coded once the cell cache sees mostly misses (ids, free text)', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `user-${i},${i % 3 === 0 ? 'a' : 'b'}`).join('\n');
    const file = writeTemp(tempDir(), 'ids.csv', `id,k\n${body}\n`);
    const read = await readAll(file, { batchRows: 16_384 });
    // The cache samples every 4,096 cells: the id column loses its codes from that batch on.
    expect(columnOf(read, 'id').coded.at(-1)).toBe(false);
    expect(columnOf(read, 'id').coded[0]).toBe(true);
    expect(columnOf(read, 'k').coded.every((coded) => coded)).toBe(true);
  });
});
