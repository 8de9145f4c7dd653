/** Comparison of mlgate's metric outcomes with the fixture's scikit-learn outcomes. */
import type { MetricsResult, Outcome } from '../../shared/metrics/index.js';
import { expectClose } from '../stats/fixture-helpers.js';
import type { ExpectedMetric } from './reference.js';

/**
 * Fails unless `actual` matches sklearn's outcome: the value to 1e-9 relative (1e-12 absolute near
 * zero); null where sklearn raises (with its message as the reason) or returns NaN (with its warning
 * as the reason, when it warns); sklearn's warnings exactly, in order.
 */
export function expectOutcome(actual: Outcome, expected: ExpectedMetric, label: string): void {
  const warnings = actual.warnings ?? [];
  if (expected.value === null) {
    if (actual.value !== null) throw new Error(`${label}: expected null, got ${actual.value}`);
    if (typeof actual.reason !== 'string' || actual.reason === '') {
      throw new Error(`${label}: a null value needs a reason`);
    }
    const want = expected.error ?? (expected.nan === true ? expected.warnings[0] : undefined);
    if (want !== undefined && actual.reason !== want) {
      throw new Error(`${label}: reason ${JSON.stringify(actual.reason)}, expected ${JSON.stringify(want)}`);
    }
    if (warnings.length > 0)
      throw new Error(`${label}: null value with warnings ${JSON.stringify(warnings)}`);
    return;
  }
  expectClose(actual.value, expected.value, label);
  if (JSON.stringify(warnings) !== JSON.stringify(expected.warnings)) {
    throw new Error(
      `${label}: warnings ${JSON.stringify(warnings)}, expected ${JSON.stringify(expected.warnings)}`
    );
  }
}

/** The outcome of `name` as a MetricsResult reports it. */
export function outcomeIn(result: MetricsResult, name: string): Outcome {
  const value = result.values[name];
  const warnings = result.warnings.filter((w) => w.metric === name).map((w) => w.message);
  return value === null
    ? { value, reason: result.reasons[name], warnings }
    : { value, ...(warnings.length > 0 ? { warnings } : {}) };
}
