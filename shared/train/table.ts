/**
 * A training table: the feature and target columns of a data set, read once through the data layer
 * into whole-column arrays (training needs every row in memory; 8 bytes per numeric cell).
 */
import { openDataset } from '../data/dataset.js';
import type { Batch, ColumnType, ReadOptions } from '../data/types.js';
import { ConfigurationError, DataError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';

/** An int, float or bool column (bool as 0/1): NaN where the cell is missing or does not parse. */
export interface NumericTableColumn {
  readonly name: string;
  readonly type: 'int' | 'float' | 'bool';
  readonly values: Float64Array;
}

/** A string column: `null` where the cell is missing. */
export interface StringTableColumn {
  readonly name: string;
  readonly type: 'string';
  readonly values: readonly (string | null)[];
}

export type TableColumn = NumericTableColumn | StringTableColumn;

export interface TrainingTable {
  readonly rows: number;
  /** The feature columns, in the order asked for (default: the file's order, target left out). */
  readonly features: readonly TableColumn[];
  readonly target: TableColumn;
}

export interface TableOptions {
  readonly target: string;
  /** Feature columns; default every column but the target (datetime columns left out). */
  readonly features?: readonly string[];
  readonly types?: ReadOptions['types'];
  readonly nullTokens?: readonly string[];
}

/** Reads `pattern` into a TrainingTable. ConfigurationError for unknown columns; DataError for bad data. */
export async function loadTable(pattern: string, options: TableOptions): Promise<TrainingTable> {
  const first = await readTable(pattern, options, options.types);
  if (first.table !== undefined) return first.table;
  // A column that turned from numbers into text part-way through: read again with the resolved types.
  return (await readTable(pattern, options, { ...first.types, ...options.types })).table!;
}

interface Read {
  readonly table?: TrainingTable;
  readonly types: Record<string, ColumnType>;
}

class ColumnBuilder {
  private numbers: Float64Array = new Float64Array(1 << 16);
  private strings: (string | null)[] = [];
  private size = 0;
  type: ColumnType | undefined;

  constructor(readonly name: string) {}

  /** False when the column's type changed from numbers to strings (the caller re-reads). */
  append(batch: Batch, index: number): boolean {
    const column = batch.columns[index];
    const n = batch.rowCount;
    if (column.type === 'string') {
      if (this.type !== undefined && this.type !== 'string') return false;
      this.type = 'string';
      const { values, missing } = column;
      for (let row = 0; row < n; row++) this.strings.push(missing[row] === 0 ? values[row] : null);
      this.size += n;
      return true;
    }
    if (this.type === 'string') return false;
    this.type = column.type;
    if (this.size + n > this.numbers.length) {
      let capacity = this.numbers.length * 2;
      while (capacity < this.size + n) capacity *= 2;
      const grown = new Float64Array(capacity);
      grown.set(this.numbers.subarray(0, this.size));
      this.numbers = grown;
    }
    this.numbers.set(column.values.subarray(0, n), this.size);
    this.size += n;
    return true;
  }

  finish(): TableColumn {
    if (this.type === 'string') return { name: this.name, type: 'string', values: this.strings };
    if (this.type === 'datetime')
      throw new ConfigurationError(
        `column ${this.name} holds datetimes: built-in trainers take int, float, bool and string columns (derive a number from it, or leave it out of features)`
      );
    return {
      name: this.name,
      type: this.type ?? 'float',
      values: this.numbers.slice(0, this.size)
    };
  }
}

async function readTable(pattern: string, options: TableOptions, types: ReadOptions['types']): Promise<Read> {
  // The run key hashes the files before training; no second hash while reading.
  const dataset = await openDataset(pattern, {
    fingerprint: false,
    ...(types === undefined ? {} : { types }),
    ...(options.nullTokens === undefined ? {} : { nullTokens: options.nullTokens })
  });
  let builders: ColumnBuilder[] | undefined;
  let indices: number[] = [];
  let rows = 0;
  let consistent = true;
  for await (const batch of dataset.batches()) {
    if (builders === undefined) {
      const names = batch.columns.map((column) => column.name);
      const wanted = wantedColumns(names, batch, options, pattern);
      indices = wanted.map((name) => names.indexOf(name));
      builders = wanted.map((name) => new ColumnBuilder(name));
    }
    // After a type change, the pass goes on only to resolve every column's type.
    if (consistent)
      for (let i = 0; i < builders.length; i++)
        if (!builders[i].append(batch, indices[i])) consistent = false;
    rows += batch.rowCount;
  }
  if (!consistent) {
    const resolved: Record<string, ColumnType> = {};
    for (const column of dataset.schema()) resolved[column.name] = column.type;
    return { types: resolved };
  }
  if (builders === undefined || rows === 0) throw new DataError(`${pattern}: no rows to train on`);
  const columns = builders.map((builder) => builder.finish());
  return {
    types: {},
    table: {
      rows,
      features: columns.slice(0, -1),
      target: columns[columns.length - 1]
    }
  };
}

/** The feature columns then the target, checked against the header. */
function wantedColumns(
  names: readonly string[],
  batch: Batch,
  options: TableOptions,
  pattern: string
): string[] {
  const missing = (name: string, role: string): ConfigurationError =>
    new ConfigurationError(
      `${role} column \`${name}\` is not in ${pattern}${didYouMean(name, names)} (columns: ${names.join(', ')})`
    );
  if (!names.includes(options.target)) throw missing(options.target, 'target');
  let features: readonly string[];
  if (options.features !== undefined && options.features.length > 0) {
    for (const name of options.features) if (!names.includes(name)) throw missing(name, 'feature');
    if (options.features.includes(options.target))
      throw new ConfigurationError(`the target column \`${options.target}\` cannot also be a feature`);
    features = options.features;
  } else {
    features = batch.columns
      .filter((column) => column.name !== options.target && column.type !== 'datetime')
      .map((column) => column.name);
    if (features.length === 0)
      throw new ConfigurationError(
        `${pattern} has no feature columns besides the target \`${options.target}\``
      );
  }
  return [...features, options.target];
}
