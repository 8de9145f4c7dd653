/**
 * Parquet to batches with hyparquet (+ hyparquet-compressors for snappy, gzip, brotli, zstd, lz4),
 * one row group at a time through an AsyncBuffer over the open file, so memory is one row group
 * whatever the file size. Column types come from the Parquet schema; `lines` are 1-based row
 * numbers. Only Parquet nulls are nulls (null tokens are for text formats).
 */
import { open, type FileHandle } from 'node:fs/promises';
import {
  parquetMetadataAsync,
  parquetScan,
  parquetSchema,
  type AsyncBuffer,
  type DecodedArray,
  type FileMetaData,
  type ParquetParsers,
  type SchemaTree
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DataError } from '../runtime/errors.js';
import { causeText, noSuchFile } from './files.js';
import { hashFile } from './fingerprint.js';
import type { ReadContext } from './read-context.js';
import { Missing, type Batch, type Column, type ColumnType, type NumericColumn } from './types.js';
import { ValueColumnBuilder, valueText } from './value-columns.js';

const MAGIC = 'PAR1';
const MS_PER_DAY = 86_400_000;
const utf8 = new TextDecoder();

/** Datetimes arrive as epoch milliseconds (not Date objects); JSON columns as their text. */
const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (millis: bigint): number => Number(millis),
  timestampFromMicroseconds: (micros: bigint): number => Number(micros) / 1000,
  timestampFromNanoseconds: (nanos: bigint): number => Number(nanos) / 1e6,
  dateFromDays: (days: number): number => days * MS_PER_DAY,
  jsonFromBytes: (bytes: Uint8Array): string => utf8.decode(bytes)
};

interface ParquetColumn {
  readonly name: string;
  readonly native: ColumnType;
}

/** Streams one Parquet file as batches; checks its columns against the data set's first file. */
export async function* readParquet(file: string, context: ReadContext): AsyncGenerator<Batch> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw noSuchFile(file, error);
  }
  try {
    const size = (await handle.stat()).size;
    await checkMagic(file, handle, size);
    const hashing = context.hash ? settle(hashFile(file)) : undefined;
    const buffer: AsyncBuffer = {
      byteLength: size,
      slice: (start, end) => readRange(handle, start, end ?? size)
    };
    const { metadata, columns } = await corrupt(file, async () => {
      const parsed = await parquetMetadataAsync(buffer, { parsers: PARSERS });
      const fields = parquetSchema(parsed).children.map((child) => ({
        name: child.element.name,
        native: nativeType(child)
      }));
      return { metadata: parsed, columns: fields };
    });
    checkColumns(file, columns, context);
    for (const column of columns) {
      if (context.schema.typeOf(column.name) === undefined)
        context.schema.resolve(column.name, column.native);
    }
    yield* batches(file, buffer, metadata, columns, context);
    if (hashing !== undefined) context.fingerprints.push(await unsettle(hashing));
  } finally {
    await handle.close();
  }
}

async function* batches(
  file: string,
  buffer: AsyncBuffer,
  metadata: FileMetaData,
  columns: readonly ParquetColumn[],
  context: ReadContext
): AsyncGenerator<Batch> {
  const scan = await corrupt(file, () =>
    parquetScan({ file: buffer, metadata, compressors, parsers: PARSERS })
  );
  const builder = new ValueColumnBuilder(context.schema, undefined);
  const batchRows = context.options.batchRows;
  for (const range of scan.ranges) {
    const data = await corrupt(file, () =>
      Promise.all(
        columns.map((column) =>
          scan.readColumn({ column: column.name, rowStart: range.rowStart, rowEnd: range.rowEnd })
        )
      )
    );
    columns.forEach((column, i) => {
      const found = data[i].length;
      if (found !== range.rowEnd - range.rowStart) {
        throw new DataError(
          `${file}: corrupt Parquet file (column "${column.name}" has ${found} values for rows ${range.rowStart + 1} to ${range.rowEnd})`
        );
      }
    });
    for (let start = range.rowStart; start < range.rowEnd; start += batchRows) {
      const end = Math.min(start + batchRows, range.rowEnd);
      const offset = start - range.rowStart;
      const rows = end - start;
      const lines = new Uint32Array(rows);
      for (let row = 0; row < rows; row++) lines[row] = start + row + 1;
      const batch: Batch = {
        file,
        rowCount: rows,
        rowOffset: context.rowOffset,
        lines,
        columns: columns.flatMap((column, i) =>
          context.options.columns === null || context.options.columns.has(column.name)
            ? [
                buildColumn(
                  column,
                  rows === data[i].length ? data[i] : data[i].slice(offset, offset + rows),
                  context,
                  builder
                )
              ]
            : []
        )
      };
      context.rowOffset += rows;
      yield batch;
    }
  }
}

/** A column in the data set's type: straight from the decoded values when the types agree. */
function buildColumn(
  column: ParquetColumn,
  data: DecodedArray,
  context: ReadContext,
  builder: ValueColumnBuilder
): Column {
  const { name, native } = column;
  const schema = context.schema;
  let type = schema.typeOf(name);
  if (type === undefined) {
    schema.resolve(name, native);
    type = native;
  } else if (type === 'int' && native === 'float') {
    // An earlier file's int column is float in this one: widen like CSV does.
    schema.widenToFloat(name);
    type = schema.typeOf(name) ?? type;
  }
  const same = type === native || (type === 'float' && native === 'int');
  if (same && type !== 'string') return numericColumn(name, type, native, data);
  const values =
    native === 'datetime' ? Array.from(data as ArrayLike<unknown>, toDate) : (data as ArrayLike<unknown>);
  return builder.build(name, values, data.length);
}

function numericColumn(
  name: string,
  type: Exclude<ColumnType, 'string'>,
  native: ColumnType,
  data: DecodedArray
): NumericColumn {
  const rows = data.length;
  const source = data as ArrayLike<unknown>;
  const values = new Float64Array(rows);
  const missing = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    const value = source[row];
    if (value === null || value === undefined) {
      values[row] = Number.NaN;
      missing[row] = Missing.Null;
    } else {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'bigint'
            ? Number(value)
            : value === true
              ? 1
              : 0;
      values[row] = number;
      if (Number.isNaN(number)) missing[row] = Missing.NaN;
    }
  }
  const text = (row: number): string => {
    if (missing[row] === Missing.Null) return '';
    return native === 'datetime' ? valueText(new Date(values[row])) : valueText(source[row]);
  };
  return { name, type, missing, values, invalid: null, text };
}

function toDate(value: unknown): unknown {
  return typeof value === 'number' ? new Date(value) : value;
}

/** The column type a top-level Parquet field maps to (nested fields become their JSON text). */
export function nativeType(field: SchemaTree): ColumnType {
  if (field.children.length > 0) return 'string';
  const { type, converted_type: converted, logical_type: logical } = field.element;
  const logicalType = logical?.type;
  if (converted === 'DECIMAL' || logicalType === 'DECIMAL' || logicalType === 'FLOAT16') return 'float';
  if (converted === 'DATE' || logicalType === 'DATE' || logicalType === 'TIMESTAMP') return 'datetime';
  if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') return 'datetime';
  switch (type) {
    case 'BOOLEAN':
      return 'bool';
    case 'INT32':
    case 'INT64':
      return 'int';
    case 'INT96':
      return 'datetime';
    case 'FLOAT':
    case 'DOUBLE':
      return 'float';
    default:
      return 'string';
  }
}

function checkColumns(file: string, columns: readonly ParquetColumn[], context: ReadContext): void {
  const names = columns.map((column) => column.name);
  const first = context.header;
  if (first === undefined) {
    context.header = { file, names };
    return;
  }
  if (first.names.length === names.length && first.names.every((name, i) => name === names[i])) return;
  const list = (items: readonly string[]): string => items.map((name) => JSON.stringify(name)).join(', ');
  throw new DataError(
    `${file}: columns differ from ${first.file}: expected ${list(first.names)}, found ${list(names)}`
  );
}

async function checkMagic(file: string, handle: FileHandle, size: number): Promise<void> {
  const head = size >= 4 ? await readRange(handle, 0, 4) : new ArrayBuffer(0);
  if (Buffer.from(head).toString('latin1') !== MAGIC)
    throw new DataError(`${file}: not a Parquet file (missing PAR1 magic)`);
  const tail = size >= 12 ? await readRange(handle, size - 4, size) : new ArrayBuffer(0);
  if (Buffer.from(tail).toString('latin1') !== MAGIC) {
    throw new DataError(`${file}: truncated Parquet file (missing PAR1 footer)`);
  }
}

async function readRange(handle: FileHandle, start: number, end: number): Promise<ArrayBuffer> {
  const length = Math.max(0, end - start);
  const bytes = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, start + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return bytes.buffer;
}

/** Runs a hyparquet step, turning its failures into a DataError naming the file. */
async function corrupt<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${file}: corrupt Parquet file (${causeText(error)})`);
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects (so an abandoned pass leaves no unhandled rejection). */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  );
}

async function unsettle<T>(settled: Promise<Settled<T>>): Promise<T> {
  const result = await settled;
  if (result.ok) return result.value;
  throw result.error;
}
