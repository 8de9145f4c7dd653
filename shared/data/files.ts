/** Which files a data set pattern names, and their format. */
import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { DataError } from '../runtime/errors.js';
import type { DataFormat } from './types.js';

/** Extensions, longest first so `.csv.gz` wins over `.gz`. */
const EXTENSIONS: readonly (readonly [string, DataFormat])[] = [
  ['.csv.gz', 'csv.gz'],
  ['.tsv.gz', 'tsv.gz'],
  ['.jsonl.gz', 'jsonl.gz'],
  ['.ndjson.gz', 'jsonl.gz'],
  ['.csv', 'csv'],
  ['.tsv', 'tsv'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.parquet', 'parquet']
];

const KNOWN = '.csv, .tsv, .csv.gz, .tsv.gz, .jsonl, .ndjson, .jsonl.gz, .parquet';

/** The format a file's extension (any case) names. */
export function formatOf(path: string): DataFormat {
  const lower = path.toLowerCase();
  for (const [extension, format] of EXTENSIONS) if (lower.endsWith(extension)) return format;
  throw new DataError(`${path}: unknown data format (expected one of ${KNOWN})`);
}

/** The one format of a data set's files. */
export function datasetFormat(files: readonly string[]): DataFormat {
  const first = formatOf(files[0]);
  for (const file of files.slice(1)) {
    const format = formatOf(file);
    if (format !== first) {
      throw new DataError(
        `${file}: format ${format} differs from ${files[0]} (${first}); a data set has one format`
      );
    }
  }
  return first;
}

/**
 * The files a pattern names, sorted by path: an existing file as given, else the glob's matches
 * (relative to the working directory unless the pattern is absolute). The glob library loads only
 * for a pattern that is not a file.
 */
export async function expandPattern(pattern: string): Promise<string[]> {
  const exact = await stat(pattern).catch(() => undefined);
  if (exact?.isFile() === true) return [pattern];
  if (exact?.isDirectory() === true) {
    throw new DataError(`${pattern}: is a directory (name a file or a glob such as "${pattern}/*.csv")`);
  }
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(pattern)) throw noSuchFile(pattern);
  const files = await glob(pattern, {
    onlyFiles: true,
    expandDirectories: false,
    absolute: isAbsolute(pattern)
  });
  if (files.length === 0) throw new DataError(`no files match "${pattern}"`);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The DataError for a file that cannot be opened. */
export function noSuchFile(path: string, cause?: unknown): DataError {
  const code = cause === undefined ? 'ENOENT' : causeCode(cause);
  if (code === 'ENOENT') return new DataError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new DataError(`${path}: permission denied`);
  return new DataError(`${path}: cannot be opened (${code ?? causeText(cause)})`);
}

/**
 * The message of a thrown value. Duck-typed: errors from Node's internals come from another realm
 * under a VM context (jest), where `instanceof Error` is false.
 */
export function causeText(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message;
  }
  return String(error);
}

/** A system error's code (`ENOENT`, …), if it has one. */
export function causeCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
