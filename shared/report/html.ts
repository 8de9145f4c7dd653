/**
 * The standalone HTML report: one file, no scripts, no external URLs (a Content-Security-Policy
 * forbids loading anything), charts as inline SVG. Every string is escaped with `escapeXml`; the
 * helpers here take plain text and never markup, except `HtmlSection.body`, which is built by them.
 */
import type { CheckResult, Verdict } from '../gate/verdict.js';
import { escapeXml } from './escape.js';

/** A block of the report, its body built with the helpers below. */
export interface HtmlSection {
  readonly title: string;
  readonly body: string;
}

const STATUS_TEXT = { passed: 'passed', warning: 'passed with warnings', failed: 'failed' } as const;

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font:12px ui-monospace,monospace;background:#f6f8fa;padding:0 .2rem;word-break:break-all}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:1rem;color:#fff;font-weight:600}
.passed{background:#1a7f37}.warning{background:#9a6700}.failed{background:#cf222e}
.meta{color:#59636e}ul{margin:0;padding-left:1.2rem}svg text{font:11px system-ui,sans-serif}
`;

/** Escaped text; the one way data reaches the page. */
export function text(value: string): string {
  return escapeXml(value);
}

/** A table from plain-text cells (escaped here); `numeric` columns are right-aligned. */
export function htmlTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number> = new Set()
): string {
  const head = `<tr>${header.map((cell) => `<th>${text(cell)}</th>`).join('')}</tr>`;
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => `<td${numeric.has(index) ? ' class="num"' : ''}>${text(cell)}</td>`).join('')}</tr>`
    )
    .join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A horizontal bar chart as inline SVG, with an optional threshold mark per bar; `alert` bars in red. */
export function svgBars(
  bars: readonly {
    readonly label: string;
    readonly value: number;
    readonly mark?: number;
    readonly alert?: boolean;
  }[],
  options: { readonly max?: number; readonly caption: string }
): string {
  if (bars.length === 0) return '';
  const finite = (value: number): number => (Number.isFinite(value) ? Math.max(0, value) : 0);
  const max =
    options.max ?? Math.max(...bars.map((bar) => Math.max(finite(bar.value), finite(bar.mark ?? 0))), 1e-12);
  const row = 18;
  const labelWidth = 200;
  const plot = 440;
  const height = bars.length * row + 24;
  const items = bars.map((bar, index) => {
    const y = index * row + 4;
    const width = (Math.min(finite(bar.value), max) / max) * plot;
    const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label;
    const markX =
      bar.mark === undefined
        ? undefined
        : (labelWidth + (Math.min(finite(bar.mark), max) / max) * plot).toFixed(1);
    const mark =
      markX === undefined
        ? ''
        : `<line x1="${markX}" x2="${markX}" y1="${y - 2}" y2="${y + row - 4}" stroke="#1f2328" stroke-width="2"/>`;
    return [
      `<text x="${labelWidth - 6}" y="${y + 11}" text-anchor="end">${text(label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${row - 6}" fill="${bar.alert === true ? '#cf222e' : '#0969da'}"/>`,
      mark,
      `<text x="${(labelWidth + width + 4).toFixed(1)}" y="${y + 11}">${text(formatShort(bar.value))}</text>`
    ].join('');
  });
  return [
    `<figure><svg role="img" width="${labelWidth + plot + 80}" height="${height}" viewBox="0 0 ${labelWidth + plot + 80} ${height}">`,
    `<title>${text(options.caption)}</title>`,
    ...items,
    '</svg>',
    `<figcaption class="meta">${text(options.caption)}</figcaption></figure>`
  ].join('\n');
}

function formatShort(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1e4 || (Math.abs(value) < 1e-3 && value !== 0)
    ? value.toExponential(2)
    : String(Number(value.toPrecision(4)));
}

function checkState(check: CheckResult): string {
  return check.success ? 'passed' : check.severity === 'warning' ? 'warning' : 'failed';
}

/** The checks, failing first, each with its example rows. */
export function checksSection(checks: readonly CheckResult[]): HtmlSection {
  const ordered = [...checks.filter((check) => !check.success), ...checks.filter((check) => check.success)];
  const rows = ordered.map((check) => {
    const state = checkState(check);
    const examples = check.examples
      .slice(0, 10)
      .map(
        (example) =>
          `<li><code>${text(`${example.file}:${example.line}`)}</code>${example.value === undefined ? '' : ` ${text(JSON.stringify(example.value))}`}${example.note === undefined ? '' : ` (${text(example.note)})`}</li>`
      )
      .join('');
    return `<tr><td><span class="badge ${state}">${state}</span></td><td><code>${text(check.id)}</code></td><td>${text(check.message)}</td><td>${examples === '' ? '' : `<ul>${examples}</ul>`}</td></tr>`;
  });
  const body =
    rows.length === 0
      ? '<p>No checks configured.</p>'
      : `<table>\n<thead><tr><th></th><th>check</th><th>result</th><th>examples</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  return { title: 'Checks', body };
}

/** The whole page for one verdict: header, the gate's sections, and the raw verdict folded. */
export function renderHtml(verdict: Verdict, sections: readonly HtmlSection[]): string {
  const status = verdict.status in STATUS_TEXT ? verdict.status : 'failed';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(`mlgate ${verdict.gate}: ${STATUS_TEXT[status]}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>mlgate ${text(verdict.gate)} <span class="badge ${status}">${text(STATUS_TEXT[status])}</span></h1>`,
    `<p>${text(verdict.headline)}</p>`,
    `<p class="meta">${text(`gate ${verdict.passed ? 'passed' : 'failed'} (fail-on ${verdict.failOn}) · ${verdict.createdAt} · ${verdict.durationMs} ms · mlgate ${verdict.mlgate.version}`)}</p>`,
    ...sections.flatMap((section) => [`<h2>${text(section.title)}</h2>`, section.body]),
    '</body>',
    '</html>',
    ''
  ].join('\n');
}
