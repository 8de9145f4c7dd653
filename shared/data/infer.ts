/**
 * Type inference for undeclared columns: every non-missing cell of a column votes for the types it
 * fits, and the column takes the narrowest type all cells fit (int, then float, bool, datetime),
 * else string.
 */
import { parseBool } from './parse-bool.js';
import { parseDatetime } from './parse-datetime.js';
import { NumberKind, NumberParser } from './parse-number.js';
import { DEFAULT_NULL_TOKENS, type ColumnType } from './types.js';

/** Bits of the set of types a cell (or every cell so far) fits. */
export const Fits = {
  None: 0,
  Int: 1,
  Float: 2,
  Bool: 4,
  Datetime: 8,
  Any: 15
} as const;

/** What one cell fits. A NaN token fits int and float: it is a missing code in numeric columns. */
export function cellFits(bytes: Uint8Array, start: number, end: number, parser: NumberParser): number {
  parser.parse(bytes, start, end);
  switch (parser.kind) {
    case NumberKind.Integer:
    case NumberKind.NaN:
      return Fits.Int | Fits.Float;
    case NumberKind.Float:
      return Fits.Float;
    default:
  }
  if (parseBool(bytes, start, end) >= 0) return Fits.Bool;
  if (!Number.isNaN(parseDatetime(bytes, start, end))) return Fits.Datetime;
  return Fits.None;
}

/**
 * Accumulates cells' `Fits` and says which type they make. Only NaN tokens (no other value) make
 * a float column.
 */
export class TypeVote {
  private fits: number = Fits.Any;
  private values = 0;
  private nanOnly = true;

  add(fits: number, isNaNToken: boolean): void {
    this.fits &= fits;
    this.values++;
    if (!isNaNToken) this.nanOnly = false;
  }

  /** False once no type but string fits: the rest of the cells cannot change the result. */
  get open(): boolean {
    return this.fits !== Fits.None;
  }

  /** The inferred type, or undefined when there was no value to vote. */
  result(): ColumnType | undefined {
    if (this.values === 0) return undefined;
    if (this.nanOnly) return 'float';
    return fitsToType(this.fits);
  }
}

/** The narrowest type a set of `Fits` allows. */
export function fitsToType(fits: number): ColumnType {
  if (fits & Fits.Int) return 'int';
  if (fits & Fits.Float) return 'float';
  if (fits & Fits.Bool) return 'bool';
  if (fits & Fits.Datetime) return 'datetime';
  return 'string';
}

/**
 * The type mlgate infers for a column with these cell texts: `int` when all non-missing cells
 * are integers (`^[+-]?\d+$`), `float` when all are numbers (exponents, `inf`, `Infinity`, NaN
 * tokens included), `bool` for true/false/True/False/TRUE/FALSE, `datetime` for ISO-8601 dates and
 * datetimes, else `string`; undefined when every cell is missing (empty or a null token).
 */
export function inferType(
  texts: Iterable<string>,
  nullTokens: readonly string[] = DEFAULT_NULL_TOKENS
): ColumnType | undefined {
  const parser = new NumberParser();
  const vote = new TypeVote();
  for (const text of texts) {
    if (text === '' || nullTokens.includes(text)) continue;
    const bytes = Buffer.from(text, 'utf8');
    const fits = cellFits(bytes, 0, bytes.length, parser);
    vote.add(fits, parser.kind === NumberKind.NaN);
    if (!vote.open) break;
  }
  return vote.result();
}
