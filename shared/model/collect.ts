/**
 * Per-row model outputs gathered across batches: labels as codes into the pass's label list (and,
 * at the end, as strings), probabilities row-major [rows, classes] in the model's precision (a float
 * output's stay float32: half the memory and memory traffic of widening them, and the same values),
 * regression values.
 */
import type { ClassIndices, Probabilities } from '../metrics/index.js';
import { ModelError } from '../runtime/errors.js';
import { release } from '../runtime/memory.js';
import { GrowableFloat32, GrowableFloat64 } from './growable.js';
import { CodeColumn, lazyProperty, type LabelCodes } from './label-codes.js';
import type { LoadedModel } from './load.js';
import type { Task } from './outputs.js';
import { ortMessage, type Tensor } from './runtime.js';

/** What one model predicted on the scored rows. */
export interface ModelScores {
  readonly path: string;
  readonly task: Task;
  /** Class labels as strings in probability-column order (null for regression). */
  readonly classes: readonly string[] | null;
  /** Per row: the predicted label (classification; strings made on first read) or value (regression). */
  readonly predictions: string[] | Float64Array;
  /** Classification: per row, the predicted label's index in the pass's `labels` (see ScoredRows). */
  readonly predictionCodes: ClassIndices | null;
  /**
   * Row-major [rows, classes.length] probabilities; null when the model has none. float32 for a float
   * output; float64 for a double output, and for a single score column widened to [1 − p, p].
   */
  readonly proba: Probabilities | null;
  /** The data columns the model was fed, in feed order. */
  readonly features: readonly string[];
  /** Milliseconds of `session.run` per scored row. */
  readonly latencyMsPerRow: number;
  /** The model file's size in bytes. */
  readonly modelBytes: number;
}

export class ScoreCollector {
  private readonly codes: CodeColumn;
  private readonly values: GrowableFloat64;
  /** Made on the first probabilities, when their width is known. */
  private probaStore: GrowableFloat32 | GrowableFloat64 | undefined;
  private classes: readonly string[] | null;
  /** The label code of each class (probability column). */
  private classCodes: Int32Array;
  /** Nanoseconds in `session.run` (process.hrtime: `performance` would load perf_hooks, about 1.5 ms). */
  private runNs = 0n;
  private rows = 0;

  /** `labels` is shared by every model of a scoring pass and its target column. */
  constructor(
    private readonly model: LoadedModel,
    private readonly features: readonly string[],
    private readonly labels: LabelCodes,
    /** Rows expected (a hint for sizing the per-row results), 0 when unknown. */
    private readonly expectedRows = 0
  ) {
    const classification = model.outputs.task === 'classification';
    this.codes = new CodeColumn(labels, classification ? expectedRows : 0);
    this.values = new GrowableFloat64(classification ? 0 : expectedRows);
    this.classes = model.classes;
    this.classCodes = Int32Array.from(model.classes ?? [], (label) => labels.text(label));
  }

  /** The outputs to fetch from `session.run`. */
  fetches(): string[] {
    const plan = this.model.outputs;
    return [plan.label, plan.probabilities, plan.value].flatMap((output) =>
      output === null ? [] : [output.name]
    );
  }

  /**
   * Runs the session on `feeds` and keeps the first `count` rows of its outputs. `where` names a row
   * of them for errors (its file and line).
   */
  async score(feeds: Record<string, Tensor>, count: number, where: (row: number) => string): Promise<void> {
    const started = process.hrtime.bigint();
    let results: Record<string, Tensor>;
    try {
      results = await this.model.session.run(feeds, this.fetches());
    } catch (error) {
      throw new ModelError(`${this.model.path}: onnxruntime failed to score: ${ortMessage(error)}`);
    }
    this.runNs += process.hrtime.bigint() - started;
    this.rows += count;
    const plan = this.model.outputs;
    if (plan.value !== null) this.addValues(results[plan.value.name], count);
    const proba =
      plan.probabilities === null
        ? null
        : this.addProbabilities(results[plan.probabilities.name], count, plan.positiveScore);
    if (proba !== null) this.checkFinite(proba, count, where);
    if (plan.label !== null) this.addLabels(results[plan.label.name], count);
    else if (proba !== null) this.addArgmax(proba, count);
    // Kept: the next run's outputs can take this memory (see shared/runtime/memory.ts). The binding
    // copies every output into a new buffer, even one that is a graph input: none is a feed's.
    release(Object.values(results).map((tensor) => tensor.data));
  }

  private addValues(tensor: Tensor, count: number): void {
    if (tensor.dims.length > 1 && tensor.dims[1] !== 1)
      throw new ModelError(
        `${this.model.path}: output "${this.model.outputs.value!.name}" has shape [${tensor.dims.join(',')}]; regression needs one value per row`
      );
    const data = tensor.data as Float32Array | Float64Array;
    this.values.append(count).set(data.subarray(0, count));
  }

  /** Keeps the probabilities of `count` rows and returns them ([count, classes], row-major). */
  private addProbabilities(tensor: Tensor, count: number, positiveScore: boolean): Probabilities {
    const data = tensor.data as Probabilities;
    if (positiveScore) {
      // 1 − p is computed in float64, where it may not be a float32 value.
      const out = this.probaOf(2, false).append(2 * count);
      for (let row = 0; row < count; row++) {
        out[2 * row] = 1 - data[row];
        out[2 * row + 1] = data[row];
      }
      return out;
    }
    const width = tensor.dims.length === 2 ? tensor.dims[1] : 1;
    if (this.classes === null) {
      this.classes = Array.from({ length: width }, (_, index) => String(index));
      this.classCodes = Int32Array.from(this.classes, (label) => this.labels.text(label));
    }
    if (width !== this.classes.length)
      throw new ModelError(
        `${this.model.path}: output "${this.model.outputs.probabilities!.name}" returned ${width} columns but the model names ${this.classes.length} classes (${this.classes.join(', ')})`
      );
    const out = this.probaOf(width, data instanceof Float32Array).append(count * width);
    out.set(data.subarray(0, count * width));
    return out;
  }

  /**
   * Throws unless the `count` rows of probabilities just kept are finite: a model that returns NaN
   * fails here, at its row, and the metrics can take the scores as checked (`trustClassification`).
   */
  private checkFinite(proba: Probabilities, count: number, where: (row: number) => string): void {
    for (let k = 0; k < proba.length; k++) {
      if (Number.isFinite(proba[k])) continue;
      const width = proba.length / count;
      const row = Math.floor(k / width);
      const label = this.classes?.[k - row * width] ?? String(k - row * width);
      throw new ModelError(
        `${this.model.path}: onnxruntime returned ${proba[k]} as the probability of class ${JSON.stringify(label)} for ${where(row)}; probabilities must be finite`
      );
    }
  }

  private probaOf(width: number, float32: boolean): GrowableFloat32 | GrowableFloat64 {
    this.probaStore ??= float32
      ? new GrowableFloat32(this.expectedRows * width)
      : new GrowableFloat64(this.expectedRows * width);
    return this.probaStore;
  }

  private addLabels(tensor: Tensor, count: number): void {
    const data = tensor.data as BigInt64Array | Int32Array | string[];
    const out = this.codes.batch(count);
    const labels = this.labels;
    if (tensor.type === 'int64') labels.int64(data as BigInt64Array, out);
    else if (tensor.type === 'string')
      for (let row = 0; row < count; row++) out[row] = labels.text((data as string[])[row]);
    else for (let row = 0; row < count; row++) out[row] = labels.number((data as Int32Array)[row]);
    this.codes.commit(out);
  }

  /** sklearn's predict for a probability-only model: the first class with the highest probability. */
  private addArgmax(proba: Probabilities, count: number): void {
    const width = this.classCodes.length;
    const out = this.codes.batch(count);
    for (let row = 0; row < count; row++) {
      const base = row * width;
      let best = 0;
      for (let column = 1; column < width; column++)
        if (proba[base + column] > proba[base + best]) best = column;
      out[row] = this.classCodes[best];
    }
    this.codes.commit(out);
  }

  finish(): ModelScores {
    const plan = this.model.outputs;
    const codes = plan.task === 'classification' ? this.codes.finish() : null;
    const scores = {
      path: this.model.path,
      task: plan.task,
      classes: this.classes,
      predictions: codes === null ? this.values.finish() : [],
      predictionCodes: codes,
      proba: plan.probabilities === null ? null : (this.probaStore?.finish() ?? new Float64Array(0)),
      features: this.features,
      latencyMsPerRow: this.rows === 0 ? 0 : Number(this.runNs) / 1e6 / this.rows,
      modelBytes: this.model.modelBytes
    };
    if (codes !== null) lazyProperty(scores, 'predictions', () => this.labels.decode(codes));
    return scores;
  }
}
