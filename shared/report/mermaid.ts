/**
 * Charts as Mermaid `xychart-beta` blocks: GitHub renders them in comments, check runs and step
 * summaries, so no image host is needed. Labels come from data (column names, check ids), so they
 * are reduced to a safe alphabet: Mermaid has no escape inside a quoted label, and a backtick or
 * newline could end the code fence.
 */

/** Most bars a chart shows; the rest are named in the caption. */
export const MAX_BARS = 25;
const MAX_LABEL = 24;

export interface BarChart {
  readonly title: string;
  readonly yLabel: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
  /** A second series drawn as a line (e.g. each bar's threshold). */
  readonly line?: readonly number[];
  /** Axis range; defaults to 0 .. the largest value. */
  readonly yMin?: number;
  readonly yMax?: number;
}

/** A label safe inside `"…"` in Mermaid and inside a code fence: letters, digits and a few marks. */
export function mermaidLabel(text: string, max = MAX_LABEL): string {
  const safe = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} _.,:/()+=-]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  // Code points, not UTF-16 units: the safe alphabet has no combining marks or emoji sequences.
  const short = Array.from(safe);
  const label = short.length > max ? `${short.slice(0, max - 1).join('')}…` : safe;
  return label === '' ? '_' : label;
}

/** A number as Mermaid reads it: plain decimal, no exponent, finite. */
function mermaidNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Number(value.toPrecision(6));
  return Math.abs(rounded) < 1e-6 ? '0' : rounded.toFixed(6).replace(/\.?0+$/, '');
}

/** A fenced ```mermaid block with a bar chart, or '' when there is nothing to draw. */
export function barChart(chart: BarChart): string {
  const bars = chart.bars.slice(0, MAX_BARS);
  if (bars.length === 0) return '';
  const values = bars.map((bar) => (Number.isFinite(bar.value) ? bar.value : 0));
  const line = chart.line?.slice(0, MAX_BARS);
  const top = Math.max(...values, ...(line ?? []), 0);
  const yMin = chart.yMin ?? Math.min(0, ...values);
  const yMax = chart.yMax ?? (top > yMin ? top : yMin + 1);
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(chart.title, 80)}"`,
    `    x-axis [${bars.map((bar) => `"${mermaidLabel(bar.label)}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(chart.yLabel, 40)}" ${mermaidNumber(yMin)} --> ${mermaidNumber(yMax)}`,
    `    bar [${values.map(mermaidNumber).join(', ')}]`
  ];
  if (line !== undefined && line.length === bars.length) {
    lines.push(`    line [${line.map(mermaidNumber).join(', ')}]`);
  }
  lines.push('```');
  const hidden = chart.bars.length - bars.length;
  return hidden > 0 ? `${lines.join('\n')}\n\n_${hidden} more not charted._` : lines.join('\n');
}

/** A fenced ```mermaid line chart of y over evenly spaced x labels (a curve sampled at `points`). */
export function lineChart(chart: {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
}): string {
  if (chart.x.length < 2 || chart.x.length !== chart.y.length) return '';
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(chart.title, 80)}"`,
    `    x-axis "${mermaidLabel(chart.xLabel, 40)}" [${chart.x.map((value) => `"${mermaidNumber(Number(value.toFixed(3)))}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(chart.yLabel, 40)}" 0 --> 1`,
    `    line [${chart.y.map(mermaidNumber).join(', ')}]`,
    '```'
  ].join('\n');
}
