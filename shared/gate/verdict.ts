/**
 * The one verdict every gate produces. The step's exit status, summary, annotations, JUnit file,
 * outputs (and, with the reporting layer, check runs and PR comments) are all rendered from it.
 * Bump VERDICT_VERSION on any incompatible change to these shapes.
 */
export const VERDICT_VERSION = 1;

export type Severity = 'error' | 'warning';
export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON = ['error', 'warning', 'never'] as const;

/** A failing row, where reviewers can find it. */
export interface Example {
  readonly file: string;
  /** 1-based line (CSV/JSONL) or row (Parquet). */
  readonly line: number;
  readonly value?: string;
  readonly note?: string;
}

/** Where a check was declared, for annotations on the config line. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface CheckResult {
  /** Stable within a config: e.g. `expect_column_values_to_be_between(age)`; `#2` suffixes repeats. */
  readonly id: string;
  /** The expectation (Great Expectations name) or `drift`. */
  readonly name: string;
  readonly severity: Severity;
  readonly success: boolean;
  /** One line: what was expected and what was found. */
  readonly message: string;
  readonly kwargs: Readonly<Record<string, unknown>>;
  /** Counts and the observed value, named as Great Expectations' result dict. */
  readonly observed: Readonly<Record<string, unknown>>;
  readonly examples: readonly Example[];
  readonly source?: SourceLocation;
}

export type Status = 'passed' | 'warning' | 'failed';

export interface Verdict<Details = unknown> {
  readonly mlgate: { readonly verdict: typeof VERDICT_VERSION; readonly version: string };
  readonly gate: string;
  readonly status: Status;
  /** The gate's decision under `failOn`. */
  readonly passed: boolean;
  readonly failOn: FailOn;
  /** The verdict line shown first everywhere. */
  readonly headline: string;
  readonly checks: readonly CheckResult[];
  readonly createdAt: string;
  readonly durationMs: number;
  readonly details: Details;
}

/** passed / warning / failed from the checks' severities. */
export function statusOf(checks: readonly CheckResult[]): Status {
  if (checks.some((check) => !check.success && check.severity === 'error')) return 'failed';
  if (checks.some((check) => !check.success)) return 'warning';
  return 'passed';
}

/** Whether the gate passes, given what it is told to fail on. */
export function gatePasses(status: Status, failOn: FailOn): boolean {
  if (failOn === 'never') return true;
  if (failOn === 'warning') return status === 'passed';
  return status !== 'failed';
}

/** Assembles a gate's verdict: status from the checks, the decision from `failOn`. */
export function buildVerdict<Details>(
  gate: string,
  checks: readonly CheckResult[],
  failOn: FailOn,
  headline: string,
  started: number,
  details: Details,
  version: string
): Verdict<Details> {
  const status = statusOf(checks);
  return {
    mlgate: { verdict: VERDICT_VERSION, version },
    gate,
    status,
    passed: gatePasses(status, failOn),
    failOn,
    headline,
    checks,
    createdAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    details
  };
}

/** The ids of the failing checks, as the `failed-…` outputs give them (JSON). */
export function failedIds(checks: readonly CheckResult[]): string {
  return JSON.stringify(checks.filter((check) => !check.success).map((check) => check.id));
}
