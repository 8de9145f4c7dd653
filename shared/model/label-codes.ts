/**
 * Class labels as codes: each distinct label text gets a small integer, and the per-row target and
 * predictions are stored as codes into one shared list of labels (`CodeColumn`). A data set has a
 * handful of labels and millions of rows, so this saves a string (or a BigInt) per row and hands
 * metrics an index they can count with. Numbers read as `String(value)`: 1 and 1.0 are both "1",
 * as an int64 class label is.
 */
import type { ClassIndices } from '../metrics/index.js';
import { GrowableInt32, GrowableUint8 } from './growable.js';

const SMALL_BITS = 12;
const SMALL = 1 << SMALL_BITS;

export class LabelCodes {
  /** The label of each code. */
  readonly labels: string[] = [];
  private readonly byText = new Map<string, number>();
  /** Code of each small non-negative integer label, -1 until seen. */
  private readonly small = new Int32Array(SMALL).fill(-1);

  /** Labels given codes 0, 1, ... in this order (the model's classes: code = probability column). */
  constructor(first: readonly string[] = []) {
    for (const label of first) this.text(label);
  }

  text(label: string): number {
    let code = this.byText.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label);
      this.byText.set(label, code);
    }
    return code;
  }

  number(value: number): number {
    if ((value | 0) === value && value >= 0 && value < SMALL) {
      const code = this.small[value];
      if (code >= 0) return code;
      return (this.small[value] = this.text(String(value)));
    }
    return this.text(String(value));
  }

  /**
   * Codes of `values[rows[i]]`, written to `out[i]`. Every row is first looked up as a small label
   * seen before, with no branch per row (nearly every row of a class label is one); if any was not,
   * the rows are coded one by one.
   */
  numbersAt(values: Float64Array, rows: Uint32Array, out: Int32Array): void {
    const small = this.small;
    let other = 0;
    for (let i = 0; i < rows.length; i++) {
      const value = values[rows[i]];
      const k = value | 0;
      const code = small[k & (SMALL - 1)];
      out[i] = code;
      // Not an integer, or outside [0, SMALL), or not seen yet (code −1).
      other |= +(k !== value) | (k >>> SMALL_BITS) | (code >>> 31);
    }
    if (other !== 0) for (let i = 0; i < rows.length; i++) out[i] = this.number(values[rows[i]]);
  }

  /**
   * Codes of the first `out.length` values of an int64 tensor, written to `out`. Values that fit in
   * 32 bits are read from the low word without making a BigInt (the high word is the low word's
   * sign in little-endian layout, as on every platform onnxruntime-node ships for); small labels seen
   * before as in `numbersAt`.
   */
  int64(data: BigInt64Array, out: Int32Array): void {
    const words = new Int32Array(data.buffer, data.byteOffset, data.length * 2);
    const small = this.small;
    let other = 0;
    for (let row = 0; row < out.length; row++) {
      const low = words[2 * row];
      const code = small[low & (SMALL - 1)];
      out[row] = code;
      other |= words[2 * row + 1] | (low >>> SMALL_BITS) | (code >>> 31);
    }
    if (other === 0) return;
    for (let row = 0; row < out.length; row++) {
      const low = words[2 * row];
      out[row] = words[2 * row + 1] === low >> 31 ? this.number(low) : this.text(String(data[row]));
    }
  }

  /** The labels of `codes`, as strings. */
  decode(codes: ClassIndices): string[] {
    const out = new Array<string>(codes.length);
    const labels = this.labels;
    for (let index = 0; index < codes.length; index++) out[index] = labels[codes[index]];
    return out;
  }
}

/** The most labels whose codes fit in a byte. */
const BYTE_CODES = 256;

/** An array for `length` codes (or class indices) of at most `labels` labels: bytes when they fit. */
export function codeArray(labels: number, length: number): ClassIndices {
  return labels <= BYTE_CODES ? new Uint8Array(length) : new Int32Array(length);
}

/**
 * One code per row (a target column, a model's predictions), appended batch by batch: a byte per row
 * while the pass knows at most 256 labels, as a class label column nearly always does (a quarter of
 * the memory of four-byte codes: 6 MB less per column of 2M rows, each page of which is a page fault
 * when first written), four bytes per row from the first batch that needs more.
 */
export class CodeColumn {
  private bytes: GrowableUint8 | null;
  private words: GrowableInt32 | null = null;
  private scratch = new Int32Array(0);

  /** `expected`: rows expected (a sizing hint, see `Growable`), 0 when unknown. */
  constructor(
    private readonly labels: LabelCodes,
    private readonly expected = 0
  ) {
    this.bytes = new GrowableUint8(expected);
  }

  /** An array for the codes of `count` rows, to fill and then `commit` (reused from batch to batch). */
  batch(count: number): Int32Array {
    if (this.scratch.length < count) this.scratch = new Int32Array(count);
    return this.scratch.subarray(0, count);
  }

  /** Appends `codes`, the array `batch` returned, once filled. */
  commit(codes: Int32Array): void {
    if (this.bytes !== null && this.labels.labels.length > BYTE_CODES) {
      this.words = new GrowableInt32(this.expected);
      this.words.append(this.bytes.length).set(this.bytes.finish());
      this.bytes = null;
    }
    // Every code is below labels.length: into bytes, `set` keeps each value as it is.
    (this.words ?? this.bytes!).append(codes.length).set(codes);
  }

  /** Every code appended, in order. */
  finish(): ClassIndices {
    return this.words?.finish() ?? this.bytes!.finish();
  }
}

/**
 * Defines `key` on `target` as a value computed on first read (then kept): the string form of
 * millions of label codes costs time and memory that a caller counting with the codes never needs.
 */
export function lazyProperty(target: object, key: string, compute: () => unknown): void {
  let value: unknown;
  let computed = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: (): unknown => {
      if (!computed) {
        value = compute();
        computed = true;
      }
      return value;
    }
  });
}

/** `a` and `b` in one object, accessors kept as accessors (a spread would call them). */
export function mergeLazy<A extends object, B extends object>(a: A, b: B): A & B {
  return Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(a), ...Object.getOwnPropertyDescriptors(b) }
  ) as A & B;
}
