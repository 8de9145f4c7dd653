import { openDataset } from '../data/dataset.js';
import { formatOf } from '../data/files.js';
import { Missing, type Column } from '../data/types.js';
import type { Task } from '../metrics/index.js';
import { ConfigurationError, DataError } from '../runtime/errors.js';
import type { EvaluationPlan, ModelFacts, Scored } from './evaluation-types.js';
import { sortClasses } from './encode.js';

/** Classes a classification target has at most before an int target is read as regression. */
const MAX_CLASSES = 20;
/** The column a predictions file is read from when the spec names none and it has several. */
const DEFAULT_PREDICTION_COLUMN = 'prediction';

/**
 * Where predictions mode reads each row's prediction: a column of the test set (`pred`), or a data
 * file with one row per test-set row, in the same order (`preds.csv`, `preds.parquet#label`: the
 * column after `#`, else `prediction`, else the file's only column).
 */
export type PredictionSource =
  | { readonly kind: 'column'; readonly column: string }
  | { readonly kind: 'file'; readonly file: string; readonly column?: string };

export function predictionSource(spec: string): PredictionSource {
  const hash = spec.lastIndexOf('#');
  const file = hash < 0 ? spec : spec.slice(0, hash);
  let isFile = true;
  try {
    formatOf(file);
  } catch {
    isFile = false;
  }
  if (!isFile) return { kind: 'column', column: spec };
  const column = hash < 0 ? undefined : spec.slice(hash + 1);
  if (column === '') throw new ConfigurationError(`predictions \`${spec}\`: no column name after #`);
  return { kind: 'file', file, ...(column === undefined ? {} : { column }) };
}

export function describeSource(source: PredictionSource): string {
  return source.kind === 'column'
    ? `column ${source.column}`
    : `${source.file}${source.column === undefined ? '' : `#${source.column}`}`;
}

function columnIn(columns: readonly Column[], name: string, file: string): Column {
  const column = columns.find((candidate) => candidate.name === name);
  if (column === undefined) {
    throw new DataError(
      `${file}: no column \`${name}\` (columns: ${columns.map((entry) => entry.name).join(', ')})`
    );
  }
  return column;
}

/** The prediction column of a predictions file's batch: the named one, `prediction`, or the only one. */
function predictionColumn(columns: readonly Column[], source: { column?: string }, file: string): Column {
  if (source.column !== undefined) return columnIn(columns, source.column, file);
  const named = columns.find((column) => column.name === DEFAULT_PREDICTION_COLUMN);
  if (named !== undefined) return named;
  if (columns.length === 1) return columns[0];
  throw new DataError(
    `${file}: which column holds the predictions? It has ${columns.map((entry) => entry.name).join(', ')} and none is named \`${DEFAULT_PREDICTION_COLUMN}\`; name one as ${file}#<column>`
  );
}

/** Every row of a predictions file: the prediction's text, null where it is missing. */
async function readPredictionFile(source: { file: string; column?: string }): Promise<(string | null)[]> {
  const dataset = await openDataset(source.file, { fingerprint: false });
  const out: (string | null)[] = [];
  for await (const batch of dataset.batches()) {
    const column = predictionColumn(batch.columns, source, batch.file);
    for (let row = 0; row < batch.rowCount; row++)
      out.push(column.missing[row] === Missing.Value ? column.text(row) : null);
  }
  return out;
}

/**
 * Predictions mode: the model is not ONNX; its predictions are a column of the test set or a file
 * aligned with it row by row. Collects the target, the predictions and the slice columns; rows with
 * a missing target or prediction follow the NaN policy. Label metrics only (no probabilities).
 */
export async function collectPredictions(
  plan: EvaluationPlan,
  keep: readonly string[]
): Promise<{ scored: Scored; rows: number; columns: Record<string, string[] | Float64Array> }> {
  const source = predictionSource(plan.predictions!);
  const fromFile = source.kind === 'file' ? await readPredictionFile(source) : undefined;
  const dataset = await openDataset(plan.data, { fingerprint: false });
  const truth: string[] = [];
  const predicted: string[] = [];
  const kept: Record<string, string[]> = Object.fromEntries(keep.map((name) => [name, []]));
  let numericTarget = true;
  let missing = 0;
  let firstMissing = '';
  let dataRows = 0;
  for await (const batch of dataset.batches()) {
    const target = columnIn(batch.columns, plan.target, batch.file);
    const prediction =
      source.kind === 'column' ? columnIn(batch.columns, source.column, batch.file) : undefined;
    const extra = keep.map((name) => columnIn(batch.columns, name, batch.file));
    if (target.type === 'string' || target.type === 'bool') numericTarget = false;
    dataRows += batch.rowCount;
    for (let row = 0; row < batch.rowCount; row++) {
      const predictionText =
        prediction === undefined
          ? fromFile![batch.rowOffset + row]
          : prediction.missing[row] === Missing.Value
            ? prediction.text(row)
            : null;
      if (target.missing[row] !== Missing.Value || predictionText === null || predictionText === undefined) {
        if (missing++ === 0) firstMissing = `${batch.file}:${batch.lines[row]}`;
        continue;
      }
      truth.push(target.text(row));
      predicted.push(predictionText);
      extra.forEach((column, index) =>
        kept[keep[index]].push(column.missing[row] === Missing.Value ? column.text(row) : '')
      );
    }
  }
  if (fromFile !== undefined && fromFile.length !== dataRows) {
    throw new DataError(
      `${describeSource(source)} has ${fromFile.length} rows but the test set ${plan.data} has ${dataRows}: a predictions file holds one row per test-set row, in the same order`
    );
  }
  if (missing > 0 && plan.nan !== 'drop') {
    throw new DataError(
      `${plan.data}: ${missing} rows have no ${plan.target} or prediction (${describeSource(source)}; first at ${firstMissing}); set nan: drop to leave them out`
    );
  }
  const distinct = new Set(truth);
  const task: Task =
    plan.task ?? (numericTarget && distinct.size > MAX_CLASSES ? 'regression' : 'classification');
  const facts: ModelFacts = {
    path: describeSource(source),
    bytes: 0,
    latencyMsPerRow: null,
    features: []
  };
  const columns: Record<string, string[] | Float64Array> = kept;
  if (task === 'regression') {
    const yTrue = Float64Array.from(truth, Number);
    const yPred = Float64Array.from(predicted, Number);
    const bad = yPred.findIndex((value) => !Number.isFinite(value));
    if (bad >= 0)
      throw new DataError(
        `${describeSource(source)}: prediction \`${predicted[bad]}\` of scored row ${bad + 1} is not a finite number; regression needs numbers`
      );
    return { scored: { task, input: { yTrue, yPred }, facts }, rows: truth.length, columns };
  }
  const classes = sortClasses([...new Set([...truth, ...predicted])]);
  const index = new Map(classes.map((label, i) => [label, i]));
  const yTrue = Int32Array.from(truth, (label) => index.get(label)!);
  const yPred = Int32Array.from(predicted, (label) => index.get(label)!);
  const positive = plan.posLabel ?? classes[classes.length - 1];
  const posLabel = index.get(positive) ?? classes.length - 1;
  return {
    scored: { task, input: { yTrue, yPred, proba: null, classes, posLabel }, facts },
    rows: truth.length,
    columns
  };
}
