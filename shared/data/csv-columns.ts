/**
 * Tokenized CSV cells to typed columns: numbers, booleans and datetimes are parsed straight from
 * the bytes into Float64Arrays, strings are decoded once; `text(row)` decodes a numeric cell's
 * spelling only when asked (failing examples), from the batch's bytes.
 */
import { release } from '../runtime/memory.js';
import { cellFits, TypeVote } from './infer.js';
import type { NullTokens } from './null-tokens.js';
import { parseBool } from './parse-bool.js';
import { parseDatetimeInto } from './parse-datetime.js';
import { NumberKind, NumberParser } from './parse-number.js';
import type { SchemaState } from './schema-state.js';
import { fieldText } from './csv-tokenizer.js';
import { CellDecoder, unescapedText } from './text-decode.js';
import { Missing, type Column, type ColumnType, type NumericColumn, type StringColumn } from './types.js';

/** A batch of tokenized rows: field `column` of row `r` is `bytes[starts[i], ends[i])`, `i = r * columns + column`. */
export interface CsvCells {
  readonly bytes: Buffer;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** 1 where the field was quoted with doubled quotes inside; null when no field was. */
  readonly escaped: Uint8Array | null;
  readonly rows: number;
  readonly columns: number;
  /** Where each row starts, and where the batch's bytes end: what `text()` needs once `starts`/`ends` are reused. */
  readonly rowStarts: Uint32Array;
  readonly limit: number;
  readonly delimiter: number;
}

/** Builds the columns of each batch of one file, inferring types the schema does not know yet. */
export class CsvColumnBuilder {
  private readonly parser = new NumberParser();
  private readonly decoders: CellDecoder[];
  /**
   * Per column, the arrays of the last batch, reused for the next one: a batch is valid until the
   * next is read (types.ts), and reuse keeps dead batches from piling up between collections.
   */
  private readonly pool: { values: Float64Array; missing: Uint8Array }[] = [];
  /** The same for string columns' texts and dictionary codes. */
  private readonly textPool: { values: string[]; codes: Int32Array }[] = [];

  constructor(
    private readonly names: readonly string[],
    private readonly schema: SchemaState,
    private readonly nulls: NullTokens,
    /** The columns to build (the rest are skipped), or null for all. */
    private readonly wanted: ReadonlySet<string> | null = null
  ) {
    this.decoders = names.map(() => new CellDecoder());
  }

  /** Frees the pooled arrays once the file's last batch is done with (see `CsvTokenizer.dispose`). */
  dispose(): void {
    release(this.pool.flatMap((pooled) => [pooled.values, pooled.missing]));
    release(this.textPool.map((pooled) => pooled.codes));
    this.pool.length = 0;
    this.textPool.length = 0;
  }

  /** Reused arrays for `column`: values (every row is written) and zeroed missing codes. */
  private arrays(column: number, rows: number): { values: Float64Array; missing: Uint8Array } {
    let pooled = this.pool[column];
    if (pooled === undefined || pooled.values.length < rows) {
      pooled = { values: new Float64Array(rows), missing: new Uint8Array(rows) };
      this.pool[column] = pooled;
    }
    const missing = pooled.missing.subarray(0, rows);
    missing.fill(0);
    return { values: pooled.values.subarray(0, rows), missing };
  }

  build(cells: CsvCells): Column[] {
    const columns: Column[] = [];
    this.names.forEach((name, column) => {
      if (this.wanted === null || this.wanted.has(name)) columns.push(this.column(cells, column, name));
    });
    return columns;
  }

  private column(cells: CsvCells, column: number, name: string): Column {
    let type = this.schema.typeOf(name);
    if (type === undefined) {
      type = this.infer(cells, column);
      // No value yet: a string column of nulls for this batch; a later batch decides the type.
      if (type === undefined) return this.strings(cells, column, name);
      this.schema.resolve(name, type);
    }
    switch (type) {
      case 'string':
        return this.strings(cells, column, name);
      case 'int':
      case 'float':
        return this.numbers(cells, column, name, type);
      case 'bool':
      case 'datetime':
        return this.others(cells, column, name, type);
    }
  }

  private infer(cells: CsvCells, column: number): ColumnType | undefined {
    const { bytes, starts, ends, escaped, rows, columns } = cells;
    const vote = new TypeVote();
    for (let r = 0, i = column; r < rows && vote.open; r++, i += columns) {
      const s = starts[i];
      const e = ends[i];
      if (escaped !== null && escaped[i] === 1) {
        // A doubled quote is no number, boolean or datetime.
        if (!this.nulls.has(unescapedText(bytes, s, e))) vote.add(0, false);
        continue;
      }
      if (this.nulls.matches(bytes, s, e)) continue;
      vote.add(cellFits(bytes, s, e, this.parser), this.parser.kind === NumberKind.NaN);
    }
    return vote.result();
  }

  private strings(cells: CsvCells, column: number, name: string): StringColumn {
    const { bytes, starts, ends, escaped, rows, columns } = cells;
    const decoder = this.decoders[column];
    const nulls = this.nulls;
    const { missing } = this.arrays(column, rows);
    const { values, codes } = this.textArrays(column, rows);
    for (let r = 0, i = column; r < rows; r++, i += columns) {
      const s = starts[i];
      const e = ends[i];
      let text: string;
      if (escaped !== null && escaped[i] === 1) {
        text = unescapedText(bytes, s, e);
        text = nulls.has(text) ? '' : decoder.coded(text);
      } else {
        text = nulls.matches(bytes, s, e) ? '' : decoder.decode(bytes, s, e);
      }
      if (text === '') missing[r] = Missing.Null;
      values[r] = text;
      codes[r] = decoder.code;
    }
    // A dictionary that filled up during this batch left some rows without a code.
    const dictionary = decoder.dictionary.full ? null : { codes, texts: decoder.dictionary.texts };
    return { name, type: 'string', missing, values, dictionary, text: (row: number): string => values[row] };
  }

  /** Reused text and code arrays for string `column`, `rows` long. */
  private textArrays(column: number, rows: number): { values: string[]; codes: Int32Array } {
    let pooled = this.textPool[column];
    if (pooled === undefined || pooled.codes.length < rows) {
      pooled = { values: new Array<string>(rows), codes: new Int32Array(rows) };
      this.textPool[column] = pooled;
    }
    // Cells of a shorter (last) batch: the array shrinks, and the string arrays stay packed.
    if (pooled.values.length !== rows) pooled.values.length = rows;
    return { values: pooled.values, codes: pooled.codes.subarray(0, rows) };
  }

  private numbers(cells: CsvCells, column: number, name: string, type: 'int' | 'float'): NumericColumn {
    const { bytes, starts, ends, escaped, rows, columns } = cells;
    const parser = this.parser;
    const nulls = this.nulls;
    const declared = this.schema.isDeclared(name);
    const { values, missing } = this.arrays(column, rows);
    let invalid: Uint8Array | null = null;
    let integer = type === 'int';
    for (let r = 0, i = column; r < rows; r++, i += columns) {
      const s = starts[i];
      const e = ends[i];
      if (escaped !== null && escaped[i] === 1) {
        invalid = this.escapedCell(cells, i, r, values, missing, invalid);
        continue;
      }
      if (nulls.matches(bytes, s, e)) {
        values[r] = Number.NaN;
        missing[r] = Missing.Null;
        continue;
      }
      const value = parser.parse(bytes, s, e);
      const kind = parser.kind;
      if (kind === NumberKind.Integer || (kind === NumberKind.Float && (!integer || !declared))) {
        // An inferred int column widens to float at its first non-integer number.
        if (kind === NumberKind.Float) integer = false;
        values[r] = value;
      } else if (kind === NumberKind.NaN) {
        values[r] = Number.NaN;
        missing[r] = Missing.NaN;
      } else {
        values[r] = Number.NaN;
        invalid ??= new Uint8Array(rows);
        invalid[r] = 1;
      }
    }
    if (type === 'int' && !integer) this.schema.widenToFloat(name);
    const resolved = type === 'int' && !integer ? 'float' : type;
    return this.numeric(cells, column, name, resolved, values, missing, invalid);
  }

  /** bool (0/1; the spellings of `parseBool`, and 0 and 1) and datetime (epoch ms) columns. */
  private others(cells: CsvCells, column: number, name: string, type: 'bool' | 'datetime'): NumericColumn {
    const { bytes, starts, ends, escaped, rows, columns } = cells;
    const nulls = this.nulls;
    const { values, missing } = this.arrays(column, rows);
    let invalid: Uint8Array | null = null;
    for (let r = 0, i = column; r < rows; r++, i += columns) {
      const s = starts[i];
      const e = ends[i];
      if (escaped !== null && escaped[i] === 1) {
        invalid = this.escapedCell(cells, i, r, values, missing, invalid);
        continue;
      }
      if (nulls.matches(bytes, s, e)) {
        values[r] = Number.NaN;
        missing[r] = Missing.Null;
        continue;
      }
      if (type === 'datetime') {
        parseDatetimeInto(bytes, s, e, values, r);
      } else {
        const bool = e - s === 1 ? bytes[s] - 0x30 : parseBool(bytes, s, e);
        values[r] = bool === 0 || bool === 1 ? bool : Number.NaN;
      }
      if (!Number.isNaN(values[r])) continue;
      this.parser.parse(bytes, s, e);
      if (this.parser.kind === NumberKind.NaN) {
        missing[r] = Missing.NaN;
      } else {
        invalid ??= new Uint8Array(rows);
        invalid[r] = 1;
      }
    }
    return this.numeric(cells, column, name, type, values, missing, invalid);
  }

  /** A quoted cell with doubled quotes in a non-string column: null if its text is a token, else invalid. */
  private escapedCell(
    cells: CsvCells,
    i: number,
    row: number,
    values: Float64Array,
    missing: Uint8Array,
    invalid: Uint8Array | null
  ): Uint8Array | null {
    values[row] = Number.NaN;
    if (this.nulls.has(unescapedText(cells.bytes, cells.starts[i], cells.ends[i]))) {
      missing[row] = Missing.Null;
      return invalid;
    }
    const marks = invalid ?? new Uint8Array(cells.rows);
    marks[row] = 1;
    return marks;
  }

  private numeric(
    cells: CsvCells,
    column: number,
    name: string,
    type: NumericColumn['type'],
    values: Float64Array,
    missing: Uint8Array,
    invalid: Uint8Array | null
  ): NumericColumn {
    const { bytes, rowStarts, delimiter, limit } = cells;
    const text = cellText(bytes, rowStarts, column, delimiter, limit, missing);
    return { name, type, missing, values, invalid, text };
  }
}

/**
 * `text(row)` of a non-string column: the cell of field `field` as the file spells it, found again
 * from where its row starts in `bytes` ('' for a null).
 */
export function cellText(
  bytes: Buffer,
  rowStarts: Uint32Array,
  field: number,
  delimiter: number,
  limit: number,
  missing: Uint8Array
): (row: number) => string {
  return (row) =>
    missing[row] === Missing.Null ? '' : fieldText(bytes, rowStarts[row], field, delimiter, limit);
}
