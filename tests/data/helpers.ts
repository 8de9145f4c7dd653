/** Shared by the data layer's tests: temp files, whole-data-set reads, exact error assertions. */
import { expect } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDataset, type Dataset } from '../../shared/data/dataset.js';
import { DataError } from '../../shared/runtime/errors.js';
import {
  Missing,
  type Batch,
  type Column,
  type ColumnType,
  type ReadOptions
} from '../../shared/data/types.js';

export const FIXTURES = fileURLToPath(new URL('fixtures', import.meta.url));

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlgate-data-'));
}

/** Writes `content` to `dir/name` and returns the path. */
export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** One column gathered over every batch of a pass. */
export interface Gathered {
  /** The column's type in each batch. */
  readonly types: ColumnType[];
  /** Numbers for numeric columns, strings for string columns. */
  readonly values: (number | string)[];
  readonly missing: number[];
  readonly invalid: number[];
  readonly texts: string[];
  /** Per batch, whether the column came dictionary-coded (string columns). */
  readonly coded: boolean[];
}

export interface Read {
  readonly dataset: Dataset;
  readonly batches: Batch[];
  readonly columns: Map<string, Gathered>;
  readonly lines: number[];
  readonly rows: number;
}

/** A copy of a batch that outlives the next read (readers reuse a batch's arrays). */
export function snapshotBatch(batch: Batch): Batch {
  const columns: Column[] = batch.columns.map((column) => {
    const texts = Array.from({ length: batch.rowCount }, (_, row) => column.text(row));
    const text = (row: number): string => texts[row];
    return column.type === 'string'
      ? {
          ...column,
          values: [...column.values],
          missing: column.missing.slice(),
          dictionary:
            column.dictionary === null
              ? null
              : { codes: column.dictionary.codes.slice(), texts: [...column.dictionary.texts] },
          text
        }
      : {
          ...column,
          values: column.values.slice(),
          missing: column.missing.slice(),
          invalid: column.invalid?.slice() ?? null,
          text
        };
  });
  return { ...batch, lines: batch.lines.slice(), columns };
}

/** Reads a whole data set, gathering each column's cells across batches (absent JSONL columns are nulls). */
export async function readAll(pattern: string, options?: ReadOptions): Promise<Read> {
  const dataset = await openDataset(pattern, options);
  return gather(dataset);
}

export async function gather(dataset: Dataset): Promise<Read> {
  const batches: Batch[] = [];
  const columns = new Map<string, Gathered>();
  const lines: number[] = [];
  let rows = 0;
  for await (const batch of dataset.batches()) {
    batches.push(snapshotBatch(batch));
    for (const column of batch.columns) {
      let gathered = columns.get(column.name);
      if (gathered === undefined) {
        gathered = { types: [], values: [], missing: [], invalid: [], texts: [], coded: [] };
        for (let row = 0; row < rows; row++) {
          gathered.values.push(Number.NaN);
          gathered.missing.push(Missing.Null);
          gathered.invalid.push(0);
          gathered.texts.push('');
        }
        columns.set(column.name, gathered);
      }
      gathered.types.push(column.type);
      gathered.coded.push(column.type === 'string' && column.dictionary !== null);
      if (column.type === 'string' && column.dictionary !== null) {
        // Every reader's codes must name the row's text (StringColumn.dictionary's contract).
        const { codes, texts } = column.dictionary;
        const wrong = [...column.values.keys()].filter(
          (row) => column.missing[row] === Missing.Value && texts[codes[row]] !== column.values[row]
        );
        expect({ column: column.name, wrong }).toEqual({ column: column.name, wrong: [] });
      }
      for (let row = 0; row < batch.rowCount; row++) {
        gathered.values.push(column.values[row]);
        gathered.missing.push(column.missing[row]);
        gathered.invalid.push(column.type === 'string' ? 0 : (column.invalid?.[row] ?? 0));
        gathered.texts.push(column.text(row));
      }
    }
    lines.push(...batch.lines);
    rows += batch.rowCount;
  }
  return { dataset, batches, columns, lines, rows };
}

/** The gathered column `name` (fails the test when absent). */
export function columnOf(read: Read, name: string): Gathered {
  const column = read.columns.get(name);
  if (column === undefined) throw new Error(`no column ${name}`);
  return column;
}

/** Asserts that reading `pattern` fails with exactly this DataError message. */
export async function expectDataError(
  pattern: string,
  message: string,
  options?: ReadOptions
): Promise<void> {
  const error = await readAll(pattern, options).then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(DataError);
  expect((error as DataError).message).toBe(message);
}
