import { openDataset } from '../data/dataset.js';
import type { ColumnSchema, ColumnType, FileFingerprint } from '../data/types.js';
import { driftChecks, type DriftReport } from './drift-checks.js';
import type { DriftConfig } from '../config/schema.js';
import type { CheckResult } from '../gate/verdict.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { didYouMean } from '../runtime/suggest.js';
import type { ColumnProfile } from '../stats/column-stats.js';
import { Profiler } from '../stats/profiler.js';
import type { Expectation } from './catalogue.js';
import { buildEvaluators } from './build.js';
import type { Evaluator, FinishContext } from './evaluator.js';

/** Everything validate-data needs, resolved from inputs and config. */
export interface ValidationPlan {
  /** Path or glob of the data set. */
  readonly data: string;
  /** Path or glob of the reference data set, for drift. */
  readonly reference?: string;
  readonly types: Readonly<Record<string, ColumnType>>;
  readonly expectations: readonly Expectation[];
  readonly drift?: DriftConfig;
  readonly nullTokens?: readonly string[];
  readonly delimiter?: string;
  /** Failing example rows kept per check. */
  readonly examples: number;
}

/** The data-specific part of validate-data's verdict. */
export interface DataDetails {
  readonly data: {
    readonly path: string;
    readonly format: string;
    readonly files: readonly FileFingerprint[];
    /** sha256 over the per-file fingerprints (`sha256  path` lines, sorted by path). */
    readonly fingerprint: string;
    readonly rows: number;
    readonly columns: readonly ColumnSchema[];
  };
  readonly profile: readonly ColumnProfile[];
  readonly drift?: DriftReport;
}

export interface ValidationOutcome {
  readonly checks: CheckResult[];
  readonly details: DataDetails;
}

/** Reads a data set once (twice when an expectation needs whole-column statistics first). */
async function scan(
  pattern: string,
  plan: ValidationPlan,
  evaluators: readonly Evaluator[],
  logger: Logger
): Promise<{ context: FinishContext; format: string; fingerprints: FileFingerprint[] }> {
  const dataset = await openDataset(pattern, {
    types: plan.types,
    ...(plan.nullTokens === undefined ? {} : { nullTokens: plan.nullTokens }),
    ...(plan.delimiter === undefined ? {} : { delimiter: plan.delimiter })
  });
  if (dataset.threaded) logger.debug(`${pattern}: read in a worker thread`);
  const fileIndex = new Map(dataset.files.map((file, index) => [file, index]));
  const profiler = new Profiler();
  let rows = 0;
  for await (const batch of dataset.batches()) {
    const context = { batch, fileIndex: fileIndex.get(batch.file) ?? 0 };
    for (const evaluator of evaluators) evaluator.observe(context);
    profiler.observe(batch);
    rows += batch.rowCount;
  }
  const schema = dataset.schema();
  const stats = profiler.finish(schema.map((column) => column.name));
  const profiles = new Map<string, ColumnProfile>();
  const context: FinishContext = {
    rows,
    schema,
    stats,
    files: dataset.files,
    profile: (name) => {
      let profile = profiles.get(name);
      if (profile === undefined) {
        profile = stats.get(name)!.profile();
        profiles.set(name, profile);
      }
      return profile;
    }
  };
  const second = evaluators.filter((evaluator) => evaluator.secondPass !== undefined);
  if (second.length > 0) {
    for (const evaluator of second) evaluator.secondPass!.prepare(context);
    for await (const batch of dataset.batches()) {
      const batchContext = { batch, fileIndex: fileIndex.get(batch.file) ?? 0 };
      for (const evaluator of second) evaluator.secondPass!.observe(batchContext);
    }
  }
  return { context, format: dataset.format, fingerprints: dataset.fingerprints() };
}

/** Every column an expectation names must exist in the data: otherwise a configuration error. */
function checkColumnsExist(
  evaluators: readonly Evaluator[],
  schema: readonly ColumnSchema[],
  data: string
): void {
  const names = schema.map((column) => column.name);
  for (const evaluator of evaluators) {
    for (const column of evaluator.columns) {
      if (names.includes(column)) continue;
      const where = evaluator.expectation.source;
      const at = where === undefined ? '' : `${where.file}:${where.line}:${where.column}: `;
      throw new ConfigurationError(
        `${at}${evaluator.expectation.name}: column \`${column}\` is not in ${data}${didYouMean(column, names)} (columns: ${names.join(', ')})`
      );
    }
  }
}

/** sha256 over `sha256  path` lines, the form `sha256sum` prints: one value for a whole data set. */
export async function combinedFingerprint(files: readonly FileFingerprint[]): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.sha256}  ${file.path}\n`);
  }
  return hash.digest('hex');
}

/** Runs a data suite (and drift against the reference) and returns every check and the profile. */
export async function validate(plan: ValidationPlan, logger: Logger): Promise<ValidationOutcome> {
  const evaluators = buildEvaluators(plan.expectations, plan.examples);
  const current = await logger.group(`Reading ${plan.data}`, () => scan(plan.data, plan, evaluators, logger));
  checkColumnsExist(evaluators, current.context.schema, plan.data);
  const checks: CheckResult[] = [];
  for (const evaluator of evaluators) checks.push(await evaluator.finish(current.context));

  let drift: DriftReport | undefined;
  if (plan.reference !== undefined) {
    const reference = await logger.group(`Reading the reference ${plan.reference}`, () =>
      scan(plan.reference!, plan, [], logger)
    );
    const result = driftChecks(reference.context, current.context, plan.drift, plan.reference);
    drift = result.report;
    checks.push(...result.checks);
  }
  const profile = current.context.schema.map((column) => current.context.profile(column.name));
  return {
    checks,
    details: {
      data: {
        path: plan.data,
        format: current.format,
        files: current.fingerprints,
        fingerprint: await combinedFingerprint(current.fingerprints),
        rows: current.context.rows,
        columns: current.context.schema
      },
      profile,
      ...(drift === undefined ? {} : { drift })
    }
  };
}
