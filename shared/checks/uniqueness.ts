import { Missing, type Column } from '../data/types.js';
import type { CheckResult, Example } from '../gate/verdict.js';
import { DuplicateFinder } from '../stats/duplicates.js';
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
  private readonly finder: DuplicateFinder;
  private elements = 0;
  private skipped = 0;
  private hi = new Uint32Array(0);
  private lo = new Uint32Array(0);
  private scratchHi = new Uint32Array(0);
  private scratchLo = new Uint32Array(0);
  private payload = new Float64Array(0);

  /** `columns` empty means every column of the data (no duplicate rows). */
  constructor(
    readonly expectation: Expectation,
    private readonly id: string,
    readonly columns: readonly string[],
    private readonly mode: 'column' | 'compound' | 'rows',
    examples: number
  ) {
    this.finder = new DuplicateFinder({ examples });
  }

  observe({ batch, fileIndex }: BatchContext): void {
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
      keysOf(column, rows, this.scratchHi, this.scratchLo);
      let kept = 0;
      for (let row = 0; row < rows; row++) {
        if (column.missing[row] !== Missing.Value) continue;
        this.hi[kept] = this.scratchHi[row]!;
        this.lo[kept] = this.scratchLo[row]!;
        this.payload[kept++] = base + batch.lines[row];
      }
      this.skipped += rows - kept;
      this.finder.addMany(this.hi, this.lo, this.payload, kept);
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

  async finish(context: FinishContext): Promise<CheckResult> {
    const summary = await this.finder.finish();
    const considered = this.elements - this.skipped;
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

  private grow(rows: number): void {
    this.hi = new Uint32Array(rows);
    this.lo = new Uint32Array(rows);
    this.scratchHi = new Uint32Array(rows);
    this.scratchLo = new Uint32Array(rows);
    this.payload = new Float64Array(rows);
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
