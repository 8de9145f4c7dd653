import type { DataDetails } from '../checks/validate.js';
import { formatCount, formatNumber } from '../checks/evaluator.js';
import type { Verdict } from '../gate/verdict.js';
import { checksTable, details, table, verdictLine } from './markdown.js';
import { escapeMarkdown } from './escape.js';

/** validate-data's markdown: verdict line, failing checks first, drift, then the profile (folded). */
export function renderDataSummary(verdict: Verdict<DataDetails>): string {
  const { data, profile, drift } = verdict.details;
  const parts = [
    verdictLine(verdict),
    `${escapeMarkdown(data.path)}: ${formatCount(data.rows)} rows × ${data.columns.length} columns, ${data.files.length} file${data.files.length === 1 ? '' : 's'} (${data.format}), fingerprint \`${data.fingerprint.slice(0, 12)}\``
  ];
  if (verdict.checks.length > 0) parts.push(checksTable(verdict.checks));
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
      )
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
