/**
 * Class labels as codes: each distinct label text gets a small integer, and the per-row target and
 * predictions are stored as Int32Array codes into one shared list of labels. A data set has a
 * handful of labels and millions of rows, so this saves a string (or a BigInt) per row and hands
 * metrics an index they can count with. Numbers read as `String(value)`: 1 and 1.0 are both "1",
 * as an int64 class label is.
 */
const SMALL = 4096;

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
   * Codes of the first `out.length` values of an int64 tensor, written to `out`. Values that fit in
   * 32 bits are read from the low word without making a BigInt (the high word is the low word's
   * sign in little-endian layout, as on every platform onnxruntime-node ships for).
   */
  int64(data: BigInt64Array, out: Int32Array): void {
    const words = new Int32Array(data.buffer, data.byteOffset, data.length * 2);
    const small = this.small;
    for (let row = 0; row < out.length; row++) {
      const low = words[2 * row];
      const high = words[2 * row + 1];
      // A small label seen before (nearly every row): its code, with integer arithmetic only.
      const code = high === 0 && low >= 0 && low < SMALL ? small[low] : -1;
      if (code >= 0) out[row] = code;
      else out[row] = high === low >> 31 ? this.number(low) : this.text(String(data[row]));
    }
  }

  /** The labels of `codes`, as strings. */
  decode(codes: Int32Array): string[] {
    const out = new Array<string>(codes.length);
    const labels = this.labels;
    for (let index = 0; index < codes.length; index++) out[index] = labels[codes[index]];
    return out;
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
