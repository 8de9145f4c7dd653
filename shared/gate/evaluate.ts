import { formatNumber } from '../checks/evaluator.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { DifferenceInterval } from './bootstrap.js';
import type { Threshold } from './thresholds.js';
import type { CheckResult } from './verdict.js';

/** Metric values of one slice of the test set (`all` is the whole of it). */
export interface SliceMetrics {
  /** `all`, or `column=value`, or `column=[lo, hi)`. */
  readonly slice: string;
  /** The column the slice is of (undefined for `all`). */
  readonly column?: string;
  readonly rows: number;
  readonly values: Readonly<Record<string, number | null>>;
}

export interface GateInput {
  readonly thresholds: readonly Threshold[];
  readonly candidate: readonly SliceMetrics[];
  /** The baseline scored on the same rows; undefined on a first run (change gates are skipped). */
  readonly baseline?: readonly SliceMetrics[];
  /** Whether higher is better, per metric (the catalogue's, overridable per threshold). */
  readonly higherIsBetter: (metric: string) => boolean;
  /** The paired-bootstrap interval of candidate − baseline, when significance is on. */
  readonly interval?: (metric: string, slice: string) => DifferenceInterval | undefined;
  /** Slices with fewer rows are reported but not gated. */
  readonly minSliceSize: number;
}

function check(
  threshold: Threshold,
  id: string,
  success: boolean,
  message: string,
  observed: Record<string, unknown>
): CheckResult {
  return {
    id,
    name: 'threshold',
    severity: 'error',
    success,
    message,
    kwargs: { threshold: threshold.text },
    observed,
    examples: []
  };
}

/**
 * Each threshold against the candidate's metrics (and the baseline's): value bounds, changes (a
 * change gate fails only when the change exceeds the tolerance and, with significance on, the whole
 * confidence interval of the difference lies beyond the tolerance), and gaps across slices.
 */
export function evaluateGate(input: GateInput): CheckResult[] {
  const results: CheckResult[] = [];
  const bySlice = (list: readonly SliceMetrics[] | undefined, slice: string): SliceMetrics | undefined =>
    list?.find((entry) => entry.slice === slice);
  for (const threshold of input.thresholds) {
    const slice = threshold.slice ?? 'all';
    const id = `${threshold.metric}${slice === 'all' ? '' : `[${slice}]`}`;
    const candidate = bySlice(input.candidate, slice);
    if (candidate === undefined) {
      const known = input.candidate.map((entry) => entry.slice).join(', ');
      throw new ConfigurationError(
        `threshold \`${threshold.text}\`: no slice \`${slice}\` (slices: ${known})`
      );
    }
    if (candidate.rows < input.minSliceSize && slice !== 'all') {
      results.push(
        check(
          threshold,
          id,
          true,
          `${id}: skipped, the slice has ${candidate.rows} rows (minimum ${input.minSliceSize})`,
          { rows: candidate.rows, skipped: true }
        )
      );
      continue;
    }
    const value = candidate.values[threshold.metric] ?? null;
    const higher =
      threshold.direction === undefined
        ? input.higherIsBetter(threshold.metric)
        : threshold.direction === 'higher';

    if (threshold.min !== undefined || threshold.max !== undefined) {
      const ok =
        value !== null &&
        (threshold.min === undefined ||
          (threshold.minStrict === true ? value > threshold.min : value >= threshold.min)) &&
        (threshold.max === undefined ||
          (threshold.maxStrict === true ? value < threshold.max : value <= threshold.max));
      const bound = [
        threshold.min === undefined
          ? ''
          : `${threshold.minStrict === true ? '>' : '≥'} ${formatNumber(threshold.min)}`,
        threshold.max === undefined
          ? ''
          : `${threshold.maxStrict === true ? '<' : '≤'} ${formatNumber(threshold.max)}`
      ]
        .filter((part) => part !== '')
        .join(' and ');
      results.push(
        check(threshold, `${id} bound`, ok, `${id} = ${formatNumber(value)}, ${ok ? '' : 'not '}${bound}`, {
          value,
          min: threshold.min,
          max: threshold.max
        })
      );
    }

    for (const [kind, change] of [
      ['drop', threshold.maxDrop],
      ['rise', threshold.maxRise]
    ] as const) {
      if (change === undefined) continue;
      if (threshold.direction === undefined && (kind === 'drop') !== higher) {
        throw new ConfigurationError(
          `threshold \`${threshold.text}\`: ${threshold.metric} is ${higher ? 'higher' : 'lower'}-is-better, so a ${kind} is an improvement; use max-${kind === 'drop' ? 'rise' : 'drop'} (or set direction)`
        );
      }
      const base = bySlice(input.baseline, slice)?.values[threshold.metric] ?? null;
      if (input.baseline === undefined) {
        results.push(
          check(threshold, `${id} change`, true, `${id}: no baseline yet, the change gate is skipped`, {
            value,
            baseline: null,
            skipped: true
          })
        );
        continue;
      }
      const tolerance = change.relative ? change.value * Math.abs(base ?? 0) : change.value;
      const limit = change.relative ? `${formatNumber(change.value * 100)}%` : formatNumber(change.value);
      if (value === null || base === null) {
        results.push(
          check(
            threshold,
            `${id} change`,
            false,
            `${id}: undefined (candidate ${formatNumber(value)}, baseline ${formatNumber(base)})`,
            { value, baseline: base }
          )
        );
        continue;
      }
      const delta = value - base;
      // Worsening in the gated direction: a drop is −delta, a rise is +delta.
      const worse = kind === 'drop' ? -delta : delta;
      const interval = input.interval?.(threshold.metric, slice);
      // The interval of the worsening: for a drop, −(high…low) of the difference.
      const bestCase = interval === undefined ? undefined : kind === 'drop' ? -interval.high : interval.low;
      const beyond = worse > tolerance;
      const significant = bestCase === undefined || bestCase > tolerance;
      const success = !(beyond && significant);
      const ci =
        interval === undefined
          ? ''
          : `; ${formatNumber(interval.confidence * 100)}% CI of the difference [${formatNumber(interval.low)}, ${formatNumber(interval.high)}]`;
      const verdict = !beyond
        ? 'within'
        : significant
          ? 'beyond'
          : 'beyond, but not significantly (the interval reaches the tolerance)';
      results.push(
        check(
          threshold,
          `${id} change`,
          success,
          `${id} ${formatNumber(base)} → ${formatNumber(value)} (${delta >= 0 ? '+' : ''}${formatNumber(delta)}): ${kind} ${verdict} max-${kind} ${limit}${ci}`,
          { value, baseline: base, delta, tolerance, ...(interval === undefined ? {} : { interval }) }
        )
      );
    }

    if (threshold.maxGap !== undefined) {
      const { across, value: limit } = threshold.maxGap;
      const slices = input.candidate.filter(
        (entry) => entry.column === across && entry.rows >= input.minSliceSize
      );
      const values = slices
        .map((entry) => [entry.slice, entry.values[threshold.metric] ?? null] as const)
        .filter((pair): pair is readonly [string, number] => pair[1] !== null);
      if (values.length < 2) {
        results.push(
          check(
            threshold,
            `${threshold.metric} gap across ${across}`,
            true,
            `${threshold.metric} gap across ${across}: fewer than 2 slices with ${input.minSliceSize}+ rows, not gated`,
            { slices: values.length, skipped: true }
          )
        );
        continue;
      }
      const sorted = [...values].sort((a, b) => a[1] - b[1]);
      const [lowSlice, low] = sorted[0];
      const [highSlice, high] = sorted[sorted.length - 1];
      const gap = high - low;
      results.push(
        check(
          threshold,
          `${threshold.metric} gap across ${across}`,
          gap <= limit,
          `${threshold.metric} gap across ${across} = ${formatNumber(gap)} (${highSlice} ${formatNumber(high)} vs ${lowSlice} ${formatNumber(low)}), ${gap <= limit ? 'within' : 'beyond'} max-gap ${formatNumber(limit)}`,
          {
            gap,
            max: { slice: highSlice, value: high },
            min: { slice: lowSlice, value: low }
          }
        )
      );
    }
  }
  return results;
}
