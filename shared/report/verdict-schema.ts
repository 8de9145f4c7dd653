/**
 * Verdicts read back from a report bundle. A bundle uploaded by a pull request's workflow is
 * untrusted (a fork controls what it uploads), so `mlgate publish-report` parses it here before
 * rendering anything. The data schema covers exactly the fields the renderers read; a test parses a
 * real validate-data verdict with it so the two cannot drift apart.
 */
import { z } from 'zod';
import type { DataDetails } from '../checks/validate.js';
import type { EvaluationDetails } from '../gate/evaluation-types.js';
import { VERDICT_VERSION, type Verdict } from '../gate/verdict.js';
import { DataError } from '../runtime/errors.js';

/** Gate names are words of the CLI: also the file names of the bundle. */
export const GATE_NAME = /^[a-z][a-z0-9-]{0,63}$/;

const text = z.string().max(100_000);
const count = z.number().int().nonnegative();
const finite = z.number().refine(Number.isFinite, 'expected a finite number');

const checkSchema = z.object({
  id: text,
  name: text,
  severity: z.enum(['error', 'warning']),
  success: z.boolean(),
  message: text,
  kwargs: z.record(z.string(), z.unknown()),
  observed: z.record(z.string(), z.unknown()),
  examples: z
    .array(
      z.object({
        file: text,
        line: count,
        value: text.optional(),
        note: text.optional()
      })
    )
    .max(10_000),
  source: z.object({ file: text, line: count, column: count }).optional()
});

export const verdictSchema = z.object({
  mlgate: z.object({ verdict: z.literal(VERDICT_VERSION), version: z.string().max(64) }),
  gate: z.string().regex(GATE_NAME),
  status: z.enum(['passed', 'warning', 'failed']),
  passed: z.boolean(),
  failOn: z.enum(['error', 'warning', 'never']),
  headline: text,
  checks: z.array(checkSchema).max(100_000),
  createdAt: z.string().max(64),
  durationMs: z.number().nonnegative(),
  details: z.unknown()
});

const numeric = z.object({
  min: finite,
  max: finite,
  mean: finite.nullable(),
  std: finite.nullable()
});

const dataDetailsSchema = z.object({
  data: z.object({
    path: text,
    format: text,
    files: z.array(z.object({ path: text, bytes: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    rows: count,
    columns: z.array(z.object({ name: text }))
  }),
  profile: z.array(
    z.object({
      name: text,
      type: text,
      nulls: count,
      nan: count,
      invalid: count,
      distinct: count,
      distinctExact: z.boolean(),
      mostCommon: z.array(z.object({ value: text, count })),
      numeric: numeric.optional(),
      datetime: z.object({ min: text, max: text }).optional()
    })
  ),
  drift: z
    .object({
      reference: text,
      columns: z.array(
        z.object({
          column: text,
          method: text,
          statistic: finite.nullable(),
          pValue: finite.optional(),
          threshold: finite,
          drifted: z.boolean(),
          referenceRows: count,
          currentRows: count
        })
      ),
      untested: z.array(z.object({ column: text, reason: text })),
      driftedColumns: count,
      share: finite,
      threshold: finite
    })
    .optional()
});

/** Parses an untrusted verdict; throws a message naming the first field at fault. */
export function parseVerdict(json: unknown, where: string): Verdict {
  const result = verdictSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(
      `${where}: not an mlgate verdict: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`
    );
  }
  return json as Verdict;
}

/** Whether validate-data's details have every field its renderers read, with the right types. */
export function isDataDetails(details: unknown): details is DataDetails {
  return dataDetailsSchema.safeParse(details).success;
}

const metricValues = z.record(z.string(), finite.nullable());
const modelFacts = z.object({
  path: text,
  bytes: count,
  latencyMsPerRow: finite.nullable(),
  features: z.array(text)
});
const sliceMetrics = z.array(
  z.object({ slice: text, column: text.optional(), rows: count, values: metricValues })
);

/** The fields of evaluate-thresholds' details its renderers read. */
const evaluationDetailsSchema = z.object({
  task: z.enum(['classification', 'regression']),
  data: z.object({ path: text, rows: count, dropped: count }),
  model: modelFacts,
  baseline: modelFacts.extend({ kind: z.enum(['model', 'verdict']) }).optional(),
  metrics: sliceMetrics.min(1),
  baselineMetrics: sliceMetrics.optional(),
  classes: z.array(text).optional(),
  confusionMatrix: z.array(z.array(count)).optional(),
  curves: z
    .object({
      roc: z.object({ fpr: z.array(finite), tpr: z.array(finite), auc: finite.nullable() }).optional(),
      pr: z.object({ recall: z.array(finite), precision: z.array(finite) }).optional()
    })
    .optional(),
  reasons: z.record(z.string(), text),
  warnings: z.array(z.object({ metric: text, message: text })),
  notes: z.array(text)
});

/** Whether evaluate-thresholds' details have every field its renderers read, with the right types. */
function isEvaluationDetails(details: unknown): details is EvaluationDetails {
  return evaluationDetailsSchema.safeParse(details).success;
}

/**
 * Whether a verdict's details are in the shape its gate's renderers read (an old or hostile bundle's
 * may not be); true for gates without renderers of their own.
 */
export function detailsFit(verdict: Verdict): boolean {
  if (verdict.gate === 'validate-data') return isDataDetails(verdict.details);
  if (verdict.gate === 'evaluate-thresholds') return isEvaluationDetails(verdict.details);
  return true;
}
