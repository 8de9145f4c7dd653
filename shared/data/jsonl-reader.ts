/**
 * JSON Lines (optionally gzip'd) to batches: one JSON object per line, blank lines skipped (their
 * line numbers still count). Columns are the keys in order of first appearance in the data set; a
 * key first seen in a later batch joins the end of `columns` from that batch on, and every batch
 * after it carries the column (null where a row lacks the key).
 */
import { isUtf8 } from 'node:buffer';
import { DataError } from '../runtime/errors.js';
import { openByteSource, type ByteSource } from './byte-source.js';
import { causeText } from './files.js';
import type { ReadContext } from './read-context.js';
import { invalidUtf8Index, utf8Text } from './text-decode.js';
import type { Batch, DataFormat } from './types.js';
import { ValueColumnBuilder } from './value-columns.js';

const LF = 0x0a;
const CR = 0x0d;

/** Streams one JSON Lines file as batches. */
export async function* readJsonl(
  file: string,
  format: DataFormat,
  context: ReadContext
): AsyncGenerator<Batch> {
  const source = await openByteSource(file, {
    gzip: format === 'jsonl.gz',
    hash: context.hash
  });
  try {
    yield* new JsonlFile(file, source, context).batches();
    const fingerprint = await source.fingerprint();
    if (fingerprint !== undefined) context.fingerprints.push(fingerprint);
  } finally {
    await source.close();
  }
}

class JsonlFile {
  private buffer: Buffer;
  private length = 0;
  private fileOffset = 0;
  private eof = false;
  /** Column index by name, for the whole data set (the schema's first-seen order). */
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private columns: unknown[][] = [];
  private lines: number[] = [];
  private readonly builder: ValueColumnBuilder;

  constructor(
    private readonly file: string,
    private readonly source: ByteSource,
    private readonly context: ReadContext
  ) {
    this.buffer = Buffer.allocUnsafe(context.chunkBytes);
    this.builder = new ValueColumnBuilder(context.schema, context.options.nulls);
    for (const name of context.schema.names()) this.addColumn(name);
  }

  async *batches(): AsyncGenerator<Batch> {
    const batchRows = this.context.options.batchRows;
    while (this.length < 3 && !this.eof) await this.fill();
    let position =
      this.length >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb && this.buffer[2] === 0xbf
        ? 3
        : 0;
    let line = 1;
    for (;;) {
      let newline = this.buffer.subarray(0, this.length).indexOf(LF, position);
      if (newline < 0) {
        if (!this.eof) {
          position = this.compact(position);
          await this.fill();
          continue;
        }
        if (position >= this.length) break;
        newline = this.length;
      }
      this.row(position, newline, line);
      position = newline + 1;
      line++;
      if (this.lines.length === batchRows) yield this.batch();
    }
    if (this.lines.length > 0) yield this.batch();
  }

  /** Parses the line `buffer[start, end)` into the batch, unless it is blank. */
  private row(start: number, end: number, line: number): void {
    const bytes = this.buffer;
    if (end > start && bytes[end - 1] === CR) end--;
    let first = start;
    while (first < end && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === CR)) first++;
    if (first === end) return;
    if (!isUtf8(bytes.subarray(start, end))) {
      const bad = invalidUtf8Index(bytes, start, end);
      const byte = bytes[bad].toString(16).padStart(2, '0');
      throw new DataError(
        `${this.file}:${line}: invalid UTF-8 (byte 0x${byte} at offset ${this.fileOffset + bad})`
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(utf8Text(bytes, start, end));
    } catch (error) {
      throw new DataError(`${this.file}:${line}: not valid JSON (${causeText(error)})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new DataError(`${this.file}:${line}: expected a JSON object, found ${describe(parsed)}`);
    }
    const row = this.lines.length;
    for (const [key, value] of Object.entries(parsed)) {
      const column = this.index.get(key) ?? this.addColumn(key);
      const values = this.columns[column];
      while (values.length < row) values.push(undefined);
      values.push(value);
    }
    this.lines.push(line);
  }

  private addColumn(name: string): number {
    const column = this.names.length;
    this.context.schema.typeOf(name);
    this.index.set(name, column);
    this.names.push(name);
    this.columns.push([]);
    return column;
  }

  private batch(): Batch {
    const rows = this.lines.length;
    const wanted = this.context.options.columns;
    const columns = this.names.flatMap((name, i) =>
      wanted === null || wanted.has(name) ? [this.builder.build(name, this.columns[i], rows)] : []
    );
    const batch: Batch = {
      file: this.file,
      rowCount: rows,
      rowOffset: this.context.rowOffset,
      lines: Uint32Array.from(this.lines),
      columns
    };
    this.context.rowOffset += rows;
    this.columns = this.names.map(() => []);
    this.lines = [];
    return batch;
  }

  /** Moves the unread `buffer[from, length)` to the front; returns 0. */
  private compact(from: number): number {
    this.buffer.copyWithin(0, from, this.length);
    this.fileOffset += from;
    this.length -= from;
    return 0;
  }

  private async fill(): Promise<void> {
    if (this.length === this.buffer.length) {
      const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    const n = await this.source.read(
      this.buffer,
      this.length,
      Math.min(this.buffer.length - this.length, this.context.chunkBytes)
    );
    if (n === 0) this.eof = true;
    this.length += n;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return typeof value;
  }
}
