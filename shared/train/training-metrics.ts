/**
 * Metrics of a built-in trainer's model, computed by scoring it in TypeScript (the same functions
 * the exported graph computes) with scikit-learn's metric definitions: on the training set, and on
 * the validation set when there is one.
 */
import { DataError } from '../runtime/errors.js';
import { classificationMetrics, regressionMetrics } from '../metrics/index.js';
import { designMatrix } from './design.js';
import type { DesignMatrix, TrainedModel } from './model-types.js';
import { applyHead, rawScores } from './predict.js';
import { loadTable, type TrainingTable } from './table.js';
import { readTarget, type Target } from './target.js';

const CLASSIFICATION = ['accuracy', 'balanced_accuracy', 'f1', 'log_loss', 'roc_auc'];
const REGRESSION = ['r2', 'rmse', 'mae'];

export type MetricTable = Record<string, number | null>;

/** `{ train: {...}, validation?: {...} }`: the metrics of `model` on each set. */
export async function trainingMetrics(
  model: TrainedModel,
  matrix: DesignMatrix,
  table: TrainingTable,
  target: Target,
  validation: string | undefined
): Promise<Record<string, MetricTable>> {
  const result: Record<string, MetricTable> = { train: metricsOn(model, matrix, target) };
  if (validation !== undefined) {
    const held = await loadTable(validation, {
      target: table.target.name,
      features: table.features.map((column) => column.name)
    });
    const columns = new Map(held.features.map((column) => [column.name, column]));
    const heldMatrix = designMatrix(model.features, columns, held.rows);
    result.validation = metricsOn(model, heldMatrix, readHeldOut(held, target, validation));
  }
  return result;
}

/** The validation target coded with the training classes; a class the model never saw is an error. */
function readHeldOut(table: TrainingTable, trained: Target, path: string): Target {
  const read = readTarget(table.target, trained.task, path);
  if (read.task !== 'classification' || trained.task !== 'classification') return read;
  const index = new Map(trained.classes.map((label, i) => [String(label), i]));
  const codes = new Float64Array(read.codes.length);
  for (let row = 0; row < codes.length; row++) {
    const label = String(read.classes[read.codes[row]]);
    const code = index.get(label);
    if (code === undefined)
      throw new DataError(
        `${path}: the target \`${table.target.name}\` has class ${label}, which the training set does not have (classes: ${trained.classes.join(', ')})`
      );
    codes[row] = code;
  }
  return { task: 'classification', classes: trained.classes, codes };
}

function metricsOn(model: TrainedModel, matrix: DesignMatrix, target: Target): MetricTable {
  const predictions = applyHead(model.head, rawScores(model.predictor, matrix), matrix.rows);
  if (target.task === 'regression')
    return regressionMetrics(target.values, predictions.values!, REGRESSION).values;
  const classes = target.classes.map(String);
  const result = classificationMetrics(
    {
      yTrue: Int32Array.from(target.codes),
      yPred: predictions.labels!,
      proba: predictions.probabilities ?? null,
      classes,
      posLabel: classes.length - 1
    },
    classes.length === 2 ? CLASSIFICATION : CLASSIFICATION.map((name) => (name === 'f1' ? 'f1_macro' : name))
  );
  return result.values;
}
