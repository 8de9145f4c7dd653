import { formatCount, formatNumber } from '../checks/evaluator.js';
import type { EvaluationDetails } from '../gate/evaluation-types.js';
import type { Verdict } from '../gate/verdict.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { checksTable, details, table, verdictLine } from './markdown.js';
import { htmlTable, type HtmlSection } from './html.js';
import { lineChart } from './mermaid.js';

/** Points a curve is resampled to for a chart: Mermaid's x axis is categorical. */
const CURVE_POINTS = 11;

/** The curve's y at evenly spaced x in [0, 1] (step interpolation, as the curve is drawn). */
function resample(
  x: readonly number[],
  y: readonly number[],
  ascending: boolean
): { x: number[]; y: number[] } {
  const xs = Array.from({ length: CURVE_POINTS }, (_, i) => i / (CURVE_POINTS - 1));
  const pairs = x
    .map((value, i) => [value, y[i]] as const)
    .sort((a, b) => (ascending ? a[0] - b[0] : b[0] - a[0]));
  const ys = xs.map((at) => {
    let best = pairs[0]?.[1] ?? 0;
    for (const [px, py] of pairs) if ((ascending && px <= at) || (!ascending && px >= at)) best = py;
    return best;
  });
  return { x: xs, y: ys };
}

/** The metrics that matter most first, then the rest in name order. */
function metricOrder(names: readonly string[], task: EvaluationDetails['task']): string[] {
  const first =
    task === 'classification'
      ? ['accuracy', 'f1', 'precision', 'recall', 'roc_auc', 'log_loss']
      : ['rmse', 'mae', 'r2', 'mape'];
  return [
    ...first.filter((name) => names.includes(name)),
    ...names.filter((name) => !first.includes(name)).sort()
  ];
}

/** The metrics table: candidate, and baseline with the delta when there is one. */
function metricRows(d: EvaluationDetails): { header: string[]; rows: string[][] } {
  const all = d.metrics[0]?.values ?? {};
  const base = d.baselineMetrics?.find((entry) => entry.slice === 'all')?.values;
  const rows = metricOrder(Object.keys(all), d.task).map((name) => {
    const value = all[name] ?? null;
    const reason = d.reasons[name];
    const shown = value === null && reason !== undefined ? `undefined (${reason})` : formatNumber(value);
    if (base === undefined) return [name, shown];
    const previous = base[name] ?? null;
    const delta = value === null || previous === null ? null : value - previous;
    return [
      name,
      shown,
      formatNumber(previous),
      delta === null ? '' : `${delta >= 0 ? '+' : ''}${formatNumber(delta)}`
    ];
  });
  return {
    header: base === undefined ? ['metric', 'value'] : ['metric', 'candidate', 'baseline', 'delta'],
    rows
  };
}

/** The HTML report's sections beyond the checks: metrics, and slices when there are any. */
export function evaluateHtmlSections(verdict: Verdict<EvaluationDetails>): HtmlSection[] {
  const d = verdict.details;
  const metrics = metricRows(d);
  const sections: HtmlSection[] = [{ title: 'Metrics', body: htmlTable(metrics.header, metrics.rows) }];
  if (d.metrics.length > 1) {
    const key = metricOrder(Object.keys(d.metrics[0]?.values ?? {}), d.task).slice(0, 4);
    sections.push({
      title: 'Metrics per slice',
      body: htmlTable(
        ['slice', 'rows', ...key],
        d.metrics.map((slice) => [
          slice.slice,
          formatCount(slice.rows),
          ...key.map((name) => formatNumber(slice.values[name] ?? null))
        ])
      )
    });
  }
  return sections;
}

/** evaluate-thresholds' markdown: verdict line, thresholds (failing first), metrics with deltas, slices, confusion matrix, curves. */
export function renderEvaluateSummary(verdict: Verdict<EvaluationDetails>): string {
  const d = verdict.details;
  const all = d.metrics[0]?.values ?? {};
  const parts = [
    verdictLine(verdict),
    `${codeSpan(d.model.path)} on ${escapeMarkdown(d.data.path)}: ${formatCount(d.data.rows)} rows (${d.task})${d.data.dropped > 0 ? `, ${formatCount(d.data.dropped)} dropped for NaN` : ''}${d.baseline === undefined ? '' : `; baseline ${codeSpan(d.baseline.path)}`}`
  ];
  if (d.notes.length > 0) parts.push(d.notes.map((note) => `> ${escapeMarkdown(note)}`).join('\n>\n'));
  if (verdict.checks.length > 0) parts.push(checksTable(verdict.checks));
  const names = metricOrder(Object.keys(all), d.task);
  const metrics = metricRows(d);
  parts.push('#### Metrics', table(metrics.header, metrics.rows));
  if (d.metrics.length > 1) {
    const key = names.slice(0, 4);
    parts.push(
      details(
        'Metrics per slice',
        table(
          ['slice', 'rows', ...key],
          d.metrics.map((slice) => [
            slice.slice,
            formatCount(slice.rows),
            ...key.map((name) => formatNumber(slice.values[name] ?? null))
          ])
        )
      )
    );
  }
  if (d.confusionMatrix !== undefined && d.classes !== undefined && d.classes.length <= 20) {
    parts.push(
      details(
        'Confusion matrix (rows: true class, columns: predicted)',
        table(
          ['', ...d.classes],
          d.confusionMatrix.map((row, i) => [d.classes![i], ...row.map((count) => formatCount(count))])
        )
      )
    );
  }
  if (d.curves?.roc !== undefined) {
    const roc = resample(d.curves.roc.fpr, d.curves.roc.tpr, true);
    parts.push(
      lineChart({
        title: `ROC curve (AUC ${formatNumber(d.curves.roc.auc)})`,
        xLabel: 'false positive rate',
        yLabel: 'true positive rate',
        x: roc.x,
        y: roc.y
      })
    );
  }
  if (d.curves?.pr !== undefined) {
    const pr = resample(d.curves.pr.recall, d.curves.pr.precision, true);
    parts.push(
      lineChart({ title: 'Precision-recall curve', xLabel: 'recall', yLabel: 'precision', x: pr.x, y: pr.y })
    );
  }
  return parts.filter((part) => part !== '').join('\n\n');
}
