/**
 * Validation and per-input caches. An input object is validated once; its sort orders, label-pair
 * codes and scratch buffers are built on first use and kept (weakly) for the next call on the same
 * object, so that a bootstrap's thousand `metricOn` calls cost O(rows) each, not O(n log n).
 */
import { DataError, ModelError } from '../runtime/errors.js';
import { argsortDescending, sortBinaryProbabilities } from './argsort.js';
import type { ClassIndices, ClassificationInput, RegressionInput } from './types.js';

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, floor } = Math;
const { isFinite } = Number;

export type IndexArray = Uint8Array | Uint16Array | Int32Array;

/** An array for integers in [0, max], as small as fits (smaller arrays stay in cache on random access). */
function indexArray(length: number, max: number): IndexArray {
  if (max <= 0xff) return new Uint8Array(length);
  if (max <= 0xffff) return new Uint16Array(length);
  return new Int32Array(length);
}

/** The positions of one probability column by descending score: their classes and tie groups. */
export interface ColumnRanks {
  /** The class of the row at position i, so that sweeps read memory in order. */
  readonly labels: IndexArray;
  /** 1 where position i ends a group of tied scores. */
  readonly groupEnd: Uint8Array;
  /** Groups of tied scores: the 1s of `groupEnd`. */
  readonly groups: number;
  /** The score at position i. */
  scoreAt(i: number): number;
}

/** `ColumnRanks` with the row at each position: what a sweep over a subset of rows weighs by. */
export interface ColumnOrder extends ColumnRanks {
  /** Row indices by descending score; `labels[i]` = yTrue[order[i]]. */
  readonly order: Int32Array;
}

function checkLabels(values: ClassIndices, what: string, classes: readonly string[]): void {
  const count = classes.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < 0 || v >= count) {
      throw new RangeError(
        `${what}[${i}] = ${v} is not a class index (0..${count - 1} for ${count} classes)`
      );
    }
  }
}

/** Throws unless `input` is consistent: shapes, class indices, finite probabilities. */
export function checkClassification(input: ClassificationInput): void {
  const { yTrue, yPred, proba, classes, posLabel } = input;
  const count = classes.length;
  if (count === 0) throw new RangeError('classification metrics: `classes` is empty');
  if (new Set(classes).size !== count) {
    throw new RangeError(`classification metrics: \`classes\` has repeats: ${JSON.stringify(classes)}`);
  }
  if (yTrue.length !== yPred.length) {
    throw new RangeError(
      `classification metrics: yTrue has ${yTrue.length} rows but yPred has ${yPred.length}`
    );
  }
  if (!Number.isInteger(posLabel) || posLabel < 0 || posLabel >= count) {
    throw new RangeError(
      `posLabel ${posLabel} is not a class index (0..${count - 1} for classes ${JSON.stringify(classes)})`
    );
  }
  checkLabels(yTrue, 'yTrue', classes);
  checkLabels(yPred, 'yPred', classes);
  if (proba === null) return;
  const n = yTrue.length;
  if (proba.length !== n * count) {
    throw new RangeError(
      `proba has ${proba.length} values; expected ${n} rows × ${count} classes = ${n * count}`
    );
  }
  for (let k = 0; k < proba.length; k++) {
    if (!isFinite(proba[k])) {
      const row = floor(k / count);
      throw new ModelError(
        `probability of class ${JSON.stringify(classes[k - row * count])} at row ${row} is ${proba[k]}; probabilities must be finite`
      );
    }
  }
}

/** Throws unless both arrays have the same length and only finite values. */
export function checkRegression(input: RegressionInput): void {
  const { yTrue, yPred } = input;
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`regression metrics: yTrue has ${yTrue.length} rows but yPred has ${yPred.length}`);
  }
  for (let i = 0; i < yTrue.length; i++) {
    if (!isFinite(yTrue[i])) {
      throw new DataError(`target value yTrue[${i}] is ${yTrue[i]}; regression targets must be finite`);
    }
    if (!isFinite(yPred[i])) {
      throw new ModelError(`prediction yPred[${i}] is ${yPred[i]}; predictions must be finite`);
    }
  }
}

/** Throws unless every entry of `rows` indexes one of `n` rows. */
export function checkRows(rows: Int32Array, n: number): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r < 0 || r >= n) throw new RangeError(`rows[${i}] = ${r} is outside the ${n} rows (0..${n - 1})`);
  }
}

/**
 * numpy.allclose(1, s): |1 - s| <= atol + rtol * |s| with numpy's defaults, the test roc_auc_score
 * applies to multiclass scores (sklearn/metrics/_ranking.py, _multiclass_roc_auc_score).
 */
function sumsToOne(s: number): boolean {
  return abs(1 - s) <= 1e-8 + 1e-5 * abs(s);
}

/** A validated classification input and its lazily built caches. */
export class PreparedClassification {
  readonly n: number;
  readonly classCount: number;
  private readonly orders: (ColumnOrder | undefined)[];
  private readonly ranked: (ColumnRanks | undefined)[];
  private pairCodes: IndexArray | undefined;
  private badSums: Uint8Array | null | undefined;
  private scratch: Int32Array | undefined;
  private readonly memos = new Map<string, unknown>();

  constructor(readonly input: ClassificationInput) {
    if (!trusted.has(input)) checkClassification(input);
    this.n = input.yTrue.length;
    this.classCount = input.classes.length;
    this.orders = new Array<ColumnOrder | undefined>(this.classCount);
    this.ranked = new Array<ColumnRanks | undefined>(this.classCount);
  }

  /** `yTrue * C + yPred` per row: one small array to gather from instead of two. */
  codes(): IndexArray {
    if (this.pairCodes !== undefined) return this.pairCodes;
    const { yTrue, yPred } = this.input;
    const count = this.classCount;
    const codes = indexArray(this.n, count * count - 1);
    for (let i = 0; i < this.n; i++) codes[i] = yTrue[i] * count + yPred[i];
    this.pairCodes = codes;
    return codes;
  }

  /** Rows sorted by descending probability of class `column`. */
  columnOrder(column: number): ColumnOrder {
    const cached = this.orders[column];
    if (cached !== undefined) return cached;
    const { proba, yTrue } = this.input;
    if (proba === null) throw new Error('columnOrder: no probabilities');
    const count = this.classCount;
    const n = this.n;
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) scores[i] = proba[i * count + column];
    const { order, groupEnd, groups } = argsortDescending(scores);
    const labels = indexArray(n, count - 1);
    for (let i = 0; i < n; i++) labels[i] = yTrue[order[i]];
    const result = {
      order,
      labels,
      groupEnd,
      groups,
      scoreAt: (i: number): number => proba[order[i] * count + column]
    };
    this.orders[column] = result;
    return result;
  }

  /**
   * Classes and tie groups by descending probability of class `column`, for sweeps over every row.
   * Two classes with float32 probabilities sort without row indices (`sortBinaryProbabilities`);
   * otherwise, or once the row order is known anyway, it is `columnOrder`.
   */
  ranks(column: number): ColumnRanks {
    const known = this.ranked[column] ?? this.orders[column];
    if (known !== undefined) return known;
    const { proba, yTrue } = this.input;
    if (proba === null) throw new Error('ranks: no probabilities');
    const sorted = this.classCount === 2 ? sortBinaryProbabilities(proba, column, yTrue) : null;
    if (sorted === null) return this.columnOrder(column);
    this.ranked[column] = sorted;
    return sorted;
  }

  /** A per-input value built once by `build` (e.g. per-row loss terms), under a caller-chosen key. */
  memo<T>(key: string, build: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = build();
    this.memos.set(key, value);
    return value;
  }

  /** Per row, 1 when its probabilities fail numpy.allclose(1, sum); null when every row passes. */
  rowsNotSummingToOne(): Uint8Array | null {
    if (this.badSums !== undefined) return this.badSums;
    const { proba } = this.input;
    if (proba === null) throw new Error('rowsNotSummingToOne: no probabilities');
    const count = this.classCount;
    let bad: Uint8Array | null = null;
    for (let i = 0; i < this.n; i++) {
      let s = 0;
      for (let c = 0; c < count; c++) s += proba[i * count + c];
      if (!sumsToOne(s)) {
        bad ??= new Uint8Array(this.n);
        bad[i] = 1;
      }
    }
    this.badSums = bad;
    return bad;
  }

  /**
   * How many times each row occurs in `rows`, in a scratch array reused across calls. Call
   * `releaseCounts(rows)` when done: it zeroes only the touched entries.
   */
  countsOf(rows: Int32Array): Int32Array {
    this.scratch ??= new Int32Array(this.n);
    const counts = this.scratch;
    for (let i = 0; i < rows.length; i++) counts[rows[i]]++;
    return counts;
  }

  releaseCounts(rows: Int32Array): void {
    const counts = this.scratch!;
    for (let i = 0; i < rows.length; i++) counts[rows[i]] = 0;
  }
}

const classificationCache = new WeakMap<ClassificationInput, PreparedClassification>();
const trusted = new WeakSet<ClassificationInput>();

/**
 * Marks `input` as already meeting what `checkClassification` checks, so that it is not checked
 * again (on millions of rows, a pass over every label and probability). For the code that builds
 * inputs with those guarantees by construction: the gate's encoding of a scoring pass (class
 * indices into the sorted classes, probabilities the scoring pass found finite).
 */
export function trustClassification(input: ClassificationInput): ClassificationInput {
  trusted.add(input);
  return input;
}
const regressionChecked = new WeakSet<RegressionInput>();

/** The prepared form of `input`, validated on first sight. */
export function prepareClassification(input: ClassificationInput): PreparedClassification {
  let prepared = classificationCache.get(input);
  if (prepared === undefined) {
    prepared = new PreparedClassification(input);
    classificationCache.set(input, prepared);
  }
  return prepared;
}

/** Validates `input` once per object. */
export function prepareRegression(input: RegressionInput): void {
  if (regressionChecked.has(input)) return;
  checkRegression(input);
  regressionChecked.add(input);
}
