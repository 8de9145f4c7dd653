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

/** The `mlgate.yml` schema. Sections for train, evaluate, registry and deploy join as those land. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).default(1),
  data: data.optional()
});

export type Config = z.infer<typeof configSchema>;
export type DataConfig = z.infer<typeof data>;
export type SuiteConfig = z.infer<typeof suite>;
export type DriftConfig = z.infer<typeof drift>;
export type DriftMethodName = (typeof DRIFT_METHODS)[number];
