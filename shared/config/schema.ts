import { z } from 'zod';
import { CATALOGUE, EXPECTATION_NAMES } from '../checks/catalogue.js';
import { COLUMN_TYPES } from '../data/types.js';

/** Drift methods (Evidently's names); `auto` applies Evidently's default choice rule. */
export const DRIFT_METHODS = ['auto', 'ks', 'chisquare', 'psi', 'jensenshannon', 'wasserstein'] as const;

const columnType = z.enum(COLUMN_TYPES as [string, ...string[]]);

/** One expectation: `- expect_column_values_to_be_between: { column: age, min_value: 0 }`. */
const expectation = z.union(
  EXPECTATION_NAMES.map((name) =>
    z.strictObject({ [name]: CATALOGUE[name].kwargs }).describe(CATALOGUE[name].summary)
  ) as [z.ZodObject, z.ZodObject, ...z.ZodObject[]]
);

const suite = z.strictObject({
  columns: z
    .record(z.string(), columnType)
    .optional()
    .describe('Declared column types; undeclared columns are inferred.'),
  expectations: z.array(expectation).default([])
});

const driftColumn = z.strictObject({
  method: z.enum(DRIFT_METHODS).optional(),
  threshold: z.number().positive().optional(),
  skip: z.boolean().optional()
});

const drift = z.strictObject({
  method: z
    .enum(DRIFT_METHODS)
    .default('auto')
    .describe(
      'Per-column test; auto follows Evidently (KS/chi-squared up to 1000 reference rows, then Wasserstein/Jensen-Shannon).'
    ),
  threshold: z.number().positive().optional().describe('Override the method default threshold.'),
  share: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe('The data set drifts when at least this share of columns drift (Evidently default 0.5).'),
  severity: z.enum(['error', 'warning']).default('error'),
  columns: z.record(z.string(), driftColumn).default({})
});

const data = z.strictObject({
  path: z.string().optional().describe('The data set (path or glob) when the `data` input is not given.'),
  reference: z
    .string()
    .optional()
    .describe('Reference data set for drift, when the `reference` input is not given.'),
  suite: z.string().optional().describe('The suite to run when the `suite` input is not given.'),
  'null-tokens': z
    .array(z.string())
    .optional()
    .describe('Cell texts read as null (default: "", NA, N/A, n/a, NULL, null, None, <NA>).'),
  delimiter: z.string().length(1).optional(),
  examples: z.number().int().min(0).max(1000).default(10).describe('Failing example rows kept per check.'),
  suites: z.record(z.string(), suite).default({}),
  drift: drift.optional()
});

const thresholdEntry = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  'max-drop': z
    .union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?%$/)])
    .optional()
    .describe('Largest allowed drop against the baseline: absolute (0.01) or relative ("2%").'),
  'max-rise': z.union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?%$/)]).optional(),
  'max-gap': z.number().min(0).optional().describe('Largest difference between slices of `across`.'),
  across: z.string().optional(),
  direction: z.enum(['higher', 'lower']).optional().describe("Override the metric's direction."),
  slice: z.string().optional().describe('Apply to one slice, e.g. "region=north".')
});

const sliceEntry = z.union([
  z.string(),
  z.strictObject({ column: z.string(), bins: z.array(z.number()).min(2).optional() })
]);

const evaluate = z.strictObject({
  model: z.string().optional().describe('The candidate ONNX model, when the `model` input is not given.'),
  data: z.string().optional().describe('The test set (path or glob).'),
  target: z.string().optional().describe('The label column.'),
  task: z.enum(['classification', 'regression']).optional(),
  'pos-label': z.union([z.string(), z.number()]).optional(),
  features: z.array(z.string()).optional(),
  predictions: z.string().optional().describe('A predictions column (or file) instead of a model.'),
  thresholds: z.union([z.string(), z.record(z.string(), thresholdEntry)]).optional(),
  slices: z.array(sliceEntry).optional(),
  'min-slice-size': z.number().int().min(1).default(30),
  baseline: z.string().optional().describe('A baseline model path, or a previous verdict JSON.'),
  significance: z
    .union([
      z.literal(false),
      z.strictObject({
        resamples: z.number().int().min(100).max(100000).default(1000),
        confidence: z.number().gt(0).lt(1).default(0.95),
        seed: z.number().int().default(0)
      })
    ])
    .optional()
    .describe(
      'Paired bootstrap on change gates (default on: 1000 resamples, 95%, seed 0); false turns it off.'
    ),
  nan: z
    .enum(['error', 'drop', 'keep'])
    .optional()
    .describe(
      'Rows with NaN features: error, drop, or keep (feed them to a model that handles missing values; the default for models mlgate trained).'
    )
});

export const TRAINERS = ['logistic-regression', 'linear-regression', 'gradient-boosted-trees'] as const;

export const trainSchema = z.strictObject({
  trainer: z.enum(TRAINERS).optional().describe('A built-in trainer (no Python needed).'),
  command: z
    .union([z.string(), z.array(z.string()).min(1)])
    .optional()
    .describe(
      'Instead of a trainer: the training program, as an argv list (or a string split like a shell would, without one). It must write model.onnx to $MLGATE_OUTPUT_DIR.'
    ),
  shell: z.boolean().default(false).describe('Run `command` (a string) through /bin/sh.'),
  timeout: z.number().positive().default(360).describe('Minutes before the command is stopped.'),
  data: z.string().optional().describe('The training set (path or glob).'),
  validation: z.string().optional().describe('A validation set, scored after training (built-in trainers).'),
  target: z.string().optional().describe('The label (or value) column.'),
  features: z
    .array(z.string())
    .optional()
    .describe('Feature columns (default: every column but the target).'),
  task: z.enum(['classification', 'regression']).optional(),
  'params-file': z
    .string()
    .optional()
    .describe('Params file, YAML or JSON (default: params.yaml when it exists).'),
  params: z.record(z.string(), z.unknown()).optional().describe('Params, over the params file.'),
  seed: z.number().int().min(0).optional().describe('The seed (default 0).'),
  'output-dir': z
    .string()
    .optional()
    .describe('Where the model, metrics and manifest go (default mlgate-model).'),
  cache: z.boolean().default(true).describe('Reuse the outputs of an identical earlier run.'),
  code: z
    .array(z.string())
    .optional()
    .describe("Globs of the code files in the run key (default: the command's script and the lockfiles).")
});

/** The `mlgate.yml` schema. Sections for registry and deploy join as those land. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).default(1),
  data: data.optional(),
  train: trainSchema.optional(),
  evaluate: evaluate.optional()
});

export type Config = z.infer<typeof configSchema>;
export type DataConfig = z.infer<typeof data>;
export type SuiteConfig = z.infer<typeof suite>;
export type DriftConfig = z.infer<typeof drift>;
export type EvaluateConfig = z.infer<typeof evaluate>;
export type TrainConfig = z.infer<typeof trainSchema>;
export type DriftMethodName = (typeof DRIFT_METHODS)[number];
