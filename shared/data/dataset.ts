/**
 * A data set: the files a path or glob names, read as one stream of column batches whatever the
 * format (CSV/TSV, gzip'd, JSON Lines, Parquet).
 */
import { readCsv } from './csv-reader.js';
import { datasetFormat, expandPattern } from './files.js';
import { readJsonl } from './jsonl-reader.js';
import { readParquet } from './parquet-reader.js';
import { newPass, resolveOptions, type ReadContext, type ResolvedOptions } from './read-context.js';
import { SchemaState } from './schema-state.js';
import type { Batch, ColumnSchema, DataFormat, FileFingerprint, ReadOptions } from './types.js';

export interface Dataset {
  /** The files, sorted by path (glob expanded; a plain path is itself). */
  readonly files: readonly string[];
  /** From the extension: .csv .tsv .csv.gz .tsv.gz .jsonl .ndjson .jsonl.gz .parquet. */
  readonly format: DataFormat;
  /**
   * Streams every file in order; may be called again for a second pass (re-reads from disk). A
   * later pass starts from the types the first full pass resolved, so an int column that widened
   * to float is float in every batch, and JSON Lines batches carry every column from the start.
   */
  batches(): AsyncGenerator<Batch>;
  /** Resolved column types (declared or inferred), valid after a full pass. */
  schema(): ColumnSchema[];
  /** sha256 of each file's bytes as stored, valid after a full pass (hashed while streaming). */
  fingerprints(): FileFingerprint[];
}

/**
 * Opens the data set `pattern` names (a path or a glob). Checks the options (ConfigurationError)
 * and that files exist and share one format (DataError); reading starts with `batches()`.
 */
export async function openDataset(pattern: string, options?: ReadOptions): Promise<Dataset> {
  const resolved = resolveOptions(options);
  const files = await expandPattern(pattern);
  return new FileDataset(files, datasetFormat(files), resolved);
}

class FileDataset implements Dataset {
  private readonly state: SchemaState;
  private resolvedSchema: ColumnSchema[] | undefined;
  private hashes: FileFingerprint[] | undefined;

  constructor(
    readonly files: readonly string[],
    readonly format: DataFormat,
    private readonly options: ResolvedOptions
  ) {
    this.state = new SchemaState(options.types);
  }

  async *batches(): AsyncGenerator<Batch> {
    const context = newPass(this.options, this.state, this.hashes === undefined && this.options.fingerprint);
    for (const file of this.files) yield* this.read(file, context);
    this.resolvedSchema = this.state.result();
    if (context.hash) this.hashes = context.fingerprints;
  }

  schema(): ColumnSchema[] {
    if (this.resolvedSchema === undefined)
      throw new Error('Dataset.schema() is known only after a full pass');
    return [...this.resolvedSchema];
  }

  fingerprints(): FileFingerprint[] {
    if (this.hashes === undefined) throw new Error('Dataset.fingerprints() is known only after a full pass');
    return [...this.hashes];
  }

  private read(file: string, context: ReadContext): AsyncGenerator<Batch> {
    switch (this.format) {
      case 'csv':
      case 'tsv':
      case 'csv.gz':
      case 'tsv.gz':
        return readCsv(file, this.format, context);
      case 'jsonl':
      case 'jsonl.gz':
        return readJsonl(file, this.format, context);
      case 'parquet':
        return readParquet(file, context);
    }
  }
}
