/**
 * The built-in trainers: their params (kebab-case, as a workflow_dispatch form passes them, with
 * scikit-learn's defaults), the preprocessing each needs, and the solver behind it. Each returns a
 * `TrainedModel`, which `export.ts` writes as ONNX.
 */
import { z } from 'zod';
import type { TRAINERS } from '../config/schema.js';
import { HANDLES_MISSING_METADATA } from '../model/score.js';
import { ConfigurationError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';
import { designMatrix } from './design.js';
import { GBT_DEFAULTS, trainGbt } from './gbt.js';
import { LOGISTIC_DEFAULTS, RIDGE_DEFAULTS, trainLogistic, trainRidge } from './linear.js';
import type { DesignMatrix, Head, Predictor, TrainedModel } from './model-types.js';
import type { Params } from './params.js';
import { fitTransforms, type Scaling } from './preprocess.js';
import type { TrainingTable } from './table.js';
import type { Target, TrainTask } from './target.js';

export type TrainerName = (typeof TRAINERS)[number];

/** Bumped when a trainer's output for the same inputs changes: it is part of the run key. */
export const TRAINER_VERSION = '1';

interface Trainer<P> {
  readonly tasks: readonly TrainTask[];
  /** The params, kebab-case, with scikit-learn's defaults (a strict zod object: its keys are the names). */
  readonly params: z.ZodType<P> & { readonly shape: Readonly<Record<string, unknown>> };
  /** How numeric columns are prepared: standardised (linear models) or left as they are (trees). */
  readonly scaling: Scaling;
  fit(matrix: DesignMatrix, target: Target, params: P, seed: number): Predictor;
}

const positive = z.number().positive();
const count = z.number().int().min(1);

const logisticParams = z.strictObject({
  c: positive.default(LOGISTIC_DEFAULTS.C),
  'max-iter': count.default(LOGISTIC_DEFAULTS.maxIter),
  tol: positive.default(LOGISTIC_DEFAULTS.tol)
});

const ridgeParams = z.strictObject({ alpha: z.number().min(0).default(RIDGE_DEFAULTS.alpha) });

const gbtParams = z.strictObject({
  rounds: count.default(GBT_DEFAULTS.rounds),
  'learning-rate': positive.default(GBT_DEFAULTS.learningRate),
  'max-depth': count.nullable().default(GBT_DEFAULTS.maxDepth),
  'max-leaf-nodes': z.number().int().min(2).default(GBT_DEFAULTS.maxLeafNodes),
  'min-samples-leaf': count.default(GBT_DEFAULTS.minSamplesLeaf),
  'l2-regularization': z.number().min(0).default(GBT_DEFAULTS.l2Regularization),
  'max-bins': z.number().int().min(2).max(255).default(GBT_DEFAULTS.maxBins)
});

function classHead(target: Target): Head {
  if (target.task !== 'classification') return { kind: 'identity' };
  return target.classes.length === 2
    ? { kind: 'sigmoid', classes: target.classes }
    : { kind: 'softmax', classes: target.classes };
}

const logisticRegression: Trainer<z.infer<typeof logisticParams>> = {
  tasks: ['classification'],
  params: logisticParams,
  scaling: 'standardise',
  fit(matrix, target, params) {
    if (target.task !== 'classification') throw new Error('logistic-regression needs classes');
    return trainLogistic(matrix, target.codes, target.classes.length, {
      C: params.c,
      maxIter: params['max-iter'],
      tol: params.tol
    });
  }
};

const linearRegression: Trainer<z.infer<typeof ridgeParams>> = {
  tasks: ['regression'],
  params: ridgeParams,
  scaling: 'standardise',
  fit(matrix, target, params) {
    if (target.task !== 'regression') throw new Error('linear-regression needs values');
    return trainRidge(matrix, target.values, params);
  }
};

const gradientBoostedTrees: Trainer<z.infer<typeof gbtParams>> = {
  tasks: ['classification', 'regression'],
  params: gbtParams,
  scaling: 'none',
  fit(matrix, target, params, seed) {
    const gbt = {
      rounds: params.rounds,
      learningRate: params['learning-rate'],
      maxDepth: params['max-depth'],
      maxLeafNodes: params['max-leaf-nodes'],
      minSamplesLeaf: params['min-samples-leaf'],
      l2Regularization: params['l2-regularization'],
      maxBins: params['max-bins']
    };
    return target.task === 'regression'
      ? trainGbt(matrix, target.values, { kind: 'regression' }, gbt, seed)
      : trainGbt(
          matrix,
          target.codes,
          target.classes.length === 2
            ? { kind: 'binary' }
            : { kind: 'multiclass', classes: target.classes.length },
          gbt,
          seed
        );
  }
};

const TRAINER_TABLE: Record<TrainerName, Trainer<Record<string, unknown>>> = {
  'logistic-regression': logisticRegression,
  'linear-regression': linearRegression,
  'gradient-boosted-trees': gradientBoostedTrees
};

function columnMap(table: TrainingTable): Map<string, TrainingTable['features'][number]> {
  return new Map(table.features.map((column) => [column.name, column]));
}

/** The task a trainer trains for, checked against the one asked for (or inferred). */
export function trainerTask(
  name: TrainerName,
  wanted: TrainTask | undefined,
  inferred: TrainTask
): TrainTask {
  const trainer = TRAINER_TABLE[name];
  if (wanted !== undefined && !trainer.tasks.includes(wanted))
    throw new ConfigurationError(
      `trainer ${name} does not do ${wanted} (it does ${trainer.tasks.join(', ')})`
    );
  if (wanted !== undefined) return wanted;
  return trainer.tasks.length === 1 ? trainer.tasks[0] : inferred;
}

/** The trainer's params with defaults filled in; unknown names get the closest known one suggested. */
export function trainerParams(name: TrainerName, params: Params): Record<string, unknown> {
  const trainer = TRAINER_TABLE[name];
  const names = Object.keys(trainer.params.shape);
  for (const key of Object.keys(params))
    if (!names.includes(key))
      throw new ConfigurationError(
        `params: ${name} has no param \`${key}\`${didYouMean(key, names)} (params: ${names.join(', ')})`
      );
  const result = trainer.params.safeParse(params);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigurationError(
      `params: ${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(params[String(issue.path[0])])})`
    );
  }
  return result.data;
}

/**
 * Trains `name` on the table; `params` as `trainerParams` returned them. Returns the design matrix
 * too: the training metrics score the same rows without building it again.
 */
export function fitTrainer(
  name: TrainerName,
  table: TrainingTable,
  target: Target,
  params: Record<string, unknown>,
  seed: number
): { model: TrainedModel; matrix: DesignMatrix } {
  const trainer = TRAINER_TABLE[name];
  const transforms = fitTransforms(table.features, trainer.scaling);
  const matrix = designMatrix(transforms, columnMap(table), table.rows);
  const model: TrainedModel = {
    features: transforms,
    predictor: trainer.fit(matrix, target, params, seed),
    head: classHead(target),
    metadata: {
      trainer: name,
      'trainer-version': TRAINER_VERSION,
      target: table.target.name,
      // The graph imputes numbers, one-hot encodes a missing string as all zeros, and trees route NaN:
      // evaluate-thresholds then feeds rows with missing values instead of refusing them.
      [HANDLES_MISSING_METADATA.key]: HANDLES_MISSING_METADATA.value,
      params: JSON.stringify(params),
      seed: String(seed)
    }
  };
  return { model, matrix };
}
