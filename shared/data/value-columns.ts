/**
 * Columns from JavaScript values (JSON Lines objects, Parquet cells that need converting): the
 * same Column shape, types and missing codes as CSV, with inference from the values' own types.
 */
import { Fits, fitsToType } from './infer.js';
import type { NullTokens } from './null-tokens.js';
import { parseBoolText } from './parse-bool.js';
import { parseDatetimeText } from './parse-datetime.js';
import { NumberKind, parseNumberText } from './parse-number.js';
import type { SchemaState } from './schema-state.js';
import { Missing, type Column, type ColumnType, type NumericColumn, type StringColumn } from './types.js';

/** The text of a value as a cell: strings as they are, numbers in JS notation, objects as JSON. */
export function valueText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'undefined':
      return '';
    default:
      if (value === null) return '';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
      return JSON.stringify(value, (_key, item: unknown) =>
        typeof item === 'bigint' ? item.toString() : item
      );
  }
}

/**
 * What a value fits. JSON has no date type, so a string can be a datetime; a string is never a
 * number or boolean here (`"12"` in JSON is deliberately a string).
 */
function valueFits(value: unknown): number {
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? Fits.Int | Fits.Float : Fits.Float;
    case 'bigint':
      return Fits.Int | Fits.Float;
    case 'boolean':
      return Fits.Bool;
    case 'string':
      return Number.isNaN(parseDatetimeText(value)) ? Fits.None : Fits.Datetime;
    default:
      return value instanceof Date ? Fits.Datetime : Fits.None;
  }
}

/** NaN, or a NaN token: a missing code in numeric columns. */
function isNaNValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  return typeof value === 'string' && parseNumberText(value).kind === NumberKind.NaN;
}

export class ValueColumnBuilder {
  /** `nulls`: the texts read as null in string values; undefined when only null itself is (Parquet). */
  constructor(
    private readonly schema: SchemaState,
    private readonly nulls: NullTokens | undefined
  ) {}

  /** True for null, undefined, and (when reading text formats) empty strings and null tokens. */
  private isNull(value: unknown): boolean {
    if (value === null || value === undefined) return true;
    return typeof value === 'string' && this.nulls !== undefined && this.nulls.has(value);
  }

  /** The column `name` of `rows` values (`values[row]`, holes are nulls). */
  build(name: string, values: ArrayLike<unknown>, rows: number): Column {
    let type = this.schema.typeOf(name);
    if (type === undefined) {
      type = this.infer(values, rows);
      if (type === undefined) return this.strings(name, values, rows);
      this.schema.resolve(name, type);
    }
    return type === 'string' ? this.strings(name, values, rows) : this.numeric(name, values, rows, type);
  }

  private infer(values: ArrayLike<unknown>, rows: number): ColumnType | undefined {
    let fits: number = Fits.Any;
    let any = false;
    for (let row = 0; row < rows && fits !== Fits.None; row++) {
      const value = values[row];
      if (this.isNull(value)) continue;
      any = true;
      fits &= valueFits(value);
    }
    return any ? fitsToType(fits) : undefined;
  }

  private strings(name: string, source: ArrayLike<unknown>, rows: number): StringColumn {
    const values: string[] = [];
    const missing = new Uint8Array(rows);
    for (let row = 0; row < rows; row++) {
      const value = source[row];
      if (this.isNull(value)) {
        missing[row] = Missing.Null;
        values.push('');
      } else {
        values.push(valueText(value));
      }
    }
    return {
      name,
      type: 'string',
      missing,
      values,
      dictionary: null,
      text: (row: number): string => values[row]
    };
  }

  private numeric(
    name: string,
    source: ArrayLike<unknown>,
    rows: number,
    type: Exclude<ColumnType, 'string'>
  ): NumericColumn {
    const declared = this.schema.isDeclared(name);
    const values = new Float64Array(rows);
    const missing = new Uint8Array(rows);
    let invalid: Uint8Array | null = null;
    let widened = false;
    for (let row = 0; row < rows; row++) {
      const value = source[row];
      let result = Number.NaN;
      let code: number = Missing.Value;
      if (this.isNull(value)) {
        code = Missing.Null;
      } else if (type === 'int' || type === 'float') {
        let kind: NumberKind;
        if (typeof value === 'number') {
          result = value;
          kind = Number.isNaN(value)
            ? NumberKind.NaN
            : Number.isInteger(value)
              ? NumberKind.Integer
              : NumberKind.Float;
        } else if (typeof value === 'bigint') {
          result = Number(value);
          kind = NumberKind.Integer;
        } else if (typeof value === 'string') {
          ({ value: result, kind } = parseNumberText(value));
        } else {
          kind = NumberKind.Invalid;
        }
        if (kind === NumberKind.NaN) code = Missing.NaN;
        else if (kind === NumberKind.Float && type === 'int' && !widened) {
          if (declared) kind = NumberKind.Invalid;
          else widened = true;
        }
        if (kind === NumberKind.Invalid) result = Number.NaN;
      } else if (type === 'bool') {
        if (typeof value === 'boolean') result = value ? 1 : 0;
        else if (value === 0 || value === 1) result = value;
        else if (typeof value === 'string') {
          const bool = value === '0' || value === '1' ? Number(value) : parseBoolText(value);
          if (bool >= 0) result = bool;
        }
      } else if (value instanceof Date) {
        result = value.getTime();
      } else if (typeof value === 'string') {
        result = parseDatetimeText(value);
      }
      if (Number.isNaN(result) && code === Missing.Value) {
        if (isNaNValue(value)) {
          code = Missing.NaN;
        } else {
          invalid ??= new Uint8Array(rows);
          invalid[row] = 1;
        }
      }
      values[row] = result;
      missing[row] = code;
    }
    if (widened) this.schema.widenToFloat(name);
    const text = (row: number): string => (missing[row] === Missing.Null ? '' : valueText(source[row]));
    return { name, type: widened ? 'float' : type, missing, values, invalid, text };
  }
}
