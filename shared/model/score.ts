/**
 * Batched scoring of a data set: one pass over the column batches, each batch's feature columns
 * checked for NaN, turned into tensors and run through every model; the target (and any columns
 * kept for slicing) collected alongside, so metrics see aligned rows. Memory is bounded by a batch
 * plus the per-row results (predictions, probabilities, target), which are O(rows) by necessity.
 */
import { ConfigurationError, DataError } from '../runtime/errors.js';
import { reuseFreedMemory } from '../runtime/memory.js';
import type { Batch, Column } from '../data/types.js';
import type { ClassIndices } from '../metrics/index.js';
import { ScoreCollector, type ModelScores } from './collect.js';
import { buildFeeds, columnsByName, FeedBuffers, markMissing } from './feeds.js';
import { GrowableFloat64, GrowableInt32 } from './growable.js';
import { planInputs, type InputPlan } from './inputs.js';
import { CodeColumn, LabelCodes, lazyProperty, mergeLazy } from './label-codes.js';
import type { LoadedModel } from './load.js';
import { onnxRuntime, type OnnxRuntime } from './runtime.js';
import { fixedDim } from './signature.js';

export type { ModelScores } from './collect.js';

/** A data set (`openDataset`) or any stream of column batches. */
export type BatchSource = { batches(): AsyncIterable<Batch> } | AsyncIterable<Batch>;

/**
 * What to do with rows whose features or target are NaN or missing: fail, leave them out, or (`keep`)
 * feed the features as they are to a model that handles missing values itself (a missing target
 * still fails).
 */
export type NanPolicy = 'error' | 'drop' | 'keep';

export interface ScoreOptions {
  /** The label column, collected as `yTrue`; none when omitted (yTrue is then null). */
  readonly target?: string;
  /** Feature columns in the model's order for a single [N, F] input (see `planInputs`). */
  readonly features?: readonly string[];
  /**
   * `error`: a DataError naming each column's NaN count. `drop`: score the other rows. `keep`: only
   * the target is checked; NaN features reach the model. Default: `keep` for the features of models
   * that say they handle missing values (metadata `missing-values: handled`, as mlgate's trainers
   * write), `error` for the others.
   */
  readonly nan?: NanPolicy;
  /** Further columns to collect for the scored rows (e.g. slice columns). */
  readonly keep?: readonly string[];
  /** Rows per `session.run` (default 65,536); a model with a fixed batch dimension uses that. */
  readonly batchRows?: number;
  /**
   * About how many rows the data holds (`estimateRows`), when known: per-row results are then
   * allocated once at that size instead of grown and copied together.
   */
  readonly expectedRows?: number;
}

/** A model, optionally with its own feature list (a baseline may read other columns than the candidate). */
export type ModelInput = LoadedModel | { readonly model: LoadedModel; readonly features?: readonly string[] };

/** The rows scored, common to every model scored in the pass. */
export interface ScoredRows {
  /** Rows scored. */
  readonly rows: number;
  /** Rows left out under `nan: drop`. */
  readonly dropped: number;
  /** Per checked column (features and target), rows where it was NaN or missing. */
  readonly nanCounts: Readonly<Record<string, number>>;
  /**
   * The target per scored row: strings for classification (numbers as `String(value)`; the strings
   * are made on first read), numbers for regression.
   */
  readonly yTrue: string[] | Float64Array | null;
  /**
   * Classification: every label seen (the first model's classes first, in probability-column order,
   * then other models' classes, then target values and predictions no model names), and each
   * row's target as an index into it. Metrics can count with the codes instead of the strings.
   */
  readonly labels: readonly string[] | null;
  readonly yTrueCodes: ClassIndices | null;
  /** The data set row index (0-based, across files) of each scored row. */
  readonly rowIndex: Uint32Array;
  /** The `keep` columns for the scored rows: numbers as float64, strings as strings. */
  readonly columns: Readonly<Record<string, string[] | Float64Array>>;
}

export type ScoreResult = ScoredRows & ModelScores;

export interface MultiScoreResult extends ScoredRows {
  /** In the order given. */
  readonly models: ModelScores[];
}

const DEFAULT_BATCH_ROWS = 65_536;

/** Scores one model on a data set. See `scoreModels`. */
export async function scoreDataset(
  model: ModelInput,
  data: BatchSource,
  options: ScoreOptions = {}
): Promise<ScoreResult> {
  const result = await scoreModels([model], data, options);
  const descriptors = Object.getOwnPropertyDescriptors(result) as Partial<
    Record<keyof MultiScoreResult, PropertyDescriptor>
  >;
  delete descriptors.models;
  return mergeLazy(Object.defineProperties({}, descriptors) as ScoredRows, result.models[0]);
}

/**
 * Scores several models (a candidate and its baseline) on the same rows in one pass. The data's
 * columns are checked against every model's inputs on the first batch, before anything runs.
 */
export async function scoreModels(
  models: readonly ModelInput[],
  data: BatchSource,
  options: ScoreOptions = {}
): Promise<MultiScoreResult> {
  const entries = models.map((entry) => ('session' in entry ? { model: entry } : entry));
  if (entries.length === 0) throw new Error('scoreModels needs at least one model');
  const task = entries[0].model.task;
  const other = entries.find((entry) => entry.model.task !== task);
  if (other !== undefined)
    throw new ConfigurationError(
      `${entries[0].model.path} is a ${task} model but ${other.model.path} is a ${other.model.task} model: they cannot be compared`
    );
  if (options.batchRows !== undefined && !(Number.isInteger(options.batchRows) && options.batchRows > 0))
    throw new ConfigurationError(`batchRows: expected a positive integer, got ${options.batchRows}`);

  const ort = await onnxRuntime();
  reuseFreedMemory();
  const pass = new ScoringPass(ort, entries, options);
  const batches = Symbol.asyncIterator in data ? data : data.batches();
  for await (const batch of batches) await pass.add(batch);
  return pass.finish();
}

interface ModelRun {
  readonly model: LoadedModel;
  readonly plan: InputPlan;
  readonly collector: ScoreCollector;
  /** Its input arrays, reused from chunk to chunk (each run is awaited before the next is built). */
  readonly buffers: FeedBuffers;
  /** Rows per session.run, and whether the last chunk must be padded to it (fixed batch dimension). */
  readonly chunk: number;
  readonly fixed: boolean;
}

class ScoringPass {
  private runs: ModelRun[] | undefined;
  private checked: string[] = [];
  private readonly nanCounts: Record<string, number> = {};
  private firstMissing: string | undefined;
  private failing = false;
  private missingRows = 0;
  private dropped = 0;
  private readonly labels: LabelCodes;
  private readonly expectedRows: number;
  private readonly yCodes: CodeColumn;
  private readonly yNumbers: GrowableFloat64;
  /** Rows seen (scored or left out), and the data set row index of each left out, ascending. */
  private seenRows = 0;
  private readonly droppedRows = new GrowableInt32();
  private readonly kept = new Map<string, string[] | GrowableFloat64>();
  private flags = new Uint8Array(0);
  private identity = new Uint32Array(0);
  private selected = new Uint32Array(0);

  constructor(
    private readonly ort: OnnxRuntime,
    private readonly entries: readonly {
      readonly model: LoadedModel;
      readonly features?: readonly string[];
    }[],
    private readonly options: ScoreOptions
  ) {
    this.labels = new LabelCodes(entries.flatMap(({ model }) => model.classes ?? []));
    // A little over the estimate, which comes from the first lines only.
    this.expectedRows =
      options.expectedRows === undefined ? 0 : Math.ceil(options.expectedRows * 1.02) + 1024;
    const regression = entries[0].model.task === 'regression';
    const target = options.target !== undefined;
    this.yCodes = new CodeColumn(this.labels, target && !regression ? this.expectedRows : 0);
    this.yNumbers = new GrowableFloat64(target && regression ? this.expectedRows : 0);
  }

  async add(batch: Batch): Promise<void> {
    const runs = (this.runs ??= this.setup(batch));
    const rowCount = batch.rowCount;
    if (rowCount === 0) return;
    this.seenRows = batch.rowOffset + rowCount;
    const columns = columnsByName(batch);
    const rows = this.selectRows(batch, columns);
    if (this.failing || rows.length === 0) return;
    this.collect(batch, columns, rows);
    for (const run of runs) {
      for (let start = 0; start < rows.length; start += run.chunk) {
        const chunk = rows.subarray(start, Math.min(rows.length, start + run.chunk));
        const feedRows = run.fixed && chunk.length < run.chunk ? padded(chunk, run.chunk) : chunk;
        const feeds = buildFeeds(this.ort, run.plan, batch, columns, feedRows, run.buffers);
        await run.collector.score(
          feeds,
          chunk.length,
          (row) => `${batch.file} line ${batch.lines[chunk[row]]}`
        );
      }
    }
  }

  /** Plans every model's inputs on the first batch's columns; checks the target and kept columns. */
  private setup(batch: Batch): ModelRun[] {
    const infos = batch.columns.map((column) => ({ name: column.name, type: column.type }));
    const names = new Set(infos.map((info) => info.name));
    const { target, keep = [] } = this.options;
    const runs = this.entries.map(({ model, features }): ModelRun => {
      const plan = planInputs(
        model.path,
        model.signature,
        infos,
        { features: features ?? this.options.features, target },
        batch.file
      );
      const fixedSizes = plan.feeds.map((feed) => fixedDim(feed.input, 0));
      const fixed = fixedSizes.find((size) => size !== null && size > 0) ?? null;
      return {
        model,
        plan,
        collector: new ScoreCollector(model, plan.features, this.labels, this.expectedRows),
        buffers: new FeedBuffers(),
        chunk: fixed ?? this.options.batchRows ?? DEFAULT_BATCH_ROWS,
        fixed: fixed !== null
      };
    });
    const absent = [...(target === undefined ? [] : [target]), ...keep].filter((name) => !names.has(name));
    if (absent.length > 0)
      throw new ConfigurationError(
        `${batch.file} has no column ${absent.join(', ')} (${target !== undefined && absent.includes(target) ? `target ${target}; ` : ''}its columns are ${[...names].join(', ')})`
      );
    const targetColumn = batch.columns.find((column) => column.name === target);
    if (targetColumn?.type === 'string' && this.entries[0].model.task === 'regression')
      throw new DataError(`${batch.file}: target column ${target} is string; regression needs numbers`);
    for (const name of keep)
      this.kept.set(
        name,
        batch.columns.find((column) => column.name === name)!.type === 'string'
          ? []
          : new GrowableFloat64(this.expectedRows)
      );
    // Default: the features of models that say they handle missing values are not checked.
    const checkedRuns =
      this.options.nan === 'keep'
        ? []
        : this.options.nan === undefined
          ? runs.filter((run) => !handlesMissing(run.model))
          : runs;
    const features = checkedRuns.flatMap((run) => run.plan.features);
    this.checked = [...new Set([...features, ...(target === undefined ? [] : [target])])];
    for (const name of this.checked) this.nanCounts[name] = 0;
    return runs;
  }

  /** The batch rows to score: all, or those with no NaN/missing checked value. Counts the rest. */
  private selectRows(batch: Batch, columns: ReadonlyMap<string, Column>): Uint32Array {
    const rowCount = batch.rowCount;
    if (this.flags.length < rowCount) this.flags = new Uint8Array(rowCount);
    const flags = this.flags.subarray(0, rowCount);
    flags.fill(0);
    let any = false;
    for (const name of this.checked) {
      const column = columns.get(name);
      if (column === undefined)
        throw new DataError(`${batch.file} line ${batch.lines[0]}: column ${name} is missing from here on`);
      const count = markMissing(column, rowCount, flags);
      this.nanCounts[name] += count;
      any ||= count > 0;
    }
    if (!any) {
      if (this.identity.length < rowCount)
        this.identity = Uint32Array.from({ length: rowCount }, (_, row) => row);
      return this.identity.subarray(0, rowCount);
    }
    // Reused from batch to batch: a batch's rows are scored before the next batch is read.
    if (this.selected.length < rowCount) this.selected = new Uint32Array(rowCount);
    const selected = this.selected;
    const kept = unflaggedRows(flags, selected);
    const missing = rowCount - kept;
    // The data set index of each row left out: the row index is made from them when read.
    const dropped = this.droppedRows.append(missing);
    for (let row = 0, next = 0; next < missing; row++)
      if (flags[row] !== 0) dropped[next++] = batch.rowOffset + row;
    this.firstMissing ??= `${batch.file} line ${batch.lines[dropped[0] - batch.rowOffset]}`;
    this.missingRows += missing;
    if ((this.options.nan ?? 'error') !== 'drop') this.failing = true;
    else this.dropped += missing;
    return selected.subarray(0, kept);
  }

  /** The target and the kept columns of the scored rows. */
  private collect(batch: Batch, columns: ReadonlyMap<string, Column>, rows: Uint32Array): void {
    const target = this.options.target === undefined ? undefined : columns.get(this.options.target);
    if (target !== undefined) {
      if (this.entries[0].model.task === 'regression') this.appendNumbers(this.yNumbers, target, rows, batch);
      else this.appendCodes(target, rows);
    }
    for (const [name, store] of this.kept) {
      const column = columns.get(name);
      if (column === undefined)
        throw new DataError(`${batch.file} line ${batch.lines[0]}: column ${name} is missing from here on`);
      if (Array.isArray(store)) for (let i = 0; i < rows.length; i++) store.push(column.text(rows[i]));
      else this.appendNumbers(store, column, rows, batch);
    }
  }

  private appendNumbers(store: GrowableFloat64, column: Column, rows: Uint32Array, batch: Batch): void {
    if (column.type === 'string')
      throw new DataError(
        `${batch.file} line ${batch.lines[0]}: column ${column.name} is string from here on; it was numeric`
      );
    const out = store.append(rows.length);
    const values = column.values;
    for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  }

  /** The target's label codes: numbers as `String(value)` (1.0 reads "1", as an int64 class label does). */
  private appendCodes(column: Column, rows: Uint32Array): void {
    const out = this.yCodes.batch(rows.length);
    const labels = this.labels;
    if (column.type === 'string') {
      const values = column.values;
      for (let i = 0; i < rows.length; i++) out[i] = labels.text(values[rows[i]]);
    } else labels.numbersAt(column.values, rows, out);
    this.yCodes.commit(out);
  }

  private rowIndex(droppedRows: Int32Array): Uint32Array {
    const index = new Uint32Array(this.seenRows - droppedRows.length);
    let next = 0;
    let row = 0;
    for (const dropped of droppedRows) {
      while (row < dropped) index[next++] = row++;
      row++;
    }
    while (row < this.seenRows) index[next++] = row++;
    return index;
  }

  finish(): MultiScoreResult {
    if (this.failing) {
      const counts = this.checked
        .filter((name) => this.nanCounts[name] > 0)
        .map((name) => `${name === this.options.target ? `target ${name}` : name} ${this.nanCounts[name]}`);
      throw new DataError(
        `NaN or missing values in ${this.missingRows} row${this.missingRows === 1 ? '' : 's'} (${counts.join(', ')}; first at ${this.firstMissing}): the nan policy is error; set nan: drop to score the other rows`
      );
    }
    const columns: Record<string, string[] | Float64Array> = {};
    for (const [name, store] of this.kept) columns[name] = Array.isArray(store) ? store : store.finish();
    const target = this.options.target;
    const classification = this.entries[0].model.task === 'classification';
    const yTrueCodes = classification && target !== undefined ? this.yCodes.finish() : null;
    // Models first: their predictions may add labels the target never had. No batch at all (an
    // empty data set): nothing was planned, every model scored no row.
    const models = (
      this.runs ??
      this.entries.map(({ model }) => ({ collector: new ScoreCollector(model, [], this.labels) }))
    ).map((run) => run.collector.finish());
    const result: MultiScoreResult = {
      rows: this.seenRows - this.droppedRows.length,
      dropped: this.dropped,
      nanCounts: { ...this.nanCounts },
      yTrue: target === undefined ? null : yTrueCodes === null ? this.yNumbers.finish() : [],
      labels: classification ? [...this.labels.labels] : null,
      yTrueCodes,
      rowIndex: new Uint32Array(0),
      columns,
      models
    };
    if (yTrueCodes !== null) lazyProperty(result, 'yTrue', () => this.labels.decode(yTrueCodes));
    // Every row seen but those left out: made when read (evaluate-thresholds never reads it).
    const droppedRows = this.droppedRows.finish();
    lazyProperty(result, 'rowIndex', () => this.rowIndex(droppedRows));
    return result;
  }
}

/**
 * Writes to `out` the indices of the rows whose flag is 0 and returns how many. Flags are read four
 * at a time (a batch's `flags` array starts on a word): most words flag no row.
 */
function unflaggedRows(flags: Uint8Array, out: Uint32Array): number {
  const n = flags.length;
  const words = flags.byteOffset % 4 === 0 ? n >>> 2 : 0;
  const view = new Uint32Array(flags.buffer, flags.byteOffset, words);
  let kept = 0;
  for (let w = 0; w < words; w++) {
    const row = 4 * w;
    if (view[w] === 0) {
      out[kept] = row;
      out[kept + 1] = row + 1;
      out[kept + 2] = row + 2;
      out[kept + 3] = row + 3;
      kept += 4;
    } else for (let r = row; r < row + 4; r++) if (flags[r] === 0) out[kept++] = r;
  }
  for (let row = 4 * words; row < n; row++) if (flags[row] === 0) out[kept++] = row;
  return kept;
}

/** `rows` extended to `size` by repeating its last row (the padding's outputs are discarded). */
function padded(rows: Uint32Array, size: number): Uint32Array {
  const out = new Uint32Array(size);
  out.set(rows);
  out.fill(rows[rows.length - 1], rows.length);
  return out;
}

/**
 * The metadata entry by which a model says it handles missing values itself (mlgate's trainers write
 * it): evaluation then feeds it rows with NaN features.
 */
export const HANDLES_MISSING_METADATA = { key: 'missing-values', value: 'handled' } as const;

export function handlesMissing(model: LoadedModel): boolean {
  return model.signature.metadata[HANDLES_MISSING_METADATA.key] === HANDLES_MISSING_METADATA.value;
}
