/**
 * Input tensors built straight from column batches: a typed array per input filled from the
 * columns' value arrays for the selected rows (no row objects). The batch's arrays are reused by
 * the reader, so every tensor is a copy: into arrays the scorer reuses from chunk to chunk
 * (`FeedBuffers`), as a chunk's tensors are done with once its `session.run` has resolved.
 *
 * Precision: a float input gets each float64 value rounded to float32 (as numpy's
 * `astype(np.float32)`, which skl2onnx models expect); double inputs keep float64.
 */
import { DataError } from '../runtime/errors.js';
import type { Batch, Column } from '../data/types.js';
import { countMissing } from '../data/missing.js';
import { columnFits, type InputFeed, type InputPlan } from './inputs.js';
import type { OnnxRuntime, Tensor } from './runtime.js';
import { describeValue } from './signature.js';

/** The batch's columns by name (a JSON Lines batch can gain columns, so this is per batch). */
export function columnsByName(batch: Batch): Map<string, Column> {
  return new Map(batch.columns.map((column) => [column.name, column]));
}

/**
 * The feeds for `rows` (indices into the batch; `rows.length` may exceed the rows to score when a
 * fixed batch dimension pads the last chunk by repeating its last row).
 */
export function buildFeeds(
  ort: OnnxRuntime,
  plan: InputPlan,
  batch: Batch,
  columns: ReadonlyMap<string, Column>,
  rows: Uint32Array,
  buffers: FeedBuffers
): Record<string, Tensor> {
  const feeds: Record<string, Tensor> = {};
  for (const feed of plan.feeds) {
    const sources = feed.columns.map((name) => batchColumn(batch, columns, feed, name));
    feeds[feed.input.name] = buildTensor(ort, feed, sources, rows, buffers);
  }
  return feeds;
}

/**
 * One model's numeric input arrays, reused for every chunk: the caller must not build the next
 * chunk's feeds before the previous chunk's `session.run` has resolved.
 */
export class FeedBuffers {
  private readonly arrays = new Map<string, NumberArray>();

  /** `length` elements of input `name`'s array (made by `make`, grown when too short). */
  take<T extends NumberArray>(name: string, length: number, make: (length: number) => T): T {
    const held = this.arrays.get(name) as T | undefined;
    if (held !== undefined && held.length >= length) return held.subarray(0, length) as T;
    const made = make(length);
    this.arrays.set(name, made);
    return made;
  }
}

function batchColumn(
  batch: Batch,
  columns: ReadonlyMap<string, Column>,
  feed: InputFeed,
  name: string
): Column {
  const column = columns.get(name);
  const where = `${batch.file} line ${batch.lines[0] ?? 0}`;
  if (column === undefined)
    throw new DataError(
      `${where}: column ${name} is missing from this batch on (input "${feed.input.name}" needs it)`
    );
  if (!columnFits(feed.input, column.type))
    throw new DataError(
      `${where}: column ${name} is ${column.type} from here on, which input "${feed.input.name}" (${describeValue(feed.input)}) cannot take`
    );
  return column;
}

function buildTensor(
  ort: OnnxRuntime,
  feed: InputFeed,
  sources: readonly Column[],
  rows: Uint32Array,
  buffers: FeedBuffers
): Tensor {
  const count = rows.length;
  const width = sources.length;
  const dims = feed.rank === 1 ? [count] : [count, width];
  const name = feed.input.name;
  const size = count * width;
  const numeric = NUMERIC_FEEDS[feed.input.elementType as keyof typeof NUMERIC_FEEDS] as
    NumericFeed | undefined;
  if (numeric !== undefined) {
    const out = fillNumbers(buffers.take(name, size, numeric.make), sources, rows);
    return new ort.Tensor(numeric.tensor, out, dims);
  }
  switch (feed.input.elementType) {
    case 'int64': {
      const out = new BigInt64Array(count * width);
      sources.forEach((source, feature) => {
        const values = numbers(source);
        for (let index = 0; index < count; index++)
          out[index * width + feature] = BigInt(values[rows[index]]);
      });
      return new ort.Tensor('int64', out, dims);
    }
    case 'string': {
      const out = new Array<string>(count * width);
      sources.forEach((source, feature) => {
        const values = source.type === 'string' ? source.values : [];
        for (let index = 0; index < count; index++) out[index * width + feature] = values[rows[index]];
      });
      return new ort.Tensor('string', out, dims);
    }
    default:
      // planInputs refuses every other element type before scoring starts.
      throw new Error(`no tensor builder for ${feed.input.elementType}`);
  }
}

type NumberArray = Float32Array | Float64Array | Int32Array | Uint8Array;

interface NumericFeed {
  readonly tensor: 'float32' | 'float64' | 'int32' | 'bool';
  readonly make: (length: number) => NumberArray;
}

/** The tensor type and input array of each numeric element type (the array is reused chunk to chunk). */
const NUMERIC_FEEDS: Readonly<Record<'float' | 'double' | 'int32' | 'bool', NumericFeed>> = {
  float: { tensor: 'float32', make: (length) => new Float32Array(length) },
  double: { tensor: 'float64', make: (length) => new Float64Array(length) },
  int32: { tensor: 'int32', make: (length) => new Int32Array(length) },
  bool: { tensor: 'bool', make: (length) => new Uint8Array(length) }
};

/**
 * Row-major [rows, features] from the feature columns: three features per pass over the rows, which
 * reads each row index once for the three and writes them side by side (on 2M rows of 6 features,
 * 15 instead of 23 ms in CPU profiles, against a pass per feature); the rest, one pass each.
 */
function fillNumbers<T extends NumberArray>(out: T, sources: readonly Column[], rows: Uint32Array): T {
  const width = sources.length;
  const count = rows.length;
  let feature = 0;
  for (; feature + 2 < width; feature += 3) {
    const a = numbers(sources[feature]);
    const b = numbers(sources[feature + 1]);
    const c = numbers(sources[feature + 2]);
    for (let index = 0, at = feature; index < count; index++, at += width) {
      const row = rows[index];
      out[at] = a[row];
      out[at + 1] = b[row];
      out[at + 2] = c[row];
    }
  }
  for (; feature < width; feature++) {
    const values = numbers(sources[feature]);
    for (let index = 0, at = feature; index < count; index++, at += width) out[at] = values[rows[index]];
  }
  return out;
}

function numbers(column: Column): Float64Array {
  // columnFits admits only numeric columns for numeric inputs.
  if (column.type === 'string') throw new Error(`column ${column.name} is not numeric`);
  return column.values;
}

/**
 * Marks in `flags` (non-zero per row) the rows where `column` is NaN or missing (null, NaN token, an
 * unparsable number; a null string cell) and returns how many of the batch's rows are.
 */
export function markMissing(column: Column, rowCount: number, flags: Uint8Array): number {
  if (column.type === 'string' || column.invalid === null) {
    // The missing flags are the marks: a string is missing where flagged; a number's `values` is NaN
    // exactly where a cell is missing or invalid (the column contract), and here none is invalid.
    const missing = column.missing.subarray(0, rowCount);
    const count = countMissing(missing);
    if (count > 0) orInto(flags, missing);
    return count;
  }
  let marked = 0;
  const values = column.values;
  for (let row = 0; row < rowCount; row++) {
    const value = values[row];
    if (value !== value) {
      flags[row] = 1;
      marked++;
    }
  }
  return marked;
}

/** `target[i] |= source[i]` over `source`'s length, four bytes at a time when both arrays allow it. */
function orInto(target: Uint8Array, source: Uint8Array): void {
  const n = source.length;
  let i = 0;
  if (target.byteOffset % 4 === 0 && source.byteOffset % 4 === 0) {
    const words = n >>> 2;
    const to = new Uint32Array(target.buffer, target.byteOffset, words);
    const from = new Uint32Array(source.buffer, source.byteOffset, words);
    for (let w = 0; w < words; w++) to[w] |= from[w];
    i = words * 4;
  }
  for (; i < n; i++) target[i] |= source[i];
}
