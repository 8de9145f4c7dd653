import { countMissing } from '../data/missing.js';
import { Missing, type Column } from '../data/types.js';
import type { CheckResult, Example } from '../gate/verdict.js';
import { DEFAULT_MEMORY_RECORDS, DuplicateFinder, type DuplicateSummary } from '../stats/duplicates.js';
import { combineKeysInto, hashFloat64s, hashString, hashStrings, NULL_KEY } from '../stats/hash.js';
import type { Expectation } from './catalogue.js';
import {
  columnOf,
  countPhrase,
  resultOf,
  type BatchContext,
  type Evaluator,
  type FinishContext
} from './evaluator.js';

const LINE_SPAN = 2 ** 32;

/**
 * Uniqueness of a column, of a combination of columns, or of whole rows, with Great Expectations'
 * (and pandas' `duplicated(keep=False)`) semantics: every row whose key occurs more than once is
 * unexpected, the first occurrence included. Exact in bounded memory: keys spill to disk past a budget.
 */
export class UniquenessEvaluator implements Evaluator {
  private finder: DuplicateFinder;
  private elements = 0;
  private skipped = 0;
  private hi = new Uint32Array(0);
  private lo = new Uint32Array(0);
  private scratchHi = new Uint32Array(0);
  private scratchLo = new Uint32Array(0);
  private payload = new Float64Array(0);
  /** Keys added to the finder. */
  private keysAdded = 0;
  /** Keys of an ordered column dropped (they outgrew memory while the order held). */
  private dropped = false;
  /** Row offset of the batch whose values broke the order after `dropped`: rows before it come again. */
  private replayBefore: number | undefined;
  /** Whether a single column's values have come in strictly ascending or descending order so far. */
  private readonly order = new StrictOrder();

  /** `columns` empty means every column of the data (no duplicate rows). */
  constructor(
    readonly expectation: Expectation,
    private readonly id: string,
    readonly columns: readonly string[],
    private readonly mode: 'column' | 'compound' | 'rows',
    private readonly exampleCount: number,
    /** Keys the finder holds in memory (tests make it small). */
    private readonly memoryRecords = DEFAULT_MEMORY_RECORDS
  ) {
    this.finder = new DuplicateFinder({ examples: exampleCount, memoryRecords: this.memoryRecords });
  }

  observe(context: BatchContext): void {
    const { batch, fileIndex } = context;
    const rows = batch.rowCount;
    this.elements += rows;
    if (this.hi.length < rows) this.grow(rows);
    const columns = this.mode === 'rows' ? batch.columns : this.columns.map((name) => columnOf(batch, name));
    const base = fileIndex * LINE_SPAN;
    if (this.mode === 'column') {
      const column = columns[0];
      if (column === undefined) {
        this.skipped += rows;
        return;
      }
      this.skipped += rows - this.observeColumn(context, column);
      return;
    }
    // Compound keys: fold each column's keys into the accumulator; missing cells key as NULL_KEY.
    const ignore = (this.expectation.kwargs.ignore_row_if as string | undefined) ?? 'all_values_are_missing';
    const missingCount = new Uint16Array(rows);
    columns.forEach((column, index) => {
      const target = index === 0 ? this.hi : this.scratchHi;
      const targetLo = index === 0 ? this.lo : this.scratchLo;
      if (column === undefined) {
        target.fill(NULL_KEY[0], 0, rows);
        targetLo.fill(NULL_KEY[1], 0, rows);
        for (let row = 0; row < rows; row++) missingCount[row]++;
      } else {
        keysOf(column, rows, target, targetLo);
        for (let row = 0; row < rows; row++) {
          if (column.missing[row] !== Missing.Value) {
            missingCount[row]++;
            target[row] = NULL_KEY[0];
            targetLo[row] = NULL_KEY[1];
          }
        }
      }
      if (index > 0) combineKeysInto(this.hi, this.lo, this.scratchHi, this.scratchLo, rows);
    });
    let kept = 0;
    for (let row = 0; row < rows; row++) {
      const missing = missingCount[row];
      const skip =
        this.mode === 'compound' &&
        ((ignore === 'all_values_are_missing' && missing === columns.length) ||
          (ignore === 'any_value_is_missing' && missing > 0));
      if (skip) continue;
      this.hi[kept] = this.hi[row]!;
      this.lo[kept] = this.lo[row]!;
      this.payload[kept++] = base + batch.lines[row];
    }
    this.skipped += rows - kept;
    this.finder.addMany(this.hi, this.lo, this.payload, kept);
  }

  /**
   * A single column's batch; returns its non-missing cells. While the values come in strict order
   * they are all distinct, so their keys are kept only as long as they fit in memory (in case the
   * order breaks): past that they are dropped, and if the order breaks later the rows before the
   * breaking batch are read again in a second pass.
   */
  private observeColumn({ batch, fileIndex }: BatchContext, column: Column): number {
    const rows = batch.rowCount;
    this.order.observe(column, rows);
    if (this.order.strict && (this.dropped || this.keysAdded + rows > this.memoryRecords)) {
      if (!this.dropped) {
        this.finder.dispose();
        this.finder = new DuplicateFinder({ examples: this.exampleCount, memoryRecords: this.memoryRecords });
        this.dropped = true;
      }
      return rows - countMissing(column.missing.subarray(0, rows));
    }
    if (this.dropped && this.replayBefore === undefined) this.replayBefore = batch.rowOffset;
    return this.addColumnKeys(column, rows, fileIndex * LINE_SPAN, batch.lines);
  }

  /** Adds the keys of a column's non-missing cells to the finder; returns how many. */
  private addColumnKeys(column: Column, rows: number, base: number, lines: Uint32Array): number {
    keysOf(column, rows, this.scratchHi, this.scratchLo);
    let kept = 0;
    for (let row = 0; row < rows; row++) {
      if (column.missing[row] !== Missing.Value) continue;
      this.hi[kept] = this.scratchHi[row]!;
      this.lo[kept] = this.scratchLo[row]!;
      this.payload[kept++] = base + lines[row];
    }
    this.finder.addMany(this.hi, this.lo, this.payload, kept);
    this.keysAdded += kept;
    return kept;
  }

  /** Set when the ordered keys were dropped and the order broke later: the rows before that come again. */
  get secondPass(): Evaluator['secondPass'] {
    const before = this.replayBefore;
    if (before === undefined) return undefined;
    return {
      prepare: () => undefined,
      observe: ({ batch, fileIndex }) => {
        const column = columnOf(batch, this.columns[0]);
        if (batch.rowOffset >= before || column === undefined) return;
        if (this.hi.length < batch.rowCount) this.grow(batch.rowCount);
        this.addColumnKeys(column, batch.rowCount, fileIndex * LINE_SPAN, batch.lines);
      }
    };
  }

  async finish(context: FinishContext): Promise<CheckResult> {
    const considered = this.elements - this.skipped;
    const summary =
      this.mode === 'column' && this.order.strict ? this.allDistinct(considered) : await this.finder.finish();
    const mostly = (this.expectation.kwargs.mostly as number | undefined) ?? 1;
    const success = considered === 0 || (considered - summary.unexpectedRows) / considered >= mostly;
    const examples: Example[] = summary.examples.map((example) => ({
      file: context.files[Math.floor(example.payload / LINE_SPAN)] ?? '',
      line: example.payload % LINE_SPAN,
      note: `its ${this.mode === 'rows' ? 'row' : 'value'} occurs ${example.occurrences} times`
    }));
    const subject = this.mode === 'rows' ? 'rows' : this.columns.join(', ');
    const what = this.mode === 'column' ? 'non-null values' : 'rows';
    return resultOf(this.expectation, this.id, {
      success,
      message:
        summary.unexpectedRows === 0
          ? `${subject}: all ${what} unique`
          : `${subject}: ${countPhrase(summary.unexpectedRows, considered, what)} are duplicated (${summary.duplicateKeys} repeated ${this.mode === 'rows' ? 'rows' : 'values'})`,
      observed: {
        element_count: this.elements,
        missing_count: this.skipped,
        unexpected_count: summary.unexpectedRows,
        unexpected_percent: considered === 0 ? null : (100 * summary.unexpectedRows) / considered,
        distinct_count: summary.distinctKeys,
        duplicated_values: summary.duplicateKeys
      },
      examples
    });
  }

  /** Values in strict order are all distinct: the finder's sort would only confirm it. */
  private allDistinct(considered: number): DuplicateSummary {
    this.finder.dispose();
    return { unexpectedRows: 0, distinctKeys: considered, duplicateKeys: 0, examples: [] };
  }

  private grow(rows: number): void {
    this.hi = new Uint32Array(rows);
    this.lo = new Uint32Array(rows);
    this.scratchHi = new Uint32Array(rows);
    this.scratchLo = new Uint32Array(rows);
    this.payload = new Float64Array(rows);
  }
}

/**
 * Tracks whether a column's non-missing values arrive in strictly ascending (or strictly
 * descending) order, as ids and timestamps often do: numbers by value (−0 equals 0), strings by
 * code units. A column with invalid cells (keyed by their text) never counts as ordered.
 */
class StrictOrder {
  /** +1 ascending, −1 descending, 0 neither, NaN not known yet (fewer than two values). */
  private direction = Number.NaN;
  private last: number | string | undefined;

  get strict(): boolean {
    return this.direction !== 0;
  }

  observe(column: Column, rows: number): void {
    if (this.direction === 0) return;
    if (column.type !== 'string' && column.invalid !== null) {
      this.direction = 0;
      return;
    }
    const { values, missing } = column;
    let direction = this.direction;
    let last = this.last;
    for (let row = 0; row < rows; row++) {
      if (missing[row] !== Missing.Value) continue;
      const value = values[row];
      if (last !== undefined) {
        const step = value > last ? 1 : value < last ? -1 : 0;
        if (Number.isNaN(direction)) direction = step;
        if (step !== direction || step === 0) {
          direction = 0;
          break;
        }
      }
      last = value;
    }
    this.direction = direction;
    this.last = last;
  }
}

/** Keys of a column's cells: numbers by value (1 and 1.0 alike), strings and invalid cells by text. */
function keysOf(column: Column, rows: number, hi: Uint32Array, lo: Uint32Array): void {
  if (column.type === 'string') {
    hashStrings(column.values, hi, lo, rows);
    return;
  }
  hashFloat64s(column.values, hi, lo, rows);
  const invalid = column.invalid;
  if (invalid === null) return;
  for (let row = 0; row < rows; row++) {
    if (invalid[row] === 1) {
      const [h, l] = hashString(column.text(row));
      hi[row] = h;
      lo[row] = l;
    }
  }
}
