/**
 * CSV/TSV batches across a thread boundary. The reading thread packs a batch into one ArrayBuffer
 * (the rows' bytes, line numbers, and every column's arrays at 8-byte aligned offsets) and
 * transfers it; the consuming thread lays typed views over it and gives the buffer back when it
 * moves on to the next batch, so a few buffers circulate instead of one fresh allocation per batch.
 *
 * String columns travel as dictionary codes (Int32) plus the texts first seen in this batch: the
 * consuming thread then holds one string per distinct text, as the reader's cell cache does. A
 * column with more than `DICTIONARY_CAP` distinct texts travels as plain strings from then on.
 */
import { cellText } from './csv-columns.js';
import { rawCsv } from './csv-reader.js';
import { TextDictionary } from './text-dictionary.js';
import {
  Missing,
  type Batch,
  type Column,
  type NumericColumn,
  type StringCodes,
  type StringColumn
} from './types.js';

/** Where one array lies in a packed batch's buffer: byte offset (−1: absent). */
type Offset = number;

export type WireColumn =
  | {
      readonly kind: 'numeric';
      readonly name: string;
      readonly type: NumericColumn['type'];
      /** The column's field index in its file's rows (for `text()`). */
      readonly field: number;
      readonly missing: Offset;
      readonly values: Offset;
      readonly invalid: Offset;
    }
  | {
      readonly kind: 'dictionary';
      readonly name: string;
      readonly missing: Offset;
      readonly codes: Offset;
      /** Texts that get the next codes, in order. */
      readonly added: readonly string[];
    }
  | { readonly kind: 'strings'; readonly name: string; readonly missing: Offset; readonly values: string[] };

export interface WireBatch {
  readonly kind: 'batch';
  readonly file: string;
  readonly rowCount: number;
  readonly rowOffset: number;
  readonly buffer: ArrayBuffer;
  readonly lines: Offset;
  /** Where each row starts in the packed bytes. */
  readonly rowStarts: Offset;
  readonly bytes: Offset;
  readonly byteLength: number;
  readonly delimiter: number;
  readonly columns: readonly WireColumn[];
}

const align = (n: number): number => (n + 7) & ~7;

/** Returned buffers, handed out again for batches that fit. */
export class BufferPool {
  private readonly free: ArrayBuffer[] = [];

  /** A buffer of at least `bytes` (with slack when new, so that slightly larger batches reuse it). */
  take(bytes: number): ArrayBuffer {
    let best = -1;
    for (let i = 0; i < this.free.length; i++) {
      const size = this.free[i].byteLength;
      if (size >= bytes && (best < 0 || size < this.free[best].byteLength)) best = i;
    }
    if (best >= 0) return this.free.splice(best, 1)[0];
    return new ArrayBuffer(align(Math.ceil(bytes * 1.125)));
  }

  give(buffer: ArrayBuffer): void {
    this.free.push(buffer);
  }
}

/** The reading side: packs batches, keeping each string column's dictionary. */
export class BatchPacker {
  private readonly dictionaries = new Map<string, TextDictionary>();
  /** Per column, the wire code of each code of the reader's current dictionary (filled as met). */
  private readonly translations = new Map<string, { texts: readonly string[]; wire: number[] }>();
  private fields = new Map<string, number>();
  private fieldsOf: readonly string[] | undefined;

  constructor(private readonly pool: BufferPool) {}

  /** Packs `batch` (which must come from `readCsv`) into a pooled buffer, to be transferred. */
  pack(batch: Batch): WireBatch {
    const raw = rawCsv(batch);
    if (raw === undefined) throw new Error(`BatchPacker: ${batch.file} is not a CSV/TSV batch`);
    if (raw.fields !== this.fieldsOf) {
      this.fieldsOf = raw.fields;
      this.fields = new Map(raw.fields.map((name, i) => [name, i]));
    }
    const rows = batch.rowCount;
    const first = raw.rowStarts[0];
    const byteLength = raw.limit - first;
    let size = align(4 * rows) * 2 + align(byteLength);
    for (const column of batch.columns) {
      size += align(rows);
      if (column.type !== 'string') size += 8 * rows + (column.invalid === null ? 0 : align(rows));
      else if (!this.dictionary(column.name).full) size += align(4 * rows);
    }
    const buffer = this.pool.take(size);
    let at = 0;
    const place = (bytes: number): Offset => {
      const offset = at;
      at += align(bytes);
      return offset;
    };
    const lines = place(4 * rows);
    new Uint32Array(buffer, lines, rows).set(batch.lines);
    const rowStarts = place(4 * rows);
    const starts = new Uint32Array(buffer, rowStarts, rows);
    for (let r = 0; r < rows; r++) starts[r] = raw.rowStarts[r] - first;
    const bytes = place(byteLength);
    new Uint8Array(buffer, bytes, byteLength).set(raw.bytes.subarray(first, raw.limit));
    const columns = batch.columns.map((column): WireColumn => {
      const missing = place(rows);
      new Uint8Array(buffer, missing, rows).set(column.missing);
      if (column.type !== 'string') {
        const values = place(8 * rows);
        new Float64Array(buffer, values, rows).set(column.values);
        let invalid = -1;
        if (column.invalid !== null) {
          invalid = place(rows);
          new Uint8Array(buffer, invalid, rows).set(column.invalid);
        }
        const field = this.fields.get(column.name) ?? -1;
        return { kind: 'numeric', name: column.name, type: column.type, field, missing, values, invalid };
      }
      const dictionary = this.dictionary(column.name);
      if (dictionary.full) {
        return { kind: 'strings', name: column.name, missing, values: column.values.slice(0, rows) };
      }
      const codes = place(4 * rows);
      return this.encode(column, dictionary, new Int32Array(buffer, codes, rows), missing, codes);
    });
    return {
      kind: 'batch',
      file: batch.file,
      rowCount: rows,
      rowOffset: batch.rowOffset,
      buffer,
      lines,
      rowStarts,
      bytes,
      byteLength,
      delimiter: raw.delimiter,
      columns
    };
  }

  private dictionary(name: string): TextDictionary {
    let dictionary = this.dictionaries.get(name);
    if (dictionary === undefined) {
      dictionary = new TextDictionary();
      this.dictionaries.set(name, dictionary);
    }
    return dictionary;
  }

  /** Codes for `column`'s texts; falls back to plain strings (for good) past the cap. */
  private encode(
    column: StringColumn,
    dictionary: TextDictionary,
    codes: Int32Array,
    missing: Offset,
    codesAt: Offset
  ): WireColumn {
    const known = dictionary.texts.length;
    const coded =
      column.dictionary === null
        ? this.encodeTexts(column.values, dictionary, codes)
        : this.translate(column, column.dictionary, dictionary, codes);
    if (!coded)
      return { kind: 'strings', name: column.name, missing, values: column.values.slice(0, codes.length) };
    return {
      kind: 'dictionary',
      name: column.name,
      missing,
      codes: codesAt,
      added: dictionary.texts.slice(known)
    };
  }

  /** Wire codes of plain texts, one dictionary lookup per row; false once the dictionary is full. */
  private encodeTexts(values: readonly string[], dictionary: TextDictionary, codes: Int32Array): boolean {
    for (let r = 0; r < codes.length; r++) {
      const code = dictionary.code(values[r]);
      if (code < 0) return false;
      codes[r] = code;
    }
    return true;
  }

  /**
   * Wire codes of a batch the reader already coded: each reader code is looked up in the wire's
   * dictionary once (the reader's dictionary is per file, the wire's per pass), a missing cell is ''.
   */
  private translate(
    column: StringColumn,
    source: StringCodes,
    dictionary: TextDictionary,
    codes: Int32Array
  ): boolean {
    let table = this.translations.get(column.name);
    if (table === undefined || table.texts !== source.texts) {
      table = { texts: source.texts, wire: [] };
      this.translations.set(column.name, table);
    }
    const wire = table.wire;
    const empty = dictionary.code('');
    if (empty < 0) return false;
    const { missing } = column;
    for (let r = 0; r < codes.length; r++) {
      if (missing[r] !== Missing.Value) {
        codes[r] = empty;
        continue;
      }
      const from = source.codes[r];
      let code = wire[from];
      if (code === undefined) {
        code = dictionary.code(source.texts[from]);
        if (code < 0) return false;
        wire[from] = code;
      }
      codes[r] = code;
    }
    return true;
  }
}

/** The consuming side: typed views over a packed batch, string columns rebuilt from their dictionaries. */
export class BatchUnpacker {
  private readonly dictionaries = new Map<string, string[]>();

  unpack(wire: WireBatch): Batch {
    const { buffer, rowCount: rows } = wire;
    const bytes = Buffer.from(buffer, wire.bytes, wire.byteLength);
    const rowStarts = new Uint32Array(buffer, wire.rowStarts, rows);
    const limit = wire.byteLength;
    const columns = wire.columns.map((column): Column => {
      const missing = new Uint8Array(buffer, column.missing, rows);
      switch (column.kind) {
        case 'numeric':
          return {
            name: column.name,
            type: column.type,
            missing,
            values: new Float64Array(buffer, column.values, rows),
            invalid: column.invalid < 0 ? null : new Uint8Array(buffer, column.invalid, rows),
            text: cellText(bytes, rowStarts, column.field, wire.delimiter, limit, missing)
          };
        case 'dictionary': {
          let dictionary = this.dictionaries.get(column.name);
          if (dictionary === undefined) {
            dictionary = [];
            this.dictionaries.set(column.name, dictionary);
          }
          for (const text of column.added) dictionary.push(text);
          const codes = new Int32Array(buffer, column.codes, rows);
          const values = new Array<string>(rows);
          for (let r = 0; r < rows; r++) values[r] = dictionary[codes[r]];
          return strings(column.name, missing, values, { codes, texts: dictionary });
        }
        case 'strings':
          return strings(column.name, missing, column.values, null);
      }
    });
    return {
      file: wire.file,
      rowCount: rows,
      rowOffset: wire.rowOffset,
      lines: new Uint32Array(buffer, wire.lines, rows),
      columns
    };
  }
}

function strings(
  name: string,
  missing: Uint8Array,
  values: string[],
  dictionary: StringCodes | null
): StringColumn {
  return { name, type: 'string', missing, values, dictionary, text: (row: number): string => values[row] };
}
