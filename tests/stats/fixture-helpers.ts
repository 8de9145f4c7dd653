/**
 * Test helpers for tests/stats and tests/drift: reference-value comparison, fixture loading and
 * column construction.
 */
import { readFileSync } from 'node:fs';
import { Missing, type NumericColumn, type StringColumn } from '../../shared/data/types.js';

/** A fixture float: JSON number, null (pandas NaN) or a spelled-out non-finite value. */
export type FixtureNumber = number | null | 'Infinity' | '-Infinity' | 'NaN';

export function decode(x: FixtureNumber): number | null {
  if (x === 'Infinity') return Infinity;
  if (x === '-Infinity') return -Infinity;
  if (x === 'NaN') return Number.NaN;
  return x;
}

/** A fixture file's JSON (callers assert its shape, written by the fixture's make-reference.py). */
export function loadFixture(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

/**
 * Fails unless `actual` matches `expected` to `rel` relative error, or `abs` absolute error near zero
 * (1e-9 / 1e-12 by default: the project's bar for matching pandas and scipy). Nulls must match nulls.
 */
export function expectClose(
  actual: number | null | undefined,
  expected: FixtureNumber,
  label: string,
  rel = 1e-9,
  abs = 1e-12
): void {
  const want = decode(expected);
  if (want === null || actual === null || actual === undefined) {
    if (want !== actual) throw new Error(`${label}: expected ${String(want)}, got ${String(actual)}`);
    return;
  }
  if (Object.is(want, actual)) return;
  if (!Number.isFinite(want) || !Number.isFinite(actual)) {
    throw new Error(`${label}: expected ${want}, got ${actual}`);
  }
  const diff = Math.abs(actual - want);
  if (diff > Math.max(rel * Math.abs(want), abs)) {
    throw new Error(
      `${label}: expected ${want}, got ${actual} (abs diff ${diff.toExponential(3)}, rel ${(diff / Math.abs(want)).toExponential(3)})`
    );
  }
}

/** A numeric cell in fixtures: a number, null (null cell), 'NaN' token, 'inf'/'-inf' or 'invalid'. */
export type Cell = number | null | 'NaN' | 'inf' | '-inf' | 'invalid';

export function numericColumn(
  name: string,
  type: NumericColumn['type'],
  cells: readonly Cell[]
): NumericColumn {
  const values = new Float64Array(cells.length);
  const missing = new Uint8Array(cells.length);
  let invalid: Uint8Array | null = null;
  cells.forEach((cell, row) => {
    if (cell === null) {
      values[row] = Number.NaN;
      missing[row] = Missing.Null;
    } else if (cell === 'NaN') {
      values[row] = Number.NaN;
      missing[row] = Missing.NaN;
    } else if (cell === 'invalid') {
      values[row] = Number.NaN;
      invalid ??= new Uint8Array(cells.length);
      invalid[row] = 1;
    } else if (cell === 'inf') {
      values[row] = Infinity;
    } else if (cell === '-inf') {
      values[row] = -Infinity;
    } else {
      values[row] = cell;
    }
  });
  return { name, type, values, missing, invalid, text: (row) => String(cells[row] ?? '') };
}

/** A numeric column of plain values (NaN entries become null cells). */
export function valuesColumn(name: string, type: NumericColumn['type'], values: Float64Array): NumericColumn {
  const missing = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing[i] = Missing.Null;
  return { name, type, values, missing, invalid: null, text: (row) => String(values[row]) };
}

export function stringColumn(name: string, cells: readonly (string | null)[]): StringColumn {
  const missing = new Uint8Array(cells.length);
  cells.forEach((cell, row) => {
    if (cell === null) missing[row] = Missing.Null;
  });
  return {
    name,
    type: 'string',
    values: cells.map((cell) => cell ?? ''),
    missing,
    dictionary: null,
    text: (row) => cells[row] ?? ''
  };
}

/**
 * `stringColumn` with dictionary codes, as the CSV reader makes them: texts numbered in order of
 * first appearance, a missing cell's code left at -1 (unspecified by the contract).
 */
export function codedStringColumn(name: string, cells: readonly (string | null)[]): StringColumn {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(cells, (cell) => {
    if (cell === null) return -1;
    let code = index.get(cell);
    if (code === undefined) {
      code = texts.push(cell) - 1;
      index.set(cell, code);
    }
    return code;
  });
  return { ...stringColumn(name, cells), dictionary: { codes, texts } };
}

/** Feeds `column` to `observe` in batches of `batchRows` rows (slices of every array). */
export function inBatches<C extends NumericColumn | StringColumn>(column: C, batchRows: number): C[] {
  const batches: C[] = [];
  for (let start = 0; start < column.missing.length; start += batchRows) {
    const end = Math.min(start + batchRows, column.missing.length);
    const missing = column.missing.slice(start, end);
    const text = (row: number): string => column.text(start + row);
    if (column.type === 'string') {
      const dictionary =
        column.dictionary === null
          ? null
          : { codes: column.dictionary.codes.slice(start, end), texts: column.dictionary.texts };
      batches.push({ ...column, values: column.values.slice(start, end), missing, dictionary, text });
    } else {
      const invalid = column.invalid === null ? null : column.invalid.slice(start, end);
      batches.push({ ...column, values: column.values.slice(start, end), missing, invalid, text });
    }
  }
  return batches;
}
