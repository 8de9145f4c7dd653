import type { DataDetails } from '../checks/validate.js';
import { formatCount, formatNumber } from '../checks/evaluator.js';
import type { Verdict } from '../gate/verdict.js';
import { checksSection, htmlTable, renderHtml, svgBars, text, type HtmlSection } from './html.js';

const P_VALUE_METHODS: ReadonlySet<string> = new Set(['ks', 'chisquare']);

/** validate-data's standalone HTML report: the data set, the checks, drift with charts, the profile. */
export function renderDataHtml(verdict: Verdict<DataDetails>): string {
  const { data, profile, drift } = verdict.details;
  const sections: HtmlSection[] = [
    {
      title: 'Data set',
      body: `<p>${text(`${data.path}: ${formatCount(data.rows)} rows × ${data.columns.length} columns (${data.format}), fingerprint ${data.fingerprint}`)}</p>\n${htmlTable(
        ['file', 'bytes', 'sha256'],
        data.files.map((file) => [file.path, formatCount(file.bytes), file.sha256]),
        new Set([1])
      )}`
    },
    checksSection(verdict.checks)
  ];
  if (drift !== undefined) {
    const pValues = drift.columns.filter((column) => P_VALUE_METHODS.has(column.method));
    const distances = drift.columns.filter((column) => !P_VALUE_METHODS.has(column.method));
    sections.push({
      title: `Drift against ${drift.reference}`,
      body: [
        `<p>${text(`${drift.driftedColumns} of ${drift.columns.length} columns drifted (share ${formatNumber(drift.share)}; the data set drifts at ${formatNumber(drift.threshold)}).`)}</p>`,
        svgBars(
          pValues.map((column) => ({
            label: column.column,
            value: column.pValue ?? 0,
            mark: column.threshold,
            alert: column.drifted
          })),
          { max: 1, caption: 'p-value per column; drifted columns in red (below the mark)' }
        ),
        svgBars(
          distances.map((column) => ({
            label: column.column,
            value: column.statistic ?? 0,
            mark: column.threshold,
            alert: column.drifted
          })),
          { caption: 'distance per column; drifted columns in red (beyond the mark)' }
        ),
        htmlTable(
          [
            'column',
            'method',
            'statistic',
            'p-value',
            'threshold',
            'drifted',
            'reference rows',
            'current rows'
          ],
          drift.columns.map((column) => [
            column.column,
            column.method,
            formatNumber(column.statistic),
            column.pValue === undefined ? '' : formatNumber(column.pValue),
            formatNumber(column.threshold),
            column.drifted ? 'yes' : 'no',
            formatCount(column.referenceRows),
            formatCount(column.currentRows)
          ]),
          new Set([2, 3, 4, 6, 7])
        ),
        drift.untested.length === 0
          ? ''
          : `<p>Not tested: ${text(drift.untested.map((entry) => `${entry.column} (${entry.reason})`).join('; '))}</p>`
      ]
        .filter((part) => part !== '')
        .join('\n')
    });
  }
  sections.push({
    title: 'Profile',
    body: htmlTable(
      ['column', 'type', 'nulls', 'NaN', 'invalid', 'distinct', 'min', 'mean', 'max', 'std', 'most common'],
      profile.map((column) => [
        column.name,
        column.type,
        formatCount(column.nulls),
        formatCount(column.nan),
        formatCount(column.invalid),
        `${formatCount(column.distinct)}${column.distinctExact ? '' : '≈'}`,
        column.datetime?.min ?? formatNumber(column.numeric?.min),
        column.numeric === undefined || column.datetime !== undefined
          ? ''
          : formatNumber(column.numeric.mean),
        column.datetime?.max ?? formatNumber(column.numeric?.max),
        column.numeric === undefined || column.datetime !== undefined ? '' : formatNumber(column.numeric.std),
        column.mostCommon
          .slice(0, 5)
          .map((entry) => `${entry.value} (${entry.count})`)
          .join(', ')
      ]),
      new Set([2, 3, 4, 5, 6, 7, 8, 9])
    )
  });
  return renderHtml(verdict, sections);
}
