/**
 * The data layer's contract: every reader (CSV/TSV, gzip'd CSV, JSON Lines, Parquet) yields the same
 * column batches, so checks, statistics and scoring never see a file format.
 */

/** Column types. Numbers, booleans and datetimes are carried as float64 (see `NumericColumn`). */
export type ColumnType = 'int' | 'float' | 'bool' | 'string' | 'datetime';

export const COLUMN_TYPES: readonly ColumnType[] = ['int', 'float', 'bool', 'string', 'datetime'];

/**
 * Per-cell state codes in `Column.missing`. A plain object rather than a `const enum`: the codes
 * are compared with `Uint8Array` elements, which typescript-eslint's enum rules reject for enums.
 */
export const Missing = {
  /** A value (possibly `invalid`, see `NumericColumn.invalid`). */
  Value: 0,
  /** Empty field, a null token, JSON null, an absent JSONL key, a Parquet null. */
  Null: 1,
  /** A NaN token (`NaN`, `nan`) in a numeric column: missing for statistics, counted apart. */
  NaN: 2
} as const;

export type Missing = (typeof Missing)[keyof typeof Missing];

interface ColumnBase {
  readonly name: string;
  /**
   * Per row: `Missing.Value`, `Missing.Null` or `Missing.NaN`. A NaN token in a string column is a
   * plain value.
   */
  readonly missing: Uint8Array;
  /** The cell as the file spells it ('' for null): for failing examples, regexes, sets, lengths. */
  text(row: number): string;
}

/**
 * int, float, bool (0/1) and datetime (epoch milliseconds, UTC) columns. `values[row]` is NaN where
 * the cell is missing or invalid; ±Infinity where the file says `inf`/`Infinity`.
 */
export interface NumericColumn extends ColumnBase {
  readonly type: 'int' | 'float' | 'bool' | 'datetime';
  readonly values: Float64Array;
  /**
   * 1 where a non-missing cell did not parse as `type` (e.g. `abc` in an int column); null when the
   * batch has none. Such cells are not nulls: a `type` expectation counts them.
   */
  readonly invalid: Uint8Array | null;
}

export interface StringColumn extends ColumnBase {
  readonly type: 'string';
  /** The cell text; '' where missing. */
  readonly values: readonly string[];
  /**
   * The same cells as dictionary codes, when the reader has them (a column with at most
   * `DICTIONARY_CAP` distinct texts): consumers that count or test values can work once per distinct
   * text instead of once per row. Null when the reader has none.
   */
  readonly dictionary: StringCodes | null;
}

/** Dictionary codes of a string column's batch: `values[row] === texts[codes[row]]` for every non-missing row. */
export interface StringCodes {
  /** Per row, the index of its text in `texts` (unspecified where the cell is missing). */
  readonly codes: Int32Array;
  /**
   * Every text seen so far, in order of first appearance. Append-only, and the same array in every
   * batch of the column for as long as the column stays coded in one pass over one file, so a
   * consumer may keep per-code results keyed by this array and extend them as it grows.
   */
  readonly texts: readonly string[];
}

/** Most distinct texts a string column is dictionary-coded for; past it the codes stop. */
export const DICTIONARY_CAP = 65_536;

export type Column = NumericColumn | StringColumn;

/**
 * A run of consecutive rows from one file, column-major. Its arrays (and `text()`) are valid until
 * the next batch is read, or the pass ends: readers reuse them, and the CSV reader frees them when
 * its pass ends, so a consumer that keeps values copies them.
 */
export interface Batch {
  /** Path of the file, as given (relative to the working directory when the glob was relative). */
  readonly file: string;
  readonly rowCount: number;
  /** Index of the batch's first row within the whole data set (0-based, across files). */
  readonly rowOffset: number;
  /**
   * Per row, where it starts in its file: the 1-based line number for CSV/TSV/JSONL (the header is
   * line 1 in CSV, so the first data row is usually line 2; a quoted field with embedded newlines
   * makes later rows start further down), the 1-based row number for Parquet.
   */
  readonly lines: Uint32Array;
  /**
   * In the data set's column order (the header's order; for JSONL, first appearance). JSONL: a key
   * first seen in a later batch is appended at the end of `columns` from that batch on (treat the
   * earlier rows as null), and every later batch carries it. A second pass over a data set carries
   * every column from its first batch.
   */
  readonly columns: readonly Column[];
}

/** How to read a data set. */
export interface ReadOptions {
  /** Declared types by column name; undeclared columns are inferred (see `inferType`). */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /**
   * Cell texts read as null. Default `DEFAULT_NULL_TOKENS`. An empty cell is null whatever the
   * list. They apply to CSV/TSV cells and JSON Lines string values, not to Parquet (typed nulls).
   */
  readonly nullTokens?: readonly string[];
  /** Rows per batch. Default 65,536. */
  readonly batchRows?: number;
  /** Field delimiter for CSV; default ',' (and '\t' for .tsv/.tsv.gz). */
  readonly delimiter?: string;
  /**
   * Only these columns appear in batches (the others are still checked for well-formedness, but not
   * parsed): scoring a model needs its features, not every column. Default: all.
   */
  readonly columns?: readonly string[];
  /** Compute each file's sha256 on the first pass (default true; scoring does not need it). */
  readonly fingerprint?: boolean;
}

/** Cell texts read as null by default (a subset of pandas' `na_values`; `NaN`/`nan` are NaN, not null). */
export const DEFAULT_NULL_TOKENS: readonly string[] = [
  '',
  'NA',
  'N/A',
  'n/a',
  'NULL',
  'null',
  'None',
  '<NA>'
];

export type DataFormat = 'csv' | 'tsv' | 'csv.gz' | 'tsv.gz' | 'jsonl' | 'jsonl.gz' | 'parquet';

/** One file of a data set, with the sha256 of its bytes (as stored, i.e. compressed bytes for .gz). */
export interface FileFingerprint {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** The schema a data set resolved to, known once reading has finished. */
export interface ColumnSchema {
  readonly name: string;
  readonly type: ColumnType;
  readonly declared: boolean;
}
