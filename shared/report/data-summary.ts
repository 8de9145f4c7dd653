import type { DataDetails } from '../checks/validate.js';
import { formatCount, formatNumber } from '../checks/evaluator.js';
import type { Verdict } from '../gate/verdict.js';
import { checksTable, details, failingShareChart, table, verdictLine } from './markdown.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { barChart } from './mermaid.js';

type DriftColumn = NonNullable<DataDetails['drift']>['columns'][number];

/** Tests whose score is a p-value (drift below the threshold) rather than a distance (drift above). */
const P_VALUE_METHODS: ReadonlySet<string> = new Set(['ks', 'chisquare']);

/**
 * Drift scores per column, one chart per kind of score: p-values (drift when below the threshold)
 * and distances (drift when above), each with its thresholds as a line. Drifted columns first.
 */
export function driftCharts(columns: readonly DriftColumn[]): string[] {
  const ordered = [...columns.filter((column) => column.drifted), ...columns.filter((c) => !c.drifted)];
  const pValues = ordered.filter((column) => P_VALUE_METHODS.has(column.method));
  const distances = ordered.filter((column) => !P_VALUE_METHODS.has(column.method));
  const charts = [
    barChart({
      title: 'Drift p-value per column (drift below the line)',
      yLabel: 'p-value',
      bars: pValues.map((column) => ({ label: column.column, value: column.pValue ?? 0 })),
      line: pValues.map((column) => column.threshold),
      yMin: 0,
      yMax: 1
    }),
    barChart({
      title: 'Drift distance per column (drift above the line)',
      yLabel: 'distance',
      bars: distances.map((column) => ({ label: column.column, value: column.statistic ?? 0 })),
      line: distances.map((column) => column.threshold),
      yMin: 0
    })
  ];
  return charts.filter((chart) => chart !== '');
}

/** validate-data's markdown: verdict line, failing checks first, drift, then the profile (folded). */
export function renderDataSummary(verdict: Verdict<DataDetails>): string {
  const { data, profile, drift } = verdict.details;
  const parts = [
    verdictLine(verdict),
    `${escapeMarkdown(data.path)}: ${formatCount(data.rows)} rows × ${data.columns.length} columns, ${data.files.length} file${data.files.length === 1 ? '' : 's'} (${escapeMarkdown(data.format)}), fingerprint ${codeSpan(data.fingerprint.slice(0, 12))}`
  ];
  if (verdict.checks.length > 0) parts.push(checksTable(verdict.checks));
  const failing = failingShareChart(verdict.checks);
  if (failing !== '') parts.push(failing);
  if (drift !== undefined) {
    parts.push(
      `#### Drift against ${escapeMarkdown(drift.reference)}: ${drift.driftedColumns} of ${drift.columns.length} columns drifted (share ${formatNumber(drift.share)}, gate at ${formatNumber(drift.threshold)})`,
      table(
        ['column', 'method', 'statistic', 'p-value', 'threshold', 'drifted'],
        drift.columns.map((column) => [
          column.column,
          column.method,
          formatNumber(column.statistic),
          column.pValue === undefined ? '' : formatNumber(column.pValue),
          formatNumber(column.threshold),
          column.drifted ? 'yes' : 'no'
        ])
      ),
      ...driftCharts(drift.columns)
    );
  }
  parts.push(
    details(
      'Profile',
      table(
        ['column', 'type', 'nulls', 'distinct', 'min', 'mean', 'max', 'std', 'most common'],
        profile.map((column) => [
          column.name,
          column.type,
          formatCount(column.nulls + column.nan),
          `${formatCount(column.distinct)}${column.distinctExact ? '' : '≈'}`,
          column.datetime?.min ?? formatNumber(column.numeric?.min),
          column.numeric === undefined || column.datetime !== undefined
            ? ''
            : formatNumber(column.numeric.mean),
          column.datetime?.max ?? formatNumber(column.numeric?.max),
          column.numeric === undefined || column.datetime !== undefined
            ? ''
            : formatNumber(column.numeric.std),
          column.mostCommon
            .slice(0, 3)
            .map(
              (entry) =>
                `${entry.value.length > 30 ? `${entry.value.slice(0, 30)}…` : entry.value} (${entry.count})`
            )
            .join(', ')
        ])
      )
    )
  );
  return parts.join('\n\n');
}
