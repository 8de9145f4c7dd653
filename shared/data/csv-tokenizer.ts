/**
 * RFC 4180 tokenizing in one tight loop over bytes: quoted fields, `""` escapes, delimiters and
 * newlines inside quotes, CRLF or LF, last line with or without a newline. It records where each
 * field starts and ends (row-major, in Uint32Arrays) and makes no string and no per-row array;
 * turning cells into values is `csv-columns`' job.
 *
 * Lenient where pandas is: a quote inside an unquoted field is literal, and a blank line is
 * skipped when the header has several columns (it cannot be a row). With a single column a blank
 * line is a row whose cell is empty (null), as the file can say nothing else there.
 * Strict where a silent guess would corrupt data: text after a closing quote, an unterminated
 * quote and a row with the wrong number of fields are errors.
 */

import { release } from '../runtime/memory.js';
import { unescapedText, utf8Text } from './text-decode.js';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** A malformed record; the reader adds the file name (and checks UTF-8 up to `position` first). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
    /** Byte index in the buffer where the problem was found. */
    readonly position: number
  ) {
    super(detail);
  }
}

/** One field of a header row. */
export interface RawField {
  readonly start: number;
  readonly end: number;
  /** Quoted with doubled quotes inside: the text needs `""` → `"`. */
  readonly escaped: boolean;
}

/** A record read on its own (the header). */
export interface RawRecord {
  readonly fields: RawField[];
  /** Where the next record starts. */
  readonly next: number;
  /** The line the record starts on. */
  readonly line: number;
}

export class CsvTokenizer {
  /**
   * Field starts and ends, `row * columns + column`: reused from batch to batch (a batch's
   * `text()` finds its cells again from `rowStarts`).
   */
  starts = new Uint32Array(0);
  ends = new Uint32Array(0);
  /** 1 where a field needs unescaping; null until the batch has one. New for each batch. */
  escaped: Uint8Array | null = null;
  /** Line on which each row starts; reused from batch to batch, like `starts`. */
  lines = new Uint32Array(0);
  /** Index in the buffer where each row starts; reused from batch to batch, like `starts`. */
  rowStarts = new Uint32Array(0);
  /** Complete rows in the current batch. */
  rows = 0;
  /** Line number at which the next row starts. */
  line = 1;
  /** Column names for messages (set once the header is known). */
  names: readonly string[] = [];

  private capacity = 0;
  private maxRows = 0;
  private quoteNewlines = 0;
  private quoteEscaped = false;
  /** Set by `quoted`. */
  private fieldStart = 0;
  private fieldEnd = 0;
  private terminator = -1;

  constructor(
    private readonly delimiter: number,
    private columns: number
  ) {}

  /** Sets the column count once the header is read. */
  setColumns(names: readonly string[]): void {
    this.names = names;
    this.columns = names.length;
  }

  /** Starts a batch of at most `maxRows` rows, with room for `expectedRows` to begin with. */
  beginBatch(maxRows: number, expectedRows: number): void {
    this.maxRows = maxRows;
    this.rows = 0;
    this.escaped = null;
    this.allocate(Math.max(1, Math.min(maxRows, expectedRows)));
  }

  /** True when the batch holds `maxRows` rows. */
  get full(): boolean {
    return this.rows >= this.maxRows;
  }

  /**
   * Tokenizes complete rows of `b[pos, end)` into the batch until it is full. Returns the index
   * after the last complete row: the caller keeps the bytes from there and calls again with more
   * (or `eof`), and the partial row is scanned again from its start.
   */
  scan(b: Uint8Array, pos: number, end: number, eof: boolean): number {
    const delimiter = this.delimiter;
    const columns = this.columns;
    const maxRows = this.maxRows;
    // Bytes above both the delimiter and LF end no field: one comparison for most bytes.
    const highest = delimiter > LF ? delimiter : LF;
    let starts = this.starts;
    let ends = this.ends;
    let i = pos;
    let line = this.line;
    let rows = this.rows;
    while (rows < maxRows && i < end) {
      if (rows === this.capacity) {
        this.rows = rows;
        this.allocate(Math.min(maxRows, this.capacity * 2));
        starts = this.starts;
        ends = this.ends;
      }
      const rowStart = i;
      const rowLine = line;
      const base = rows * columns;
      let column = 0;
      let c: number;
      do {
        let fieldStart = i;
        let fieldEnd: number;
        c = -1;
        if (i < end && b[i] === QUOTE) {
          i = this.quoted(b, i, end, eof, line, column, base);
          if (i < 0) return this.stop(rowStart, rowLine, rows);
          line += this.quoteNewlines;
          c = this.terminator;
          fieldStart = this.fieldStart;
          fieldEnd = this.fieldEnd;
        } else {
          while (i < end) {
            c = b[i];
            if (c <= highest && (c === delimiter || c === LF)) break;
            i++;
          }
          if (i >= end) {
            if (!eof) return this.stop(rowStart, rowLine, rows);
            c = -1;
          }
          fieldEnd = i;
          if (c !== delimiter && fieldEnd > fieldStart && b[fieldEnd - 1] === CR) fieldEnd--;
        }
        if (column < columns) {
          starts[base + column] = fieldStart;
          ends[base + column] = fieldEnd;
        }
        column++;
        i++;
      } while (c === delimiter);
      if (c === LF) line++;
      if (column !== columns) {
        if (column === 1 && isBlank(b, rowStart, end)) continue;
        throw new CsvSyntaxError(
          rowLine,
          `expected ${columns} fields (header has ${columns}), found ${column}`,
          rowStart
        );
      }
      this.lines[rows] = rowLine;
      this.rowStarts[rows] = rowStart;
      rows++;
    }
    this.rows = rows;
    this.line = line;
    return i < end ? i : end;
  }

  /**
   * The quoted field opening at `b[i]`: sets `fieldStart`/`fieldEnd` (inside the quotes),
   * `terminator` (the delimiter, LF, or -1 at the end of the file) and `quoteNewlines`, and returns
   * the index of the terminator; -1 when `b[i, end)` does not hold the whole field yet.
   */
  private quoted(
    b: Uint8Array,
    i: number,
    end: number,
    eof: boolean,
    line: number,
    column: number,
    base: number
  ): number {
    const close = this.closingQuote(b, i + 1, end, eof);
    if (close < 0) {
      if (!eof) return -1;
      const last = b[end - 1] === LF ? 1 : 0;
      throw new CsvSyntaxError(
        line + this.quoteNewlines - last,
        `unterminated quoted field (opened at line ${line}, ${this.columnLabel(column)})`,
        end
      );
    }
    this.fieldStart = i + 1;
    this.fieldEnd = close;
    let at = close + 1;
    let c = -1;
    if (at < end) {
      c = b[at];
      if (c === CR) {
        if (at + 1 < end) {
          if (b[at + 1] === LF) c = b[++at];
        } else if (!eof) {
          return -1;
        } else {
          c = -1;
          at++;
        }
      }
      if (c !== this.delimiter && c !== LF && c !== -1) {
        throw new CsvSyntaxError(
          line + this.quoteNewlines,
          `unexpected ${describeByte(c)} after the closing quote of ${this.columnLabel(column)} (a quote inside a quoted field must be doubled)`,
          at
        );
      }
    } else if (!eof) {
      return -1;
    }
    if (this.quoteEscaped && column < this.columns) {
      this.escaped ??= new Uint8Array(this.capacity * this.columns);
      this.escaped[base + column] = 1;
    }
    this.terminator = c;
    return at;
  }

  /**
   * Reads one record as the header, or undefined when `b[pos, end)` does not hold all of it yet.
   * Blank lines before it are skipped. Advances `line`.
   */
  scanHeader(b: Uint8Array, pos: number, end: number, eof: boolean): RawRecord | undefined {
    let i = pos;
    let line = this.line;
    while (i < end && (b[i] === LF || (b[i] === CR && i + 1 < end && b[i + 1] === LF))) {
      if (b[i] === LF) line++;
      i++;
    }
    if (i >= end) return undefined;
    const startLine = line;
    const fields: RawField[] = [];
    let c: number;
    do {
      const start = i;
      c = -1;
      if (i < end && b[i] === QUOTE) {
        const close = this.closingQuote(b, i + 1, end, eof);
        if (close < 0) {
          if (!eof) return undefined;
          const last = b[end - 1] === LF ? 1 : 0;
          throw new CsvSyntaxError(
            line + this.quoteNewlines - last,
            `unterminated quoted field (opened at line ${line}, ${this.columnLabel(fields.length)})`,
            end
          );
        }
        line += this.quoteNewlines;
        fields.push({ start: start + 1, end: close, escaped: this.quoteEscaped });
        i = close + 1;
        if (i + 1 >= end && !eof) return undefined;
        if (i < end) c = b[i];
        if (c === CR && (i + 1 >= end || b[i + 1] === LF)) c = ++i < end ? b[i] : -1;
        if (c !== this.delimiter && c !== LF && c !== -1) {
          throw new CsvSyntaxError(
            line,
            `unexpected ${describeByte(c)} after the closing quote of ${this.columnLabel(fields.length - 1)} (a quote inside a quoted field must be doubled)`,
            i
          );
        }
      } else {
        while (i < end && b[i] !== this.delimiter && b[i] !== LF) i++;
        if (i >= end && !eof) return undefined;
        if (i < end) c = b[i];
        let fieldEnd = i;
        if (c !== this.delimiter && fieldEnd > start && b[fieldEnd - 1] === CR) fieldEnd--;
        fields.push({ start, end: fieldEnd, escaped: false });
      }
      i++;
    } while (c === this.delimiter && i <= end);
    if (c === LF) line++;
    this.line = line;
    return { fields, next: Math.min(i, end), line: startLine };
  }

  /** Index of the quote closing a field whose text starts at `i`, or -1 if not within `b[i, end)`. */
  private closingQuote(b: Uint8Array, i: number, end: number, eof: boolean): number {
    let newlines = 0;
    let escaped = false;
    while (i < end) {
      const c = b[i];
      if (c === QUOTE) {
        if (i + 1 < end) {
          if (b[i + 1] !== QUOTE) break;
          escaped = true;
          i += 2;
          continue;
        }
        if (eof) break;
        i = end;
        break;
      }
      if (c === LF) newlines++;
      i++;
    }
    this.quoteNewlines = newlines;
    this.quoteEscaped = escaped;
    return i < end ? i : -1;
  }

  private stop(rowStart: number, rowLine: number, rows: number): number {
    this.rows = rows;
    this.line = rowLine;
    return rowStart;
  }

  private columnLabel(column: number): string {
    return column < this.names.length ? `column "${this.names[column]}"` : `column ${column + 1}`;
  }

  /**
   * Frees the reused arrays once the file's last batch is done with, so that what runs next reuses
   * their memory (shared/runtime/memory.ts); the tokenizer is then as new.
   */
  dispose(): void {
    release([this.starts, this.ends, this.lines, this.rowStarts, this.escaped]);
    this.starts = new Uint32Array(0);
    this.ends = new Uint32Array(0);
    this.lines = new Uint32Array(0);
    this.rowStarts = new Uint32Array(0);
    this.escaped = null;
    this.capacity = 0;
    this.rows = 0;
  }

  /** Room for `capacity` rows: the arrays are reused when big enough, else grown with their rows copied. */
  private allocate(capacity: number): void {
    const rows = this.rows;
    if (this.lines.length < capacity) {
      const lines = new Uint32Array(capacity);
      const rowStarts = new Uint32Array(capacity);
      lines.set(this.lines.subarray(0, rows));
      rowStarts.set(this.rowStarts.subarray(0, rows));
      this.lines = lines;
      this.rowStarts = rowStarts;
    }
    const size = capacity * this.columns;
    if (this.starts.length < size) {
      const starts = new Uint32Array(size);
      const ends = new Uint32Array(size);
      starts.set(this.starts.subarray(0, rows * this.columns));
      ends.set(this.ends.subarray(0, rows * this.columns));
      this.starts = starts;
      this.ends = ends;
    }
    if (this.escaped !== null) {
      const escaped = new Uint8Array(size);
      escaped.set(this.escaped.subarray(0, rows * this.columns));
      this.escaped = escaped;
    }
    this.capacity = capacity;
  }
}

/**
 * The text of field `column` of the record starting at `b[start]`, one the tokenizer accepted and
 * that ends by `limit`: walks the record again rather than keeping every field's offsets.
 */
export function fieldText(
  b: Buffer,
  start: number,
  column: number,
  delimiter: number,
  limit: number
): string {
  let i = start;
  for (let field = 0; ; field++) {
    if (i < limit && b[i] === QUOTE) {
      let j = i + 1;
      let escaped = false;
      for (;;) {
        if (b[j] === QUOTE) {
          if (j + 1 < limit && b[j + 1] === QUOTE) {
            escaped = true;
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      if (field === column) return escaped ? unescapedText(b, i + 1, j) : utf8Text(b, i + 1, j);
      i = j + 1;
      if (i < limit && b[i] === CR) i++;
    } else {
      let j = i;
      while (j < limit && b[j] !== delimiter && b[j] !== LF) j++;
      if (field === column) {
        const end = j < limit && b[j] === delimiter ? j : j > i && b[j - 1] === CR ? j - 1 : j;
        return utf8Text(b, i, end);
      }
      i = j;
    }
    i++;
  }
}

/** A line holding nothing but its line ending. */
function isBlank(b: Uint8Array, start: number, end: number): boolean {
  if (start >= end || b[start] === LF) return true;
  return b[start] === CR && (start + 1 >= end || b[start + 1] === LF);
}

function describeByte(c: number): string {
  return c >= 0x20 && c < 0x7f ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}
