import type { DriftConfig } from '../config/schema.js';
import { columnDrift, type ColumnDriftResult } from '../drift/column-drift.js';
import type { CheckResult } from '../gate/verdict.js';
import { DataError } from '../runtime/errors.js';
import { formatNumber, type FinishContext } from './evaluator.js';

/** Drift of every column, and whether the data set drifted (Evidently's share-of-columns rule). */
export interface DriftReport {
  readonly reference: string;
  readonly columns: readonly ColumnDriftResult[];
  /** Columns that could not be compared, and why (no values on one side, not in the reference…). */
  readonly untested: readonly { readonly column: string; readonly reason: string }[];
  readonly driftedColumns: number;
  /** drifted / tested columns. */
  readonly share: number;
  /** The configured share at which the data set counts as drifted. */
  readonly threshold: number;
  readonly drifted: boolean;
}

/**
 * Tests each column of the current data against the reference. Each column's result is a
 * warning-level check (reported, never failing the gate by itself); the data set's share of drifted
 * columns is the gating check, at the configured severity.
 */
export function driftChecks(
  reference: FinishContext,
  current: FinishContext,
  config: DriftConfig | undefined,
  referencePath: string
): { report: DriftReport; checks: CheckResult[] } {
  const columns: ColumnDriftResult[] = [];
  const untested: { column: string; reason: string }[] = [];
  const checks: CheckResult[] = [];
  for (const { name } of current.schema) {
    const settings = config?.columns[name];
    if (settings?.skip === true) continue;
    const ref = reference.stats.get(name);
    const cur = current.stats.get(name);
    if (ref === undefined || cur === undefined) {
      untested.push({ column: name, reason: 'not in the reference' });
      continue;
    }
    const method = settings?.method ?? (config?.method === 'auto' ? undefined : config?.method);
    const threshold = settings?.threshold ?? config?.threshold;
    let result: ColumnDriftResult;
    try {
      result = columnDrift(ref, cur, {
        ...(method === undefined || method === 'auto' ? {} : { method }),
        ...(threshold === undefined ? {} : { threshold })
      });
    } catch (error) {
      if (error instanceof DataError) {
        untested.push({ column: name, reason: error.message });
        continue;
      }
      throw error;
    }
    columns.push(result);
    const score =
      result.pValue === undefined
        ? `${result.method} ${formatNumber(result.statistic)}`
        : `${result.method} p=${formatNumber(result.pValue)}`;
    const limit =
      result.pValue === undefined
        ? `≥ ${formatNumber(result.threshold)}`
        : `< ${formatNumber(result.threshold)}`;
    checks.push({
      id: `drift(${name})`,
      name: 'drift',
      severity: 'warning',
      success: !result.drifted,
      message: `${name}: ${result.drifted ? 'drifted' : 'no drift'} (${score}; drift when ${limit})${result.exact ? '' : ' (sampled)'}`,
      kwargs: { column: name, method: result.method, threshold: result.threshold },
      observed: { ...result },
      examples: []
    });
  }
  const driftedColumns = columns.filter((column) => column.drifted).length;
  const share = columns.length === 0 ? 0 : driftedColumns / columns.length;
  const threshold = config?.share ?? 0.5;
  const drifted = columns.length > 0 && share >= threshold;
  checks.push({
    id: 'drift',
    name: 'drift',
    severity: config?.severity ?? 'error',
    success: !drifted,
    message: `${driftedColumns} of ${columns.length} columns drifted (share ${formatNumber(share)}; the data set drifts at ${formatNumber(threshold)})`,
    kwargs: { share: threshold },
    observed: { drifted_columns: driftedColumns, tested_columns: columns.length, share, untested },
    examples: []
  });
  return {
    report: { reference: referencePath, columns, untested, driftedColumns, share, threshold, drifted },
    checks
  };
}
