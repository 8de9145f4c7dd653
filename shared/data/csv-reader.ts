/**
 * CSV/TSV (optionally gzip'd) to batches. Each batch owns the bytes of its rows: reads land in a
 * buffer that grows until it holds `batchRows` complete rows, the tokenizer records field offsets
 * into it, and the columns are built from it; the partial row after the batch starts the next
 * buffer. Memory is one or two batches' bytes whatever the file size.
 */
import { isUtf8 } from 'node:buffer';
import { DataError } from '../runtime/errors.js';
import { release } from '../runtime/memory.js';
import { openByteSource, type ByteSource } from './byte-source.js';
import { CsvColumnBuilder } from './csv-columns.js';
import { CsvSyntaxError, CsvTokenizer, type RawRecord } from './csv-tokenizer.js';
import type { ReadContext } from './read-context.js';
import { invalidUtf8Index, unescapedText, utf8Text } from './text-decode.js';
import type { Batch, DataFormat } from './types.js';

const COMMA = 0x2c;
const TAB = 0x09;
const LF = 0x0a;
/** Rows the first batch's offset arrays have room for; they double up to `batchRows`. */
const FIRST_BATCH_ROWS = 4096;
/**
 * The first batches of a file are this small. V8 runs a function in its interpreter (boxing every
 * double) until it has been called a few times, and every per-batch loop of the reader, the
 * profiler and the checks starts that way: a few small batches first leave less work to the slow
 * tiers (measured: 3–5% off a 2M-row validate-data, and less garbage).
 */
const WARM_UP_ROWS = 1024;
const WARM_UP_BATCHES = 4;
/** A read asks for at most this many chunks. */
const MAX_READ_CHUNKS = 4;
/**
 * New batch buffers are a multiple of this many bytes. Batches of one file want sizes a few bytes
 * apart, so an exact-size spare was too small for the next batch about one time in three, and each
 * new buffer's pages fault in again when the copy writes them (on the 126 MB bench file, 10 new
 * buffers of 5.8 MB: about 10,000 page faults); rounded up, the two buffers take turns to the end.
 */
const BUFFER_QUANTUM = 1 << 20;

/** The bytes a CSV/TSV batch was built from: what its `text()` reads, for a reader in another thread. */
export interface RawCsv {
  /** The batch's rows are `bytes[rowStarts[0], limit)`. */
  readonly bytes: Buffer;
  readonly rowStarts: Uint32Array;
  readonly limit: number;
  readonly delimiter: number;
  /** The file's column names, in field order. */
  readonly fields: readonly string[];
}

const RAW = new WeakMap<Batch, RawCsv>();

/** The bytes behind a batch `readCsv` yielded (valid as long as the batch is). */
export function rawCsv(batch: Batch): RawCsv | undefined {
  return RAW.get(batch);
}

/** Streams one CSV/TSV file as batches; checks its header against the data set's first file. */
export async function* readCsv(
  file: string,
  format: DataFormat,
  context: ReadContext
): AsyncGenerator<Batch> {
  const delimiter = context.options.delimiter ?? (format.startsWith('tsv') ? TAB : COMMA);
  const source = await openByteSource(file, {
    gzip: format.endsWith('.gz'),
    hash: context.hash
  });
  try {
    yield* new CsvFile(file, source, delimiter, context).batches();
    const fingerprint = await source.fingerprint();
    if (fingerprint !== undefined) context.fingerprints.push(fingerprint);
  } finally {
    await source.close();
  }
}

class CsvFile {
  private buffer: Buffer;
  /**
   * The buffer before this one, reused for the batch after next: a batch is valid until the next one
   * is read (types.ts), so two buffers take turns instead of one fresh allocation per batch, whose
   * dead predecessors would wait for a full collection outside V8's heap.
   */
  private spare: Buffer | undefined;
  /** Bytes of `buffer` holding data. */
  private length = 0;
  /** Offset in the (decompressed) file of `buffer[0]`. */
  private fileOffset = 0;
  private eof = false;
  private readonly tokenizer: CsvTokenizer;

  constructor(
    private readonly file: string,
    private readonly source: ByteSource,
    private readonly delimiter: number,
    private readonly context: ReadContext
  ) {
    this.tokenizer = new CsvTokenizer(delimiter, 0);
    this.buffer = Buffer.allocUnsafe(context.chunkBytes);
  }

  async *batches(): AsyncGenerator<Batch> {
    const tokenizer = this.tokenizer;
    let position = await this.readHeader();
    const names = this.tokenizer.names;
    const builder = new CsvColumnBuilder(
      names,
      this.context.schema,
      this.context.options.nulls,
      this.context.options.columns
    );
    const batchRows = this.context.options.batchRows;
    let expectedRows = FIRST_BATCH_ROWS;
    let warmUp = WARM_UP_BATCHES;
    try {
      for (;;) {
        const batchStart = position;
        const batchLine = tokenizer.line;
        tokenizer.beginBatch(warmUp-- > 0 ? Math.min(batchRows, WARM_UP_ROWS) : batchRows, expectedRows);
        for (;;) {
          try {
            position = tokenizer.scan(this.buffer, position, this.length, this.eof);
          } catch (error) {
            if (!(error instanceof CsvSyntaxError)) throw error;
            this.checkUtf8(batchStart, Math.min(error.position, this.length), batchLine);
            throw new DataError(`${this.file}:${error.line}: ${error.detail}`);
          }
          if (tokenizer.full || this.eof) break;
          await this.fill();
        }
        const rows = tokenizer.rows;
        if (rows > 0) {
          this.checkUtf8(batchStart, position, batchLine);
          const columns = builder.build({
            bytes: this.buffer,
            starts: tokenizer.starts,
            ends: tokenizer.ends,
            escaped: tokenizer.escaped,
            rows,
            columns: names.length,
            rowStarts: tokenizer.rowStarts,
            limit: position,
            delimiter: this.delimiter
          });
          const batch: Batch = {
            file: this.file,
            rowCount: rows,
            rowOffset: this.context.rowOffset,
            lines: tokenizer.lines.subarray(0, rows),
            columns
          };
          RAW.set(batch, {
            bytes: this.buffer,
            rowStarts: tokenizer.rowStarts.subarray(0, rows),
            limit: position,
            delimiter: this.delimiter,
            fields: names
          });
          this.context.rowOffset += rows;
          yield batch;
        }
        if (this.eof && position >= this.length) return;
        // The next batch gets its own buffer: this one stays with the batch just yielded.
        position = this.startBuffer(
          position,
          Math.ceil((position - batchStart) * 1.125) + this.context.chunkBytes
        );
        expectedRows = Math.max(rows, 1);
      }
    } finally {
      // The pass ends when its last batch is done with (types.ts): the reused arrays and buffers are
      // freed for what runs next (shared/runtime/memory.ts).
      builder.dispose();
      tokenizer.dispose();
      release([this.buffer, this.spare]);
    }
  }

  /** Reads the header row (skipping a UTF-8 BOM); returns where the data starts. */
  private async readHeader(): Promise<number> {
    while (this.length < 3 && !this.eof) await this.fill();
    let start = 0;
    if (this.length >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb && this.buffer[2] === 0xbf) {
      start = 3;
    }
    let header: RawRecord | undefined;
    for (;;) {
      try {
        header = this.tokenizer.scanHeader(this.buffer, start, this.length, this.eof);
      } catch (error) {
        if (!(error instanceof CsvSyntaxError)) throw error;
        this.checkUtf8(start, Math.min(error.position, this.length), 1);
        throw new DataError(`${this.file}:${error.line}: ${error.detail}`);
      }
      if (header !== undefined || this.eof) break;
      await this.fill();
    }
    if (header === undefined) throw new DataError(`${this.file}: empty file (no header row)`);
    this.checkUtf8(start, header.next, 1);
    const line = header.line;
    const names = header.fields.map((field, i) => {
      const text = field.escaped
        ? unescapedText(this.buffer, field.start, field.end)
        : utf8Text(this.buffer, field.start, field.end);
      // pandas' name for an unnamed column (a written index), so users recognise it.
      return text === '' ? `Unnamed: ${i}` : text;
    });
    const seen = new Map<string, number>();
    names.forEach((name, i) => {
      const first = seen.get(name);
      if (first !== undefined) {
        throw new DataError(
          `${this.file}:${line}: duplicate column name "${name}" (columns ${first + 1} and ${i + 1})`
        );
      }
      seen.set(name, i);
    });
    this.checkHeader(names, line);
    // Registers the columns, so a header-only file still has a schema.
    for (const name of names) this.context.schema.typeOf(name);
    this.tokenizer.setColumns(names);
    return header.next;
  }

  /** Every file of a data set repeats the first file's header. */
  private checkHeader(names: readonly string[], line: number): void {
    const first = this.context.header;
    if (first === undefined) {
      this.context.header = { file: this.file, names };
      return;
    }
    if (first.names.length === names.length && first.names.every((name, i) => name === names[i])) return;
    const list = (columns: readonly string[]): string =>
      columns.map((name) => JSON.stringify(name)).join(', ');
    throw new DataError(
      `${this.file}:${line}: header differs from ${first.file}: expected ${list(first.names)}, found ${list(names)}`
    );
  }

  /** Appends a read to the buffer, growing it when full; sets `eof` at the end of the file. */
  private async fill(): Promise<void> {
    if (this.length === this.buffer.length) {
      const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    const n = await this.source.read(
      this.buffer,
      this.length,
      Math.min(this.buffer.length - this.length, MAX_READ_CHUNKS * this.context.chunkBytes)
    );
    if (n === 0) this.eof = true;
    this.length += n;
  }

  /**
   * Moves the unread tail `buffer[from, length)` to a buffer of at least `size` bytes: the spare (the
   * buffer before this one, whose batch is done with) when it is big enough, else a new one; returns 0.
   */
  private startBuffer(from: number, size: number): number {
    const tail = this.length - from;
    const wanted = Math.max(size, tail + this.context.chunkBytes);
    const next =
      this.spare !== undefined && this.spare.length >= wanted
        ? this.spare
        : Buffer.allocUnsafe(Math.ceil(wanted / BUFFER_QUANTUM) * BUFFER_QUANTUM);
    this.buffer.copy(next, 0, from, this.length);
    this.spare = this.buffer;
    this.buffer = next;
    this.fileOffset += from;
    this.length = tail;
    return 0;
  }

  /** Throws the DataError for the first ill-formed UTF-8 in `buffer[from, to)` (lines counted from `line`). */
  private checkUtf8(from: number, to: number, line: number): void {
    if (to <= from || isUtf8(this.buffer.subarray(from, to))) return;
    const bad = invalidUtf8Index(this.buffer, from, to);
    if (bad < 0) return;
    let badLine = line;
    for (let i = from; i < bad; i++) if (this.buffer[i] === LF) badLine++;
    const byte = this.buffer[bad].toString(16).padStart(2, '0');
    throw new DataError(
      `${this.file}:${badLine}: invalid UTF-8 (byte 0x${byte} at offset ${this.fileOffset + bad})`
    );
  }
}
