/**
 * Numbers parsed straight from a file's bytes, without making a string per cell.
 *
 * Accepted syntax: `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, the infinities
 * `inf`, `Inf`, `INF`, `infinity`, `Infinity`, `INFINITY` (signed or not) and the NaN tokens `NaN`,
 * `nan`. No surrounding whitespace, no hex, no digit separators: such cells are not numbers.
 */

/** What a cell looked like, as set by `NumberParser.parse`. */
export const enum NumberKind {
  /** Not a number. */
  Invalid = 0,
  /** `^[+-]?\d+$`. */
  Integer = 1,
  /** Any other number, including `1.0`, `1e3` and the infinities. */
  Float = 2,
  /** A NaN token. */
  NaN = 3
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const CASE_BIT = 0x20;

/** 2^53: integers below it are exact in a float64. */
const EXACT_INTEGER_LIMIT = 9007199254740992;

/**
 * Powers of ten that are exact in a float64 (10^22 is the largest: 5^22 < 2^53). Clinger's fast
 * path ("How to read floating point numbers accurately", PLDI 1990, the same path as in
 * fast_float and CPython's dtoa): when the decimal mantissa is an exact integer below 2^53 and
 * |exponent| <= 22, one IEEE multiplication or division by an exact power of ten rounds once,
 * so the result is the correctly rounded double.
 */
const EXACT_POWERS_OF_TEN = new Float64Array(23).map((_, i) => 10 ** i);

/** Exponents beyond this already overflow or underflow every float64; caps the digit loop. */
const EXPONENT_CAP = 100_000;

const INFINITY_SPELLINGS: readonly string[] = ['inf', 'Inf', 'INF', 'infinity', 'Infinity', 'INFINITY'];
const NAN_SPELLINGS: readonly string[] = ['NaN', 'nan'];

/** Parses numbers from bytes; `kind` tells what the last parsed cell was (no allocation per cell). */
export class NumberParser {
  kind: NumberKind = NumberKind.Invalid;

  /** The value of `bytes[start, end)`; NaN with `kind` Invalid or NaN when it is not a plain number. */
  parse(bytes: Uint8Array, start: number, end: number): number {
    // Fast path, small enough to be inlined into the column loops: `-?digits(.digits)?` with an
    // exact mantissa, which is most numeric cells; an exponent continues in `exponentTail`.
    let i = start;
    let negative = false;
    if (i < end && bytes[i] === MINUS) {
      negative = true;
      i++;
    }
    const digitsStart = i;
    let mantissa = 0;
    let dot = -1;
    for (; i < end; i++) {
      const c = bytes[i];
      const digit = c - ZERO;
      if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
      else if (c === DOT && dot < 0) dot = i;
      else break;
    }
    const digits = i - digitsStart - (dot < 0 ? 0 : 1);
    if (digits === 0 || mantissa >= EXACT_INTEGER_LIMIT) return this.general(bytes, start, end);
    if (i !== end) return this.exponentTail(bytes, start, end, i, mantissa, dot, negative);
    const fraction = dot < 0 ? 0 : end - dot - 1;
    if (fraction > 22) return this.general(bytes, start, end);
    this.kind = dot < 0 ? NumberKind.Integer : NumberKind.Float;
    const value = fraction === 0 ? mantissa : mantissa / EXACT_POWERS_OF_TEN[fraction];
    return negative ? -value : value;
  }

  /** `digits(.digits)?` then, at `i`, maybe `e[+-]digits` with a small power: else the general path. */
  private exponentTail(
    bytes: Uint8Array,
    start: number,
    end: number,
    i: number,
    mantissa: number,
    dot: number,
    negative: boolean
  ): number {
    if ((bytes[i] | CASE_BIT) !== LOWER_E) return this.general(bytes, start, end);
    const mantissaEnd = i;
    let k = i + 1;
    const exponentNegative = k < end && bytes[k] === MINUS;
    if (exponentNegative || (k < end && bytes[k] === PLUS)) k++;
    const exponentStart = k;
    let exponent = 0;
    for (; k < end && k - exponentStart < 4; k++) {
      const digit = bytes[k] - ZERO;
      if (digit < 0 || digit > 9) break;
      exponent = exponent * 10 + digit;
    }
    if (k !== end || k === exponentStart) return this.general(bytes, start, end);
    const power = (exponentNegative ? -exponent : exponent) - (dot < 0 ? 0 : mantissaEnd - dot - 1);
    if (power < -22 || power > 22) return this.general(bytes, start, end);
    this.kind = NumberKind.Float;
    const value = power >= 0 ? mantissa * EXACT_POWERS_OF_TEN[power] : mantissa / EXACT_POWERS_OF_TEN[-power];
    return negative ? -value : value;
  }

  /** Every accepted spelling: signs, exponents, long mantissas, infinities, NaN tokens. */
  private general(bytes: Uint8Array, start: number, end: number): number {
    let i = start;
    let negative = false;
    if (i < end) {
      const first = bytes[i];
      if (first === PLUS || first === MINUS) {
        negative = first === MINUS;
        i++;
      }
    }
    let mantissa = 0;
    const integerStart = i;
    while (i < end) {
      const digit = bytes[i] - ZERO;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit;
      i++;
    }
    const integerDigits = i - integerStart;
    let fractionDigits = 0;
    let integerSyntax = true;
    if (i < end && bytes[i] === DOT) {
      integerSyntax = false;
      i++;
      const fractionStart = i;
      while (i < end) {
        const digit = bytes[i] - ZERO;
        if (digit < 0 || digit > 9) break;
        mantissa = mantissa * 10 + digit;
        i++;
      }
      fractionDigits = i - fractionStart;
    }
    if (integerDigits + fractionDigits === 0) return this.special(bytes, start, end);
    let exponent = 0;
    if (i < end && (bytes[i] | CASE_BIT) === LOWER_E) {
      integerSyntax = false;
      i++;
      let exponentNegative = false;
      if (i < end && (bytes[i] === PLUS || bytes[i] === MINUS)) {
        exponentNegative = bytes[i] === MINUS;
        i++;
      }
      const exponentStart = i;
      while (i < end) {
        const digit = bytes[i] - ZERO;
        if (digit < 0 || digit > 9) break;
        if (exponent < EXPONENT_CAP) exponent = exponent * 10 + digit;
        i++;
      }
      if (i === exponentStart) return this.invalid();
      if (exponentNegative) exponent = -exponent;
    }
    if (i !== end) return this.invalid();
    this.kind = integerSyntax ? NumberKind.Integer : NumberKind.Float;
    const power = exponent - fractionDigits;
    let value: number;
    if (mantissa === 0) {
      value = 0;
    } else if (mantissa < EXACT_INTEGER_LIMIT && power >= -22 && power <= 22) {
      value = power >= 0 ? mantissa * EXACT_POWERS_OF_TEN[power] : mantissa / EXACT_POWERS_OF_TEN[-power];
    } else {
      // Too many digits or a large exponent: the slow, correctly rounded path.
      return Number(latin1(bytes, start, end));
    }
    return negative ? -value : value;
  }

  private special(bytes: Uint8Array, start: number, end: number): number {
    const text = latin1(bytes, start, end);
    const unsigned = text.startsWith('+') || text.startsWith('-') ? text.slice(1) : text;
    if (INFINITY_SPELLINGS.includes(unsigned)) {
      this.kind = NumberKind.Float;
      return text.startsWith('-') ? -Infinity : Infinity;
    }
    if (NAN_SPELLINGS.includes(text)) {
      this.kind = NumberKind.NaN;
      return Number.NaN;
    }
    return this.invalid();
  }

  private invalid(): number {
    this.kind = NumberKind.Invalid;
    return Number.NaN;
  }
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

const shared = new NumberParser();

/** Parses one text cell with the same rules as the byte parser (for JSON strings and tests). */
export function parseNumberText(text: string): { value: number; kind: NumberKind } {
  const bytes = Buffer.from(text, 'utf8');
  const value = shared.parse(bytes, 0, bytes.length);
  return { value, kind: shared.kind };
}
