import type { CheckResult, Verdict } from '../gate/verdict.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { barChart } from './mermaid.js';

const ICON = { pass: '✅', fail: '❌', warn: '⚠️' } as const;

export function checkIcon(check: CheckResult): string {
  return check.success ? ICON.pass : check.severity === 'warning' ? ICON.warn : ICON.fail;
}

export function verdictIcon(verdict: Verdict): string {
  return verdict.status === 'passed' ? ICON.pass : verdict.status === 'warning' ? ICON.warn : ICON.fail;
}

/** A markdown table from rows of cells, every cell escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(escapeMarkdown)),
    line(header.map(() => '---')),
    ...rows.map((row) => line(row.map(escapeMarkdown)))
  ].join('\n');
}

/** A table whose cells are already markdown (icons, code spans built here). */
export function rawTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The checks, failing ones first, each with up to three example rows. */
export function checksTable(checks: readonly CheckResult[]): string {
  const ordered = [...checks.filter((check) => !check.success), ...checks.filter((check) => check.success)];
  return rawTable(
    ['', 'check', 'result', 'examples'],
    ordered.map((check) => [
      checkIcon(check),
      codeSpan(check.id),
      escapeMarkdown(check.message),
      check.examples
        .slice(0, 3)
        .map((example) =>
          escapeMarkdown(
            `${example.file}:${example.line}${example.value === undefined ? '' : ` ${JSON.stringify(example.value)}`}`
          )
        )
        .join('<br>')
    ])
  );
}

/** A collapsed section. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The verdict line shown first everywhere: icon, gate, headline. */
export function verdictLine(verdict: Verdict): string {
  return `### ${verdictIcon(verdict)} mlgate ${escapeMarkdown(verdict.gate)}: ${escapeMarkdown(verdict.headline)}`;
}

/** A check id without the Great Expectations prefix, short enough for a chart axis. */
export function shortCheckName(id: string): string {
  return id.replace(/^expect_(column_values_to_|column_|table_|compound_columns_to_)?/, '');
}

/** The share of failing rows (Great Expectations' `unexpected_percent`) of each failing check. */
export function failingShareChart(checks: readonly CheckResult[]): string {
  const bars = checks.flatMap((check) => {
    const percent = check.observed.unexpected_percent;
    return !check.success && typeof percent === 'number' && Number.isFinite(percent)
      ? [{ label: shortCheckName(check.id), value: percent }]
      : [];
  });
  return barChart({ title: 'Failing rows per check, percent', yLabel: 'percent of rows', bars, yMin: 0 });
}

/** Any gate's markdown: the verdict line, the checks (failing first) and their failing shares. */
export function renderGenericSummary(verdict: Verdict): string {
  const parts = [verdictLine(verdict)];
  if (verdict.checks.length > 0) parts.push(checksTable(verdict.checks));
  const chart = failingShareChart(verdict.checks);
  if (chart !== '') parts.push(chart);
  return parts.join('\n\n');
}
