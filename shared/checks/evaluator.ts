import type { Batch, Column, ColumnSchema } from '../data/types.js';
import type { CheckResult, Example, Severity } from '../gate/verdict.js';
import type { ColumnProfile } from '../stats/column-stats.js';
import type { ColumnSummary } from '../stats/summary.js';
import type { Expectation } from './catalogue.js';

/** What every evaluator can see once the data has been read. */
export interface FinishContext {
  readonly rows: number;
  readonly schema: readonly ColumnSchema[];
  /** One profiler per column, by name. */
  readonly stats: ReadonlyMap<string, ColumnSummary>;
  /** The column's profile, computed once (quantiles select over the whole sample). */
  profile(column: string): ColumnProfile;
  /** The data set's files, in the order `fileIndex` counts them. */
  readonly files: readonly string[];
}

/** Per batch: the batch and the index of its file in the data set (for compact row payloads). */
export interface BatchContext {
  readonly batch: Batch;
  readonly fileIndex: number;
}

/**
 * One expectation being evaluated while the data streams by. Most need one pass; those that need
 * statistics of the whole column first (z-scores) set `secondPass` and see the data again.
 */
export interface Evaluator {
  readonly expectation: Expectation;
  /** Columns the expectation reads; each must exist in the data. */
  readonly columns: readonly string[];
  observe(context: BatchContext): void;
  /** Called once between the passes with the first pass's statistics, when `secondPass` is set. */
  readonly secondPass?: {
    prepare(context: FinishContext): void;
    observe(context: BatchContext): void;
  };
  finish(context: FinishContext): CheckResult | Promise<CheckResult>;
}

/** The column of that name in a batch (JSONL batches may lack late-appearing columns). */
export function columnOf(batch: Batch, name: string): Column | undefined {
  for (const column of batch.columns) if (column.name === name) return column;
  return undefined;
}

/** Keeps the first `limit` failing rows, in data order. */
export class ExampleCollector {
  readonly examples: Example[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.examples.length >= this.limit;
  }
  add(batch: Batch, row: number, value: string | undefined, note?: string): void {
    if (this.examples.length >= this.limit) return;
    this.examples.push({
      file: batch.file,
      line: batch.lines[row],
      ...(value === undefined ? {} : { value: clip(value) }),
      ...(note === undefined ? {} : { note })
    });
  }
}

/** Long cell texts are cut in reports (a 10 MB field must not become a 10 MB verdict). */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

export interface ResultParts {
  readonly success: boolean;
  readonly message: string;
  readonly observed: Readonly<Record<string, unknown>>;
  readonly examples?: readonly Example[];
}

/** Assembles a CheckResult from an expectation and what was found. */
export function resultOf(expectation: Expectation, id: string, parts: ResultParts): CheckResult {
  const { severity, ...kwargs } = expectation.kwargs as { severity?: Severity };
  return {
    id,
    name: expectation.name,
    severity: severity ?? 'error',
    success: parts.success,
    message: parts.message,
    kwargs,
    observed: parts.observed,
    examples: parts.examples ?? [],
    ...(expectation.source === undefined ? {} : { source: expectation.source })
  };
}

/** `12 of 1,000 non-null values (1.2%)`. */
export function countPhrase(unexpected: number, of: number, what: string): string {
  const percent = of === 0 ? 0 : (100 * unexpected) / of;
  return `${formatCount(unexpected)} of ${formatCount(of)} ${what} (${formatPercent(percent)})`;
}

/**
 * `1,234,567`, as `toLocaleString('en-US')` spells it. Integers are grouped by hand: the first
 * `toLocaleString` of a process loads ICU's locale data, some 30 ms of every gate's run.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US');
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}

export function formatPercent(percent: number): string {
  if (percent === 0 || percent === 100) return `${percent}%`;
  if (percent < 0.01) return '<0.01%';
  return `${percent.toPrecision(3).replace(/\.?0+$/, '')}%`;
}

/** Formats a number for messages: integers as is, others with up to 6 significant digits. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
