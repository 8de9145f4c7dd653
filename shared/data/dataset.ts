/**
 * A data set: the files a path or glob names, read as one stream of column batches whatever the
 * format (CSV/TSV, gzip'd, JSON Lines, Parquet).
 */
import { readCsv } from './csv-reader.js';
import { datasetFormat, expandPattern } from './files.js';
import { readJsonl } from './jsonl-reader.js';
import { readThreadScript, threadBatches, type ReadPassInput } from './read-thread.js';
import { newPass, resolveOptions, type ReadContext, type ResolvedOptions } from './read-context.js';
import { SchemaState } from './schema-state.js';
import type { Batch, ColumnSchema, DataFormat, FileFingerprint, ReadOptions } from './types.js';

export interface Dataset {
  /** The files, sorted by path (glob expanded; a plain path is itself). */
  readonly files: readonly string[];
  /** From the extension: .csv .tsv .csv.gz .tsv.gz .jsonl .ndjson .jsonl.gz .parquet. */
  readonly format: DataFormat;
  /** Whether each pass is read by a worker thread (`read-thread.ts`). */
  readonly threaded: boolean;
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
 * and that files exist and share one format (DataError); reading starts with `batches()` (in a
 * worker thread with `MLGATE_READ_THREAD=1`: `read-thread.ts`).
 */
export async function openDataset(pattern: string, options: ReadOptions = {}): Promise<Dataset> {
  const resolved = resolveOptions(options);
  const files = await expandPattern(pattern);
  const format = datasetFormat(files);
  const script = readThreadScript(format);
  if (script !== undefined) return new ThreadDataset(files, format, options, resolved.fingerprint, script);
  return new FileDataset(files, format, resolved);
}

/** The data set of one pass in a read worker: the files, options and schema the consuming thread gave. */
export function readerDataset(input: ReadPassInput): Dataset {
  return new FileDataset(
    input.files,
    input.format,
    resolveOptions(input.options),
    input.resolved ?? [],
    input.hash
  );
}

class FileDataset implements Dataset {
  readonly threaded = false;
  private readonly state: SchemaState;
  private resolvedSchema: ColumnSchema[] | undefined;
  private hashes: FileFingerprint[] | undefined;

  constructor(
    readonly files: readonly string[],
    readonly format: DataFormat,
    private readonly options: ResolvedOptions,
    resolved: readonly ColumnSchema[] = [],
    /** Whether the first pass hashes the files. */
    private readonly hash: boolean = options.fingerprint
  ) {
    this.state = new SchemaState(options.types, resolved);
  }

  async *batches(): AsyncGenerator<Batch> {
    const context = newPass(this.options, this.state, this.hashes === undefined && this.hash);
    for (const file of this.files) yield* this.read(file, context);
    this.resolvedSchema = this.state.result();
    if (context.hash) this.hashes = context.fingerprints;
  }

  schema(): ColumnSchema[] {
    return knownAfterPass(this.resolvedSchema, 'schema');
  }

  fingerprints(): FileFingerprint[] {
    return knownAfterPass(this.hashes, 'fingerprints');
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

/** The Parquet reader (and hyparquet) load with the first Parquet file: CSV passes never need them. */
async function* readParquet(file: string, context: ReadContext): AsyncGenerator<Batch> {
  const reader = await import('./parquet-reader.js');
  yield* reader.readParquet(file, context);
}

/** The same data set, each pass read by a worker thread (`read-thread.ts`). */
class ThreadDataset implements Dataset {
  readonly threaded = true;
  private resolvedSchema: ColumnSchema[] | undefined;
  private hashes: FileFingerprint[] | undefined;

  constructor(
    readonly files: readonly string[],
    readonly format: DataFormat,
    private readonly options: ReadOptions,
    private readonly hash: boolean,
    private readonly script: string
  ) {}

  batches(): AsyncGenerator<Batch> {
    const input: ReadPassInput = {
      files: this.files,
      format: this.format,
      options: this.options,
      resolved: this.resolvedSchema,
      hash: this.hashes === undefined && this.hash
    };
    return threadBatches(this.script, input, (end) => {
      this.resolvedSchema = end.schema;
      if (end.fingerprints !== undefined) this.hashes = end.fingerprints;
    });
  }

  schema(): ColumnSchema[] {
    return knownAfterPass(this.resolvedSchema, 'schema');
  }

  fingerprints(): FileFingerprint[] {
    return knownAfterPass(this.hashes, 'fingerprints');
  }
}

function knownAfterPass<T>(value: T[] | undefined, what: 'schema' | 'fingerprints'): T[] {
  if (value === undefined) throw new Error(`Dataset.${what}() is known only after a full pass`);
  return [...value];
}
