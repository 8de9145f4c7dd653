/** Options checked once, and the state one pass over a data set shares between its files' readers. */
import { ConfigurationError } from '../runtime/errors.js';
import { READ_SIZE } from './byte-source.js';
import { didYouMean } from '../runtime/suggest.js';
import { NullTokens } from './null-tokens.js';
import type { SchemaState } from './schema-state.js';
import {
  COLUMN_TYPES,
  DEFAULT_NULL_TOKENS,
  type ColumnType,
  type FileFingerprint,
  type ReadOptions
} from './types.js';

export const DEFAULT_BATCH_ROWS = 65_536;

export interface ResolvedOptions {
  readonly types: Readonly<Record<string, ColumnType>>;
  readonly nulls: NullTokens;
  readonly batchRows: number;
  /** The delimiter byte, or undefined for the format's default. */
  readonly delimiter: number | undefined;
  /** The columns batches carry, or null for all. */
  readonly columns: ReadonlySet<string> | null;
  readonly fingerprint: boolean;
}

/** What the readers of one pass share. */
export interface ReadContext {
  readonly options: ResolvedOptions;
  readonly schema: SchemaState;
  /** Bytes per read (and a reader's first buffer size); small values exercise the buffer logic in tests. */
  readonly chunkBytes: number;
  /** Rows yielded so far in this pass (the next batch's `rowOffset`). */
  rowOffset: number;
  /** Whether this pass computes fingerprints (the first full pass does). */
  readonly hash: boolean;
  /** The first file's column names, which every other file must repeat (CSV/TSV, Parquet). */
  header: { readonly file: string; readonly names: readonly string[] } | undefined;
  readonly fingerprints: FileFingerprint[];
}

/** Validates `ReadOptions`; a ConfigurationError names the option and what was expected. */
export function resolveOptions(options: ReadOptions = {}): ResolvedOptions {
  const types = options.types ?? {};
  for (const [name, type] of Object.entries(types)) {
    if (!COLUMN_TYPES.includes(type)) {
      throw new ConfigurationError(
        `types.${name}: expected one of ${COLUMN_TYPES.join(', ')}, got "${type}"${didYouMean(type, COLUMN_TYPES)}`
      );
    }
  }
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  if (!Number.isInteger(batchRows) || batchRows < 1 || batchRows > 2 ** 24) {
    throw new ConfigurationError(`batchRows: expected an integer from 1 to 16777216, got ${batchRows}`);
  }
  let delimiter: number | undefined;
  if (options.delimiter !== undefined) {
    const code = options.delimiter.length === 1 ? options.delimiter.charCodeAt(0) : -1;
    if (code < 0 || code > 0x7f || code === 0x22 || code === 0x0a || code === 0x0d) {
      throw new ConfigurationError(
        `delimiter: expected one ASCII character other than a quote or a newline, got ${JSON.stringify(options.delimiter)}`
      );
    }
    delimiter = code;
  }
  const tokens = options.nullTokens ?? DEFAULT_NULL_TOKENS;
  const columns = options.columns === undefined ? null : new Set(options.columns);
  return {
    types,
    nulls: new NullTokens(tokens),
    batchRows,
    delimiter,
    columns,
    fingerprint: options.fingerprint ?? true
  };
}

/** The context of a new pass over a data set. */
export function newPass(
  options: ResolvedOptions,
  schema: SchemaState,
  hash: boolean,
  chunkBytes: number = READ_SIZE
): ReadContext {
  return { options, schema, chunkBytes, rowOffset: 0, hash, header: undefined, fingerprints: [] };
}
