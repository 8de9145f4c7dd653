import { readFile, stat } from 'node:fs/promises';
import { openDataset } from '../data/dataset.js';
import { estimateRows } from '../data/row-estimate.js';
import {
  classificationMetrics,
  metricInfo,
  metricOn,
  metricOutcomes,
  precisionRecallCurve,
  regressionMetrics,
  rocCurve,
  type ClassificationInput,
  type RegressionInput
} from '../metrics/index.js';
import {
  loadModel,
  scoreModels,
  metadataList,
  type LoadedModel,
  type ModelScores,
  type ScoredRows
} from '../model/index.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { pairedBootstrap, type DifferenceInterval } from './bootstrap.js';
import { encodeClassification } from './encode.js';
import { evaluateGate, type SliceMetrics } from './evaluate.js';

export {
  OPERATIONAL_METRICS,
  type EvaluationDetails,
  type EvaluationOutcome,
  type EvaluationPlan
} from './evaluation-types.js';
import { collectPredictions, describeSource, predictionSource } from './predictions.js';
import { sliceRows } from './slices.js';
import {
  OPERATIONAL_METRICS,
  type EvaluationDetails,
  type EvaluationOutcome,
  type EvaluationPlan,
  type ModelFacts,
  type Scored
} from './evaluation-types.js';

/** A baseline that is a previous verdict: its metrics, no per-row scores (no bootstrap). */
async function readVerdictBaseline(path: string): Promise<{ metrics: SliceMetrics[]; facts: ModelFacts }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(
      `baseline ${path}: not a readable verdict JSON (${(error as Error).message.split('\n')[0]})`
    );
  }
  const details = (parsed as { gate?: string; details?: Partial<EvaluationDetails> }).details;
  if (
    (parsed as { gate?: string }).gate !== 'evaluate-thresholds' ||
    details?.metrics === undefined ||
    details.model === undefined
  ) {
    throw new ConfigurationError(
      `baseline ${path}: not an evaluate-thresholds verdict (expected "gate": "evaluate-thresholds" with details.metrics)`
    );
  }
  return { metrics: [...details.metrics], facts: details.model };
}

function resolveBaselineKind(reference: string): 'model' | 'verdict' {
  if (reference.endsWith('.onnx')) return 'model';
  if (reference.endsWith('.json')) return 'verdict';
  throw new ConfigurationError(
    `baseline \`${reference}\` does not resolve: expected an .onnx model or a previous verdict .json (registry references such as \`production\` need register-model, which is not available yet)`
  );
}

async function exists(path: string): Promise<void> {
  try {
    await stat(path);
  } catch {
    throw new ConfigurationError(`baseline \`${path}\` does not resolve: no such file`);
  }
}

/**
 * The columns scoring reads, when every model's are known (its configured or `features` metadata
 * list, or its input names when it takes one input per column): the reader then parses only those.
 * Undefined (read everything) when a model would take "all columns but the target".
 */
function neededColumns(
  models: readonly LoadedModel[],
  plan: EvaluationPlan,
  keep: readonly string[]
): string[] | undefined {
  const columns = new Set([plan.target, ...keep]);
  for (const [index, model] of models.entries()) {
    const inputs = model.signature.inputs;
    const features =
      index === 0 && plan.features !== undefined
        ? plan.features
        : inputs.length > 1
          ? inputs.map((input) => input.name)
          : metadataList(model.signature.metadata, 'features');
    if (features === undefined) return undefined;
    for (const feature of features) columns.add(feature);
  }
  return [...columns];
}

/** Metric values of every slice, for one model. */
function sliceMetrics(
  input: ClassificationInput | RegressionInput,
  names: readonly string[],
  slices: readonly { key: string; column?: string; rows: Int32Array | null }[],
  operational: Record<string, number | null>,
  whole: Readonly<Record<string, number | null>>
): SliceMetrics[] {
  return slices.map((slice) => {
    const values: Record<string, number | null> = { ...operational };
    if (slice.rows === null) Object.assign(values, whole);
    else {
      const outcomes = metricOutcomes(names, input, slice.rows);
      for (const name of names) values[name] = outcomes[name]?.value ?? null;
    }
    return {
      slice: slice.key,
      ...(slice.column === undefined ? {} : { column: slice.column }),
      rows: slice.rows === null ? input.yTrue.length : slice.rows.length,
      values
    };
  });
}

/**
 * Scores the candidate (and the baseline, on the same rows), computes every metric of the task on
 * the whole test set and on each slice, runs the paired bootstrap for change thresholds, and gates.
 */
export async function evaluate(plan: EvaluationPlan, logger: Logger): Promise<EvaluationOutcome> {
  const notes: string[] = [];
  const baselineKind = plan.baseline === undefined ? undefined : resolveBaselineKind(plan.baseline);
  if (plan.baseline !== undefined) await exists(plan.baseline);
  const keep = [...new Set(plan.slices.map((slice) => slice.column))];

  let candidate: Scored;
  let baseline: Scored | undefined;
  let scoredRows: number;
  let dropped = 0;
  let columns: Readonly<Record<string, string[] | Float64Array>>;
  const models: LoadedModel[] = [];
  try {
    if (plan.model !== undefined) {
      const model = await loadModel(plan.model, plan.task === undefined ? {} : { task: plan.task });
      models.push(model);
      if (baselineKind === 'model') models.push(await loadModel(plan.baseline!, { task: model.task }));
      const needed = neededColumns(models, plan, keep);
      const dataset = await openDataset(plan.data, {
        fingerprint: false,
        ...(needed === undefined ? {} : { columns: needed })
      });
      if (dataset.threaded) logger.debug(`${plan.data}: read in a worker thread`);
      const expectedRows = await estimateRows(dataset);
      const scored = await logger.group(`Scoring ${plan.data}`, () =>
        scoreModels(
          models.map((entry, index) =>
            index === 0 && plan.features !== undefined ? { model: entry, features: plan.features } : entry
          ),
          dataset,
          {
            target: plan.target,
            ...(plan.nan === undefined ? {} : { nan: plan.nan }),
            ...(expectedRows === undefined ? {} : { expectedRows }),
            keep
          }
        )
      );
      scoredRows = scored.rows;
      dropped = scored.dropped;
      columns = scored.columns;
      if (dropped > 0) notes.push(`${dropped} rows with NaN features were left out (nan: drop).`);
      const encode = (scores: ModelScores, rows: ScoredRows): Scored => ({
        task: scores.task,
        input:
          scores.task === 'classification'
            ? encodeClassification(rows, scores, plan.posLabel)
            : { yTrue: rows.yTrue as Float64Array, yPred: scores.predictions as Float64Array },
        facts: {
          path: scores.path,
          bytes: scores.modelBytes,
          latencyMsPerRow: scores.latencyMsPerRow,
          features: scores.features
        }
      });
      candidate = encode(scored.models[0], scored);
      if (scored.models[1] !== undefined) baseline = encode(scored.models[1], scored);
    } else if (plan.predictions !== undefined) {
      const collected = await collectPredictions(plan, keep);
      candidate = collected.scored;
      scoredRows = collected.rows;
      columns = collected.columns;
      notes.push(
        `Predictions mode: scored from ${describeSource(predictionSource(plan.predictions))} (label metrics only).`
      );
      if (baselineKind === 'model')
        throw new ConfigurationError(
          'a baseline model needs a candidate model (the `model` input), not predictions'
        );
    } else {
      throw new ConfigurationError(
        'input `model` (an ONNX file) or `predictions` (a column of the data or a predictions file) is required'
      );
    }
  } finally {
    for (const model of models) await model.close();
  }

  const task = candidate.task;
  for (const threshold of plan.thresholds) {
    if (!(OPERATIONAL_METRICS as readonly string[]).includes(threshold.metric))
      metricInfo(threshold.metric, task);
  }
  const full =
    task === 'classification'
      ? classificationMetrics(candidate.input as ClassificationInput)
      : regressionMetrics(
          (candidate.input as RegressionInput).yTrue,
          (candidate.input as RegressionInput).yPred
        );
  const names = Object.keys(full.values);
  const slices: { key: string; column?: string; rows: Int32Array | null }[] = [{ key: 'all', rows: null }];
  for (const spec of plan.slices) {
    const values = columns[spec.column];
    if (values === undefined)
      throw new ConfigurationError(`slices: the data has no column \`${spec.column}\``);
    const list = Array.isArray(values)
      ? values
      : Array.from(values, (value) => (Number.isNaN(value) ? null : value));
    for (const slice of sliceRows(spec, list))
      slices.push({ key: slice.key, column: slice.column, rows: slice.rows });
  }
  const operational = (facts: ModelFacts): Record<string, number | null> => ({
    latency_ms_per_row: facts.latencyMsPerRow,
    model_bytes: facts.bytes
  });
  const metrics = sliceMetrics(candidate.input, names, slices, operational(candidate.facts), full.values);

  let baselineMetrics: SliceMetrics[] | undefined;
  let baselineFacts: (ModelFacts & { kind: 'model' | 'verdict' }) | undefined;
  if (baseline !== undefined) {
    const whole =
      task === 'classification'
        ? classificationMetrics(baseline.input as ClassificationInput, names).values
        : regressionMetrics(
            (baseline.input as RegressionInput).yTrue,
            (baseline.input as RegressionInput).yPred,
            names
          ).values;
    baselineMetrics = sliceMetrics(baseline.input, names, slices, operational(baseline.facts), whole);
    baselineFacts = { ...baseline.facts, kind: 'model' };
  } else if (baselineKind === 'verdict') {
    const previous = await readVerdictBaseline(plan.baseline!);
    baselineMetrics = previous.metrics;
    baselineFacts = { ...previous.facts, kind: 'verdict' };
    notes.push(
      `Baseline from the verdict ${plan.baseline}: its metrics, without a paired bootstrap (no per-row scores).`
    );
  } else {
    notes.push('No baseline: change thresholds are skipped (first run).');
  }

  const significance = plan.significance;
  const cache = new Map<string, DifferenceInterval | undefined>();
  const interval =
    significance === false || baseline === undefined
      ? undefined
      : (metric: string, sliceKey: string): DifferenceInterval | undefined => {
          const key = `${metric}@${sliceKey}`;
          if (cache.has(key)) return cache.get(key);
          const slice = slices.find((entry) => entry.key === sliceKey);
          const base = slice?.rows ?? null;
          const n = base === null ? scoredRows : base.length;
          const mapped = new Int32Array(n);
          const map = (rows: Int32Array): Int32Array => {
            if (base === null) return rows;
            for (let i = 0; i < rows.length; i++) mapped[i] = base[rows[i]]!;
            return mapped;
          };
          const result = (OPERATIONAL_METRICS as readonly string[]).includes(metric)
            ? undefined
            : pairedBootstrap(
                n,
                (rows) => metricOn(metric, candidate.input, map(rows)),
                (rows) => metricOn(metric, baseline.input, map(rows)),
                significance
              );
          cache.set(key, result);
          return result;
        };
  const checks = evaluateGate({
    thresholds: plan.thresholds,
    candidate: metrics,
    ...(baselineMetrics === undefined ? {} : { baseline: baselineMetrics }),
    higherIsBetter: (metric) =>
      (OPERATIONAL_METRICS as readonly string[]).includes(metric)
        ? false
        : metricInfo(metric, task).higherIsBetter,
    ...(interval === undefined ? {} : { interval }),
    minSliceSize: plan.minSliceSize
  });

  let curves: EvaluationDetails['curves'];
  let extra: Partial<EvaluationDetails> = {};
  if (task === 'classification') {
    const input = candidate.input as ClassificationInput;
    const result = full as ReturnType<typeof classificationMetrics>;
    extra = { classes: input.classes, confusionMatrix: result.confusionMatrix };
    if (input.proba !== null && input.classes.length === 2) {
      const roc = rocCurve(input, input.posLabel, 50);
      const pr = precisionRecallCurve(input, input.posLabel, 50);
      curves = {
        ...(roc === null
          ? {}
          : {
              roc: { fpr: Array.from(roc.fpr), tpr: Array.from(roc.tpr), auc: full.values.roc_auc ?? null }
            }),
        ...(pr === null ? {} : { pr: { recall: Array.from(pr.recall), precision: Array.from(pr.precision) } })
      };
    }
  }
  return {
    checks,
    details: {
      task,
      data: { path: plan.data, rows: scoredRows, dropped },
      model: candidate.facts,
      ...(baselineFacts === undefined ? {} : { baseline: baselineFacts }),
      metrics,
      ...(baselineMetrics === undefined ? {} : { baselineMetrics }),
      ...extra,
      ...(curves === undefined ? {} : { curves }),
      reasons: full.reasons,
      warnings: full.warnings,
      notes
    }
  };
}
