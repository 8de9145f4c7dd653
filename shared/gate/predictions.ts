import { openDataset } from '../data/dataset.js';
import { Missing, type Column } from '../data/types.js';
import type { Task } from '../metrics/index.js';
import { DataError } from '../runtime/errors.js';
import type { EvaluationPlan, ModelFacts, Scored } from './evaluation-types.js';
import { sortClasses } from './encode.js';

/** Classes a classification target has at most before an int target is read as regression. */
const MAX_CLASSES = 20;

function columnIn(columns: readonly Column[], name: string, file: string): Column {
  const column = columns.find((candidate) => candidate.name === name);
  if (column === undefined) {
    throw new DataError(
      `${file}: no column \`${name}\` (columns: ${columns.map((entry) => entry.name).join(', ')})`
    );
  }
  return column;
}

/**
 * Predictions mode: the model is not ONNX, its predictions are a column of the test set. Collects the
 * target, the predictions and the slice columns; rows with a missing target or prediction follow the
 * NaN policy. Label metrics only (no probabilities).
 */
export async function collectPredictions(
  plan: EvaluationPlan,
  keep: readonly string[]
): Promise<{ scored: Scored; rows: number; columns: Record<string, string[] | Float64Array> }> {
  const dataset = await openDataset(plan.data);
  const truth: string[] = [];
  const predicted: string[] = [];
  const kept: Record<string, string[]> = Object.fromEntries(keep.map((name) => [name, []]));
  let numericTarget = true;
  let missing = 0;
  let firstMissing = '';
  for await (const batch of dataset.batches()) {
    const target = columnIn(batch.columns, plan.target, batch.file);
    const prediction = columnIn(batch.columns, plan.predictions!, batch.file);
    const extra = keep.map((name) => columnIn(batch.columns, name, batch.file));
    if (target.type === 'string' || target.type === 'bool') numericTarget = false;
    for (let row = 0; row < batch.rowCount; row++) {
      if (target.missing[row] !== Missing.Value || prediction.missing[row] !== Missing.Value) {
        if (missing++ === 0) firstMissing = `${batch.file}:${batch.lines[row]}`;
        continue;
      }
      truth.push(target.text(row));
      predicted.push(prediction.text(row));
      extra.forEach((column, index) =>
        kept[keep[index]].push(column.missing[row] === Missing.Value ? column.text(row) : '')
      );
    }
  }
  if (missing > 0 && plan.nan === 'error') {
    throw new DataError(
      `${plan.data}: ${missing} rows have no ${plan.target} or ${plan.predictions} (first at ${firstMissing}); set nan: drop to leave them out`
    );
  }
  const distinct = new Set(truth);
  const task: Task =
    plan.task ?? (numericTarget && distinct.size > MAX_CLASSES ? 'regression' : 'classification');
  const facts: ModelFacts = {
    path: `column ${plan.predictions!}`,
    bytes: 0,
    latencyMsPerRow: null,
    features: []
  };
  const columns: Record<string, string[] | Float64Array> = kept;
  if (task === 'regression') {
    const yTrue = Float64Array.from(truth, Number);
    const yPred = Float64Array.from(predicted, Number);
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
